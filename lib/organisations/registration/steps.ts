// The registration form's steps and their validation. Pure: the server is the authority (every step and the
// final submission are checked again there), the client may reuse the schemas for early hints.
import { z } from "zod";
import "@/lib/shared/zod-french";
import {
  ACTOR_KINDS,
  COLLECTIVITE_LEVELS,
  COMPANY_SIZES,
  HORIZONS,
  NEED_OFFER_DIRECTIONS,
  OBJECTIVES,
  RESOURCE_KINDS,
  THEMES,
  type ActorKind,
  type Theme,
} from "@/lib/shared/vocabulary";
import { compactIdentifier, isValidRna, sireneIdentifierProblem } from "@/lib/shared/french-identifiers";
import { getRegistrationErrors, type RegistrationErrors } from "./error-messages";
import { INSEE_COMMUNE_CODE } from "@/lib/shared/territory-codes";

export const REGISTRATION_STEPS = ["kind", "identity", "place", "about", "needs-offers", "contact", "review"] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];
export type EditableStep = Exclude<RegistrationStep, "review">;

// Text is shown escaped everywhere, but markup in a profile is always a mistake or an attack: refuse it clearly.
const NO_MARKUP = /<\s*\/?\s*[a-z!]/i;

/** Kinds that normally have a SIRENE identifier (associations may have an RNA number instead). */
const NEEDS_SIRENE: ActorKind[] = ["entreprise", "etat", "fondation", "academique", "reseau", "collectivite"];

export type IdentifierField = "siret" | "siren" | "rna";
/**
 * The identifiers each kind of actor may give: the RNA is the associations' register only; everyone else may
 * have a SIRENE number (required for some, see NEEDS_SIRENE). The form shows only these; others sent are dropped.
 */
export const IDENTIFIERS_BY_KIND: Record<ActorKind, readonly IdentifierField[]> = {
  collectivite: ["siret", "siren"],
  etat: ["siret", "siren"],
  entreprise: ["siret", "siren"],
  association: ["siret", "siren", "rna"],
  fondation: ["siret", "siren"],
  academique: ["siret", "siren"],
  reseau: ["siret", "siren"],
  collectif: ["siret", "siren"],
};

