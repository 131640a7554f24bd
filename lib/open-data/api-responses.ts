// The JSON API's answers as zod schemas, each named as an OpenAPI component: /api/openapi.json describes them
// from here, and the database tests check that what lib returns is exactly this (open-data/api-responses.db.test.ts),
// so that neither a field nor a personal detail appears undescribed. Pure: no db, no next.
import { z } from "zod";
import {
  ACTOR_KINDS,
  CATALYST_TRADES,
  COLLECTIVITE_LEVELS,
  COMPANY_SIZES,
  COVERAGE_KINDS,
  HORIZONS,
  HOST_KINDS,
  INTRODUCTION_STATUSES,
  NEED_OFFER_DIRECTIONS,
  OBJECTIVES,
  PARTNERSHIP_TYPES,
  POINT_PRECISIONS,
  RESOURCE_KINDS,
  THEMES,
} from "@/lib/shared/vocabulary";
import { MAP_LAYERS, STACK_ITEMS_LIMIT } from "@/lib/map/cluster-layout";
import { MATCH_REASON_CODES } from "@/lib/matching/score";
import { SCORE_COMPONENTS } from "@/lib/matching/weights";
import { INTRODUCTION_ACTIONS, INTRODUCTION_BOXES, type IntroductionRole } from "@/lib/introductions/workflow";
import type { CoverageLevel } from "@/lib/catalysts/finder";

/** The answers' components, by the name /api/openapi.json gives each (#/components/schemas/<id>). */
export const apiComponents = z.registry<{ id: string }>();
const component = <T extends z.ZodType>(id: string, schema: T): T => {
  apiComponents.add(schema, { id });
  return schema;
};

const timestamp = z.string().describe("ISO 8601 date and time (UTC).");
const latLon = z.object({ lat: z.number(), lon: z.number() });
const namedTerritory = z.object({ code: z.string(), name: z.string() });
const uuid = z.uuid();
const pointPrecision = z
  .enum(POINT_PRECISIONS)
  .describe(
    "How the commune's reference point was obtained: a GeoNames point, or an estimate from its postcode neighbours (~5 km median error), its EPCI (~8 km) or its département's chef-lieu (coarse).",
  );

export const errorResponse = component(
  "Error",
  z.object({
    error: z.string(),
    fields: z.array(z.object({ parameter: z.string(), message: z.string() })).describe("Each bad parameter or field, with a message (French / English)."),
  }),
);

export const healthResponse = component(
  "Health",
  z.object({
    status: z.enum(["ok", "unavailable"]),
    database: z.object({
      engine: z.enum(["pglite", "postgres", "unknown"]),
      ok: z.boolean(),
      latencyMs: z.number().nullable(),
      communes: z.int().optional().describe("Communes loaded."),
      error: z.string().optional().describe("What kind of failure (never a connection string)."),
    }),
    checkedAt: timestamp,
  }),
);

// --- Directory --------------------------------------------------------------------------------------------------

const organisationBase = {
  slug: z.string().describe("Profile page: /organisations/{slug}."),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  collectiviteLevel: z.enum(COLLECTIVITE_LEVELS).nullable(),
  companySize: z.enum(COMPANY_SIZES).nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  departementName: z.string(),
  themes: z.array(z.enum(THEMES)),
  lat: z.number(),
  lon: z.number(),
  updatedAt: timestamp,
};

export const organisationCard = component(
  "OrganisationCard",
  z.object({
    ...organisationBase,
    offers: z.array(z.enum(RESOURCE_KINDS)).describe("Resources of its open offers."),
    needs: z.array(z.enum(RESOURCE_KINDS)).describe("Resources of its open needs."),
    distanceKm: z.number().nullable().describe("From the place searched around, when there is one."),
  }),
);

