// The back-office's downloads of published data, with what each file holds and what it leaves out.
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { adminExportCounts, type AdminExportFile } from "@/lib/admin/exports";
import { getAdminMessages } from "@/lib/admin/messages";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getAdminMessages(await getLocale()).exports.title, robots: { index: false } };
}

type Counts = Awaited<ReturnType<typeof adminExportCounts>>;

const FILES: { file: AdminExportFile; count: keyof Counts }[] = [
  { file: "catalysts.csv", count: "catalysts" },
  { file: "catalysts.json", count: "catalysts" },
  { file: "organisations.csv", count: "organisations" },
  { file: "organisations.json", count: "organisations" },
  { file: "needs-offers.csv", count: "needsOffers" },
];

export default async function AdminExportsPage() {
  const locale = await getLocale();
  const t = getAdminMessages(locale).exports;
  let counts: Counts;
  try {
    counts = await adminExportCounts(await getDatabase(), await getViewer());
  } catch (error) {
    answerPageError(error);
  }
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <DataTable
        caption={t.caption}
        columns={t.columns}
        rows={FILES.map((entry) => ({
          key: entry.file,
          cells: [
            <a key="file" href={`/admin/exports/${entry.file}`} download>
              {entry.file}
            </a>,
            t.files[entry.file],
            formatNumber(counts[entry.count], locale),
          ],
        }))}
      />
      <h2>{t.leftOutTitle}</h2>
      <p>{t.leftOut}</p>
      <p>
        {t.forThePublic}
        <Link href="/open-data">{t.openData}</Link>.
      </p>
    </section>
  );
}
