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
import { findCommuneByCode, resolveTypedCommune } from "@/lib/territories/territories";
import { resolveCollectivite } from "@/lib/territories/collectivites";
import { compactIdentifier } from "@/lib/shared/french-identifiers";
import {
  aboutStep,
  contactStep,
  fieldErrorsOf,
  identityStepFor,
  kindStep,
  needsOffersStep,
  placeStep,
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

/** Validates one step's input and saves it into the viewer's draft; nothing is saved when it is invalid. */
export async function saveRegistrationStep(
  db: Executor,
  viewer: Viewer | null,
  step: Exclude<RegistrationStep, "review">,
  input: Record<string, unknown>,
): Promise<SaveResult> {
  const user = requireViewer(viewer);
  const draft = await getDraft(db, user);
  let schema: z.ZodType;
  if (step === "identity") {
    const kind = kindStep.safeParse(draft.data.kind);
    if (!kind.success) return { ok: false, errors: { form: "Choisissez d'abord le type de votre organisation" } };
    schema = identityStepFor(kind.data.kind);
    if (kind.data.collectiviteLevel) {
      // A collectivité picked from the official list gives its name and SIREN to the fields left blank.
      const resolved = await resolveCollectivite(db, kind.data.collectiviteLevel, input.territoryCode, input.territoryCodeText);
      if ("error" in resolved) return { ok: false, errors: { territoryCode: resolved.error } };
      const chosen = resolved.collectivite;
      if (chosen) {
        const typedSiren = typeof input.siren === "string" ? compactIdentifier(input.siren) : "";
        if (typedSiren && chosen.siren && typedSiren !== chosen.siren) {
          return { ok: false, errors: { siren: `Le SIREN de ${chosen.name} est ${chosen.siren} : corrigez-le, ou videz le champ pour qu'il soit rempli.` } };
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
    schema = { kind: kindStep, place: placeStep, about: aboutStep, "needs-offers": needsOffersStep, contact: contactStep }[step];
  }
  if (step === "place" && !input.communeCode) {
    // Without JavaScript the picker sends only the typed text: accept it when it names one commune.
    const resolved = await resolveTypedCommune(db, input.communeCodeText);
    if (resolved && "error" in resolved) return { ok: false, errors: { communeCode: resolved.error } };
    if (resolved) input = { ...input, communeCode: resolved.commune.code };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  let value = parsed.data as Record<string, unknown>;
  if (step === "place") {
    const commune = await findCommuneByCode(db, String(value.communeCode));
    if (!commune) return { ok: false, errors: { communeCode: "Commune inconnue : choisissez-la dans la liste" } };
    const moved = typeof value.lat === "number" && typeof value.lon === "number" ? { lat: value.lat, lon: value.lon } : null;
    // A point moved by hand must stay in or near its commune: the directory, the map and matching rely on it.
    const allowed = maxPointOffsetKm(commune.departementCode);
    if (moved && haversineKm(moved, commune) > allowed) {
      return { ok: false, errors: { communeCode: `Le point de votre organisation doit rester près de sa commune (à ${allowed} km au plus de son centre).` } };
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
  | { ok: false; duplicates: DuplicateCandidate[]; message: string };

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

/** Submits the viewer's draft: everything is checked again here, whatever the steps said. */
export const REGISTRATIONS_PER_USER: RateLimitRule = { name: "registrations:user", limit: 5, windowSeconds: 24 * 3600 };

export async function submitRegistration(db: Executor, viewer: Viewer | null, publicUrl: string): Promise<SubmitResult> {
  const user = requireViewer(viewer);
  const draft = await getDraft(db, user);
  const valid = validateRegistration(draft.data);
  if (!valid.ok) return { ok: false, step: valid.step, message: "Cette étape est incomplète." };
  const { kind, identity, place, about, needsOffers: items, contact } = valid.data;
  const commune = await findCommuneByCode(db, place.communeCode);
  if (!commune) return { ok: false, step: "place", message: "Commune inconnue." };
  const duplicates = (await findDuplicates(db, { ...identity, communeCode: commune.code })).filter((item) => item.reason === "identifier");
  // SIREN, SIRET and RNA are public: anyone signed in may type one. Only published organisations are public,
  // so an unpublished match (pending, draft, suspended, merged) is told as a fact, without any of its data.
  const published = duplicates.filter((item) => item.status === "published");
  if (published.length) {
    return { ok: false, duplicates: published, message: "Une organisation avec le même identifiant existe déjà : demandez plutôt à la rejoindre." };
  }
  if (duplicates.length) {
    return {
      ok: false,
      duplicates: [],
      message: "Une organisation avec cet identifiant est déjà en cours d'inscription : contactez le catalyseur de votre territoire.",
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
