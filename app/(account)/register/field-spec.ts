// Serializable descriptions of the registration form's fields, built on the server (labels in the visitor's
// language) and rendered by the client step form.

import type { ComboboxMessages } from "@/app/components/combobox";
import type { CollectiviteLevel } from "@/lib/shared/vocabulary";

export type Option = [value: string, label: string];

/** The name of the submit button that asks for one more block of a "rows" field (its value: the field's name). */
export const ADD_ROW_FIELD = "addRow";

export interface PointPickerLabels {
  legend: string;
  hint: string;
  reset: string;
  marker: string;
  moved: string;
  /** "It is {distance} from the commune's centre." (a string: labels cross to the browser). */
  distance: string;
  noCommune: string;
}

interface Base {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Shown only while another field (a radio group) has one of these values. */
  showIf?: { field: string; values: string[] };
}

export type FieldSpec =
  | (Base & { type: "text" | "email" | "tel" | "url" | "date"; maxLength: number; autoComplete?: string })
  | (Base & { type: "textarea"; maxLength: number })
  | (Base & { type: "select"; options: Option[]; placeholder?: string })
  | (Base & { type: "radio"; options: Option[] })
  | (Base & { type: "checkboxes"; options: Option[] })
  | (Base & {
      type: "theme-choice";
      /** Every theme; those of `suggested` come first, the others behind a disclosure labelled `othersLabel`. */
      options: Option[];
      /** The organisation's themes: shown first, and checked while nothing else was chosen. */
      suggested: string[];
      othersLabel: string;
    })
  | (Base & {
      type: "checkbox";
      /** A text to read before ticking (the Charter), opened in a new tab so the form keeps what was typed. */
      link?: { href: string; label: string };
    })
  | (Base & {
      type: "commune";
      selectedLabel?: string;
      /** Offers to move the organisation's point on a small map (hidden fields lat / lon). */
      point?: { commune: { lat: number; lon: number } | null; tilesUrl: string; tilesAttribution: string; labels: PointPickerLabels };
    })
  | (Base & {
      type: "collectivite";
      level: CollectiviteLevel;
      /** The collectivité already chosen, shown as its label. */
      selectedLabel?: string;
      messages: ComboboxMessages;
    })
  | (Base & {
      type: "rows";
      /** Blocks shown at least; more when the values hold more. */
      count: number;
      fields: FieldSpec[];
      /** With a label: an "add another" button (a submit button, so it works without JavaScript), up to `max` blocks. */
      add?: { label: string; max: number };
    });
