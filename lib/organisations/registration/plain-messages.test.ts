import { describe, expect, it } from "vitest";
import { z } from "zod";
import { en as zodEnglish, fr as zodFrench } from "zod/locales";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { matchesQuerySchema } from "@/lib/matching/schemas";
import { parseQuery } from "@/lib/server/http/api";
import { plainIssueMessage } from "@/lib/shared/zod-messages";
import { ACTOR_KINDS } from "@/lib/shared/vocabulary";
import { fieldErrorsOf, registrationSchemasFor } from "./steps";

// What zod writes for developers, in its French and English locales: none of it may reach a form or an API answer.
const DEFAULT_PATTERNS =
  /Entrée invalide|Invalid input|attendu|reçu|Too big|Too small|Trop grand|Trop petit|Option invalide|Invalid option|Chaîne invalide|Invalid string|Nombre invalide|Invalid number|Valeur invalide|Invalid value|non reconnue|Unrecognized key|expected .* received/i;

const zodDefaults = (issue: z.core.$ZodIssue) =>
  [zodFrench(), zodEnglish()].map((locale) => {
    const message = locale.localeError?.(issue as unknown as z.core.$ZodRawIssue);
    return typeof message === "string" ? message : message?.message;
  });

// Words of the French messages that an English reader must not meet.
const FRENCH_WORDS = /\b(Ce champ|Choisissez|Indiquez|caractères|Écrivez|cochez|Précisez|Votre)\b/;

function expectPlain(issues: z.core.$ZodIssue[], context: string, locale: "fr" | "en" = "fr") {
  for (const issue of issues) {
    if (locale === "en") expect(issue.message, `${context} → ${issue.path.join(".")}`).not.toMatch(FRENCH_WORDS);
    expect(issue.message, `${context} → ${issue.path.join(".")}`).not.toMatch(DEFAULT_PATTERNS);
    expect(zodDefaults(issue), `${context} → ${issue.path.join(".")}`).not.toContain(issue.message);
    expect(issue.message.trim(), context).not.toBe("");
  }
}

const long = (length: number) => "mot ".repeat(Math.ceil(length / 4)).slice(0, length);
// Bad values for any one field: missing, wrong types, too long, too many, unknown choices, markup.
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  42,
  -3.5,
  true,
  {},
  [],
  "zzz-inconnu",
  long(6_000),
  Array.from({ length: 30 }, () => "zzz-inconnu"),
  Array.from({ length: 30 }, (_, index) => String(index)),
  ["youth", "health", "sport", "housing", "mobility", "ageing", "culture_heritage"],
  "<b>gras</b>",
  [{ nested: true }],
];

const VALID = {
  kind: { kind: "entreprise", companySize: "pme" },
  identity: { name: "Menuiserie Martin", siret: "73282932000074" },
  place: { communeCode: "75056" },
  about: { themes: ["youth"], description: "Une menuiserie qui forme des jeunes du quartier.", website: "www.exemple.fr" },
  item: { direction: "need", resourceKind: "premises", title: "Un atelier pour former", horizon: "" },
  contact: { contactName: "Camille Martin", contactEmail: "camille@exemple.fr", consent: "on", charter: "on" },
};

function* badInputs(valid: Record<string, unknown>, fields: string[]): Generator<[string, unknown]> {
  for (const whole of [undefined, null, "texte", 12, []]) yield [`the whole input ${JSON.stringify(whole)}`, whole];
  for (const field of fields) for (const bad of BAD_VALUES) yield [`${field} = ${JSON.stringify(bad)?.slice(0, 40)}`, { ...valid, [field]: bad }];
}

describe.each(["fr", "en"] as const)("every registration message is written for people (%s)", (locale) => {
  const steps = registrationSchemasFor(locale);
  const cases: [string, z.ZodType, Record<string, unknown>, string[]][] = [
    ["kind", steps.kindStep, VALID.kind, ["kind", "collectiviteLevel", "companySize", "isEss"]],
    ...ACTOR_KINDS.map(
      (kind) =>
        [`identity (${kind})`, steps.identityStepFor(kind), VALID.identity, ["name", "siren", "siret", "rna", "territoryCode"]] as [
          string,
          z.ZodType,
          Record<string, unknown>,
          string[],
        ],
    ),
    ["place", steps.placeStep, VALID.place, ["communeCode", "lat", "lon"]],
    ["about", steps.aboutStep, VALID.about, ["themes", "odd", "objectives", "description", "website"]],
    ["need or offer", steps.needOfferItem, VALID.item, ["direction", "resourceKind", "title", "description", "horizon", "themes"]],
    ["needs and offers", steps.needsOffersStep, { items: [VALID.item] }, ["items"]],
    ["contact", steps.contactStep, VALID.contact, ["contactName", "contactRole", "contactEmail", "contactPhone", "consent", "charter"]],
  ];

  it.each(cases)("%s", (name, schema, valid, fields) => {
    expect(schema.safeParse(valid).success, `${name}: the valid example`).toBe(true);
    for (const [context, input] of badInputs(valid, fields)) {
      // As saveRegistrationStep parses: the step's messages, and the reader's language for anything else.
      const result = schema.safeParse(input, { reportInput: true, error: plainIssueMessage(locale) });
      if (!result.success) expectPlain(result.error.issues, `${name}: ${context}`, locale);
    }
    // Many items at once: each bad one, and too many of them.
    const items = schema === steps.needsOffersStep ? Array.from({ length: 25 }, () => ({ ...VALID.item, title: "x" })) : null;
    if (items) {
      const result = schema.safeParse({ items }, { reportInput: true, error: plainIssueMessage(locale) });
      expect(result.success).toBe(false);
      if (!result.success) expectPlain(result.error.issues, `${name}: 25 bad items`, locale);
    }
  });

  it("speaks the reader's language", () => {
    const result = steps.contactStep.safeParse({});
    expect(result.success).toBe(false);
    const messages = Object.values(fieldErrorsOf(result.error!)).join(" ");
    if (locale === "en") expect(messages).not.toMatch(/Ce champ|cochez|Votre accord/);
    else expect(messages).toMatch(/Votre accord est nécessaire/);
  });
});

