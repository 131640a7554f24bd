// Partner proposals, the data side: retrieve the published organisations near an organisation (index-backed,
// widening the radius where the land is empty), leave out who should not be proposed, and let the pure
// matching module (lib/matching/) score and rank them. Who sees what is decided here.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor, type RowSchema } from "@/db/client";
import { catalysts } from "@/db/schema";
import { coverageContainsCommune, coveredCommuneCodes } from "@/lib/catalysts/coverage-sql";
import {
  ACTOR_KINDS,
  NEED_OFFER_DIRECTIONS,
  OBJECTIVES,
  RESOURCE_KINDS,
  THEMES,
  type ActorKind,
  type NeedOfferDirection,
  type PartnershipType,
  type ResourceKind,
} from "@/lib/shared/vocabulary";
import { haversineKm, LONGITUDE_SCALE } from "@/lib/geo/distance";
import { textArray } from "@/lib/geo/sql";
import { getCommuneIndex, type IndexedCommune } from "@/lib/territories/commune-index";
import { VersionedCache } from "@/lib/server/versioned-cache";
import { finishRanking, orderScored, scoreCandidates } from "@/lib/matching/rank";
import { duplicateKeys, duplicateReason, loadIdentifiers, withoutDuplicates } from "@/lib/organisations/duplicates";
import { mergeRetrieved, selectRadius, type Retrieved } from "@/lib/matching/retrieval";
import { cellsWithin, KM_PER_DEGREE, wantedKeys } from "@/lib/matching/keys";
import { localAreaOf } from "@/lib/matching/area";
import { introductionStats } from "@/lib/introductions/responsiveness";
import { loadOf, NO_INTRODUCTION_STATS, responsivenessOf } from "@/lib/introductions/responsiveness-figures";
import { describeReason, type ReasonAudience } from "@/lib/matching/reasons";
import { scoreCandidate, withAvailability, type MatchFocus, type MatchProfile, type MatchReason, type MatchResource } from "@/lib/matching/score";
import { RETRIEVAL, type ScoreComponent } from "@/lib/matching/weights";
import type { Locale } from "@/lib/i18n/messages";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

/** Introductions in these statuses are over without having happened: the pair may be proposed again. */
const REOPENING_STATUSES = ["withdrawn", "expired"];
const MONTH_SECONDS = 2_629_746;

export interface ProposalReason {
  code: MatchReason["code"];
  text: string;
}

export interface PartnerProposal {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind;
  communeName: string;
  departementCode: string;
  lat: number;
  lon: number;
  distanceKm: number;
  score: number;
  components: Record<ScoreComponent, number>;
  partnershipType: PartnershipType;
  reasons: ProposalReason[];
  /** The kinds of resource exchanged, either way: the subject's needs met, its offers taken. */
  resourceKinds: ResourceKind[];
  /** The subject's own need or offer the proposal is about (the focus, else the first met): the request starts from it. */
  needOfferId: string | null;
}

export interface FocusItem {
  id: string;
  direction: NeedOfferDirection;
  resourceKind: ResourceKind;
  title: string;
}

export interface PartnerProposals {
  /** "member": the organisation's members, its territory's catalysts and admins; "public": anyone else. */
  audience: ReasonAudience;
  subject: { id: string; slug: string; name: string; kind: ActorKind; communeName: string; lat: number; lon: number };
  focus: FocusItem | null;
  /** The needs and offers one may focus on. */
  items: FocusItem[];
  radiusKm: number;
  widened: boolean;
  candidatesConsidered: number;
  proposals: PartnerProposal[];
}

interface SubjectRow extends Omit<MatchProfile, "needs" | "offers"> {
  slug: string;
  name: string;
  communeCode: string;
  communeName: string;
}

interface CandidateRow extends Omit<MatchProfile, "needs" | "offers"> {
  slug: string;
  name: string;
  communeName: string;
  distanceKm: number;
}

interface ResourceRow extends MatchResource {
  id: string;
  organisationId: string;
  direction: NeedOfferDirection;
  title: string;
}

const uuidArray = (ids: readonly string[]) => sql`${textArray(ids)}::uuid[]`;

