// Registering an organisation: a draft saved at every step, duplicate detection, and the final submission that
// creates the pending organisation, makes the applicant its owner and notifies the territory's catalysts (or the
// network's admins where no catalyst covers the commune) — all in one transaction.
import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { auditLog, memberships, needsOffers, organisations, registrationDrafts, users, type NewOrganisation } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import { freeSlug } from "@/lib/server/free-slug";
import { enqueueMail } from "@/lib/server/mail/outbox";
import { getOrganisationMails } from "@/lib/organisations/mail-messages";
import type { Viewer } from "@/lib/auth/viewer";
import { haversineKm } from "@/lib/geo/distance";
import { consumeRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";
import { slugify } from "@/lib/shared/slug";
import { findCommuneByCode } from "@/lib/territories/territories";
import { resolveCollectivite } from "@/lib/territories/collectivites";
import { compactIdentifier } from "@/lib/shared/french-identifiers";
import { plainIssueMessage } from "@/lib/shared/zod-messages";
import { resolveTypedCommuneFor } from "./typed-commune";
import {
  fieldErrorsOf,
  kindStep,
  registrationSchemasFor,
  validateRegistration,
  STEP_DATA_KEYS,
  themesOfItem,
  type AboutStep,
  type FieldErrors,
  type IdentityStep,
  type KindStep,
  type RegistrationData,
  type RegistrationStep,
} from "./steps";
import { NotSignedInError } from "@/lib/server/errors";

export interface Draft {
  data: RegistrationData;
  step: number;
}

function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new NotSignedInError();
  return viewer;
}

export async function getDraft(db: Executor, viewer: Viewer | null): Promise<Draft> {
  const user = requireViewer(viewer);
  const [row] = await db.select().from(registrationDrafts).where(eq(registrationDrafts.userId, user.id));
  return row ? { data: row.data as RegistrationData, step: row.step } : { data: {}, step: 1 };
}

export type SaveResult = { ok: true } | { ok: false; errors: FieldErrors };

const SAVE_MESSAGES = {
  fr: {
    kindFirst: "Choisissez d'abord le type de votre organisation (étape 1)",
    sirenOf: (name: string, siren: string) => `Le SIREN de ${name} est ${siren} : corrigez-le, ou videz le champ pour qu'il soit rempli.`,
    unknownCommune: "Commune inconnue : choisissez-la dans la liste",
    pointTooFar: (km: number) => `Le point de votre organisation doit rester près de sa commune (à ${km} km au plus de son centre).`,
  },
  en: {
    kindFirst: "First choose your organisation's kind (step 1)",
    sirenOf: (name: string, siren: string) => `The SIREN of ${name} is ${siren}: correct it, or empty the field to have it filled in.`,
    unknownCommune: "Unknown commune: choose it from the list",
    pointTooFar: (km: number) => `Your organisation's point must stay near its commune (${km} km at most from its centre): place it again.`,
  },
};

/**
 * Validates one step's input and saves it into the viewer's draft; nothing is saved when it is invalid. Field
 * errors are written in `locale`.
 */