// Compacted first: a field holding only separators ("-", ".") is empty, not an identifier "" kept as such.
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** A website as people type it ("www.exemple.fr"): the scheme is added, https being the norm. */
export function withScheme(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, "")}`;
}

/**
 * Every step's schema with its messages in one language: built once per language, so that a field error is
 * written for the person reading it. The French set is the reference (exported below under the steps' names).
 */
function buildSteps(m: RegistrationErrors) {
  const plainText = (min: number, max: number) =>
    z
      .string(m.required)
      .trim()
      .min(min, min > 1 ? m.minLength(min) : m.required)
      .max(max, m.maxLength(max))
      .refine((value) => !NO_MARKUP.test(value), m.markup);

  const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
  const optionalText = (max: number) => z.preprocess(blankToUndefined, plainText(1, max).optional());
  const manyOf = <T extends readonly [string, ...string[]]>(values: T, min: number, max: number, message: string, tooMany: string) =>
    z.preprocess(asList, z.array(z.enum(values, message), message).min(min, message).max(max, tooMany));

  const kindStep = z
    .object({
      kind: z.enum(ACTOR_KINDS, m.kind),
      collectiviteLevel: z.preprocess((value) => value || undefined, z.enum(COLLECTIVITE_LEVELS, m.level).optional()),
      companySize: z.preprocess((value) => value || undefined, z.enum(COMPANY_SIZES, m.size).optional()),
      isEss: checkbox,
      isSiae: checkbox,
      isMissionCompany: checkbox,
    })
    .superRefine((value, context) => {
      if (value.kind === "collectivite" && !value.collectiviteLevel) {
        context.addIssue({ code: "custom", path: ["collectiviteLevel"], message: m.level });
      }
      if (value.kind === "entreprise" && !value.companySize) {
        context.addIssue({ code: "custom", path: ["companySize"], message: m.size });
      }
    })
    .transform((value) => ({
      ...value,
      collectiviteLevel: value.kind === "collectivite" ? value.collectiviteLevel : undefined,
      companySize: value.kind === "entreprise" ? value.companySize : undefined,
      isMissionCompany: value.kind === "entreprise" ? value.isMissionCompany : false,
    }));

  const identifier = (max: number) =>
    z.preprocess((value) => (typeof value === "string" && compactIdentifier(value)) || undefined, z.string(m.required).max(max, m.maxLength(max)).optional());

  /** The identity step's fields (their rules do not depend on the kind; which are shown and required does). */
  const identityFields = {
    name: plainText(2, 150),
    siren: identifier(20),
    siret: identifier(20),
    rna: identifier(20),
    territoryCode: z.preprocess((value) => value || undefined, z.string(m.chooseInList).max(9, m.chooseInList).optional()),
  };

  function identityStepFor(kind: ActorKind) {
    const allowed = IDENTIFIERS_BY_KIND[kind];
    return z
      .object(identityFields)
      .transform((value) => ({
        ...value,
        siren: allowed.includes("siren") ? value.siren : undefined,
        siret: allowed.includes("siret") ? value.siret : undefined,
        rna: allowed.includes("rna") ? value.rna : undefined,
      }))
      .superRefine((value, context) => {
        const sirenProblem = value.siren ? sireneIdentifierProblem(value.siren, 9) : null;
        if (sirenProblem) context.addIssue({ code: "custom", path: ["siren"], message: m.identifier("SIREN", sirenProblem) });
        const siretProblem = value.siret ? sireneIdentifierProblem(value.siret, 14) : null;
        if (siretProblem) context.addIssue({ code: "custom", path: ["siret"], message: m.identifier("SIRET", siretProblem) });
        if (value.siren && value.siret && !value.siret.startsWith(value.siren)) {
          context.addIssue({ code: "custom", path: ["siret"], message: m.siretStartsWithSiren });
        }
        if (value.rna && !isValidRna(value.rna)) context.addIssue({ code: "custom", path: ["rna"], message: m.rna });
        if (NEEDS_SIRENE.includes(kind) && !value.siren && !value.siret) context.addIssue({ code: "custom", path: ["siret"], message: m.sireneNeeded });
      })
      .transform((value) => ({ ...value, siren: value.siren ?? value.siret?.slice(0, 9) }));
  }

  const coordinate = (limit: number) => z.preprocess(blankToUndefined, z.coerce.number(m.latitude).min(-limit, m.latitude).max(limit, m.latitude).optional());
  const placeStep = z.object({
    communeCode: z.string(m.commune).trim().regex(INSEE_COMMUNE_CODE, m.commune),
    lat: coordinate(90),
    lon: coordinate(180),
  });

  const aboutStep = z.object({
    themes: manyOf(THEMES, 1, 5, m.themes, m.tooManyThemes(5)),
    odd: z.preprocess(asList, z.array(z.coerce.number(m.odd).int(m.odd).min(1, m.odd).max(17, m.odd), m.odd).max(17, m.odd)),
    objectives: manyOf(OBJECTIVES, 0, 4, m.objectives, m.objectives),
    description: plainText(20, 5_000),
    website: z.preprocess(
      withScheme,
      z
        .string(m.website)
        .trim()
        .max(300, m.maxLength(300))
        .regex(/^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i, m.website)
        .optional(),
    ),
  });

  // Checked as one field (not theme by theme) so that a message stands beside the chooser ("items.0.themes"), where
  // the form shows it. None chosen is allowed: it means all the organisation's themes (see themesOfItem).
  const itemThemes = z.preprocess(
    (value) => [...new Set(asList(value))],
    z
      .array(z.string(m.chooseInList), m.chooseInList)
      .superRefine((values, context) => {
        const unknown = values.filter((value) => !isTheme(value));
        if (unknown.length) {
          context.addIssue({ code: "custom", message: m.unknownThemes(unknown.slice(0, 3).map((value) => `« ${String(value).slice(0, 40)} »`)) });
        } else if (values.length > MAX_ITEM_THEMES) context.addIssue({ code: "custom", message: m.itemThemes(MAX_ITEM_THEMES) });
      })
      .transform((values) => values.filter(isTheme)),
  );

  const needOfferItem = z.object(
    {
      direction: z.enum(NEED_OFFER_DIRECTIONS, m.direction),
      resourceKind: z.enum(RESOURCE_KINDS, m.resourceKind),
      title: plainText(5, 150),
      description: z.preprocess(
        (value) => value ?? "",
        z
          .string(m.required)
          .trim()
          .max(2_000, m.maxLength(2_000))
          .refine((value) => !NO_MARKUP.test(value), m.markup),
      ),
      // An untouched select sends "": that means "no preference", i.e. the default horizon.
      horizon: z.preprocess((value) => (value === "" ? undefined : value), z.enum(HORIZONS, m.horizon).default("months_18")),
      themes: itemThemes,
    },
    m.items,
  );
  const needsOffersStep = z.object({
    items: z.array(needOfferItem, m.items).min(1, m.items).max(MAX_NEEDS_OFFERS, m.tooManyItems(MAX_NEEDS_OFFERS)),
  });

  const contactStep = z.object({
    contactName: plainText(2, 100),
    contactRole: optionalText(100),
    contactEmail: z.email(m.email).max(254, m.maxLength(254)),
    contactPhone: z.preprocess(
      blankToUndefined,
      z
        .string(m.phone)
        .trim()
        .regex(/^\+?[\d\s.()-]{6,20}$/, m.phone)
        .optional(),
    ),
    consent: z.preprocess((value) => value === "on" || value === true, z.literal(true, m.consent)),
    charter: z.preprocess((value) => value === "on" || value === true, z.literal(true, m.charter)),
  });

  return { plainText, kindStep, identityFields, identityStepFor, placeStep, aboutStep, needOfferItem, needsOffersStep, contactStep };
}

/** Themes one need or offer may name; the organisation itself has five at most. */
export const MAX_ITEM_THEMES = 5;
/** Needs and offers one registration may list. */
export const MAX_NEEDS_OFFERS = 20;
const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

const STEPS = { fr: buildSteps(getRegistrationErrors("fr")), en: buildSteps(getRegistrationErrors("en")) };
export type RegistrationSchemas = (typeof STEPS)["fr"];

/** The steps' schemas whose messages speak `locale` (the forms parse with these; lib and imports use French). */
export function registrationSchemasFor(locale: string): RegistrationSchemas {
  return locale === "en" ? STEPS.en : STEPS.fr;
}

export const { plainText, kindStep, identityFields, identityStepFor, placeStep, aboutStep, needOfferItem, needsOffersStep, contactStep } = STEPS.fr;
export type KindStep = z.infer<typeof kindStep>;
export type IdentityStep = z.infer<ReturnType<typeof identityStepFor>>;
export type PlaceStep = z.infer<typeof placeStep>;
export type AboutStep = z.infer<typeof aboutStep>;
export type NeedsOffersStep = z.infer<typeof needsOffersStep>;
export type ContactStep = z.infer<typeof contactStep>;

/** The themes stored with a need or offer: those chosen, or, when none was, all the organisation's themes. */
export function themesOfItem(chosen: readonly Theme[] | undefined, organisationThemes: readonly Theme[]): Theme[] {
  return chosen?.length ? [...chosen] : [...organisationThemes];
}

export interface RegistrationData {
  kind?: KindStep;
  identity?: IdentityStep;
  place?: PlaceStep;
  about?: AboutStep;
  needsOffers?: NeedsOffersStep;
  contact?: ContactStep;
}

/** Where each step's answers are kept in the draft. */
export const STEP_DATA_KEYS: Record<EditableStep, keyof RegistrationData> = {
  kind: "kind",
  identity: "identity",
  place: "place",
  about: "about",
  "needs-offers": "needsOffers",
  contact: "contact",
};

export type FieldErrors = Record<string, string>;

/** Field errors keyed by field name ("items.0.title"), first message per field, for display beside each field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Validates every step of a complete registration (the final submission re-checks everything). */
export function validateRegistration(data: RegistrationData): { ok: true; data: Required<RegistrationData> } | { ok: false; step: RegistrationStep } {
  const kind = kindStep.safeParse(data.kind);
  if (!kind.success) return { ok: false, step: "kind" };
  const checks: [RegistrationStep, z.ZodType, unknown][] = [
    ["identity", identityStepFor(kind.data.kind), data.identity],
    ["place", placeStep, data.place],
    ["about", aboutStep, data.about],
    ["needs-offers", needsOffersStep, data.needsOffers],
    ["contact", contactStep, data.contact],
  ];
  for (const [step, schema, value] of checks) if (!schema.safeParse(value).success) return { ok: false, step };
  return { ok: true, data: data as Required<RegistrationData> };
}