const profileColumns = sql.raw(`o.id, o.slug, o.name, o.kind, o.themes, o.odd, o.objectives, o.lat, o.lon,
  c.name AS "communeName", c.epci_code AS "epciCode", c.departement_code AS "departementCode",
  (extract(epoch FROM now() - o.updated_at) / ${MONTH_SECONDS})::float8 AS "monthsSinceUpdate"`);
/** A row of profileColumns. */
const profileRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  themes: z.array(z.enum(THEMES)),
  odd: z.array(z.number()),
  objectives: z.array(z.enum(OBJECTIVES)),
  lat: z.number(),
  lon: z.number(),
  communeName: z.string(),
  epciCode: z.string().nullable(),
  departementCode: z.string(),
  monthsSinceUpdate: z.number(),
});
const resourceRow: RowSchema<ResourceRow> = z.object({
  id: z.string(),
  organisationId: z.string(),
  direction: z.enum(NEED_OFFER_DIRECTIONS),
  resourceKind: z.enum(RESOURCE_KINDS),
  themes: z.array(z.enum(THEMES)),
  title: z.string(),
});
const subjectProfileRow: RowSchema<SubjectRow & { directoryVersion: string; resources: ResourceRow[] }> = profileRow.extend({
  communeCode: z.string(),
  directoryVersion: z.string(),
  resources: z.array(resourceRow),
});
const territoryProfileRow: RowSchema<CandidateRow> = profileRow.extend({ communeCode: z.string(), distanceKm: z.number() });
/** A candidate as organisations_match_idx holds it: its commune's facts come from the commune index, not a join. */
const candidateRow = profileRow.omit({ communeName: true, epciCode: true, departementCode: true }).extend({
  communeCode: z.string(),
  // organisations.open_resources: [direction, resource kind, themes] of each open need and offer.
  resources: z.array(z.tuple([z.enum(NEED_OFFER_DIRECTIONS), z.enum(RESOURCE_KINDS), z.array(z.enum(THEMES))])),
});

/** The fields of a ResourceRow and their needs_offers columns: read as columns, or as one JSON object (subject query). */
const RESOURCE_FIELDS: [keyof ResourceRow, string][] = [
  ["id", "id"],
  ["organisationId", "organisation_id"],
  ["direction", "direction"],
  ["resourceKind", "resource_kind"],
  ["themes", "themes"],
  ["title", "title"],
];
const resourceColumns = sql.raw(RESOURCE_FIELDS.map(([field, column]) => `n.${column} AS "${field}"`).join(", "));
const resourceObject = sql.raw(`json_build_object(${RESOURCE_FIELDS.map(([field, column]) => `'${field}', n.${column}`).join(", ")})`);
const resourceOrder = sql.raw("n.created_at, n.id");

async function loadOpenResources(db: Executor, organisationIds: readonly string[]): Promise<Map<string, ResourceRow[]>> {
  const byOrganisation = new Map<string, ResourceRow[]>();
  if (!organisationIds.length) return byOrganisation;
  const rows = await parsedRows(
    db,
    sql`SELECT ${resourceColumns} FROM needs_offers n
        WHERE n.status = 'open' AND n.organisation_id = ANY(${uuidArray(organisationIds)})
        ORDER BY ${resourceOrder}`,
    resourceRow,
  );
  for (const row of rows) {
    const list = byOrganisation.get(row.organisationId) ?? [];
    list.push(row);
    byOrganisation.set(row.organisationId, list);
  }
  return byOrganisation;
}

function withResources<T extends Omit<MatchProfile, "needs" | "offers">>(row: T, resources: ResourceRow[] = []): T & MatchProfile {
  return {
    ...row,
    needs: resources.filter((item) => item.direction === "need"),
    offers: resources.filter((item) => item.direction === "offer"),
  };
}

/** Whether the viewer sees the organisation's proposals as one of its own: member, covering catalyst, admin. */
async function isInsider(db: Executor, viewer: Viewer | null, organisationId: string, communeCode: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isAdmin || viewer.memberships.some((membership) => membership.organisationId === organisationId)) return true;
  if (!viewer.catalysts.length) return false;
  const [row] = await parsedRows(
    db,
    sql`SELECT EXISTS (
          SELECT 1 FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
          WHERE c.code = ${communeCode} AND cc.catalyst_id = ANY(${uuidArray(viewer.catalysts.map((catalyst) => catalyst.catalystId))})
        ) AS covers`,
    z.object({ covers: z.boolean() }),
  );
  return Boolean(row?.covers);
}