export const organisationSearchResult = component(
  "OrganisationSearchResult",
  z.object({
    items: z.array(organisationCard),
    total: z.int().describe("Number of matches, capped at 10,000 (see totalIsCapped)."),
    totalIsCapped: z.boolean(),
    page: z.int(),
    pageSize: z.int(),
    pageCount: z.int(),
    center: latLon.extend({ label: z.string(), communeCode: z.string().nullable() }).nullable().describe("The place searched around (near or lat/lon)."),
    radiusKm: z.number().nullable(),
  }),
);

const needOffer = z.object({
  id: uuid,
  direction: z.enum(NEED_OFFER_DIRECTIONS),
  resourceKind: z.enum(RESOURCE_KINDS),
  themes: z.array(z.enum(THEMES)),
  title: z.string(),
  description: z.string(),
  horizon: z.enum(HORIZONS),
});

export const organisationProfile = component(
  "OrganisationProfile",
  z
    .object({
      ...organisationBase,
      id: uuid,
      isEss: z.boolean(),
      isSiae: z.boolean(),
      isMissionCompany: z.boolean(),
      siren: z.string().nullable(),
      rna: z.string().nullable(),
      odd: z.array(z.int().min(1).max(17)),
      objectives: z.array(z.enum(OBJECTIVES)),
      description: z.string(),
      website: z.string().nullable(),
      charterSigned: z.boolean(),
      isDemo: z.boolean(),
      epciCode: z.string().nullable(),
      epciName: z.string().nullable(),
      regionCode: z.string(),
      regionName: z.string(),
      publishedAt: timestamp.nullable(),
      isStale: z.boolean().describe("Not updated for a long time."),
      pointPrecision: pointPrecision
        .nullable()
        .describe("How lat/lon were obtained: the precision tag of the commune's point, or null when the organisation gave its own position."),
      answersWithinDays: z
        .int()
        .min(1)
        .nullable()
        .describe(
          "How many days the organisation usually takes to answer the introductions forwarded to it (median, rounded up, over the last 12 months); null below 3 answers.",
        ),
      needs: z.array(needOffer).describe("Open needs."),
      offers: z.array(needOffer).describe("Open offers."),
      catalysts: z
        .array(z.object({ slug: z.string(), name: z.string(), hostName: z.string(), lat: z.number(), lon: z.number() }))
        .describe("Catalysts covering the organisation's commune, with where each is based."),
    })
    .describe("Public fields only: the contact person is never included."),
);

// --- Catalysts --------------------------------------------------------------------------------------------------

export const catalystCard = component(
  "CatalystCard",
  z.object({
    slug: z.string().describe("Profile page: /catalysts/{slug}."),
    name: z.string(),
    hostName: z.string().describe("The structure hosting the catalyst."),
    hostKind: z.enum(HOST_KINDS),
    trades: z.array(z.enum(CATALYST_TRADES)),
    communeName: z.string(),
    departementCode: z.string(),
    departementName: z.string(),
    coverageSummary: z.string().describe("The territories it covers, in a few words (French)."),
    lat: z.number(),
    lon: z.number(),
  }),
);

export const catalystSearchResult = component(
  "CatalystSearchResult",
  z.object({ items: z.array(catalystCard), total: z.int(), page: z.int(), pageCount: z.int() }),
);

export const catalystProfile = component(
  "CatalystProfile",
  catalystCard.extend({
    id: uuid,
    description: z.string(),
    website: z.string().nullable(),
    charterSignedOn: z.string().nullable().describe("Date (YYYY-MM-DD) it signed the charter."),
    isDemo: z.boolean(),
    updatedAt: timestamp,
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .describe("Only when the catalyst chose to publish a contact; otherwise null (write to it from its profile page)."),
    coverage: z.array(z.object({ kind: z.enum(COVERAGE_KINDS), code: z.string(), name: z.string(), population: z.int().nullable() })),
    organisationCount: z.int().describe("Published organisations of its territory."),
    organisations: z
      .array(z.object({ slug: z.string(), name: z.string(), kind: z.enum(ACTOR_KINDS), communeName: z.string() }))
      .describe("The latest updated (12 at most)."),
  }),
);

