// Writes one imported catalyst and its coverage: found again by its external id, else by the slug of its name;
// updated only where the file differs, so that importing the same file twice changes nothing.
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { catalystCoverage, catalysts, communes, departements, intercommunalities, type NewCatalyst } from "@/db/schema";
import { freeSlug } from "@/lib/server/free-slug";
import type { CommuneSummary } from "@/lib/territories/territories";
import { slugify } from "@/lib/shared/slug";
import type { RowError } from "./cells";
import { catalystColumns, type CatalystImport, type CoverageCode } from "./catalyst-row";
import { changedFields, type WriteOutcome } from "./write-outcome";

const COVERAGE_NAMES = { commune: "commune", intercommunality: "intercommunalité", departement: "département" } as const;

/** Territories of the coverage that do not exist (a typo in a code), as row errors. */
export async function unknownTerritories(db: Executor, coverage: CoverageCode[]): Promise<RowError[]> {
  const codesOf = (kind: CoverageCode["kind"]) => coverage.filter((item) => item.kind === kind).map((item) => item.code);
  const known = new Set<string>();
  const lookups = [["commune", communes] as const, ["intercommunality", intercommunalities] as const, ["departement", departements] as const];
  for (const [kind, table] of lookups) {
    const codes = codesOf(kind);
    if (!codes.length) continue;
    const rows = await db.select({ code: table.code }).from(table).where(inArray(table.code, codes));
    for (const row of rows) known.add(`${kind}:${row.code}`);
  }
  return coverage
    .filter((item) => !known.has(`${item.kind}:${item.code}`))
    .map((item) => ({ column: "territoire", message: `Territoire inconnu : aucune ${COVERAGE_NAMES[item.kind]} de code ${item.code}` }));
}

export function catalystKey(row: CatalystImport): { key: string; label: string } {
  return row.externalId
    ? { key: `external:${row.externalId}`, label: `même id_externe ${row.externalId}` }
    : { key: `slug:${slugify(row.fields.name)}`, label: "même nom" };
}

async function findExisting(db: Executor, row: CatalystImport) {
  if (row.externalId) {
    const [byId] = await db.select().from(catalysts).where(eq(catalysts.externalId, row.externalId));
    if (byId) return byId;
    // A catalyst created by hand gets the file's id the first time its name comes in.
    const [byName] = await db
      .select()
      .from(catalysts)
      .where(and(eq(catalysts.slug, slugify(row.fields.name)), isNull(catalysts.externalId)));
    return byName;
  }
  const [bySlug] = await db
    .select()
    .from(catalysts)
    .where(eq(catalysts.slug, slugify(row.fields.name)));
  return bySlug;
}

export async function writeCatalyst(db: Executor, row: CatalystImport, commune: CommuneSummary, now: Date): Promise<WriteOutcome> {
  const { fields } = row;
  const existing = await findExisting(db, row);
  const hasContact = Boolean(fields.contactName || fields.contactEmail || fields.contactPhone);
  const { contactName, contactEmail, contactPhone, charterSignedOn, ...always } = catalystColumns(fields);
  const desired: Partial<NewCatalyst> = {
    ...always,
    // Empty contact cells keep the contact the catalyst gave itself; an empty date keeps the known one.
    ...(hasContact ? { contactName, contactEmail, contactPhone } : {}),
    ...(charterSignedOn ? { charterSignedOn } : {}),
    communeCode: commune.code,
    externalId: row.externalId ?? existing?.externalId ?? null,
  };

  let catalystId: string;
  let status: "created" | "updated" | "unchanged";
  if (!existing) {
    const slug = await freeSlug(db, "catalysts", slugify(fields.name));
    const [created] = await db
      .insert(catalysts)
      .values({ ...(desired as NewCatalyst), slug, lat: commune.lat, lon: commune.lon, createdAt: now, updatedAt: now })
      .returning({ id: catalysts.id });
    catalystId = created!.id;
    status = "created";
  } else {
    catalystId = existing.id;
    const changes = changedFields(existing, desired);
    if (changes.communeCode !== undefined) Object.assign(changes, { lat: commune.lat, lon: commune.lon });
    status = Object.keys(changes).length ? "updated" : "unchanged";
    if (status === "updated")
      await db
        .update(catalysts)
        .set({ ...changes, updatedAt: now })
        .where(eq(catalysts.id, catalystId));
  }

  // The file's coverage replaces the stored one, only when the two differ.
  const stored = await db.select().from(catalystCoverage).where(eq(catalystCoverage.catalystId, catalystId));
  const keyOf = (item: { kind: string; code: string }) => `${item.kind}:${item.code}`;
  const storedKeys = stored.map((item) => keyOf({ kind: item.territoryKind, code: item.territoryCode })).sort();
  const wantedKeys = row.coverage.map(keyOf).sort();
  if (storedKeys.join(",") !== wantedKeys.join(",")) {
    await db.delete(catalystCoverage).where(eq(catalystCoverage.catalystId, catalystId));
    await db.insert(catalystCoverage).values(row.coverage.map((item) => ({ catalystId, territoryKind: item.kind, territoryCode: item.code })));
    if (status === "unchanged") {
      status = "updated";
      await db.update(catalysts).set({ updatedAt: now }).where(eq(catalysts.id, catalystId));
    }
  }
  return { status, id: catalystId };
}
