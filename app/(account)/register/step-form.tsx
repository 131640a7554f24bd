"use client";
// One step of the registration form: every field with its error beside it, values kept after an error, and the
// fields that depend on the kind shown only when they apply. Works as a plain form without JavaScript.
import { useActionState, useState } from "react";
import { CollectivitePicker } from "@/app/components/collectivite-picker";
import { CommunePicker } from "@/app/components/commune-picker";
import { PointPicker } from "@/app/components/point-picker";
import type { Locale } from "@/lib/i18n/messages";
import { ADD_ROW_FIELD, type FieldSpec } from "./field-spec";

export interface StepState {
  errors: Record<string, string>;
  values: Record<string, unknown>;
}

function valueAt(values: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined), values);
}

const asArray = (value: unknown) => (Array.isArray(value) ? value.map(String) : value === undefined || value === null || value === "" ? [] : [String(value)]);

interface StepFormProps {
  action: (state: StepState, formData: FormData) => Promise<StepState>;
  fields: FieldSpec[];
  initialValues: Record<string, unknown>;
  submitLabel: string;
  errorSummary: string;
  locale: Locale;
}

export function StepForm({ action, fields, initialValues, submitLabel, errorSummary, locale }: StepFormProps) {
  const [state, formAction, pending] = useActionState(action, { errors: {}, values: initialValues });
  const [watched, setWatched] = useState<Record<string, string>>(() => {
    const initial: Record<string, string> = {};
    for (const field of fields) if (field.type === "radio") initial[field.name] = String(valueAt(initialValues, field.name) ?? "");
    return initial;
  });
  // Fields changed since the last answer: their old message no longer applies, so it goes (the server checks again).
  const [changed, setChanged] = useState<{ answer: StepState; names: string[] }>({ answer: state, names: [] });
  const changedNames = changed.answer === state ? changed.names : [];
  const errors = Object.fromEntries(Object.entries(state.errors).filter(([name]) => !changedNames.includes(name)));
  const errorCount = Object.keys(errors).length;
  // Re-mount the fields after each answer so that they show the values the server sent back (counted on the
  // answer's errors, not those still shown: clearing a message must not reset what is being typed).
  const generation = JSON.stringify(state.values).length + Object.keys(state.errors).length;
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    // A picker's text input ("communeCodeText") stands for its field ("communeCode").
    const name = target.name?.replace(/Text$/, "");
    if (!name) return;
    // "items.0.title" also answers the message of the whole group ("items": at least one need or offer).
    const parts = name.split(".");
    const keys = parts.map((_, index) => parts.slice(0, index + 1).join(".")).filter((key) => state.errors[key] && !changedNames.includes(key));
    if (keys.length) setChanged({ answer: state, names: [...changedNames, ...keys] });
  };
  return (
    <form action={formAction} className="step-form" noValidate onChange={onChange}>
      {errorCount ? (
        <div className="error-summary" role="alert">
          <p>{errorSummary}</p>
          {errors.form ? <p>{errors.form}</p> : null}
        </div>
      ) : null}
      <div key={generation}>
        {fields.map((field) =>
          field.showIf && !field.showIf.values.includes(watched[field.showIf.field] ?? "") ? null : (
            <Field
              key={field.name}
              field={field}
              locale={locale}
              values={state.values}
              errors={errors}
              onRadio={(name, value) => setWatched((current) => ({ ...current, [name]: value }))}
            />
          ),
        )}
      </div>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

function Field({
  field,
  locale,
  values,
  errors,
  onRadio,
  prefix = "",
}: {
  field: FieldSpec;
  locale: Locale;
  values: Record<string, unknown>;
  errors: Record<string, string>;
  onRadio: (name: string, value: string) => void;
  prefix?: string;
}) {
  const name = prefix + field.name;
  const id = `field-${name.replace(/\./g, "-")}`;
  const error = errors[name];
  const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const value = valueAt(values, name);
  const label = (
    <>
      {field.label}
      {field.required ? <span aria-hidden="true"> *</span> : null}
    </>
  );
  const hint = field.hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {field.hint}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
  const common = { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, required: field.required };

  switch (field.type) {
    case "text":
    case "email":
    case "tel":
    case "url":
    case "date":
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {hint}
          <input {...common} type={field.type} maxLength={field.maxLength} autoComplete={field.autoComplete} defaultValue={String(value ?? "")} />
          {errorText}
        </div>
      );
    case "textarea":
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {hint}
          <textarea {...common} rows={6} maxLength={field.maxLength} defaultValue={String(value ?? "")} />
          {errorText}
        </div>
      );
    case "select":
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {hint}
          <select {...common} defaultValue={String(value ?? "")}>
            <option value="">{field.placeholder ?? "—"}</option>
            {field.options.map(([optionValue, optionLabel]) => (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            ))}
          </select>
          {errorText}
        </div>
      );
    case "radio":
    case "checkboxes":
      return (
        <fieldset className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <legend>{label}</legend>
          {hint}
          <div className={field.options.length > 6 ? "checkboxes columns" : "checkboxes"}>
            {field.options.map(([optionValue, optionLabel]) => (
              <label key={optionValue} className="checkbox">
                <input
                  type={field.type === "radio" ? "radio" : "checkbox"}
                  name={name}
                  value={optionValue}
                  defaultChecked={asArray(value).includes(optionValue)}
                  onChange={field.type === "radio" ? () => onRadio(name, optionValue) : undefined}
                />
                {optionLabel}
              </label>
            ))}
          </div>
          {errorText}
        </fieldset>
      );
    case "theme-choice":
      return <ThemeChoice field={field} name={name} value={value} label={label} hint={hint} errorText={errorText} describedBy={describedBy} error={error} />;
    case "checkbox":
      return (
        <div className="field">
          <label className="checkbox">
            <input {...common} type="checkbox" defaultChecked={value === true || value === "on"} />
            {label}
          </label>
          {field.link ? (
            <p className="field-hint">
              <a href={field.link.href} target="_blank" rel="noopener">
                {field.link.label}
              </a>
            </p>
          ) : null}
          {hint}
          {errorText}
        </div>
      );
    case "collectivite":
      return (
        <div className="field">
          <CollectivitePicker
            level={field.level}
            label={field.label}
            name={name}
            textName={`${name}Text`}
            initial={value && field.selectedLabel ? { code: String(value), label: field.selectedLabel } : null}
            initialText={String(valueAt(values, `${name}Text`) ?? "")}
            hint={field.hint}
            messages={field.messages}
            fill={{ name: "name", siren: "siren" }}
          />
          {errorText}
        </div>
      );
    case "commune":
      return <CommuneField field={field} name={name} value={value} values={values} locale={locale} hint={hint} errorText={errorText} />;
    case "rows":
      return (
        <fieldset className="field rows">
          <legend>{label}</legend>
          {hint}
          {errors[name] ? <p className="field-error">{errors[name]}</p> : null}
          {Array.from({ length: rowCount(field, value) }, (_, index) => (
            <fieldset key={index} className="row-card">
              <legend className="visually-hidden">
                {field.label} {index + 1}
              </legend>
              {field.fields.map((child) => (
                <Field key={child.name} field={child} locale={locale} values={values} errors={errors} onRadio={onRadio} prefix={`${name}.${index}.`} />
              ))}
            </fieldset>
          ))}
          {field.add && rowCount(field, value) < field.add.max ? (
            // A submit button: the server answers with one more block, with or without JavaScript.
            <button type="submit" name={ADD_ROW_FIELD} value={name} className="button button-secondary" formNoValidate>
              {field.add.label}
            </button>
          ) : null}
        </fieldset>
      );
  }
}

