"use client";
import { useActionState } from "react";
import { requestIntroductionAction, type RequestFormState } from "../actions";
import { MESSAGE_LENGTH } from "@/lib/introductions/schemas";

export interface RequestFormLabels {
  fromOrganisation: string;
  objective: string;
  objectiveNone: string;
  partnershipType: string;
  partnershipNone: string;
  needOffer: string;
  needOfferNone: string;
  message: string;
  messageHint: string;
  send: string;
}

interface Option {
  value: string;
  label: string;
}

export function RequestForm(props: {
  toSlug: string;
  from: Option[];
  objectives: Option[];
  partnershipTypes: Option[];
  /** Needs and offers, grouped: the group label says whose and which kind. */
  itemGroups: { label: string; organisationId: string | null; options: Option[] }[];
  initial: Record<string, string>;
  labels: RequestFormLabels;
}) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(requestIntroductionAction, { values: props.initial });
  const values = state.values;
  const errors = state.errors ?? {};
  const fieldProps = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const errorCount = Object.keys(errors).length + (state.formError ? 1 : 0);
  return (
    <form key={state.attempt ?? 0} action={action} className="stack-form" noValidate>
      {errorCount > 0 ? (
        <div className="error-summary" role="alert">
          {state.formError ? <p>{state.formError}</p> : null}
          {Object.entries(errors).map(([field, message]) => (
            <p key={field}>
              <a href={`#${field}`}>{message}</a>
            </p>
          ))}
        </div>
      ) : null}
      <input type="hidden" name="toSlug" value={props.toSlug} />
      {props.from.length === 1 ? (
        <input type="hidden" name="fromOrganisationId" value={props.from[0]!.value} />
      ) : (
        <div className="field">
          <label htmlFor="fromOrganisationId">{props.labels.fromOrganisation}</label>
          <select id="fromOrganisationId" name="fromOrganisationId" defaultValue={values.fromOrganisationId} {...fieldProps("fromOrganisationId")}>
            {props.from.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {error("fromOrganisationId")}
          {error("from")}
        </div>
      )}
      <div className="field">
        <label htmlFor="needOfferId">{props.labels.needOffer}</label>
        <select id="needOfferId" name="needOfferId" defaultValue={values.needOfferId} {...fieldProps("needOfferId")}>
          <option value="">{props.labels.needOfferNone}</option>
          {props.itemGroups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {error("needOfferId")}
      </div>
      <div className="field">
        <label htmlFor="objective">{props.labels.objective}</label>
        <select id="objective" name="objective" defaultValue={values.objective} {...fieldProps("objective")}>
          <option value="">{props.labels.objectiveNone}</option>
          {props.objectives.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error("objective")}
      </div>
      <div className="field">
        <label htmlFor="partnershipType">{props.labels.partnershipType}</label>
        <select id="partnershipType" name="partnershipType" defaultValue={values.partnershipType} {...fieldProps("partnershipType")}>
          <option value="">{props.labels.partnershipNone}</option>
          {props.partnershipTypes.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error("partnershipType")}
      </div>
      <div className="field">
        <label htmlFor="message">{props.labels.message}</label>
        <p id="message-hint" className="field-hint">
          {props.labels.messageHint}
        </p>
        <textarea
          id="message"
          name="message"
          rows={6}
          maxLength={MESSAGE_LENGTH.max}
          required
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={errors.message ? "message-hint message-error" : "message-hint"}
        />
        {error("message")}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {props.labels.send}
        </button>
      </div>
    </form>
  );
}
