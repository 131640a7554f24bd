// Writes one imported organisation: found again by its external id, SIRET, SIREN, RNA or (lacking all of them)
// its name in its commune; created published, or updated only where the file differs, so that importing the
// same file twice changes nothing, not even updated_at.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { needsOffers, organisations, type NewOrganisation, type Organisation } from "@/db/schema";
import { organisationFields, uniqueOrganisationSlug } from "@/lib/organisations/registration/registration";
import { themesOfItem } from "@/lib/organisations/registration/steps";
import type { Theme } from "@/lib/shared/vocabulary";
import type { CommuneSummary } from "@/lib/territories/territories";
import type { OrganisationImport } from "./organisation-row";
import { changedFields, type WriteOutcome } from "./write-outcome";

/** The same themes, whatever their order. */
const sameThemes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((theme) => b.includes(theme));

/** The key that makes two rows of one file the same organisation, with how to say it. */
export function organisationKey(row: OrganisationImport, communeCode: string): { key: string; label: string } {
  const { identity } = row;
  if (row.externalId) return { key: `external:${row.externalId}`, label: `même id_externe ${row.externalId}` };
  if (identity.siret) return { key: `siret:${identity.siret}`, label: `même SIRET ${identity.siret}` };
  if (identity.siren) return { key: `siren:${identity.siren}`, label: `même SIREN ${identity.siren}` };
  if (identity.rna) return { key: `rna:${identity.rna}`, label: `même RNA ${identity.rna}` };
  return { key: `name:${identity.name.toLowerCase()}:${communeCode}`, label: "même nom dans la même commune" };
}

/** How a row was found again: by an identifier it carries, or (lacking all of them) by its name in its commune. */
export type MatchedBy = "external" | "siret" | "siren" | "rna" | "name";

/** At most this many homonyms are named in the error that asks to choose between them. */
const LISTED_HOMONYMS = 5;

async function findExisting(
  db: Executor,
  row: OrganisationImport,
  communeCode: string,
  nameMatch: boolean,
): Promise<{ found: Organisation[]; by: MatchedBy | null }> {
  const { identity } = row;
  if (row.externalId) {
    const found = await db.select().from(organisations).where(eq(organisations.externalId, row.externalId));
    if (found.length) return { found, by: "external" };
  }
  const [by, condition] = identity.siret
    ? (["siret", eq(organisations.siret, identity.siret)] as const)
    : identity.siren
      ? (["siren", eq(organisations.siren, identity.siren)] as const)
      : identity.rna
        ? (["rna", eq(organisations.rna, identity.rna)] as const)
        : nameMatch
          ? (["name", and(eq(organisations.communeCode, communeCode), sql`${organisations.searchName} = f_search_normalize(${identity.name})`)] as const)
          : [null, null];
  if (!by) return { found: [], by: null };
  const rows = await db
    .select()
    .from(organisations)
    .where(condition)
    .orderBy(organisations.slug)
    .limit(LISTED_HOMONYMS + 1);
  // A duplicate an admin merged keeps its name and identifiers: the organisation it was merged into is the one meant.
  const live = rows.filter((organisation) => organisation.status !== "merged");
  return { found: live.length ? live : rows.slice(0, 1), by };
}

/** "Pôle ESS Paris (pole-ess-paris, SIREN 123456789)": enough to tell homonyms apart and to pick one. */
function describeMatch(organisation: Organisation): string {
  const identifiers = [
    organisation.externalId ? `id_externe ${organisation.externalId}` : null,
    organisation.siret ? `SIRET ${organisation.siret}` : organisation.siren ? `SIREN ${organisation.siren}` : null,
    organisation.rna ? `RNA ${organisation.rna}` : null,
  ].filter(Boolean);
  return `${organisation.name} (${[organisation.slug, ...identifiers].join(", ")})`;
}

function ambiguousMatch(by: MatchedBy, found: Organisation[], row: OrganisationImport, commune: CommuneSummary): WriteOutcome {
  const listed = found.slice(0, LISTED_HOMONYMS).map(describeMatch).join(" ; ");
  const more = found.length > LISTED_HOMONYMS ? " ; et d'autres" : "";
  if (by === "name") {
    return {
      status: "error",
      error: {
        column: "nom",
        message: `Plusieurs organisations s'appellent « ${row.identity.name} » à ${commune.name} : ${listed}${more}. Pour choisir, indiquez dans la ligne l'id_externe de la bonne, ou son SIRET, SIREN ou RNA ; pour en créer une nouvelle, donnez-lui un identifiant qu'aucune n'a.`,
      },
    };
  }
  const what = { external: "id_externe", siret: "SIRET", siren: "SIREN", rna: "RNA" }[by];
  const hint = by === "siren" ? "indiquez le SIRET de l'établissement" : "indiquez l'id_externe de la bonne";
  return {
    status: "error",
    error: { column: by === "external" ? "id_externe" : by, message: `Plusieurs organisations ont déjà ce ${what} : ${listed}${more}. Pour choisir, ${hint}` },
  };
}

