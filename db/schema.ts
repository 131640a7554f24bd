// Every table of the product, with its row types beside it. The same schema runs on PGlite and Postgres:
// no PostGIS, geo through a generated `point` column (see docs/decisions/003-geo-without-postgis.md).
import { sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  point,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import {
  ACTOR_KINDS,
  COLLECTIVITE_LEVELS,
  COMPANY_SIZES,
  COVERAGE_KINDS,
  HORIZONS,
  HOST_KINDS,
  INTERCOMMUNALITY_KINDS,
  INTRODUCTION_STATUSES,
  MAIL_STATUSES,
  MEMBERSHIP_ROLES,
  NEED_OFFER_DIRECTIONS,
  NEED_OFFER_STATUSES,
  OBJECTIVES,
  ORGANISATION_STATUSES,
  PARTNERSHIP_TYPES,
  POINT_PRECISIONS,
  RESOURCE_KINDS,
  type CatalystTrade,
  type NeedOfferDirection,
  type Objective,
  type ResourceKind,
  type Theme,
} from "../lib/shared/vocabulary";

/**
 * Planar point for K-nearest searches: longitude is scaled by cos(46.5°), the latitude of mainland France's
 * centre, so that `<->` ranks candidates almost like great-circle distance; callers re-sort by haversine.
 */
export const LONGITUDE_SCALE = 0.688354575693754;
const planarPoint = (): SQL => sql.raw(`point(lon * ${LONGITUDE_SCALE}, lat)`);
// Normalised copy of a name for trigram and prefix search; f_search_normalize is defined in migration 0000.
const searchable = (column: string): SQL => sql.raw(`f_search_normalize(${column})`);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
// Raw bytes: postgres.js reads them as a Buffer, PGlite as a Uint8Array (a Buffer is one).
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

// ---------------------------------------------------------------------------------------------------------
// Territories (INSEE COG), loaded from db/seed/data/territories.json

export const regions = pgTable("regions", {
  code: varchar("code", { length: 3 }).primaryKey(),
  name: text("name").notNull(),
  chefLieuCode: varchar("chef_lieu_code", { length: 5 }),
});
export type Region = typeof regions.$inferSelect;

export const departements = pgTable(
  "departements",
  {
    code: varchar("code", { length: 3 }).primaryKey(),
    name: text("name").notNull(),
    searchName: text("search_name").generatedAlwaysAs(searchable("name")),
    regionCode: varchar("region_code", { length: 3 })
      .notNull()
      .references(() => regions.code),
    chefLieuCode: varchar("chef_lieu_code", { length: 5 }),
  },
  (table) => [index("departements_region_idx").on(table.regionCode)],
);
export type Departement = typeof departements.$inferSelect;

/** EPCI (CC, CA, CU, métropoles) and the 11 EPT of the Grand Paris, all identified by their SIREN. */
export const intercommunalities = pgTable(
  "intercommunalities",
  {
    code: varchar("code", { length: 9 }).primaryKey(),
    name: text("name").notNull(),
    searchName: text("search_name").generatedAlwaysAs(searchable("name")),
    kind: text("kind", { enum: INTERCOMMUNALITY_KINDS }).notNull(),
    population: integer("population"),
  },
  (table) => [index("intercommunalities_search_idx").using("gin", table.searchName.op("gin_trgm_ops"))],
);
export type Intercommunality = typeof intercommunalities.$inferSelect;

export const communes = pgTable(
  "communes",
  {
    code: varchar("code", { length: 5 }).primaryKey(),
    name: text("name").notNull(),
    searchName: text("search_name").notNull().generatedAlwaysAs(searchable("name")),
    postcodes: text("postcodes").array().notNull(),
    population: integer("population"),
    siren: varchar("siren", { length: 9 }),
    departementCode: varchar("departement_code", { length: 3 })
      .notNull()
      .references(() => departements.code),
    regionCode: varchar("region_code", { length: 3 })
      .notNull()
      .references(() => regions.code),
    epciCode: varchar("epci_code", { length: 9 }).references(() => intercommunalities.code),
    eptCode: varchar("ept_code", { length: 9 }).references(() => intercommunalities.code),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    precision: text("precision", { enum: POINT_PRECISIONS }).notNull(),
    geo: point("geo", { mode: "xy" }).generatedAlwaysAs(planarPoint()),
  },
  (table) => [
    index("communes_geo_idx").using("gist", table.geo),
    index("communes_search_idx").using("gin", table.searchName.op("gin_trgm_ops")),
    index("communes_postcodes_idx").using("gin", table.postcodes),
    index("communes_departement_idx").on(table.departementCode),
    index("communes_epci_idx").on(table.epciCode),
    index("communes_ept_idx").on(table.eptCode),
  ],
);
export type Commune = typeof communes.$inferSelect;

// ---------------------------------------------------------------------------------------------------------
// Catalysts and their coverage

export const catalysts = pgTable(
  "catalysts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    searchName: text("search_name").notNull().generatedAlwaysAs(searchable("name")),
    hostName: text("host_name").notNull(),
    hostKind: text("host_kind", { enum: HOST_KINDS }).notNull(),
    trades: text("trades")
      .array()
      .$type<CatalystTrade[]>()
      .notNull()
      .default(sql`'{}'`),
    description: text("description").notNull().default(""),
    website: text("website"),
    // Personal data: never shown unless contactPublic is set on purpose.
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    contactPublic: boolean("contact_public").notNull().default(false),
    charterSignedOn: date("charter_signed_on", { mode: "string" }),
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.code),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    geo: point("geo", { mode: "xy" }).generatedAlwaysAs(planarPoint()),
    isDemo: boolean("is_demo").notNull().default(false),
    // The identifier a CSV import gave it (re-importing the same file updates instead of duplicating).
    externalId: text("external_id"),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("catalysts_slug_idx").on(table.slug),
    uniqueIndex("catalysts_external_id_idx").on(table.externalId),
    index("catalysts_geo_idx").using("gist", table.geo),
    index("catalysts_search_idx").using("gin", table.searchName.op("gin_trgm_ops")),
  ],
);
export type Catalyst = typeof catalysts.$inferSelect;
export type NewCatalyst = typeof catalysts.$inferInsert;

