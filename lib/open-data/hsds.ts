// The directory in the Open Referral Human Services Data Specification (HSDS 3.0) shape: published organisations,
// one physical location each (its commune or chosen point), and their open offers as services. Flat arrays linked
// by ids, like HSDS's tabular data package, written as one JSON file and streamed page by page.
// No personal data: no contacts, phones or e-mails (HSDS allows them; this directory never publishes them).
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { isoTimestamp, type Executor } from "@/db/client";
import { communes, needsOffers, organisations } from "@/db/schema";
import { ACTOR_KIND_LABELS, RESOURCE_KIND_LABELS, type ActorKind, type ResourceKind } from "@/lib/shared/vocabulary";
import { jsonArrayChunks, keysetPages } from "./keyset-pages";
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_LICENCE, OPEN_DATA_PUBLISHER } from "./licence";

export const HSDS_VERSION = "3.0";

/**
 * A stable UUID for an object HSDS wants but the database has no row for (a location, a link, a taxonomy term):
 * SHA-1 of a name, laid out as an RFC 9562 version 5 UUID, so the same object keeps its id from one export to the next.
 */
export function derivedUuid(name: string): string {
  const bytes = createHash("sha1").update(`alliances:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const locationIdOf = (organisationId: string) => derivedUuid(`location:${organisationId}`);

interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: ActorKind;
  website: string | null;
  siren: string | null;
  rna: string | null;
  communeCode: string;
  communeName: string;
  departementCode: string;
  lat: number;
  lon: number;
}

function organisationPage(db: Executor, afterId: string | null, limit: number): Promise<OrganisationRow[]> {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      description: organisations.description,
      kind: organisations.kind,
      website: organisations.website,
      siren: organisations.siren,
      rna: organisations.rna,
      communeCode: organisations.communeCode,
      communeName: communes.name,
      departementCode: communes.departementCode,
      lat: organisations.lat,
      lon: organisations.lon,
    })
    .from(organisations)
    .innerJoin(communes, eq(communes.code, organisations.communeCode))
    .where(and(eq(organisations.status, "published"), afterId ? gt(organisations.id, afterId) : undefined))
    .orderBy(organisations.id)
    .limit(limit);
}

interface OfferRow {
  id: string;
  organisationId: string;
  slug: string;
  title: string;
  description: string;
  resourceKind: ResourceKind;
  updatedAt: string;
}

function offerPage(db: Executor, afterId: string | null, limit: number): Promise<OfferRow[]> {
  return db
    .select({
      id: needsOffers.id,
      organisationId: needsOffers.organisationId,
      slug: organisations.slug,
      title: needsOffers.title,
      description: needsOffers.description,
      resourceKind: needsOffers.resourceKind,
      updatedAt: sql<string>`${isoTimestamp(`"needs_offers"."updated_at"`)}`,
    })
    .from(needsOffers)
    .innerJoin(organisations, eq(organisations.id, needsOffers.organisationId))
    .where(
      and(
        eq(needsOffers.direction, "offer"),
        eq(needsOffers.status, "open"),
        eq(organisations.status, "published"),
        afterId ? gt(needsOffers.id, afterId) : undefined,
      ),
    )
    .orderBy(needsOffers.id)
    .limit(limit);
}

const round6 = (value: number | string) => Math.round(Number(value) * 1e6) / 1e6;

function toOrganization(row: OrganisationRow, base: string) {
  const identifiers = [
    row.siren ? { id: derivedUuid(`siren:${row.id}`), organization_id: row.id, identifier_type: "SIREN (INSEE)", identifier: row.siren } : null,
    row.rna
      ? { id: derivedUuid(`rna:${row.id}`), organization_id: row.id, identifier_type: "RNA (répertoire national des associations)", identifier: row.rna }
      : null,
  ].filter((identifier) => identifier !== null);
  const kind = ACTOR_KIND_LABELS[row.kind]?.fr ?? row.kind;
  return {
    id: row.id,
    name: row.name,
    // Required by HSDS: an organisation that wrote none is described by its kind and place.
    description: row.description.trim() || `${kind} — ${row.communeName} (${row.departementCode})`,
    website: row.website,
    uri: `${base}/organisations/${row.slug}`,
    legal_status: kind,
    organization_identifiers: identifiers,
  };
}

function toLocation(row: OrganisationRow) {
  return {
    id: locationIdOf(row.id),
    location_type: "physical",
    organization_id: row.id,
    name: row.communeName,
    description: `Commune de ${row.communeName} (code INSEE ${row.communeCode})`,
    latitude: round6(row.lat),
    longitude: round6(row.lon),
    external_identifier: row.communeCode,
    external_identifier_type: "INSEE COG (code commune)",
  };
}

function toService(row: OfferRow, base: string) {
  const term = RESOURCE_KIND_LABELS[row.resourceKind];
  const termId = derivedUuid(`resource-kind:${row.resourceKind}`);
  return {
    id: row.id,
    organization_id: row.organisationId,
    name: row.title,
    description: row.description,
    url: `${base}/organisations/${row.slug}`,
    // Only open offers are exported (fulfilled and closed ones are not shown on the site either).
    status: "active",
    last_modified: row.updatedAt,
    service_at_locations: [{ id: derivedUuid(`service-at-location:${row.id}`), service_id: row.id, location_id: locationIdOf(row.organisationId) }],
    attributes: [
      {
        id: derivedUuid(`attribute:${row.id}:${row.resourceKind}`),
        link_id: row.id,
        link_type: "resource_kind",
        link_entity: "service",
        taxonomy_term_id: termId,
        taxonomy_term: {
          id: termId,
          code: row.resourceKind,
          name: term?.fr ?? row.resourceKind,
          description: term ? `${term.fr} / ${term.en}` : row.resourceKind,
          taxonomy: "Alliances — types de ressources offertes",
        },
      },
    ],
  };
}

/** The whole HSDS file as text chunks: its header, then organizations, locations and services, each page by page. */
export async function* streamHsdsExport(db: Executor, publicUrl: string, now = new Date()): AsyncGenerator<string> {
  const base = publicUrl.replace(/\/+$/, "");
  const header = {
    title: "Alliances — organisations, lieux et offres (Open Referral HSDS)",
    hsds_version: HSDS_VERSION,
    publisher: { name: OPEN_DATA_PUBLISHER, url: base },
    license: OPEN_DATA_LICENCE,
    attribution: OPEN_DATA_ATTRIBUTION,
    documentation: `${base}/open-data`,
    generated_at: now.toISOString(),
    personal_data: "Aucune donnée personnelle : ni personne contact, ni e-mail, ni téléphone. / No personal data: no contact person, e-mail or phone.",
  };
  yield `${JSON.stringify(header).slice(0, -1)},"organizations":`;
  const organisations = () =>
    keysetPages(
      (afterId, limit) => organisationPage(db, afterId, limit),
      (row) => row.id,
    );
  yield* jsonArrayChunks(organisations(), (row) => toOrganization(row, base));
  yield `,"locations":`;
  yield* jsonArrayChunks(organisations(), toLocation);
  yield `,"services":`;
  const offers = keysetPages(
    (afterId, limit) => offerPage(db, afterId, limit),
    (row) => row.id,
  );
  yield* jsonArrayChunks(offers, (row) => toService(row, base));
  yield "}";
}