export async function saveRegistrationStep(
  db: Executor,
  viewer: Viewer | null,
  step: Exclude<RegistrationStep, "review">,
  input: Record<string, unknown>,
  locale = "fr",
): Promise<SaveResult> {
  const user = requireViewer(viewer);
  const draft = await getDraft(db, user);
  const steps = registrationSchemasFor(locale);
  const t = locale === "en" ? SAVE_MESSAGES.en : SAVE_MESSAGES.fr;
  let schema: z.ZodType;
  if (step === "identity") {
    const kind = kindStep.safeParse(draft.data.kind);
    if (!kind.success) return { ok: false, errors: { form: t.kindFirst } };
    schema = steps.identityStepFor(kind.data.kind);
    if (kind.data.collectiviteLevel) {
      // A collectivité picked from the official list gives its name and SIREN to the fields left blank.
      const resolved = await resolveCollectivite(db, kind.data.collectiviteLevel, input.territoryCode, input.territoryCodeText);
      if ("error" in resolved) return { ok: false, errors: { territoryCode: resolved.error } };
      const chosen = resolved.collectivite;
      if (chosen) {
        const typedSiren = typeof input.siren === "string" ? compactIdentifier(input.siren) : "";
        if (typedSiren && chosen.siren && typedSiren !== chosen.siren) {
          return { ok: false, errors: { siren: t.sirenOf(chosen.name, chosen.siren) } };
        }
        input = {
          ...input,
          territoryCode: chosen.code,
          name: typeof input.name === "string" && input.name.trim() ? input.name : chosen.name,
          siren: typedSiren || chosen.siren || undefined,
        };
      } else {
        input = { ...input, territoryCode: undefined };
      }
    }
  } else {
    schema = { kind: steps.kindStep, place: steps.placeStep, about: steps.aboutStep, "needs-offers": steps.needsOffersStep, contact: steps.contactStep }[step];
  }
  if (step === "place" && !input.communeCode) {
    // Without JavaScript, or typed without picking a suggestion, the picker sends only the text: accepted when it
    // names one commune.
    const resolved = await resolveTypedCommuneFor(db, input.communeCodeText, locale);
    if (resolved && "error" in resolved) return { ok: false, errors: { communeCode: resolved.error } };
    if (resolved) input = { ...input, communeCode: resolved.commune.code };
  }
  // The schemas' own messages are in `locale`; anything they leave unsaid is too (not the app's French default).
  const parsed = schema.safeParse(input, { error: plainIssueMessage(locale === "en" ? "en" : "fr") });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  let value = parsed.data as Record<string, unknown>;
  if (step === "place") {
    const commune = await findCommuneByCode(db, String(value.communeCode));
    if (!commune) return { ok: false, errors: { communeCode: t.unknownCommune } };
    const moved = typeof value.lat === "number" && typeof value.lon === "number" ? { lat: value.lat, lon: value.lon } : null;
    // A point moved by hand must stay in or near its commune: the directory, the map and matching rely on it.
    const allowed = maxPointOffsetKm(commune.departementCode);
    if (moved && haversineKm(moved, commune) > allowed) {
      return { ok: false, errors: { communeCode: t.pointTooFar(allowed) } };
    }
    value = { communeCode: commune.code, lat: moved?.lat ?? commune.lat, lon: moved?.lon ?? commune.lon };
  }
  const data = { ...draft.data, [STEP_DATA_KEYS[step]]: value };
  const stepNumber = Math.max(draft.step, Object.keys(STEP_DATA_KEYS).indexOf(step) + 2);
  await db
    .insert(registrationDrafts)
    .values({ userId: user.id, data, step: stepNumber })
    .onConflictDoUpdate({ target: registrationDrafts.userId, set: { data, step: stepNumber, updatedAt: new Date() } });
  return { ok: true };
}

/**
 * How far from its commune's point an organisation's own point may be: mainland communes span at most about
 * 30 km, Guyane's (973) up to a few hundred.
 */
export function maxPointOffsetKm(departementCode: string): number {
  return departementCode === "973" ? 150 : 20;
}

const duplicateCandidateRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  communeName: z.string(),
  status: z.string(),
  reason: z.enum(["identifier", "name"]),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateRow>;
const recipientRow = z.object({ email: z.string(), locale: z.string() });