/** A catalyst covers communes, intercommunalities (EPCI or EPT) and départements; coverages may overlap. */
export const catalystCoverage = pgTable(
  "catalyst_coverage",
  {
    catalystId: uuid("catalyst_id")
      .notNull()
      .references(() => catalysts.id, { onDelete: "cascade" }),
    territoryKind: text("territory_kind", { enum: COVERAGE_KINDS }).notNull(),
    territoryCode: varchar("territory_code", { length: 9 }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.catalystId, table.territoryKind, table.territoryCode] }),
    index("catalyst_coverage_territory_idx").on(table.territoryKind, table.territoryCode),
  ],
);
export type CatalystCoverage = typeof catalystCoverage.$inferSelect;

// ---------------------------------------------------------------------------------------------------------
// Organisations (actors), their needs and offers

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    searchName: text("search_name").notNull().generatedAlwaysAs(searchable("name")),
    kind: text("kind", { enum: ACTOR_KINDS }).notNull(),
    collectiviteLevel: text("collectivite_level", { enum: COLLECTIVITE_LEVELS }),
    companySize: text("company_size", { enum: COMPANY_SIZES }),
    isEss: boolean("is_ess").notNull().default(false),
    isSiae: boolean("is_siae").notNull().default(false),
    isMissionCompany: boolean("is_mission_company").notNull().default(false),
    siren: varchar("siren", { length: 9 }),
    siret: varchar("siret", { length: 14 }),
    rna: varchar("rna", { length: 10 }),
    communeCode: varchar("commune_code", { length: 5 })
      .notNull()
      .references(() => communes.code),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    geo: point("geo", { mode: "xy" }).generatedAlwaysAs(planarPoint()),
    themes: text("themes")
      .array()
      .$type<Theme[]>()
      .notNull()
      .default(sql`'{}'`),
    // The kinds of its open offers and needs, kept by a trigger on needs_offers (migration 0007): filters and the
    // map's summary read them instead of a subquery per row.
    offerKinds: text("offer_kinds")
      .array()
      .$type<ResourceKind[]>()
      .notNull()
      .default(sql`'{}'`),
    needKinds: text("need_kinds")
      .array()
      .$type<ResourceKind[]>()
      .notNull()
      .default(sql`'{}'`),
    odd: smallint("odd")
      .array()
      .$type<number[]>()
      .notNull()
      .default(sql`'{}'`),
    objectives: text("objectives")
      .array()
      .$type<Objective[]>()
      .notNull()
      .default(sql`'{}'`),
    // The open needs and offers as the matching reads them, [direction, resource kind, themes] in the order they
    // were created (duplicates once), kept by the same trigger on needs_offers (migration 0013).
    openResources: jsonb("open_resources")
      .$type<[NeedOfferDirection, ResourceKind, Theme[]][]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    description: text("description").notNull().default(""),
    website: text("website"),
    // Personal data of the contact person: revealed only through an accepted introduction.
    contactName: text("contact_name"),
    contactRole: text("contact_role"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    contactConsentAt: timestamp("contact_consent_at", { withTimezone: true, mode: "date" }),
    charterSignedAt: timestamp("charter_signed_at", { withTimezone: true, mode: "date" }),
    status: text("status", { enum: ORGANISATION_STATUSES }).notNull().default("draft"),
    // The moderator's last message to the applicant (changes asked for, or the reason of a rejection).
    moderationNote: text("moderation_note"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql.raw("setweight(to_tsvector('fr_unaccent', name), 'A') || setweight(to_tsvector('fr_unaccent', description), 'B')"),
    ),
    isDemo: boolean("is_demo").notNull().default(false),
    // The identifier a CSV import gave it, when it has no SIRET/SIREN/RNA to be recognised by.
    externalId: text("external_id"),
    // Set when an admin merged this duplicate into another organisation: its old address leads there.
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("organisations_slug_idx").on(table.slug),
    uniqueIndex("organisations_external_id_idx").on(table.externalId),
    index("organisations_geo_idx").using("gist", table.geo),
    // The published organisations at one place in slug order: a city centre holds thousands at its commune's point,
    // and "near a place" reads only the first few of each place (lib/organisations/directory.ts).
    index("organisations_place_slug_idx")
      .on(table.lat, table.lon, sql`slug COLLATE "C"`)
      .where(sql`status = 'published'`),
    // Partner proposals read the nearest published organisations from this index alone: migration 0013 adds
    // INCLUDE (every column the matching reads), which drizzle cannot express; neighbours share index pages where
    // their table rows are scattered, so 250 candidates cost a few pages instead of several hundred.
    index("organisations_match_idx")
      .using("gist", table.geo)
      .where(sql`status = 'published'`),
    // The directory's pages in their order (name, then slug): a page reads its rows from the index instead of sorting
    // every published organisation (migration 0014).
    index("organisations_published_name_idx")
      .on(table.name, table.slug)
      .where(sql`status = 'published'`),
    // The sitemap's chunks: published slugs in byte order, each chunk one range of this index (migration 0020 adds
    // INCLUDE (updated_at) for the <lastmod>, which drizzle cannot express), however far into the directory it starts.
    index("organisations_published_slug_idx")
      .on(sql`slug COLLATE "C"`)
      .where(sql`status = 'published'`),
    index("organisations_search_idx").using("gin", table.searchName.op("gin_trgm_ops")),
    index("organisations_fts_idx").using("gin", table.searchVector),
    index("organisations_commune_idx").on(table.communeCode),
    index("organisations_status_kind_idx").on(table.status, table.kind),
    index("organisations_siren_idx").on(table.siren),
    index("organisations_rna_idx").on(table.rna),
  ],
);
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

