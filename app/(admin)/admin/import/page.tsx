// The admin import page: upload a CSV file of organisations or catalysts (dry run first), with the documented
// columns and the templates. The import itself checks that the viewer is an admin (lib/import/import-file.ts).
import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { COLUMNS, IMPORT_KINDS } from "@/lib/import/columns";
import { MAX_UPLOAD_BYTES } from "@/lib/import/import-file";
import { getImportMessages } from "@/lib/import/messages";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Import CSV", robots: { index: false } };
}

const maxKb = Math.floor(MAX_UPLOAD_BYTES / 1024);

export default async function ImportPage() {
  const locale = await getLocale();
  const text = getImportMessages(locale);
  return (
    <section className="account-page">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <p>
        {text.templates}{" "}
        {IMPORT_KINDS.map((kind, index) => (
          <span key={kind}>
            {index ? " · " : ""}
            <a href={`/admin/import/template/${kind}`} download>
              {text.form.kinds[kind]} (CSV)
            </a>
          </span>
        ))}
      </p>
      <ImportForm labels={{ ...text.form, fileHint: text.fileHint(maxKb) }} locale={locale} />
      <p className="muted">
        {text.commandLine} <code>npm run import -- organisations fichier.csv --as vous@exemple.fr --dry-run</code>
      </p>
      <h2>{text.columnsTitle}</h2>
      {IMPORT_KINDS.map((kind) => (
        <details key={kind}>
          <summary>{text.form.kinds[kind]}</summary>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{text.column}</th>
                  <th scope="col">{text.required}</th>
                  <th scope="col">{text.meaning}</th>
                </tr>
              </thead>
              <tbody>
                {COLUMNS[kind].map((column) => (
                  <tr key={column.key}>
                    <td>
                      <code>{column.key}</code>
                    </td>
                    <td>{column.required ? text.yes : ""}</td>
                    <td>{column.description[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
