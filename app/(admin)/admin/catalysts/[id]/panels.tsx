"use client";
// The coverage and staff panels' add forms: a message after each answer, and (coverage) a territory picker for the
// chosen kind. Without JavaScript the picker is a text field, which the server resolves by name.
import { useActionState, useState } from "react";
import type { ComboboxMessages } from "@/app/components/combobox";
import { CollectivitePicker } from "@/app/components/collectivite-picker";
import type { CollectiviteLevel } from "@/lib/shared/vocabulary";
import type { PanelState } from "../actions";

type PanelAction = (state: PanelState, formData: FormData) => Promise<PanelState>;

function Outcome({ state }: { state: PanelState }) {
  if (state.error)
    return (
      <p className="field-error" role="alert">
        {state.error}
      </p>
    );
  if (state.done)
    return (
      <p className="notice success" role="status">
        {state.done}
      </p>
    );
  return null;
}

export function CoverageAdder({
  action,
  levels,
  labels,
  messages,
}: {
  action: PanelAction;
  levels: [CollectiviteLevel, string][];
  labels: { level: string; territory: string; add: string };
  messages: ComboboxMessages;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [level, setLevel] = useState<CollectiviteLevel>("epci");
  return (
    <form action={formAction} className="inline-form">
      <div className="field">
        <label htmlFor="coverage-level">{labels.level}</label>
        <select id="coverage-level" name="level" value={level} onChange={(event) => setLevel(event.target.value as CollectiviteLevel)}>
          {levels.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        {/* A new picker for each kind: suggestions of one kind must not stay chosen for another. */}
        <CollectivitePicker
          key={level}
          level={level}
          label={labels.territory}
          name="territoryCode"
          textName="territoryCodeText"
          initial={null}
          initialText=""
          messages={messages}
        />
      </div>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {labels.add}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function StaffAdder({ action, labels }: { action: PanelAction; labels: { email: string; add: string } }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-form">
      <div className="field">
        <label htmlFor="staff-email">{labels.email}</label>
        <input id="staff-email" name="email" type="email" required maxLength={254} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {labels.add}
      </button>
      <Outcome state={state} />
    </form>
  );
}