/**
 * The summary of published organisations: how many sit at each position, per commune and actor kind, in all
 * (`facet` = '') and per facet ('theme:…', 'offer:…', 'need:…' for a resource kind offered or needed). Kept by
 * triggers on organisations (migrations 0006, 0007, 0010), so a map viewport or a count near a place reads a few hundred
 * positions where a dense city holds tens of thousands of organisations.
 */
export const mapPositions = pgTable(
  "map_positions",
  {
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
    geo: point("geo", { mode: "xy" }).generatedAlwaysAs(planarPoint()),
    communeCode: varchar("commune_code", { length: 5 }).notNull(),
    kind: text("kind", { enum: ACTOR_KINDS }).notNull(),
    facet: text("facet").notNull().default(""),
    count: integer("count").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.lon, table.lat, table.communeCode, table.kind, table.facet] }),
    index("map_positions_geo_idx").using("gist", table.geo),
    // The all-organisations rows alone (a twentieth of the table): unfiltered and kind-filtered views and counts.
    index("map_positions_all_geo_idx")
      .using("gist", table.geo)
      .where(sql`facet = ''`),
    index("map_positions_facet_idx").on(table.facet),
    // The rows a change brought to 0, which the trigger removes at once (migration 0010).
    index("map_positions_empty_idx")
      .on(table.facet)
      .where(sql`count = 0`),
  ],
);