/** Blocks of a "rows" field: as many as its values hold (a saved draft, an added block), at least `count`. */
function rowCount(field: Extract<FieldSpec, { type: "rows" }>, value: unknown): number {
  const held = Array.isArray(value) ? value.length : 0;
  return Math.min(Math.max(field.count, held), field.add?.max ?? Math.max(field.count, held));
}

/**
 * The themes of one need or offer: the organisation's first, ticked while nothing else was chosen, then the other
 * themes behind a disclosure (open when one of them is ticked). Plain checkboxes: it works without JavaScript.
 */
function ThemeChoice({
  field,
  name,
  value,
  label,
  hint,
  errorText,
  describedBy,
  error,
}: {
  field: Extract<FieldSpec, { type: "theme-choice" }>;
  name: string;
  value: unknown;
  label: React.ReactNode;
  hint: React.ReactNode;
  errorText: React.ReactNode;
  describedBy: string | undefined;
  error: string | undefined;
}) {
  const chosen = asArray(value);
  // Nothing chosen stands for all the organisation's themes: shown as such.
  const ticked = chosen.length ? chosen : field.suggested;
  const suggested = field.options.filter(([optionValue]) => field.suggested.includes(optionValue));
  const others = field.options.filter(([optionValue]) => !field.suggested.includes(optionValue));
  const box = ([optionValue, optionLabel]: [string, string]) => (
    <label key={optionValue} className="checkbox">
      <input type="checkbox" name={name} value={optionValue} defaultChecked={ticked.includes(optionValue)} />
      {optionLabel}
    </label>
  );
  return (
    <fieldset className="field theme-choice" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {hint}
      {suggested.length ? <div className="checkboxes">{suggested.map(box)}</div> : null}
      {others.length && suggested.length ? (
        <details open={others.some(([optionValue]) => ticked.includes(optionValue))}>
          <summary>{field.othersLabel}</summary>
          <div className="checkboxes columns">{others.map(box)}</div>
        </details>
      ) : others.length ? (
        <div className="checkboxes columns">{others.map(box)}</div>
      ) : null}
      {errorText}
    </fieldset>
  );
}

