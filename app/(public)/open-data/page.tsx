// /open-data: what the public downloads contain, in which formats, under which licence, how often they change,
// and what they never contain (personal data).
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_LICENCE, OPEN_DATA_MAX_AGE_SECONDS, REBUILD_AFTER_MS } from "@/lib/open-data/licence";
import { getLocale } from "@/lib/i18n/locale";
import { getOpenDataMessages } from "@/lib/open-data/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = getOpenDataMessages(await getLocale());
  return { title: t.title, description: t.description, alternates: { canonical: "/open-data" } };
}

const DOWNLOADS = [
  { href: "/api/export/geojson?type=catalysts", format: "GeoJSON (RFC 7946)", contents: "catalysts" },
  { href: "/api/export/geojson?type=organisations", format: "GeoJSON (RFC 7946)", contents: "organisations" },
  { href: "/api/export/hsds", format: "JSON — Open Referral HSDS 3.0", contents: "hsds" },
] as const;

export default async function OpenDataPage() {
  const t = getOpenDataMessages(await getLocale());
  const minutes = OPEN_DATA_MAX_AGE_SECONDS / 60;
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>

      <h2>{t.downloadsTitle}</h2>
      <DataTable
        caption={t.caption}
        columns={t.columns}
        rows={DOWNLOADS.map((download) => ({
          key: download.href,
          cells: [
            <a key="file" href={download.href} download>
              {download.href}
            </a>,
            download.format,
            t.downloads[download.contents],
          ],
        }))}
      />
      <p>
        {t.figures}
        <Link href="/observatory">{t.observatory}</Link>
        {t.api}
        <a href="/api/openapi.json">OpenAPI (/api/openapi.json)</a>.
      </p>

      <h2>{t.formatsTitle}</h2>
      <ul>
        {t.formats.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t.licenceTitle}</h2>
      <p>
        {t.licence}
        <a href={OPEN_DATA_LICENCE.url} rel="license">
          {OPEN_DATA_LICENCE.name}
        </a>
        . {t.reuse}
      </p>
      <blockquote>
        <p>{OPEN_DATA_ATTRIBUTION}</p>
      </blockquote>

      <h2>{t.frequencyTitle}</h2>
      <p>{t.frequency(minutes, REBUILD_AFTER_MS / 60_000)}</p>

      <h2>{t.personalDataTitle}</h2>
      <p>
        {t.personalData} <Link href="/privacy">{t.privacy}</Link>.
      </p>
    </section>
  );
}
