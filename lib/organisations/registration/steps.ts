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
import { compactIdentifier, isValidRna, isValidSiren, isValidSiret } from "@/lib/shared/french-identifiers";
import { INSEE_COMMUNE_CODE } from "@/lib/shared/territory-codes";

export const REGISTRATION_STEPS = ["kind", "identity", "place", "about", "needs-offers", "contact", "review"] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];
export type EditableStep = Exclude<RegistrationStep, "review">;

// Text is shown escaped everywhere, but markup in a profile is always a mistake or an attack: refuse it clearly.
const NO_MARKUP = /<\s*\/?\s*[a-z!]/i;
export const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min > 1 ? `${min} caractères au moins` : "Ce champ est obligatoire")
    .max(max, `${max.toLocaleString("fr-FR")} caractères au plus`)
    .refine((value) => !NO_MARKUP.test(value), "Les balises HTML et les scripts ne sont pas acceptés");

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const optionalText = (max: number) => z.preprocess((value) => (value === "" || value === null ? undefined : value), plainText(1, max).optional());
const manyOf = <T extends readonly [string, ...string[]]>(values: T, min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(values)).min(min, message).max(max),
  );

export const kindStep = z
  .object({
    kind: z.enum(ACTOR_KINDS, "Choisissez le type de votre organisation"),
    collectiviteLevel: z.preprocess((value) => value || undefined, z.enum(COLLECTIVITE_LEVELS).optional()),
    companySize: z.preprocess((value) => value || undefined, z.enum(COMPANY_SIZES).optional()),
    isEss: checkbox,
    isSiae: checkbox,
    isMissionCompany: checkbox,
  })
  .superRefine((value, context) => {
    if (value.kind === "collectivite" && !value.collectiviteLevel) {
      context.addIssue({ code: "custom", path: ["collectiviteLevel"], message: "Précisez le niveau de la collectivité" });
    }
    if (value.kind === "entreprise" && !value.companySize) {
      context.addIssue({ code: "custom", path: ["companySize"], message: "Précisez la taille de l'entreprise" });
    }
  })
  .transform((value) => ({
    ...value,
    collectiviteLevel: value.kind === "collectivite" ? value.collectiviteLevel : undefined,
    companySize: value.kind === "entreprise" ? value.companySize : undefined,
    isMissionCompany: value.kind === "entreprise" ? value.isMissionCompany : false,
  }));
export type KindStep = z.infer<typeof kindStep>;

// Compacted first: a field holding only separators ("-", ".") is empty, not an identifier "" kept as such.
const identifier = z.preprocess((value) => (typeof value === "string" && compactIdentifier(value)) || undefined, z.string().max(20).optional());

/** Kinds that normally have a SIRENE identifier (associations may have an RNA number instead). */
const NEEDS_SIRENE: ActorKind[] = ["entreprise", "etat", "fondation", "academique", "reseau", "collectivite"];

/** The identity step's fields (their rules do not depend on the kind; which are required does). */
export const identityFields = {
  name: plainText(2, 150),
  siren: identifier,
  siret: identifier,
  rna: identifier,
  territoryCode: z.preprocess((value) => value || undefined, z.string().max(9).optional()),
};

export function identityStepFor(kind: ActorKind) {
  return z
    .object(identityFields)
    .superRefine((value, context) => {
      if (value.siren && !isValidSiren(value.siren)) {
        context.addIssue({ code: "custom", path: ["siren"], message: "Ce SIREN n'est pas valide : 9 chiffres, clé de contrôle incorrecte" });
      }
      if (value.siret && !isValidSiret(value.siret)) {
        context.addIssue({ code: "custom", path: ["siret"], message: "Ce SIRET n'est pas valide : 14 chiffres, clé de contrôle incorrecte" });
      }
      if (value.siren && value.siret && !value.siret.startsWith(value.siren)) {
        context.addIssue({ code: "custom", path: ["siret"], message: "Le SIRET doit commencer par le SIREN" });
      }
      if (value.rna && !isValidRna(value.rna)) {
        context.addIssue({ code: "custom", path: ["rna"], message: "Un numéro RNA s'écrit W suivi de 9 chiffres (ex. W751234567)" });
      }
      if (NEEDS_SIRENE.includes(kind) && !value.siren && !value.siret) {
        context.addIssue({ code: "custom", path: ["siret"], message: "Indiquez le SIRET (ou le SIREN) de votre organisation" });
      }
    })
    .transform((value) => ({ ...value, siren: value.siren ?? value.siret?.slice(0, 9) }));
}
export type IdentityStep = z.infer<ReturnType<typeof identityStepFor>>;