export const communeSuggestion = component(
  "CommuneSuggestion",
  z.object({
    code: z.string().describe("INSEE code"),
    name: z.string(),
    postcodes: z.array(z.string()),
    population: z.int().nullable(),
    departementCode: z.string(),
    departementName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    epciCode: z.string().nullable().describe("SIREN of the EPCI"),
    epciName: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    precision: pointPrecision,
  }),
);
export const communeSuggestions = component("CommuneSuggestions", z.object({ communes: z.array(communeSuggestion) }));

export const collectivite = component(
  "Collectivite",
  z.object({
    level: z.enum(COLLECTIVITE_LEVELS),
    code: z.string().describe("INSEE code (commune, département, région) or SIREN (EPCI, EPT)."),
    name: z.string().meta({ examples: ["Commune de Muret", "Département de la Haute-Garonne"] }),
    siren: z
      .string()
      .regex(/^\d{9}$/)
      .nullable(),
    territoryName: z
      .string()
      .describe("The territory's own name, as people type it.")
      .meta({ examples: ["Muret", "Haute-Garonne"] }),
    seatCommuneCode: z.string().nullable().describe("INSEE code of the commune where it sits."),
    detail: z.string().describe("What tells similar names apart: postcode and département, the départements of an EPCI, the région."),
  }),
);
export const collectiviteSuggestions = component("CollectiviteSuggestions", z.object({ collectivites: z.array(collectivite) }));

const finderCommune = component(
  "FinderCommune",
  z.object({
    code: z.string(),
    name: z.string(),
    postcodes: z.array(z.string()),
    population: z.int().nullable(),
    departement: namedTerritory,
    region: namedTerritory,
    epci: namedTerritory.nullable().describe("Code is the EPCI's SIREN."),
    ept: namedTerritory.nullable().describe("Établissement public territorial (Grand Paris only); code is its SIREN."),
    lat: z.number(),
    lon: z.number(),
    precision: pointPrecision,
  }),
);

const COVERAGE_LEVELS = ["commune", "ept", "epci", "departement"] as const satisfies readonly CoverageLevel[];
const publicCatalyst = z.object({
  id: uuid,
  slug: z.string().describe("Profile page: /catalysts/{slug}"),
  name: z.string(),
  hostName: z.string().describe("The structure hosting the catalyst."),
  hostKind: z.enum(HOST_KINDS),
  trades: z.array(z.enum(CATALYST_TRADES)),
  communeCode: z.string().describe("INSEE code of the commune where the catalyst is based."),
  communeName: z.string(),
  departementCode: z.string(),
  lat: z.number(),
  lon: z.number(),
  distanceKm: z.number().describe("Great-circle distance from the origin, in km."),
});
const coveringCatalyst = component(
  "CoveringCatalyst",
  publicCatalyst.extend({
    coverages: z
      .array(z.object({ level: z.enum(COVERAGE_LEVELS), territory: namedTerritory }))
      .min(1)
      .describe("Every level at which the catalyst covers the commune, most local first."),
  }),
);
const nearbyCatalyst = component("NearbyCatalyst", publicCatalyst);

export const catalystFinderAnswer = component(
  "CatalystFinderAnswer",
  z.object({
    ambiguous: z.literal(false),
    commune: finderCommune,
    origin: latLon.describe("Where distances are measured from: the given point, else the commune's reference point."),
    resolution: z
      .object({
        method: z.literal("nearest_commune_point"),
        point: latLon,
        distanceKm: z.number().describe("From the given point to the commune's reference point."),
        precision: pointPrecision,
      })
      .nullable()
      .describe("Set when the place was given as a point: how it was attached to a commune."),
    covering: z.array(coveringCatalyst).describe("Most local coverage first, then nearest first."),
    nearest: z.array(nearbyCatalyst).describe("Other catalysts, nearest first."),
    whiteZone: z.boolean().describe("True when no catalyst covers the commune yet."),
  }),
);