describe("field errors say what to do", () => {
  const identity = registrationSchemasFor("fr").identityStepFor("entreprise");
  const errorsOf = (input: Record<string, unknown>) => {
    const result = identity.safeParse({ name: "Menuiserie Martin", ...input });
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it.each([
    [{ siret: "7328293200007" }, "siret", "Ce SIRET a 13 chiffres : il en faut 14"],
    [{ siret: "7328293200007A" }, "siret", "Ce SIRET contient « A » : il ne s'écrit qu'avec des chiffres"],
    [{ siret: "73282932000075" }, "siret", "La clé de contrôle de ce SIRET ne correspond pas"],
    [{ siren: "73282932" }, "siren", "Ce SIREN a 8 chiffres : il en faut 9"],
    [{ siren: "732829321" }, "siren", "La clé de contrôle de ce SIREN ne correspond pas"],
  ])("%j → %s: %s", (input, field, message) => {
    expect(errorsOf(input)[field]).toContain(message);
  });

  it("keeps only the identifiers of the kind: no RNA for a company or a collectivité", () => {
    const schemas = registrationSchemasFor("fr");
    expect(schemas.identityStepFor("entreprise").parse({ name: "Acme", siret: "73282932000074", rna: "W751234567" }).rna).toBeUndefined();
    expect(schemas.identityStepFor("collectivite").parse({ name: "Commune", siren: "732829320", rna: "W751234567" }).rna).toBeUndefined();
    expect(schemas.identityStepFor("association").parse({ name: "Asso", rna: "W751234567" }).rna).toBe("W751234567");
  });

  it("completes a website typed without its scheme", () => {
    const about = registrationSchemasFor("fr").aboutStep;
    expect(about.parse({ ...VALID.about, website: "www.exemple.fr" }).website).toBe("https://www.exemple.fr");
    expect(about.parse({ ...VALID.about, website: " exemple.fr/atelier " }).website).toBe("https://exemple.fr/atelier");
    expect(about.parse({ ...VALID.about, website: "http://exemple.fr" }).website).toBe("http://exemple.fr");
    expect(about.parse({ ...VALID.about, website: "" }).website).toBeUndefined();
    expect(about.safeParse({ ...VALID.about, website: "javascript:alert(1)" }).success).toBe(false);
  });
});

describe("the organisations API never answers with zod's own messages", () => {
  const queries = [
    "kind=banque",
    "theme=astrologie&theme=zzz",
    "odd=18",
    "odd=abc",
    "page=0",
    "page=abc",
    "radius=9999",
    "lat=100&lon=2",
    "lat=45",
    "commune=123",
    "epci=12",
    `q=${"a".repeat(200)}`,
    `kind=${Array.from({ length: 30 }, () => "association").join(",")}`,
  ];

  it.each(queries)("GET /api/organisations?%s", async (query) => {
    const parsed = parseQuery(organisationFiltersSchema, new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const body = (await parsed.response.json()) as { fields: { message: string }[] };
    expect(body.fields.length).toBeGreaterThan(0);
    for (const field of body.fields) expect(field.message).not.toMatch(DEFAULT_PATTERNS);
  });

  it.each(["focus=abc", "limit=0", "limit=500", "limit=deux", "lang=de"])("GET /api/organisations/{slug}/matches?%s", async (query) => {
    const parsed = parseQuery(matchesQuerySchema, new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const body = (await parsed.response.json()) as { fields: { message: string }[] };
    for (const field of body.fields) expect(field.message).not.toMatch(DEFAULT_PATTERNS);
  });

  it("gives every issue of the API's schemas a written message, whatever the input", () => {
    for (const schema of [organisationFiltersSchema, matchesQuerySchema] as z.ZodType[]) {
      for (const bad of BAD_VALUES) {
        for (const key of ["q", "kind", "theme", "odd", "page", "radius", "lat", "lon", "commune", "near", "focus", "limit", "lang"]) {
          const result = schema.safeParse({ [key]: bad }, { reportInput: true });
          if (!result.success) expectPlain(result.error.issues, `${key} = ${JSON.stringify(bad)?.slice(0, 40)}`);
        }
      }
    }
  });
});