export const placeStep = z.object({
  communeCode: z.string().trim().regex(INSEE_COMMUNE_CODE, "Choisissez votre commune dans la liste"),
  lat: z.preprocess((value) => (value === "" || value == null ? undefined : value), z.coerce.number().min(-90).max(90).optional()),
  lon: z.preprocess((value) => (value === "" || value == null ? undefined : value), z.coerce.number().min(-180).max(180).optional()),
});
export type PlaceStep = z.infer<typeof placeStep>;

export const aboutStep = z.object({
  themes: manyOf(THEMES, 1, 5, "Choisissez au moins un thème (cinq au plus)"),
  odd: z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.coerce.number().int().min(1).max(17)).max(17),
  ),
  objectives: manyOf(OBJECTIVES, 0, 4, ""),
  description: plainText(20, 5_000),
  website: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(300)
      .regex(/^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i, "Adresse de site invalide (ex. https://www.exemple.fr)")
      .optional(),
  ),
});
export type AboutStep = z.infer<typeof aboutStep>;

/** Themes one need or offer may name; the organisation itself has five at most. */
export const MAX_ITEM_THEMES = 5;
const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

// Checked as one field (not theme by theme) so that a message stands beside the chooser ("items.0.themes"), where
// the form shows it. None chosen is allowed: it means all the organisation's themes (see themesOfItem).
const itemThemes = z.preprocess(
  (value) => [...new Set(value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value])],
  z
    .array(z.string())
    .superRefine((values, context) => {
      const unknown = values.filter((value) => !isTheme(value));
      if (unknown.length) {
        const named = unknown.slice(0, 3).map((value) => `« ${String(value).slice(0, 40)} »`);
        context.addIssue({
          code: "custom",
          message: `${unknown.length > 1 ? "Thèmes inconnus" : "Thème inconnu"} ${named.join(", ")} : choisissez dans la liste`,
        });
      } else if (values.length > MAX_ITEM_THEMES)
        context.addIssue({ code: "custom", message: `${MAX_ITEM_THEMES} thèmes au plus pour un besoin ou une offre` });
    })
    .transform((values) => values.filter(isTheme)),
);

/** The themes stored with a need or offer: those chosen, or, when none was, all the organisation's themes. */
export function themesOfItem(chosen: readonly Theme[] | undefined, organisationThemes: readonly Theme[]): Theme[] {
  return chosen?.length ? [...chosen] : [...organisationThemes];
}

export const needOfferItem = z.object({
  direction: z.enum(NEED_OFFER_DIRECTIONS),
  resourceKind: z.enum(RESOURCE_KINDS, "Choisissez le type de ressource"),
  title: plainText(5, 150),
  description: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .max(2_000, "2 000 caractères au plus")
      .refine((value) => !NO_MARKUP.test(value), "Les balises HTML et les scripts ne sont pas acceptés"),
  ),
  // An untouched select sends "": that means "no preference", i.e. the default horizon.
  horizon: z.preprocess((value) => (value === "" ? undefined : value), z.enum(HORIZONS).default("months_18")),
  themes: itemThemes,
});
export const needsOffersStep = z.object({
  items: z.array(needOfferItem).min(1, "Indiquez au moins un besoin ou une offre").max(20, "20 besoins et offres au plus"),
});
export type NeedsOffersStep = z.infer<typeof needsOffersStep>;

export const contactStep = z.object({
  contactName: plainText(2, 100),
  contactRole: optionalText(100),
  contactEmail: z.email("Adresse e-mail invalide").max(254),
  contactPhone: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s.()-]{6,20}$/, "Numéro de téléphone invalide")
      .optional(),
  ),
  consent: z.preprocess((value) => value === "on" || value === true, z.literal(true, "Votre accord est nécessaire pour être mis en relation")),
  charter: z.preprocess(
    (value) => value === "on" || value === true,
    z.literal(true, "L'adhésion à la Charte du faire alliance est nécessaire pour rejoindre le réseau"),
  ),
});
export type ContactStep = z.infer<typeof contactStep>;

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
