"use client";
// A commune field for plain HTML forms: without JavaScript a text input (its name defaults to "q"); with it, a
// combobox with suggestions from /api/communes that writes the chosen INSEE code into a hidden input.
import { communeChoiceLabel, type CommuneChoice } from "@/lib/catalysts/commune-label";
import { getFinderMessages } from "@/lib/catalysts/finder-messages";
import type { Locale } from "@/lib/i18n/messages";
import { Combobox, type ComboboxProps } from "./combobox";

export type CommunePickerProps = Omit<ComboboxProps<CommuneChoice>, "messages" | "suggest" | "valueOf" | "labelOf" | "optionParts"> & { locale: Locale };

async function suggestCommunes(query: string, limit: number, signal: AbortSignal): Promise<CommuneChoice[]> {
  const response = await fetch(`/api/communes?${new URLSearchParams({ q: query, limit: String(limit) })}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { communes: CommuneChoice[] }).communes;
}

const valueOf = (commune: CommuneChoice) => commune.code;
const optionParts = (commune: CommuneChoice, query: string) => ({ main: commune.name, detail: communeChoiceLabel(commune, query).slice(commune.name.length) });

export function CommunePicker({ locale, ...props }: CommunePickerProps) {
  return (
    <Combobox
      {...props}
      messages={getFinderMessages(locale).picker}
      suggest={suggestCommunes}
      valueOf={valueOf}
      labelOf={communeChoiceLabel}
      optionParts={optionParts}
    />
  );
}