export const needsOffers = pgTable(
  "needs_offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: NEED_OFFER_DIRECTIONS }).notNull(),
    resourceKind: text("resource_kind", { enum: RESOURCE_KINDS }).notNull(),
    themes: text("themes")
      .array()
      .$type<Theme[]>()
      .notNull()
      .default(sql`'{}'`),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    horizon: text("horizon", { enum: HORIZONS }).notNull().default("months_18"),
    status: text("status", { enum: NEED_OFFER_STATUSES }).notNull().default("open"),
    ...timestamps,
  },
  (table) => [
    index("needs_offers_organisation_idx").on(table.organisationId),
    index("needs_offers_kind_idx").on(table.direction, table.resourceKind, table.status),
  ],
);
export type NeedOffer = typeof needsOffers.$inferSelect;
export type NewNeedOffer = typeof needsOffers.$inferInsert;

/**
 * Partner matching's retrieval by fit (migration 0019, ADR 004): one row per published organisation, open need or
 * offer and theme, keyed by what it would meet (lib/matching/keys.ts encodes direction, resource kind and theme in
 * `key`) and by a grid cell of about 22 km, so that "every organisation within 30 km offering premises for culture"
 * is an index range, however many organisations share one commune's point. Kept by a trigger on organisations.
 */
export const matchKeys = pgTable(
  "match_keys",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    key: smallint("key").notNull(),
    cell: integer("cell").notNull(),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
  },
  (table) => [
    // Migration 0019 adds INCLUDE (lat, lon), which drizzle cannot express: the retrieval reads this index alone.
    index("match_keys_key_cell_idx").on(table.key, table.cell, table.organisationId),
    index("match_keys_organisation_idx").on(table.organisationId),
  ],
);

// ---------------------------------------------------------------------------------------------------------
// People: the Auth.js tables (shape required by @auth/drizzle-adapter), memberships and catalyst staff

export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  isAdmin: boolean("is_admin").notNull().default(false),
  locale: varchar("locale", { length: 2 }).notNull().default("fr"),
  // Whether notifications (introductions…) are also sent by e-mail; sign-in links always are.
  emailNotifications: boolean("email_notifications").notNull().default(true),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }),
  // When the "your account will be deleted for inactivity" warning was sent (cleared when the person comes back).
  inactivityWarnedAt: timestamp("inactivity_warned_at", { withTimezone: true, mode: "date" }),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] }), index("accounts_user_idx").on(table.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);
export type Session = typeof sessions.$inferSelect;

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: MEMBERSHIP_ROLES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.organisationId] }), index("memberships_organisation_idx").on(table.organisationId)],
);
export type Membership = typeof memberships.$inferSelect;

export const catalystStaff = pgTable(
  "catalyst_staff",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    catalystId: uuid("catalyst_id")
      .notNull()
      .references(() => catalysts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.catalystId] }), index("catalyst_staff_catalyst_idx").on(table.catalystId)],
);
export type CatalystStaff = typeof catalystStaff.$inferSelect;

/** A registration in progress, saved at every step so that leaving the form loses nothing. */
export const registrationDrafts = pgTable("registration_drafts", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  data: jsonb("data").$type<Record<string, unknown>>().notNull(),
  step: smallint("step").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Someone asking to join an organisation that already exists (found by duplicate detection); its owner decides. */
export const membershipRequests = pgTable(
  "membership_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    status: text("status", { enum: ["pending", "accepted", "refused"] })
      .notNull()
      .default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("membership_requests_pending_idx").on(table.userId, table.organisationId)],
);

// ---------------------------------------------------------------------------------------------------------
// Introductions: a request from one organisation to meet another, through the territory's catalyst