/**
 * Organisations the subject has already been introduced to (or declined), in either direction, as far as its
 * insiders know. A request the subject received counts only once the catalyst forwarded it (the rule of
 * visibleRoles in lib/introductions/parties.ts): leaving out a requester whose request is still with the catalyst, or
 * was rejected by it, would let anyone who diffs this list against the public one learn who asked.
 */
async function alreadyIntroduced(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await parsedRows(
    db,
    sql`SELECT target_organisation_id AS other FROM introductions
        WHERE requester_organisation_id = ${organisationId} AND status <> ALL(${textArray(REOPENING_STATUSES)})
        UNION SELECT i.requester_organisation_id FROM introductions i
        WHERE i.target_organisation_id = ${organisationId} AND i.status <> ALL(${textArray(REOPENING_STATUSES)})
          AND EXISTS (SELECT 1 FROM introduction_events e WHERE e.introduction_id = i.id AND e.to_status = 'forwarded')`,
    z.object({ other: z.string() }),
  );
  return rows.map((row) => row.other);
}

const candidateColumns = sql.raw(`o.id, o.slug, o.name, o.kind, o.themes, o.odd, o.objectives, o.lat, o.lon, o.commune_code AS "communeCode",
  (extract(epoch FROM now() - o.updated_at) / ${MONTH_SECONDS})::float8 AS "monthsSinceUpdate", o.open_resources AS resources`);

/** Beyond this many grid cells (a radius of about 80 km), the fit query reads whole key ranges. */
const MAX_CELLS = 100;

type Candidate = CandidateRow & MatchProfile;

const localArea = (commune: IndexedCommune | undefined, communeCode: string) => localAreaOf(commune, communeCode, commune?.epciKind);

/**
 * The candidates to score (lib/matching/retrieval.ts says which and why): the nearest published organisations, by a
 * K-nearest scan of the covering index organisations_match_idx (migration 0013: every column read is in it, so the
 * scan reads a few index pages where neighbours sit together), and within the
 * radius the best by coarse fit from match_keys (migration 0019: one index range per wanted key and grid cell, however
 * many organisations share a commune's point). The first radius is guessed so that both run at once; a place
 * that needs a wider one reads the fit again. Exact distances are computed here.
 */
