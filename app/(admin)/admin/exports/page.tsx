// The back-office's downloads of published data, with what each file holds and what it leaves out.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/app/components/data-table";
import { ForbiddenError } from "@/lib/admin/access";
import { adminExportCounts, type AdminExportFile } from "@/lib/admin/exports";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "fr" ? "Exports" : "Exports", robots: { index: false } };
}

type Counts = Awaited<ReturnType<typeof adminExportCounts>>;

const FILES: { file: AdminExportFile; count: keyof Counts; fr: string; en: string }[] = [
  { file: "catalysts.csv", count: "catalysts", fr: "Catalyseurs, une ligne chacun, avec leur territoire couvert (codes et noms)", en: "Catalysts, one row each, with the territory they cover (codes and names)" },
  { file: "catalysts.json", count: "catalysts", fr: "Catalyseurs et leur territoire couvert, détaillé", en: "Catalysts and their coverage, in detail" },
  { file: "organisations.csv", count: "organisations", fr: "Organisations publiées, une ligne chacune, avec les types de besoins et d'offres ouverts", en: "Published organisations, one row each, with the kinds of their open needs and offers" },
  { file: "organisations.json", count: "organisations", fr: "Organisations publiées avec tous leurs besoins et offres", en: "Published organisations with all their needs and offers" },
  { file: "needs-offers.csv", count: "needsOffers", fr: "Besoins et offres des organisations publiées, une ligne chacun (ouverts, satisfaits ou clos)", en: "Needs and offers of published organisations, one row each (open, fulfilled or closed)" },
];

export default async function AdminExportsPage() {
  const locale = await getLocale();
  const fr = locale === "fr";
  let counts: Counts;
  try {
    counts = await adminExportCounts(await getDatabase(), await getViewer());
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  return (
    <section className="account-page">
      <h1>{fr ? "Exports" : "Exports"}</h1>
      <p>
        {fr
          ? "Les données publiées, à jour au moment du téléchargement. Les CSV s'ouvrent directement dans un tableur français : séparateur point-virgule, UTF-8 avec BOM ; les listes d'une cellule sont séparées par des virgules."
          : "Published data, current at the time of download. The CSV files open directly in a French spreadsheet: semicolon separator, UTF-8 with BOM; lists within a cell are comma-separated."}
      </p>
      <DataTable
        caption={fr ? "Fichiers à télécharger" : "Files to download"}
        columns={fr ? ["Fichier", "Contenu", "Lignes"] : ["File", "Contents", "Rows"]}
        rows={FILES.map((entry) => ({
          key: entry.file,
          cells: [
            <a key="file" href={`/admin/exports/${entry.file}`} download>
              {entry.file}
            </a>,
            fr ? entry.fr : entry.en,
            formatNumber(counts[entry.count], locale),
          ],
        }))}
      />
      <h2>{fr ? "Ce que ces fichiers ne contiennent pas" : "What these files leave out"}</h2>
      <p>
        {fr
          ? "Aucune donnée personnelle, même pour les administrateurs : ni personne contact des organisations (nom, fonction, e-mail, téléphone), ni coordonnées des catalyseurs, ni comptes utilisateurs. Un fichier circule plus loin qu'un écran : les coordonnées se consultent une à une dans l'administration. Les organisations en brouillon, en attente, refusées, suspendues ou fusionnées n'y figurent pas."
          : "No personal data, even for admins: no organisation contact person (name, role, e-mail, phone), no catalyst contact details, no user accounts. A file travels further than a screen: contact details are read one at a time in the back-office. Draft, pending, rejected, suspended and merged organisations are left out."}
      </p>
      <p>
        {fr ? "Pour le public, les mêmes données sans les SIRET ni les identifiants d'import sont en " : "For the public, the same data without SIRET or import identifiers is under "}
        <Link href="/open-data">{fr ? "données ouvertes" : "open data"}</Link>.
      </p>
    </section>
  );
}
