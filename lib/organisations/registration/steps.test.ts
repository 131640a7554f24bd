import { describe, expect, it } from "vitest";
import { aboutStep, contactStep, fieldErrorsOf, identityStepFor, kindStep, needOfferItem, needsOffersStep, themesOfItem, validateRegistration } from "./steps";

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]));

describe("registration steps", () => {
  it("asks the level of a collectivité and the size of a company", () => {
    expect(errorsOf(kindStep.safeParse({ kind: "collectivite" }))).toHaveProperty("collectiviteLevel");
    expect(errorsOf(kindStep.safeParse({ kind: "entreprise" }))).toHaveProperty("companySize");
    expect(kindStep.parse({ kind: "association", companySize: "pme", isEss: "on" })).toMatchObject({
      kind: "association",
      companySize: undefined,
      isEss: true,
    });
    expect(errorsOf(kindStep.safeParse({ kind: "banque" }))).toHaveProperty("kind");
  });

  it.each([
    ["entreprise", { name: "Menuiserie Martin", siret: "732 829 320 00074" }, {}],
    ["entreprise", { name: "Menuiserie Martin", siret: "73282932000075" }, { siret: "clé de contrôle" }],
    ["entreprise", { name: "Menuiserie Martin" }, { siret: "Indiquez le SIRET" }],
    ["entreprise", { name: "La Poste Lyon", siret: "35600000049837" }, {}],
    ["association", { name: "Les Jardins", rna: "w751234567" }, {}],
    ["association", { name: "Les Jardins", rna: "W12" }, { rna: "W suivi de 9 chiffres" }],
    ["association", { name: "Les Jardins" }, {}],
    ["entreprise", { name: "Acme", siren: "732829320", siret: "55210055400013" }, { siret: "commencer par le SIREN" }],
    // A SIRET that is Luhn-valid as a whole while its SIREN part is not (found by the property tests).
    ["entreprise", { name: "Acme", siret: "00000000600007" }, { siret: "clé de contrôle" }],
    ["association", { name: "<script>alert(1)</script>" }, { name: "balises HTML" }],
  ] as const)("%s %j → %j", (kind, input, expected) => {
    const errors = errorsOf(identityStepFor(kind).safeParse(input));
    expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, fragment] of Object.entries(expected)) expect(errors[field]).toContain(fragment);
  });

  it("derives the SIREN from the SIRET", () => {
    expect(identityStepFor("entreprise").parse({ name: "Acme", siret: "73282932000074" }).siren).toBe("732829320");
  });

  it("reads an identifier field holding only separators as empty (found by the property tests)", () => {
    expect(identityStepFor("association").parse({ name: "Asso", siren: "-", siret: "73282932000074", rna: "." })).toMatchObject({
      siren: "732829320",
      rna: undefined,
    });
    expect(errorsOf(identityStepFor("entreprise").safeParse({ name: "Acme", siren: " . " }))).toHaveProperty("siret");
  });

  it("refuses a huge description and markup, accepts plain French text", () => {
    expect(errorsOf(aboutStep.safeParse({ themes: "youth", description: "x".repeat(10 * 1024 * 1024) }))).toHaveProperty("description");
    expect(errorsOf(aboutStep.safeParse({ themes: "youth", description: "Bonjour <img src=x onerror=alert(1)> à tous" }))).toHaveProperty("description");
    expect(aboutStep.parse({ themes: ["youth", "health"], odd: ["3", "17"], description: "Une association d'éducation populaire (1 < 2)." })).toMatchObject({
      odd: [3, 17],
    });
    expect(errorsOf(aboutStep.safeParse({ description: "Une description assez longue." }))).toHaveProperty("themes");
  });

  it("needs at least one need or offer, and consent and the charter", () => {
    expect(errorsOf(needsOffersStep.safeParse({ items: [] }))).toHaveProperty("items");
    expect(
      needsOffersStep.parse({ items: [{ direction: "offer", resourceKind: "skills", title: "Du mécénat de compétences", horizon: "" }] }).items[0]?.horizon,
    ).toBe("months_18");
    expect(errorsOf(needsOffersStep.safeParse({ items: [{ direction: "need", resourceKind: "funding", title: "ab" }] }))).toHaveProperty(["items.0.title"]);
    const contact = errorsOf(contactStep.safeParse({ contactName: "Camille Martin", contactEmail: "camille@exemple.fr" }));
    expect(Object.keys(contact).sort()).toEqual(["charter", "consent"]);
  });

  it("validates a whole registration and names the first incomplete step", () => {
    const complete = {
      kind: { kind: "association", isEss: true, isSiae: false, isMissionCompany: false },
      identity: { name: "Les Jardins partagés", rna: "W751234567" },
      place: { communeCode: "75056" },
      about: { themes: ["food_agriculture"], odd: [2], objectives: [], description: "Des jardins partagés au cœur du quartier." },
      needsOffers: { items: [{ direction: "need", resourceKind: "premises", title: "Un local pour nos outils", description: "", horizon: "months_18" }] },
      contact: { contactName: "Camille Martin", contactEmail: "camille@exemple.fr", consent: true, charter: true },
    };
    expect(validateRegistration(complete as never).ok).toBe(true);
    expect(validateRegistration({ ...complete, about: undefined } as never)).toEqual({ ok: false, step: "about" });
  });
});

describe("the themes of a need or offer", () => {
  const item = { direction: "need", resourceKind: "premises", title: "Un local pour nos ateliers" };

  it.each([
    ["absent", undefined, []],
    ["an empty field", "", []],
    ["one checkbox (a single value)", "youth", ["youth"]],
    ["several checkboxes, one sent twice", ["youth", "health", "youth"], ["youth", "health"]],
    ["five, the most", ["youth", "health", "sport", "housing", "mobility"], ["youth", "health", "sport", "housing", "mobility"]],
  ])("accepts %s", (_, themes, expected) => {
    expect(needOfferItem.parse({ ...item, themes }).themes).toEqual(expected);
  });

  it("refuses an unknown theme or more than five, with one French message beside the chooser", () => {
    expect(errorsOf(needsOffersStep.safeParse({ items: [item, { ...item, themes: ["youth", "astrology"] }] }))).toEqual({
      "items.1.themes": "Thème inconnu « astrology » : choisissez dans la liste",
    });
    expect(errorsOf(needOfferItem.safeParse({ ...item, themes: ["Jeunesse", "astrology"] }))).toEqual({
      themes: "Thèmes inconnus « Jeunesse », « astrology » : choisissez dans la liste",
    });
    expect(errorsOf(needOfferItem.safeParse({ ...item, themes: ["youth", "health", "sport", "housing", "mobility", "ageing"] }))).toEqual({
      themes: "5 thèmes au plus pour un besoin ou une offre",
    });
  });

  it("stores the chosen themes, or all the organisation's when none was chosen", () => {
    expect(themesOfItem(["health"], ["youth", "education"])).toEqual(["health"]);
    expect(themesOfItem([], ["youth", "education"])).toEqual(["youth", "education"]);
    // A draft saved before items had themes has none at all.
    expect(themesOfItem(undefined, ["youth"])).toEqual(["youth"]);
  });
});