export const introductions = pgTable(
  "introductions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requesterOrganisationId: uuid("requester_organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    targetOrganisationId: uuid("target_organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    catalystId: uuid("catalyst_id").references(() => catalysts.id, { onDelete: "set null" }),
    requestedByUserId: text("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    needOfferId: uuid("need_offer_id").references(() => needsOffers.id, { onDelete: "set null" }),
    objective: text("objective", { enum: OBJECTIVES }),
    hopedPartnershipType: text("hoped_partnership_type", { enum: PARTNERSHIP_TYPES }),
    message: text("message").notNull().default(""),
    catalystNote: text("catalyst_note"),
    decisionReason: text("decision_reason"),
    status: text("status", { enum: INTRODUCTION_STATUSES }).notNull().default("submitted"),
    outcomePartnershipType: text("outcome_partnership_type", { enum: PARTNERSHIP_TYPES }),
    remindersSent: smallint("reminders_sent").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    index("introductions_requester_idx").on(table.requesterOrganisationId, table.status),
    index("introductions_target_idx").on(table.targetOrganisationId, table.status),
    index("introductions_catalyst_idx").on(table.catalystId, table.status),
    // No two pending requests for the same pair (the data layer says so first; this holds under concurrency).
    uniqueIndex("introductions_pending_pair_idx")
      .on(table.requesterOrganisationId, table.targetOrganisationId)
      .where(sql`status IN ('submitted', 'forwarded')`),
    index("introductions_pending_created_idx")
      .on(table.createdAt)
      .where(sql`status IN ('submitted', 'forwarded')`),
  ],
);
export type Introduction = typeof introductions.$inferSelect;

export const introductionEvents = pgTable(
  "introduction_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    introductionId: uuid("introduction_id")
      .notNull()
      .references(() => introductions.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: text("from_status", { enum: INTRODUCTION_STATUSES }),
    toStatus: text("to_status", { enum: INTRODUCTION_STATUSES }).notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("introduction_events_introduction_idx").on(table.introductionId)],
);
export type IntroductionEvent = typeof introductionEvents.$inferSelect;

/** In-app notifications (the bell's unread count); the text is rendered in the reader's language from kind + data. */
export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    introductionId: uuid("introduction_id").references(() => introductions.id, { onDelete: "cascade" }),
    data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("notifications_user_idx").on(table.userId, table.readAt, table.createdAt)],
);
export type Notification = typeof notifications.$inferSelect;

// ---------------------------------------------------------------------------------------------------------
// Operations: audit log, mail outbox, settings

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    changes: jsonb("changes").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("audit_log_entity_idx").on(table.entityType, table.entityId), index("audit_log_created_idx").on(table.createdAt)],
);
export type AuditLogEntry = typeof auditLog.$inferSelect;

/** Mail is written here first and sent by workers that claim rows with FOR UPDATE SKIP LOCKED. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    template: text("template").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lockedAt: timestamp("locked_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("mail_outbox_due_idx").on(table.status, table.nextAttemptAt)],
);
export type OutboxMail = typeof mailOutbox.$inferSelect;

/**
 * Fixed-window rate-limit counters, in Postgres so that limits hold across several app instances.
 * The key names the action and the subject (e.g. "sign-in:email:<hash>").
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] }), index("rate_limits_window_idx").on(table.windowStart)],
);

/**
 * The open-data downloads (GeoJSON, HSDS), built in the background once per version of the directory and served from
 * here, gzipped, with their ETag (lib/open-data/stored-files.ts). `building_since` claims a build, so that one
 * instance builds a file at a time.
 */
export const openDataFiles = pgTable("open_data_files", {
  name: text("name").primaryKey(),
  /** The directory's version the content was read at; empty until a first build. */
  version: text("version").notNull().default(""),
  etag: text("etag").notNull().default(""),
  /** The text's length (over 2 GB for the HSDS file at a million organisations). */
  bytes: bigint("bytes", { mode: "number" }).notNull().default(0),
  /** The build whose parts (open_data_file_parts) are served; empty until a first build. */
  build: text("build").notNull().default(""),
  builtAt: timestamp("built_at", { withTimezone: true, mode: "date" }),
  buildingSince: timestamp("building_since", { withTimezone: true, mode: "date" }),
});
/**
 * A stored file's gzip, in parts of a few megabytes written as the build goes and read one after the other when it is
 * served: one value of a few hundred megabytes cannot be sent (a Node string holds 512 MB at most, bytea is sent as
 * hex) nor held in memory per download.
 */
export const openDataFileParts = pgTable(
  "open_data_file_parts",
  {
    name: text("name").notNull(),
    build: text("build").notNull(),
    part: integer("part").notNull(),
    gzip: bytea("gzip").notNull(),
  },
  (table) => [primaryKey({ columns: [table.name, table.build, table.part] })],
);
export type OpenDataFile = typeof openDataFiles.$inferSelect;

/** Small key/value facts about the database itself, such as which territories data version is loaded. */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * Bumped (by triggers, migration 0009) at the commit of every transaction that changed organisations or their needs
 * and offers. A cache that keeps its answer with the value it read is stale once the value moves, on every instance
 * (e.g. the partner proposals shown to the public, lib/matching/proposals.ts). A sequence, not a row: no lock for writers.
 */
export const directoryVersion = pgSequence("directory_version");
