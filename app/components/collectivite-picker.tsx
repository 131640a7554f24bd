"use client";
// Picks a collectivité of one level (commune, EPCI, EPT, département, région) from the official lists and fills
// the form's name and SIREN fields with its own. The choice's code goes in a hidden input, which the server checks
// and uses to place the collectivité at its seat.
import { useCallback, useRef } from "react";
import { collectiviteChoiceLabel } from "@/lib/territories/collectivite-sirens";
import type { CollectiviteLevel } from "@/lib/shared/vocabulary";
import { Combobox, type ComboboxMessages } from "./combobox";

export interface CollectiviteSuggestion {
  level: CollectiviteLevel;
  code: string;
  name: string;
  siren: string | null;
  detail: string;
}

interface Props {
  level: CollectiviteLevel;
  label: string;
  hint?: string;
  name: string;
  textName: string;
  initial: { code: string; label: string } | null;
  initialText: string;
  messages: ComboboxMessages;
  /** Names of the form's fields to fill on a choice, if any. */
  fill?: { name: string; siren: string };
}

const valueOf = (item: CollectiviteSuggestion) => item.code;
const optionParts = (item: CollectiviteSuggestion) => ({
  main: item.name,
  detail: [item.detail, item.siren ? `SIREN ${item.siren}` : null].filter(Boolean).join(" · "),
});

export function CollectivitePicker({ level, fill, messages, ...props }: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  const suggest = useCallback(
    async (query: string, limit: number, signal: AbortSignal) => {
      const response = await fetch(`/api/collectivites?${new URLSearchParams({ level, q: query, limit: String(limit) })}`, {
        signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ((await response.json()) as { collectivites: CollectiviteSuggestion[] }).collectivites;
    },
    [level],
  );
  function onChoose(item: CollectiviteSuggestion | null) {
    const form = anchor.current?.closest("form");
    if (!item || !form || !fill) return;
    // The name and SIREN stay ordinary fields: filled here, still editable.
    for (const [field, value] of [
      [fill.name, item.name],
      [fill.siren, item.siren ?? ""],
    ] as const) {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement) input.value = value;
    }
  }
  return (
    <div ref={anchor}>
      <Combobox
        {...props}
        messages={messages}
        suggest={suggest}
        valueOf={valueOf}
        labelOf={collectiviteChoiceLabel}
        optionParts={optionParts}
        onChoose={onChoose}
      />
    </div>
  );
}
