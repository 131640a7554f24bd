"use client";
// An autocomplete field for plain HTML forms: without JavaScript a text input; with it, a WAI-ARIA combobox whose
// suggestions come from a JSON endpoint and whose choice is written into a hidden input. The commune and
// collectivité pickers are this field with their own source of suggestions.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { fill } from "@/lib/catalysts/finder-messages";
import { MAX_PLACE_QUERY_LENGTH } from "@/lib/catalysts/finder-query";
import styles from "./combobox.module.css";
import { useEnhanced } from "./use-enhanced";

/** What the field says to screen readers ({count} and {label} are filled in). */
export interface ComboboxMessages {
  loading: string;
  noResult: string;
  results: string;
  oneResult: string;
  selected: string;
  unavailable: string;
}

export interface ComboboxProps<T> {
  label: string;
  hint?: string;
  /** Name of the hidden input receiving the chosen item's value. */
  name?: string;
  /** Name of the text input, sent when nothing was picked (and always without JavaScript). */
  textName?: string;
  /** An item already chosen (e.g. the commune the page answers for). */
  initial?: { code: string; label: string } | null;
  /** Text to show when nothing was chosen (e.g. what was typed before). */
  initialText?: string;
  required?: boolean;
  maxSuggestions?: number;
  /** Told of each choice (null when the text no longer names the chosen item). */
  onChoose?: (item: T | null) => void;
  /** Submit the form as soon as a suggestion is chosen (a search field, where the choice is the question). */
  submitOnChoose?: boolean;
  messages: ComboboxMessages;
  /** Suggestions for a text (at least two characters), at most `limit`. */
  suggest: (query: string, limit: number, signal: AbortSignal) => Promise<T[]>;
  /** The value sent in the hidden input. */
  valueOf: (item: T) => string;
  /** How an item is shown once chosen, and in the list (main part first, then detail). */
  labelOf: (item: T, query: string) => string;
  optionParts: (item: T, query: string) => { main: string; detail: string };
}

const DEBOUNCE_MS = 200;
const MIN_CHARACTERS = 2;

export function Combobox<T>({
  label,
  hint,
  name = "commune",
  textName = "q",
  initial = null,
  initialText = "",
  required = false,
  maxSuggestions = 8,
  onChoose,
  submitOnChoose = false,
  messages: t,
  suggest,
  valueOf,
  labelOf,
  optionParts,
}: ComboboxProps<T>) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  // The combobox roles only make sense once this script runs; before that (or without it) the field is plain text.
  const enhanced = useEnhanced();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial?.label ?? initialText);
  const [selected, setSelected] = useState(initial);
  // Suggestions with the text they answer, which decides the postcode shown ("Lyon (69003)" for "6900").
  const [results, setResults] = useState<{ query: string; items: T[] }>({ query: "", items: [] });
  const options = results.items;
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
        const items = await suggest(query, maxSuggestions, controller.signal);
        setResults({ query, items });
        setActive(-1);
        // Suggestions for a text the page brought (a results page's query) wait for the field to be focused: open
        // on their own, they would cover the page with a list nobody asked for and nothing could close.
        setOpen(items.length > 0 && document.activeElement === inputRef.current);
        setStatus(items.length === 0 ? t.noResult : items.length === 1 ? t.oneResult : fill(t.results, { count: items.length }));
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn("suggestions failed", error);
        setResults({ query: "", items: [] });
        setOpen(false);
        setStatus(t.unavailable);
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, selected, enhanced, maxSuggestions, t, suggest]);

  function choose(item: T) {
    const chosenLabel = labelOf(item, results.query);
    const apply = () => {
      setSelected({ code: valueOf(item), label: chosenLabel });
      setText(chosenLabel);
      setOpen(false);
      setActive(-1);
      setStatus(fill(t.selected, { label: chosenLabel }));
    };
    onChoose?.(item);
    if (!submitOnChoose) {
      apply();
      return;
    }
    // The hidden input must hold the choice before the form is sent.
    flushSync(apply);
    inputRef.current?.form?.requestSubmit();
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
          setResults({ query: "", items: [] });
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
          ref={inputRef}
          id={inputId}
          className={styles.input}
          type="text"
          // Once an item is picked, only its value is sent ("?commune=69123"), not the label.
          name={enhanced && selected ? undefined : textName}
          value={text}
          required={required}
          maxLength={MAX_PLACE_QUERY_LENGTH}
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
              setResults({ query: "", items: [] });
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
            {options.map((item, index) => (
              <li
                key={valueOf(item)}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? `${styles.option} ${styles.active}` : styles.option}
                // Keep the focus in the input: a click must not blur it before the choice is made.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
                onMouseMove={() => setActive(index)}
              >
                <span className={styles.optionName}>{optionParts(item, results.query).main}</span>
                <span className={styles.optionDetail}>{optionParts(item, results.query).detail}</span>
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