export async function retrieveCandidates(
  db: Executor,
  subject: MatchProfile,
  excluded: readonly string[],
  focus: MatchFocus | null,
): Promise<Retrieved<Candidate>> {
  const here = sql`point(${subject.lon * LONGITUDE_SCALE}, ${subject.lat})`;
  const published = sql`o.status = 'published' AND o.id <> ALL(${uuidArray(excluded)})`;
  const wanted = wantedKeys(subject, focus ?? undefined);
  // A few cells bound the index ranges at the usual radii; at the widest ones (a few hundred cells, times the keys)
  // one range per key costs less.
  const cellFilter = (radiusKm: number) => {
    const cells = cellsWithin(subject.lat, subject.lon, radiusKm);
    return cells.length <= MAX_CELLS ? sql`AND k.cell = ANY(${`{${cells.join(",")}}`}::int[])` : sql``;
  };
  const byFit = (radiusKm: number) => {
    if (!wanted.length) return Promise.resolve([]);
    const cosLat = Math.cos((subject.lat * Math.PI) / 180);
    const reach = radiusKm / KM_PER_DEGREE;
    const distance = sql`((k.lon - ${subject.lon}) * ${cosLat}) ^ 2 + (k.lat - ${subject.lat}) ^ 2`;
    // The best by coarse fit, with their columns: the order is the fit's (fit, keys matched, distance, id).
    return parsedRows(
      db,
      sql`SELECT ${candidateColumns}
          FROM (
            -- Per organisation, its (direction, resource kind) pairs met (key / 32; offers taken from 32 on): two
            -- per need of the subject met, one per offer of the subject taken, one more both ways.
            SELECT g.id, 2 * count(*) FILTER (WHERE g.item >= 32) + count(*) FILTER (WHERE g.item < 32)
                     + CASE WHEN bool_or(g.item >= 32) AND bool_or(g.item < 32) THEN 1 ELSE 0 END AS fit,
                   sum(g.keys) AS keys, min(g.distance) AS distance
            FROM (
              SELECT k.organisation_id AS id, k.key / 32 AS item, count(*) AS keys, min(${distance}) AS distance
              FROM match_keys k
              WHERE k.key = ANY(${`{${wanted.join(",")}}`}::smallint[]) ${cellFilter(radiusKm)}
                AND k.organisation_id <> ALL(${uuidArray(excluded)}) AND ${distance} <= ${reach * reach}
              GROUP BY k.organisation_id, k.key / 32
            ) g
            GROUP BY g.id
            ORDER BY fit DESC, keys DESC, distance, g.id
            LIMIT ${RETRIEVAL.byFit}
          ) f JOIN organisations o ON o.id = f.id AND o.status = 'published'
          ORDER BY f.fit DESC, f.keys DESC, f.distance, f.id`,
      candidateRow,
    );
  };
  const [nearestRows, firstFit, communes] = await Promise.all([
    parsedRows(db, sql`SELECT ${candidateColumns} FROM organisations o WHERE ${published} ORDER BY o.geo <-> ${here} LIMIT ${RETRIEVAL.nearest}`, candidateRow),
    byFit(RETRIEVAL.radiiKm[0]!),
    getCommuneIndex(db),
  ]);
  // Field by field, not by spreading the driver's row: spread rows (null-prototype objects) with a few more fields
  // made slow dictionary-mode objects, 7× slower to build and slower to read in the scoring that follows.
  const toCandidate = (row: z.infer<typeof candidateRow>): Candidate => {
    const { communeCode, resources: items } = row;
    const commune = communes.get(communeCode);
    const { areaCode, areaKind } = localArea(commune, communeCode);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      themes: row.themes,
      odd: row.odd,
      objectives: row.objectives,
      lat: row.lat,
      lon: row.lon,
      monthsSinceUpdate: row.monthsSinceUpdate,
      needs: items.filter(([direction]) => direction === "need").map(([, resourceKind, themes]) => ({ resourceKind, themes })),
      offers: items.filter(([direction]) => direction === "offer").map(([, resourceKind, themes]) => ({ resourceKind, themes })),
      communeCode,
      communeName: commune?.name ?? communeCode,
      epciCode: commune?.epciCode ?? null,
      departementCode: commune?.departementCode ?? "",
      areaCode,
      areaKind,
      distanceKm: haversineKm(subject, row),
    };
  };
  const nearest = nearestRows.map(toCandidate);
  const radiusKm = selectRadius(nearest.map((candidate) => candidate.distanceKm));
  const fitRows = radiusKm === RETRIEVAL.radiiKm[0] ? firstFit : await byFit(radiusKm);
  const byId = new Map(nearest.map((candidate) => [candidate.id, candidate]));
  return mergeRetrieved(
    nearest,
    fitRows.map((row) => byId.get(row.id) ?? toCandidate(row)),
    radiusKm,
  );
}

/** What a proposal exchanges, read from its reasons, and the subject's own item it is first about. */
function exchangeOf(
  reasons: MatchReason[],
  ownResources: readonly ResourceRow[],
  focusId: string | null,
): Pick<PartnerProposal, "resourceKinds" | "needOfferId"> {
  const met = reasons.find((reason) => reason.code === "offers_what_you_need")?.items ?? [];
  const taken = reasons.find((reason) => reason.code === "needs_what_you_offer")?.items ?? [];
  const first = (direction: NeedOfferDirection, kind: ResourceKind | undefined) =>
    kind ? ownResources.find((item) => item.direction === direction && item.resourceKind === kind)?.id : undefined;
  return {
    resourceKinds: [...new Set([...met, ...taken].map((item) => item.resourceKind))],
    needOfferId: focusId ?? first("need", met[0]?.resourceKind) ?? first("offer", taken[0]?.resourceKind) ?? null,
  };
}