export async function writeOrganisation(
  db: Executor,
  row: OrganisationImport,
  commune: CommuneSummary,
  now: Date,
  options: { nameMatch: boolean } = { nameMatch: true },
): Promise<WriteOutcome> {
  const { kind, identity, about, contact } = row;
  const { found, by } = await findExisting(db, row, commune.code, options.nameMatch);
  if (found.length > 1) return ambiguousMatch(by!, found, row, commune);
  let existing: Organisation | undefined = found[0];
  const otherExternalId = Boolean(existing?.externalId && row.externalId && existing.externalId !== row.externalId);
  // A name is a guess: another kind of organisation, or another id_externe, is not the one the row means.
  if (existing && by === "name" && (existing.kind !== kind.kind || otherExternalId)) existing = undefined;
  else if (otherExternalId) {
    return { status: "error", error: { column: "id_externe", message: `Cette organisation existe déjà avec l'id_externe ${existing!.externalId}` } };
  }
  if (existing?.status === "merged") {
    return {
      status: "error",
      error: { column: "nom", message: "Cette organisation a été fusionnée dans une autre : mettez à jour celle qui a été conservée" },
    };
  }
  const matchedByName = Boolean(existing) && by === "name";
  const desired: Partial<NewOrganisation> = {
    ...organisationFields(kind, identity, about),
    externalId: row.externalId ?? existing?.externalId ?? null,
    communeCode: commune.code,
    // An empty contact block keeps the contact the organisation gave itself.
    ...(contact ?? {}),
  };
  // So do empty identifier cells: a row found by one identifier (or by its name) does not erase the others.
  for (const key of ["siren", "siret", "rna"] as const) if (desired[key] === null && existing?.[key]) delete desired[key];

  let organisationId: string;
  let status: "created" | "updated" | "unchanged";
  if (!existing) {
    const slug = await uniqueOrganisationSlug(db, identity.name, commune.name);
    const [created] = await db
      .insert(organisations)
      .values({
        ...(desired as NewOrganisation),
        slug,
        lat: commune.lat,
        lon: commune.lon,
        contactConsentAt: contact ? now : null,
        charterSignedAt: row.charter ? now : null,
        // An admin imports vetted data: it is published at once.
        status: "published",
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: organisations.id });
    organisationId = created!.id;
    status = "created";
  } else {
    organisationId = existing.id;
    const changes = changedFields(existing, desired);
    // A point moved by hand stays, unless the organisation moved to another commune.
    if (changes.communeCode !== undefined) Object.assign(changes, { lat: commune.lat, lon: commune.lon });
    if (contact && !existing.contactConsentAt) changes.contactConsentAt = now;
    // The charter is only ever signed by an import, never withdrawn.
    if (row.charter && !existing.charterSignedAt) changes.charterSignedAt = now;
    status = Object.keys(changes).length ? "updated" : "unchanged";
    if (status === "updated")
      await db
        .update(organisations)
        .set({ ...changes, updatedAt: now })
        .where(eq(organisations.id, organisationId));
  }

  // Needs and offers are added when missing (same direction, kind and title), never removed: the organisation may
  // have added its own since. Themes the file names for an item already there replace its themes; an item the file
  // gives no themes keeps its own.
  const present = await db
    .select({
      id: needsOffers.id,
      direction: needsOffers.direction,
      resourceKind: needsOffers.resourceKind,
      title: needsOffers.title,
      themes: needsOffers.themes,
    })
    .from(needsOffers)
    .where(eq(needsOffers.organisationId, organisationId));
  const keyOf = (item: { direction: string; resourceKind: string; title: string }) => `${item.direction}|${item.resourceKind}|${item.title.toLowerCase()}`;
  const known = new Map(present.map((item) => [keyOf(item), item]));
  const missing: OrganisationImport["items"] = [];
  const retheme: { id: string; themes: Theme[] }[] = [];
  for (const item of row.items) {
    const stored = known.get(keyOf(item));
    if (!stored) {
      missing.push(item);
      known.set(keyOf(item), { id: "", ...item });
    } else if (stored.id && item.themes.length && !sameThemes(stored.themes, item.themes)) {
      retheme.push({ id: stored.id, themes: item.themes });
    }
  }
  if (missing.length) {
    await db
      .insert(needsOffers)
      .values(missing.map((item) => ({ ...item, organisationId, themes: themesOfItem(item.themes, about.themes), createdAt: now, updatedAt: now })));
  }
  for (const item of retheme) await db.update(needsOffers).set({ themes: item.themes, updatedAt: now }).where(eq(needsOffers.id, item.id));
  if ((missing.length || retheme.length) && status === "unchanged") {
    status = "updated";
    await db.update(organisations).set({ updatedAt: now }).where(eq(organisations.id, organisationId));
  }
  return { status, id: organisationId, ...(matchedByName ? { matchedByName } : {}) };
}