/** The commune picker, and under it (registration) the small map to move the organisation's point. */
function CommuneField({
  field,
  name,
  value,
  values,
  locale,
  hint,
  errorText,
}: {
  field: Extract<FieldSpec, { type: "commune" }>;
  name: string;
  value: unknown;
  values: Record<string, unknown>;
  locale: Locale;
  hint: React.ReactNode;
  errorText: React.ReactNode;
}) {
  const [commune, setCommune] = useState<{ lat: number; lon: number } | null>(field.point?.commune ?? null);
  const savedLat = Number(valueAt(values, "lat"));
  const savedLon = Number(valueAt(values, "lon"));
  const saved =
    field.point?.commune &&
    Number.isFinite(savedLat) &&
    Number.isFinite(savedLon) &&
    (savedLat !== field.point.commune.lat || savedLon !== field.point.commune.lon)
      ? { lat: savedLat, lon: savedLon }
      : null;
  return (
    <>
      <div className="field">
        <CommunePicker
          locale={locale}
          label={field.label}
          name={name}
          textName={`${name}Text`}
          initial={value && field.selectedLabel ? { code: String(value), label: field.selectedLabel } : null}
          initialText={String(valueAt(values, `${name}Text`) ?? "")}
          required={field.required}
          onChoose={(choice) =>
            setCommune(choice && typeof choice.lat === "number" && typeof choice.lon === "number" ? { lat: choice.lat, lon: choice.lon } : null)
          }
        />
        {hint}
        {errorText}
      </div>
      {field.point ? (
        <PointPicker
          commune={commune}
          initial={saved}
          tilesUrl={field.point.tilesUrl}
          tilesAttribution={field.point.tilesAttribution}
          labels={field.point.labels}
        />
      ) : null}
    </>
  );
}