function toProposalReasons(reasons: MatchReason[], locale: Locale, audience: ReasonAudience): ProposalReason[] {
  return reasons.map((reason) => ({ code: reason.code, text: describeReason(reason, locale, audience) }));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface ProposeOptions {
  /** A need or offer of the organisation: who could meet this need, who needs this offer? */
  focusId?: string;
  limit?: number;
  locale: Locale;
  /** Computes the public answer even when it is kept in memory (the benchmark measures the computation). */
  fresh?: boolean;
}

/**
 * Partners proposed to a published organisation. Insiders (its members, the catalysts covering it, admins) get
 * the personal list: the organisations they belong to and those already introduced are left out. Anyone else
 * gets the same computation on public data only (profiles, open needs and offers), without those exclusions,
 * so that nothing private (who met whom) can be read from it. Null: no such published organisation, or a
 * focus that is not one of its open needs or offers.
 */
export async function proposePartners(db: Executor, viewer: Viewer | null, slug: string, options: ProposeOptions): Promise<PartnerProposals | null> {
  if (slug.length > 200) return null;
  const [subjectRow] = await parsedRows(
    db,
    sql`SELECT ${profileColumns}, o.commune_code AS "communeCode", (SELECT last_value FROM directory_version)::text AS "directoryVersion",
               (SELECT coalesce(json_agg(${resourceObject} ORDER BY ${resourceOrder}), '[]') FROM needs_offers n
                WHERE n.organisation_id = o.id AND n.status = 'open') AS resources
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.slug = ${slug} AND o.status = 'published'`,
    subjectProfileRow,
  );
  if (!subjectRow) return null;
  const audience: ReasonAudience = (await isInsider(db, viewer, subjectRow.id, subjectRow.communeCode)) ? "member" : "public";
  if (audience === "public" && !options.fresh) {
    // The public answer depends on published organisations and their needs and offers only: kept while the
    // directory's version (moved at each commit that changes them) stays, a few minutes at most.
    const key = JSON.stringify([slug, options.locale, options.focusId ?? null, options.limit ?? null]);
    return publicProposalsCache.get(db, key, subjectRow.directoryVersion, () => computeProposals(db, viewer, subjectRow, audience, options));
  }
  return computeProposals(db, viewer, subjectRow, audience, options);
}

/** Read past a list's length, so that what is dropped as duplicates leaves it full. */
const DUPLICATE_ROOM = 10;

const publicProposalsCache = new VersionedCache<PartnerProposals | null>({ maxEntries: 2_000, ttlMs: 5 * 60_000 });

async function computeProposals(
  db: Executor,
  viewer: Viewer | null,
  subjectRow: SubjectRow & { resources: ResourceRow[] },
  audience: ReasonAudience,
  options: ProposeOptions,
): Promise<PartnerProposals | null> {
  const communes = await getCommuneIndex(db);
  const { resources: ownResources } = subjectRow;
  const subject: MatchProfile = {
    ...withResources(subjectRow, ownResources),
    ...localArea(communes.get(subjectRow.communeCode), subjectRow.communeCode),
    communeCode: subjectRow.communeCode,
  };
  const items: FocusItem[] = ownResources.map(({ id, direction, resourceKind, title }) => ({ id, direction, resourceKind, title }));
  const focusItem = options.focusId ? items.find((item) => item.id === options.focusId) : undefined;
  if (options.focusId && !focusItem) return null;
  const focusResource = focusItem ? ownResources.find((item) => item.id === focusItem.id)! : null;
  const focus: MatchFocus | null = focusItem && focusResource ? { direction: focusItem.direction, resource: focusResource } : null;

  const excluded = [subject.id];
  if (audience === "member") {
    excluded.push(...(viewer?.memberships.map((membership) => membership.organisationId) ?? []));
    excluded.push(...(await alreadyIntroduced(db, subject.id)));
  }
  const { radiusKm, scaleKm, candidates } = await retrieveCandidates(db, subject, excluded, focus);
  const rankOptions = {
    focus: focus ?? undefined,
    distances: new Map(candidates.map((candidate) => [candidate.id, candidate.distanceKm])),
    scaleKm,
    limit: Math.min(options.limit ?? 10, audience === "member" ? 50 : 10),
  };
  // Two-sided: who answers introductions quickly (a public figure, shown on profiles) ranks a little higher; who has
  // many requests waiting ranks lower, for insiders only (the public list must not hint at who is being approached).
  // Their figures are asked for first, and the candidates scored while the database answers (the figures scale a
  // score afterwards: withAvailability).
  const pendingStats = introductionStats(
    db,
    candidates.map((candidate) => candidate.id),
  );
  // Should the scoring throw, the figures' failure must not go unhandled as well (it is awaited below otherwise).
  pendingStats.catch(() => undefined);
  // Let the query leave before the scoring holds the thread.
  await new Promise((resolve) => setImmediate(resolve));
  const scored = scoreCandidates(subject, candidates, rankOptions);
  const stats = await pendingStats;
  const ordered = orderScored(
    scored.map((result) => {
      const figures = stats.get(result.candidateId) ?? NO_INTRODUCTION_STATS;
      return withAvailability(result, { responsiveness: responsivenessOf(figures), load: audience === "member" ? loadOf(figures) : 0 });
    }),
    rankOptions,
  );
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  // Never one organisation twice, nor the subject's own duplicate (lib/organisations/duplicates.ts): the head of the
  // list, with room for what it drops, is checked against the rule of the admins' list; names and places are here
  // already, only the identifiers of these twenty are asked for (asking for all the candidates' while they are
  // scored was measured slower: it competes with the scoring for the two cores).
  const head = ordered.slice(0, rankOptions.limit + DUPLICATE_ROOM);
  const identifiers = await loadIdentifiers(db, [subject.id, ...head.map((result) => result.candidateId)]);
  const keys = new Map(
    [{ ...subjectRow, id: subject.id, lat: subject.lat, lon: subject.lon }, ...head.map((result) => byId.get(result.candidateId)!)].map((organisation) => [
      organisation.id,
      duplicateKeys(organisation, identifiers.get(organisation.id)),
    ]),
  );
  const ranked = finishRanking(
    withoutDuplicates(head, (result) => result.candidateId, keys, { subjectId: subject.id, limit: rankOptions.limit }),
    rankOptions.limit,
  );

  return {
    audience,
    subject: {
      id: subject.id,
      slug: subjectRow.slug,
      name: subjectRow.name,
      kind: subject.kind,
      communeName: subjectRow.communeName,
      lat: subject.lat,
      lon: subject.lon,
    },
    focus: focusItem ?? null,
    items,
    radiusKm,
    widened: radiusKm > RETRIEVAL.radiiKm[0]!,
    candidatesConsidered: candidates.length,
    proposals: ranked.map((scored) => {
      const candidate = byId.get(scored.candidateId)!;
      return {
        id: candidate.id,
        slug: candidate.slug,
        name: candidate.name,
        kind: candidate.kind,
        communeName: candidate.communeName,
        departementCode: candidate.departementCode,
        lat: candidate.lat,
        lon: candidate.lon,
        distanceKm: round(scored.distanceKm, 1),
        score: round(scored.score, 3),
        components: Object.fromEntries(Object.entries(scored.components).map(([key, value]) => [key, round(value, 3)])) as Record<ScoreComponent, number>,
        partnershipType: scored.partnershipType,
        reasons: toProposalReasons(scored.reasons, options.locale, audience),
        ...exchangeOf(scored.reasons, ownResources, focusItem?.id ?? null),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// A catalyst's view: the best potential alliances between organisations of its territory that have not met yet

/** Organisations of a territory scored against each other, at most: the most recently updated ones. */
const TERRITORY_ORGANISATION_CAP = 1_000;
/** Pairs further apart than this are not proposed as local alliances. */
const TERRITORY_PAIR_MAX_KM = 60;

export interface TerritoryAlliance {
  /** The organisation whose need the other meets (or the first of the pair). */
  first: { slug: string; name: string; kind: ActorKind; communeName: string };
  second: { slug: string; name: string; kind: ActorKind; communeName: string };
  distanceKm: number;
  score: number;
  partnershipType: PartnershipType;
  reasons: ProposalReason[];
}

export interface TerritoryAlliances {
  catalyst: { slug: string; name: string };
  organisationsConsidered: number;
  organisationsInTerritory: number;
  alliances: TerritoryAlliance[];
}

/** For catalyst staff (of this catalyst) and admins only: checked here, whatever page or route calls it. */
export async function proposeTerritoryAlliances(
  db: Executor,
  viewer: Viewer | null,
  catalystSlug: string,
  options: { locale: Locale; limit?: number },
): Promise<TerritoryAlliances> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) throw new ForbiddenError(viewer, "network:alliances");
  const [catalyst] = await db
    .select({ id: catalysts.id, slug: catalysts.slug, name: catalysts.name })
    .from(catalysts)
    .where(eq(catalysts.slug, catalystSlug.slice(0, 200)));
  if (!catalyst) throw new NotFoundError();
  if (!viewer.isAdmin && !viewer.catalysts.some((staff) => staff.catalystId === catalyst.id)) throw new ForbiddenError(viewer, "network:alliances:catalyst");

  const territory = sql`o.status = 'published' AND o.commune_code IN ${coveredCommuneCodes(sql`cc.catalyst_id = ${catalyst.id}`)}`;
  const [[count], rows] = await Promise.all([
    parsedRows(db, sql`SELECT count(*)::int AS total FROM organisations o WHERE ${territory}`, z.object({ total: z.number() })),
    parsedRows(
      db,
      sql`SELECT ${profileColumns}, o.commune_code AS "communeCode", 0::float8 AS "distanceKm"
          FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE ${territory} ORDER BY o.updated_at DESC, o.id LIMIT ${TERRITORY_ORGANISATION_CAP}`,
      territoryProfileRow,
    ),
  ]);
  const resources = await loadOpenResources(
    db,
    rows.map((row) => row.id),
  );
  const profiles = rows.map((row) => withResources(row, resources.get(row.id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const introducedRows = rows.length
    ? await parsedRows(
        db,
        sql`SELECT requester_organisation_id AS a, target_organisation_id AS b FROM introductions
            WHERE status <> ALL(${textArray(REOPENING_STATUSES)})
              AND requester_organisation_id = ANY(${uuidArray(rows.map((row) => row.id))})`,
        z.object({ a: z.string(), b: z.string() }),
      )
    : [];
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const introduced = new Set(introducedRows.map((row) => pairKey(row.a, row.b)));

  // Only pairs where one's need meets the other's offer: a catalyst's alliance starts from an exchange.
  const offerersByKind = new Map<ResourceKind, MatchProfile[]>();
  for (const profile of profiles) {
    for (const kind of new Set(profile.offers.map((offer) => offer.resourceKind))) {
      offerersByKind.set(kind, [...(offerersByKind.get(kind) ?? []), profile]);
    }
  }
  const best = new Map<string, { needer: MatchProfile; offerer: MatchProfile; scored: ReturnType<typeof scoreCandidate> }>();
  for (const needer of profiles) {
    for (const kind of new Set(needer.needs.map((need) => need.resourceKind))) {
      for (const offerer of offerersByKind.get(kind) ?? []) {
        if (offerer.id === needer.id) continue;
        const key = pairKey(needer.id, offerer.id);
        if (introduced.has(key)) continue;
        const distanceKm = haversineKm(needer, offerer);
        if (distanceKm > TERRITORY_PAIR_MAX_KM) continue;
        const scored = scoreCandidate(needer, offerer, { distanceKm });
        const previous = best.get(key);
        if (!previous || scored.score > previous.scored.score) best.set(key, { needer, offerer, scored });
      }
    }
  }
  const summary = (profile: MatchProfile) => {
    const row = byId.get(profile.id)!;
    return { slug: row.slug, name: row.name, kind: row.kind, communeName: row.communeName };
  };
  const limit = options.limit ?? 30;
  const sorted = [...best.values()]
    .sort((a, b) => b.scored.score - a.scored.score || a.scored.distanceKm - b.scored.distanceKm || (a.needer.id < b.needer.id ? -1 : 1))
    .slice(0, limit + DUPLICATE_ROOM);
  // Two records of one organisation are not an alliance (lib/organisations/duplicates.ts).
  const identifiers = await loadIdentifiers(
    db,
    sorted.flatMap(({ needer, offerer }) => [needer.id, offerer.id]),
  );
  const keysOf = (profile: MatchProfile) => duplicateKeys(byId.get(profile.id)!, identifiers.get(profile.id));
  const alliances = sorted
    .filter(({ needer, offerer }) => duplicateReason(keysOf(needer), keysOf(offerer)) === null)
    .slice(0, limit)
    .map(({ needer, offerer, scored }) => ({
      first: summary(needer),
      second: summary(offerer),
      distanceKm: round(scored.distanceKm, 1),
      score: round(scored.score, 3),
      partnershipType: scored.partnershipType,
      reasons: scored.reasons.map((reason) => ({ code: reason.code, text: describeReason(reason, options.locale, "public", byId.get(needer.id)!.name) })),
    }));
  return {
    catalyst: { slug: catalyst.slug, name: catalyst.name },
    organisationsConsidered: rows.length,
    organisationsInTerritory: count?.total ?? 0,
    alliances,
  };
}