export const ambiguousPlace = component(
  "AmbiguousPlace",
  z.object({
    ambiguous: z.literal(true),
    reason: z.enum(["postcode", "name"]),
    query: z.string(),
    message: z.string(),
    communes: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        postcodes: z.array(z.string()),
        departementCode: z.string(),
        departementName: z.string(),
        lat: z.number().optional(),
        lon: z.number().optional(),
      }),
    ),
  }),
);

// --- Map --------------------------------------------------------------------------------------------------------

const bounds = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const point = z.object({
  type: z.literal("Point"),
  coordinates: z.tuple([z.number(), z.number()]).describe("[longitude, latitude] (WGS 84)"),
});
const pointKind = z.enum([...ACTOR_KINDS, "catalyst"]);

export const mapCluster = component(
  "MapCluster",
  z.object({
    type: z.literal("Feature"),
    geometry: point,
    properties: z.object({
      layer: z.enum(MAP_LAYERS),
      cluster: z.literal(true),
      count: z.int().min(2),
      bounds: bounds.describe("[west, south, east, north] of the points inside."),
      kinds: z.partialRecord(z.enum(ACTOR_KINDS), z.int()).optional().describe("Organisations per actor kind (kinds with none are left out)."),
      stack: z
        .object({
          communeCode: z.string(),
          communeName: z.string(),
          items: z.array(z.object({ id: uuid, slug: z.string(), name: z.string(), kind: pointKind })).max(STACK_ITEMS_LIMIT),
        })
        .optional()
        .describe("Set when every point sits at one place: zooming in will not split the cluster."),
    }),
  }),
);

export const mapMarker = component(
  "MapMarker",
  z.object({
    type: z.literal("Feature"),
    geometry: point,
    properties: z.object({
      layer: z.enum(MAP_LAYERS),
      cluster: z.literal(false),
      id: uuid,
      slug: z.string().describe("Profile page: /organisations/{slug} or /catalysts/{slug}."),
      name: z.string(),
      kind: pointKind,
      communeName: z.string(),
    }),
  }),
);

export const mapClusters = component(
  "MapClusters",
  z.object({
    type: z.literal("FeatureCollection"),
    zoom: z.int(),
    bbox: bounds.describe("The viewport asked for: [west, south, east, north]."),
    totals: z
      .partialRecord(z.enum(MAP_LAYERS), z.int())
      .describe("Points of each requested layer inside the viewport (features may also include neighbours just outside, for stable edge clusters)."),
    features: z.array(z.union([mapCluster, mapMarker])),
  }),
);

// --- Partner proposals ------------------------------------------------------------------------------------------

const focusItem = z.object({ id: uuid, direction: z.enum(NEED_OFFER_DIRECTIONS), resourceKind: z.enum(RESOURCE_KINDS), title: z.string() });

export const partnerProposal = component(
  "PartnerProposal",
  z.object({
    id: uuid,
    slug: z.string().describe("Profile page: /organisations/{slug}."),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    communeName: z.string(),
    departementCode: z.string(),
    lat: z.number(),
    lon: z.number(),
    distanceKm: z.number(),
    score: z.number().min(0).max(1).describe("Weighted sum of the components."),
    components: z.object(Object.fromEntries(SCORE_COMPONENTS.map((name) => [name, z.number().min(0).max(1)]))),
    partnershipType: z.enum(PARTNERSHIP_TYPES),
    reasons: z.array(z.object({ code: z.enum(MATCH_REASON_CODES), text: z.string() })),
    resourceKinds: z.array(z.enum(RESOURCE_KINDS)).describe("The kinds of resource exchanged, either way: the organisation's needs met, its offers taken."),
    needOfferId: uuid
      .nullable()
      .describe("The organisation's own need or offer the proposal is about: the one in focus, else the first need it meets, else the first offer it takes."),
  }),
);