/** Organisations that are probably the same: same SIREN, SIRET or RNA anywhere, or a very similar name in the same commune. */
export async function findDuplicates(
  db: Executor,
  candidate: { name: string; siren?: string | null; siret?: string | null; rna?: string | null; communeCode?: string | null },
): Promise<DuplicateCandidate[]> {
  return parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, c.name AS "communeName", o.status,
               CASE WHEN (o.siren = ${candidate.siren ?? null} OR o.siret = ${candidate.siret ?? null} OR o.rna = ${candidate.rna ?? null})
                    THEN 'identifier' ELSE 'name' END AS reason
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.status <> 'rejected' AND (
              (${candidate.siren ?? null}::text IS NOT NULL AND o.siren = ${candidate.siren ?? null})
           OR (${candidate.siret ?? null}::text IS NOT NULL AND o.siret = ${candidate.siret ?? null})
           OR (${candidate.rna ?? null}::text IS NOT NULL AND o.rna = ${candidate.rna ?? null})
           OR (o.commune_code = ${candidate.communeCode ?? null} AND similarity(o.search_name, f_search_normalize(${candidate.name})) > 0.6))
        ORDER BY reason, o.name LIMIT 5`,
    duplicateCandidateRow,
  );
}

export type SubmitResult =
  | { ok: true; slug: string; organisationId: string }
  | { ok: false; step: RegistrationStep; message: string }
  | { ok: false; duplicates: DuplicateCandidate[]; message: string; confirmDistinct?: true };

export interface RegistrationDuplicates {
  /** Published organisations with the same SIREN, SIRET or RNA: the registration is refused, joining is offered. */
  sameIdentifier: DuplicateCandidate[];
  /** An unpublished organisation holds the identifier: told as a fact, without any of its data. */
  unpublishedIdentifier: boolean;
  /** Published look-alikes (a very similar name in the same commune): allowed once the applicant says it is another one. */
  lookAlikes: DuplicateCandidate[];
}

/**
 * What the review step shows and the submission enforces, from one detection (findDuplicates): SIREN, SIRET and
 * RNA are public, so anyone signed in may type one; only published organisations are named.
 */
export async function registrationDuplicates(
  db: Executor,
  identity: { name: string; siren?: string | null; siret?: string | null; rna?: string | null },
  communeCode: string,
): Promise<RegistrationDuplicates> {
  const found = await findDuplicates(db, { ...identity, communeCode });
  const byIdentifier = found.filter((item) => item.reason === "identifier");
  return {
    sameIdentifier: byIdentifier.filter((item) => item.status === "published"),
    unpublishedIdentifier: byIdentifier.some((item) => item.status !== "published"),
    lookAlikes: found.filter((item) => item.reason === "name" && item.status === "published"),
  };
}

/** The applicant's word, from the review step, on the look-alikes it showed. */
export interface SubmitConfirmation {
  /** Ids of the published look-alikes the applicant confirmed are not their organisation. */
  distinctFrom?: readonly string[];
}

/** An organisation's slug: its name and commune ("atelier-solidaire-lyon"), numbered when already taken. */
export function uniqueOrganisationSlug(db: Executor, name: string, communeName: string): Promise<string> {
  return freeSlug(db, "organisations", slugify(`${name} ${communeName}`));
}

/** The organisation's columns that the kind, identity and about steps give (registration and CSV import alike). */
export function organisationFields(kind: KindStep, identity: IdentityStep, about: AboutStep) {
  return {
    name: identity.name,
    kind: kind.kind,
    collectiviteLevel: kind.collectiviteLevel ?? null,
    companySize: kind.companySize ?? null,
    isEss: kind.isEss,
    isSiae: kind.isSiae,
    isMissionCompany: kind.isMissionCompany,
    siren: identity.siren ?? null,
    siret: identity.siret ?? null,
    rna: identity.rna ?? null,
    themes: about.themes,
    odd: about.odd,
    objectives: about.objectives,
    description: about.description,
    website: about.website ?? null,
  } satisfies Partial<NewOrganisation>;
}

/** Someone to write to, with the language of their account (users.locale) for the mail's words. */
export interface MailRecipient {
  email: string;
  locale: string;
}

/**
 * Staff of the catalysts covering a commune; the admins when no catalyst covers it. The person whose
 * submission it is never moderates it: without them, when nobody else covers the commune, the admins are told.
 */
export async function moderatorsFor(db: Executor, communeCode: string, submitterId: string | null = null): Promise<MailRecipient[]> {
  const staff = await parsedRows(
    db,
    sql`SELECT DISTINCT u.email, u.locale FROM communes c
        JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        JOIN catalyst_staff s ON s.catalyst_id = cc.catalyst_id
        JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL
        WHERE c.code = ${communeCode} AND u.id IS DISTINCT FROM ${submitterId} ORDER BY u.email`,
    recipientRow,
  );
  if (staff.length) return staff;
  return db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.disabledAt), sql`${users.id} IS DISTINCT FROM ${submitterId}`))
    .orderBy(asc(users.email));
}

/**
 * How long a first decision usually takes, in days, when too few were measured: the network's usual promise to
 * applicants (a catalyst looks at new registrations weekly). Replaced by the measure as soon as there is one.
 */
export const DEFAULT_MODERATION_DAYS = 7;
/** Decisions needed before their delay says anything about a territory. */
const MIN_MEASURED_DECISIONS = 5;
/** Only recent decisions: a team's pace changes. */
const MEASURE_WINDOW_DAYS = 365;

export interface ModerationOutlook {
  /** The catalysts with staff covering the commune; empty when the network's team moderates (a white zone). */
  catalysts: { name: string; slug: string }[];
  /** Four decisions out of five came within this many days. */
  typicalDays: number;
  measured: boolean;
}

const outlookCatalystRow = z.object({ id: z.string(), name: z.string(), slug: z.string() });
const delayRow = z.object({ days: z.number().nullable(), decisions: z.number() });

/**
 * Who will moderate a registration in this commune (the same people moderatorsFor notifies) and how long it
 * usually takes them: the 80th percentile of the delay between a submission and the first decision on it over
 * the last year, in that catalyst's territory (or, for white zones, where no catalyst decided).
 */
export async function moderationOutlook(db: Executor, communeCode: string): Promise<ModerationOutlook> {
  const catalysts = await parsedRows(
    db,
    sql`SELECT DISTINCT ca.id, ca.name, ca.slug FROM communes c
        JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        JOIN catalysts ca ON ca.id = cc.catalyst_id
        WHERE c.code = ${communeCode}
          AND EXISTS (SELECT 1 FROM catalyst_staff s JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL WHERE s.catalyst_id = ca.id)
        ORDER BY ca.name`,
    outlookCatalystRow,
  );
  const ids = catalysts.map((catalyst) => catalyst.id);
  // The decisions taken by these catalysts' staff, or by anyone else when no catalyst moderates here.
  const byWhom = ids.length
    ? sql`decision.actor_user_id IN (SELECT user_id FROM catalyst_staff WHERE catalyst_id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`
    : sql`decision.actor_user_id NOT IN (SELECT user_id FROM catalyst_staff)`;
  const [delay] = await parsedRows(
    db,
    sql`SELECT percentile_cont(0.8) WITHIN GROUP (ORDER BY extract(epoch FROM decision.decided_at - s.created_at) / 86400)::float8 AS days,
               count(*)::int AS decisions
        FROM audit_log s
        CROSS JOIN LATERAL (
          SELECT d.created_at AS decided_at, d.actor_user_id FROM audit_log d
          WHERE d.entity_type = 'organisation' AND d.entity_id = s.entity_id AND d.created_at >= s.created_at
            AND d.action IN ('organisation.approve', 'organisation.request_changes', 'organisation.reject')
          ORDER BY d.created_at LIMIT 1) decision
        WHERE s.action = 'organisation.submitted' AND s.entity_type = 'organisation'
          AND s.created_at > now() - make_interval(days => ${MEASURE_WINDOW_DAYS}::int) AND ${byWhom}`,
    delayRow,
  );
  const measured = !!delay && delay.days !== null && delay.decisions >= MIN_MEASURED_DECISIONS;
  return {
    catalysts: catalysts.map(({ name, slug }) => ({ name, slug })),
    typicalDays: measured ? Math.max(1, Math.ceil(delay.days!)) : DEFAULT_MODERATION_DAYS,
    measured,
  };
}

/** The outlook of an organisation the viewer just registered (the confirmation says it); null for anyone else. */
export async function moderationOutlookOfRegistration(db: Executor, viewer: Viewer | null, organisationId: string): Promise<ModerationOutlook | null> {
  const user = requireViewer(viewer);
  if (!user.memberships.some((membership) => membership.organisationId === organisationId)) return null;
  const [organisation] = await db
    .select({ communeCode: organisations.communeCode })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.status, "pending")));
  return organisation ? moderationOutlook(db, organisation.communeCode) : null;
}

/** Submits the viewer's draft: everything is checked again here, whatever the steps said. */
export const REGISTRATIONS_PER_USER: RateLimitRule = { name: "registrations:user", limit: 5, windowSeconds: 24 * 3600 };

export async function submitRegistration(db: Executor, viewer: Viewer | null, publicUrl: string, confirmation: SubmitConfirmation = {}): Promise<SubmitResult> {
  const user = requireViewer(viewer);
  const draft = await getDraft(db, user);
  const valid = validateRegistration(draft.data);
  if (!valid.ok) return { ok: false, step: valid.step, message: "Cette étape est incomplète." };
  const { kind, identity, place, about, needsOffers: items, contact } = valid.data;
  const commune = await findCommuneByCode(db, place.communeCode);
  if (!commune) return { ok: false, step: "place", message: "Commune inconnue." };
  const duplicates = await registrationDuplicates(db, identity, commune.code);
  // An unpublished match (pending, draft, suspended, merged) is told as a fact, without any of its data.
  if (duplicates.sameIdentifier.length) {
    return {
      ok: false,
      duplicates: duplicates.sameIdentifier,
      message: "Une organisation avec le même identifiant existe déjà : demandez plutôt à la rejoindre.",
    };
  }
  if (duplicates.unpublishedIdentifier) {
    return {
      ok: false,
      duplicates: [],
      message: "Une organisation avec cet identifiant est déjà en cours d'inscription : contactez le catalyseur de votre territoire.",
    };
  }
  // A look-alike the applicant has not seen (or not ruled out) stops the submission: the page may be older than it.
  const confirmed = new Set(confirmation.distinctFrom ?? []);
  if (duplicates.lookAlikes.some((item) => !confirmed.has(item.id))) {
    return {
      ok: false,
      duplicates: duplicates.lookAlikes,
      confirmDistinct: true,
      message: "Une organisation au nom très proche existe déjà dans cette commune : demandez à la rejoindre, ou confirmez que ce n'est pas la même.",
    };
  }
  // Organisation sign-ups are limited per person (in Postgres, so the limit holds across app instances).
  const limited = await consumeRateLimit(db, REGISTRATIONS_PER_USER, user.id);
  if (!limited.allowed) {
    const hours = Math.ceil(limited.retryAfterSeconds / 3600);
    return { ok: false, duplicates: [], message: `Vous avez inscrit beaucoup d'organisations aujourd'hui : réessayez dans ${hours} h.` };
  }
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    const slug = await uniqueOrganisationSlug(tx, identity.name, commune.name);
    const [created] = await tx
      .insert(organisations)
      .values({
        slug,
        ...organisationFields(kind, identity, about),
        communeCode: commune.code,
        lat: place.lat ?? commune.lat,
        lon: place.lon ?? commune.lon,
        contactName: contact.contactName,
        contactRole: contact.contactRole ?? null,
        contactEmail: contact.contactEmail,
        contactPhone: contact.contactPhone ?? null,
        contactConsentAt: now,
        charterSignedAt: now,
        status: "pending",
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: organisations.id });
    const organisationId = created!.id;
    await tx.insert(needsOffers).values(items.items.map((item) => ({ ...item, organisationId, themes: themesOfItem(item.themes, about.themes) })));
    await tx.insert(memberships).values({ userId: user.id, organisationId, role: "owner" });
    await tx.delete(registrationDrafts).where(eq(registrationDrafts.userId, user.id));
    await tx.insert(auditLog).values({ actorUserId: user.id, action: "organisation.submitted", entityType: "organisation", entityId: organisationId });
    for (const moderator of await moderatorsFor(tx, commune.code, user.id)) {
      const mail = getOrganisationMails(moderator.locale).submitted(identity.name, commune.name, `${publicUrl}/moderation`);
      await enqueueMail(tx, { to: moderator.email, ...mail, template: "moderation-new" });
    }
    const [applicant] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
    const received = getOrganisationMails(applicant?.locale ?? "fr").received(identity.name, `${publicUrl}/account`);
    await enqueueMail(tx, { to: user.email, ...received, template: "registration-received" });
    return { slug, organisationId };
  });
  return { ok: true, ...result };
}
