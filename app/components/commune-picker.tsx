"use client";
// A commune field for plain HTML forms: without JavaScript a text input (its name defaults to "q"); with it, a
// WAI-ARIA combobox with suggestions from /api/communes that writes the chosen INSEE code into a hidden input.
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { communeChoiceLabel, type CommuneChoice } from "@/lib/finder/commune-label";
import { fill, getFinderMessages } from "@/lib/i18n/finder-messages";
import type { Locale } from "@/lib/i18n/messages";
import styles from "./commune-picker.module.css";
import { useEnhanced } from "./use-enhanced";

export interface CommunePickerProps {
  locale: Locale;
  label: string;
  hint?: string;
  /** Name of the hidden input receiving the chosen commune's INSEE code. */
  name?: string;
  /** Name of the text input, sent when no commune was picked (and always without JavaScript). */
  textName?: string;
  /** A commune already chosen (e.g. the one the page answers for). */
  initial?: { code: string; label: string } | null;
  /** Text to show when nothing was chosen (e.g. what was typed before). */
  initialText?: string;
  required?: boolean;
  maxSuggestions?: number;
  /** Told of each choice (null when the text no longer names the chosen commune). */
  onChoose?: (commune: CommuneChoice | null) => void;
}

const DEBOUNCE_MS = 200;
const MIN_CHARACTERS = 2;

export function CommunePicker({
  locale,
  label,
  hint,
  name = "commune",
  textName = "q",
  initial = null,
  initialText = "",
  required = false,
  maxSuggestions = 8,
  onChoose,
}: CommunePickerProps) {
  const t = getFinderMessages(locale).picker;
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  // The combobox roles only make sense once this script runs; before that (or without it) the field is plain text.
  const enhanced = useEnhanced();
  const [text, setText] = useState(initial?.label ?? initialText);
  const [selected, setSelected] = useState(initial);
  // Suggestions with the text they answer, which decides the postcode shown ("Lyon (69003)" for "6900").
  const [results, setResults] = useState<{ query: string; communes: CommuneChoice[] }>({ query: "", communes: [] });
  const options = results.communes;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");

  useEffect(() => {
    const query = text.trim();
    if (!enhanced || (selected && text === selected.label) || query.length < MIN_CHARACTERS) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setStatus(t.loading);
      try {
        const response = await fetch(`/api/communes?${new URLSearchParams({ q: query, limit: String(maxSuggestions) })}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { communes: CommuneChoice[] };
        setResults({ query, communes: body.communes });
        setActive(-1);
        setOpen(body.communes.length > 0);
        setStatus(body.communes.length === 0 ? t.noResult : body.communes.length === 1 ? t.oneResult : fill(t.results, { count: body.communes.length }));
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn("commune suggestions failed", error);
        setResults({ query: "", communes: [] });
        setOpen(false);
        setStatus(t.unavailable);
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, selected, enhanced, maxSuggestions, t]);

  const optionLabel = (commune: CommuneChoice) => communeChoiceLabel(commune, results.query);

  function choose(commune: CommuneChoice) {
    const chosenLabel = optionLabel(commune);
    setSelected({ code: commune.code, label: chosenLabel });
    onChoose?.(commune);
    setText(chosenLabel);
    setOpen(false);
    setActive(-1);
    setStatus(fill(t.selected, { label: chosenLabel }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === "ArrowDown";
        if (!open) {
          setOpen(true);
          setActive(down ? 0 : count - 1);
        } else {
          setActive((current) => (down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
        }
        break;
      }
      case "Enter": {
        const option = open && active >= 0 ? options[active] : undefined;
        // Enter on a highlighted suggestion picks it; otherwise the form is submitted as usual.
        if (option) {
          event.preventDefault();
          choose(option);
        }
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText("");
          setSelected(null);
          onChoose?.(null);
          setResults({ query: "", communes: [] });
          setStatus("");
        }
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  }

  const expanded = enhanced && open && options.length > 0;
  const describedBy = hint ? hintId : undefined;
  return (
    <div className={styles.picker}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <div className={styles.field}>
        <input
          id={inputId}
          className={styles.input}
          type="text"
          // Once a commune is picked, only its code is sent ("?commune=69123"), not the label.
          name={enhanced && selected ? undefined : textName}
          value={text}
          required={required}
          maxLength={100}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby={describedBy}
          {...(enhanced
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": expanded,
                "aria-controls": listId,
                "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
              }
            : {})}
          onChange={(event) => {
            setText(event.target.value);
            if (selected) onChoose?.(null);
            setSelected(null);
            if (event.target.value.trim().length < MIN_CHARACTERS) {
              setResults({ query: "", communes: [] });
              setOpen(false);
              setStatus("");
            }
          }}
          onKeyDown={enhanced ? onKeyDown : undefined}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            if (options.length > 0 && !selected) setOpen(true);
          }}
        />
        {enhanced ? (
          <ul id={listId} role="listbox" aria-label={label} className={styles.listbox} hidden={!expanded}>
            {options.map((commune, index) => (
              <li
                key={commune.code}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? `${styles.option} ${styles.active}` : styles.option}
                // Keep the focus in the input: a click must not blur it before the choice is made.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(commune)}
                onMouseMove={() => setActive(index)}
              >
                <span className={styles.optionName}>{commune.name}</span>
                <span className={styles.optionDetail}>{optionLabel(commune).slice(commune.name.length)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {enhanced && selected ? <input type="hidden" name={name} value={selected.code} /> : null}
      <div className={styles.visuallyHidden} role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