export const partnerProposals = component(
  "PartnerProposals",
  z.object({
    audience: z.enum(["member", "public"]),
    subject: z.object({ id: uuid, slug: z.string(), name: z.string(), kind: z.enum(ACTOR_KINDS), communeName: z.string(), lat: z.number(), lon: z.number() }),
    focus: focusItem.nullable(),
    items: z.array(focusItem).describe("The open needs and offers one may focus on."),
    radiusKm: z.number().describe("The search radius finally used."),
    widened: z.boolean(),
    candidatesConsidered: z.int(),
    proposals: z.array(partnerProposal),
  }),
);

// --- Introductions ----------------------------------------------------------------------------------------------

const ROLES = ["requester", "target", "catalyst", "admin", "system"] as const satisfies readonly IntroductionRole[];

export const introductionSummary = component(
  "IntroductionSummary",
  z.object({
    id: uuid,
    status: z.enum(INTRODUCTION_STATUSES),
    requesterName: z.string(),
    requesterSlug: z.string(),
    targetName: z.string(),
    targetSlug: z.string(),
    catalystName: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const introductionList = component(
  "IntroductionList",
  z.object({
    box: z.enum(INTRODUCTION_BOXES),
    status: z.enum(INTRODUCTION_STATUSES).optional(),
    page: z.int(),
    items: z.array(introductionSummary).describe("20 a page."),
    total: z.int(),
    counts: z.object(Object.fromEntries(INTRODUCTION_BOXES.map((box) => [box, z.int()]))).describe("How many introductions each box holds."),
  }),
);

const party = z.object({ id: uuid, slug: z.string(), name: z.string(), kind: z.enum(ACTOR_KINDS), communeName: z.string() });

/** What an introduction says, as stored and as answered (lib/introductions/reads.ts reads its rows with them). */
export const introductionTextFields = {
  objective: z.enum(OBJECTIVES).nullable(),
  hopedPartnershipType: z.enum(PARTNERSHIP_TYPES).nullable(),
  outcomePartnershipType: z.enum(PARTNERSHIP_TYPES).nullable(),
  message: z.string(),
  catalystNote: z.string().nullable(),
  decisionReason: z.string().nullable(),
};

export const introductionDetail = component(
  "IntroductionDetail",
  z.object({
    id: uuid,
    status: z.enum(INTRODUCTION_STATUSES),
    requester: party,
    target: party,
    catalyst: z.object({ slug: z.string(), name: z.string() }).nullable(),
    needOffer: z.object({ id: uuid, direction: z.enum(NEED_OFFER_DIRECTIONS), title: z.string(), ownerIsRequester: z.boolean() }).nullable(),
    ...introductionTextFields,
    createdAt: timestamp,
    updatedAt: timestamp,
    roles: z.array(z.enum(ROLES)).describe("The user's parts in it."),
    actions: z.array(z.enum(INTRODUCTION_ACTIONS)).describe("The steps the user may take now (POST /api/introductions/{id}/transitions)."),
    heldBack: z.boolean().describe("A step the user's roles allow is held back: they stand on both sides, someone else must take it."),
    contacts: z
      .array(
        z.object({
          organisation: z.string(),
          name: z.string().nullable(),
          role: z.string().nullable(),
          email: z.string().nullable(),
          phone: z.string().nullable(),
        }),
      )
      .nullable()
      .describe("Null until the requested organisation accepted; then both contact persons, for the two parties and the catalyst only."),
    events: z.array(
      z.object({
        fromStatus: z.enum(INTRODUCTION_STATUSES).nullable(),
        toStatus: z.enum(INTRODUCTION_STATUSES),
        by: z.enum(ROLES),
        note: z.string().nullable(),
        at: timestamp,
      }),
    ),
  }),
);

export const introductionCreated = component("IntroductionCreated", z.object({ id: uuid, status: z.literal("submitted") }));
export const introductionMoved = component("IntroductionMoved", z.object({ id: uuid, status: z.enum(INTRODUCTION_STATUSES).describe("The new status.") }));
