"use client";
// The upload form and the report it brings back; the kind and the dry-run choice are kept between attempts (a file
// input cannot be refilled by the page: the browser asks for the file again).
import { useActionState } from "react";
import type { ImportKind } from "@/lib/import/columns";
import { statusLabel } from "@/lib/import/report-text";
import { importAction, type ImportFormState } from "./actions";

export interface ImportFormLabels {
  kind: string;
  kinds: Record<ImportKind, string>;
  file: string;
  fileHint: string;
  dryRun: string;
  dryRunHint: string;
  nameMatch: string;
  nameMatchHint: string;
  submit: string;
  reportTitle: string;
  dryRunNotice: string;
  summary: string;
  matchedByNameCount: string;
  ignoredColumns: string;
  interrupted: string;
  truncated: string;
  line: string;
  name: string;
  result: string;
  reasons: string;
}

export function ImportForm({ labels, locale }: { labels: ImportFormLabels; locale: "fr" | "en" }) {
  const [state, action, pending] = useActionState<ImportFormState, FormData>(importAction, {
    kind: "organisations",
    dryRun: true,
    nameMatch: true,
  });
  const errors = state.errors ?? {};
  const report = state.report;
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="field-error" role="alert">
        {errors[name]}
      </p>
    ) : null;
  return (
    <>
      <form key={state.attempt ?? 0} action={action} className="stack-form" noValidate>
        {errors.form ? (
          <p className="error-summary" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="kind">{labels.kind}</label>
          <select id="kind" name="kind" defaultValue={state.kind} {...invalid("kind")}>
            {(Object.keys(labels.kinds) as ImportKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {labels.kinds[kind]}
              </option>
            ))}
          </select>
          {error("kind")}
        </div>
        <div className="field">
          <label htmlFor="file">{labels.file}</label>
          <p id="file-hint" className="field-hint">
            {labels.fileHint}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={errors.file ? "file-hint file-error" : "file-hint"}
            aria-invalid={errors.file ? true : undefined}
          />
          {error("file")}
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="dryRun" defaultChecked={state.dryRun} aria-describedby="dry-run-hint" /> {labels.dryRun}
          </label>
          <p id="dry-run-hint" className="field-hint">
            {labels.dryRunHint}
          </p>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="nameMatch" defaultChecked={state.nameMatch} aria-describedby="name-match-hint" /> {labels.nameMatch}
          </label>
          <p id="name-match-hint" className="field-hint">
            {labels.nameMatchHint}
          </p>
        </div>
        <button type="submit" className="button" disabled={pending}>
          {labels.submit}
        </button>
      </form>
      {report ? (
        <section aria-labelledby="import-report" aria-live="polite">
          <h2 id="import-report">
            {labels.reportTitle} : {report.fileName}
          </h2>
          {report.dryRun ? <p className="notice">{labels.dryRunNotice}</p> : null}
          <p>
            {labels.summary
              .replace("{total}", String(report.total))
              .replace("{created}", String(report.counts.created))
              .replace("{updated}", String(report.counts.updated))
              .replace("{unchanged}", String(report.counts.unchanged))
              .replace("{error}", String(report.counts.error))}
          </p>
          {report.matchedByName ? <p className="notice">{labels.matchedByNameCount.replace("{count}", String(report.matchedByName))}</p> : null}
          {report.ignoredColumns.length ? (
            <p className="muted">
              {labels.ignoredColumns} {report.ignoredColumns.join(", ")}
            </p>
          ) : null}
          {report.interrupted ? (
            <p className="error-summary">
              {labels.interrupted} {report.interrupted}
            </p>
          ) : null}
          {report.rowsTruncated ? <p className="muted">{labels.truncated}</p> : null}
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{labels.line}</th>
                  <th scope="col">{labels.name}</th>
                  <th scope="col">{labels.result}</th>
                  <th scope="col">{labels.reasons}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <td className="number">{row.line}</td>
                    <td>{row.name}</td>
                    <td>{statusLabel(row.status, report.dryRun, locale, row.matchedByName)}</td>
                    <td>
                      {row.errors.map((rowError, index) => (
                        <div key={index}>
                          <code>{rowError.column}</code> : {rowError.message}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
