import { describe, expect, it } from "vitest";
import { parseCatalystRow, parseCoverage } from "./catalyst-row";
import type { RowError } from "./cells";
import { ORGANISATION_COLUMNS } from "./columns";
import { parseOrganisationRow } from "./organisation-row";

const organisation = {
  nom: "Atelier Vélo",
  type: "Association",
  themes: "Jeunesse | employment_inclusion",
  odd: "8, 17",
  description: "Atelier de réparation de vélos solidaire.",
  code_postal: "1000",
  commune: "Bourg-en-Bresse",
  besoins: "Locaux:Un atelier|funding:Un poste",
  offres: "",
};

describe("an organisations row", () => {
  it("accepts labels or codes, lists separated by |, and a postcode that lost its leading zero", () => {
    const result = parseOrganisationRow(organisation);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind.kind).toBe("association");
    expect(result.value.about).toMatchObject({ themes: ["youth", "employment_inclusion"], odd: [8, 17] });
    expect(result.value.items.map((item) => [item.direction, item.resourceKind, item.title])).toEqual([
      ["need", "premises", "Un atelier"],
      ["need", "funding", "Un poste"],
    ]);
    expect(result.value.commune).toEqual({ code: null, postcode: "01000", name: "Bourg-en-Bresse" });
    expect(result.value.contact).toBeNull();
  });

  it("says what is wrong, column by column, with the form's own messages", () => {
    const result = parseOrganisationRow({
      ...organisation,
      type: "entreprise",
      taille_entreprise: "moyenne",
      ess: "peut-être",
      besoins: "Un atelier|teleportation:Un poste",
      contact_email: "pas-une-adresse",
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { column: "taille_entreprise", message: "valeur inconnue « moyenne » (valeurs possibles : tpe, pme, eti, ge)" },
      { column: "ess", message: "écrivez oui ou non (et non « peut-être »)" },
      { column: "siret", message: "Indiquez le SIRET (ou le SIREN) de votre organisation" },
      { column: "besoins", message: "« Un atelier » : écrivez « type de ressource:intitulé » (ex. premises:Un local de 50 m²)" },
      { column: "besoins", message: expect.stringMatching(/^type de ressource inconnu « teleportation »/) },
      { column: "contact_nom", message: "2 caractères au moins : complétez le texte" },
      { column: "contact_email", message: "Adresse e-mail à corriger : elle s'écrit nom@domaine.fr" },
    ]);
  });
});

describe("the themes of an imported need or offer", () => {
  const itemsOf = (besoins: string, offres = "") => {
    const result = parseOrganisationRow({ ...organisation, besoins, offres });
    return result.ok ? result.value.items.map((item) => [item.resourceKind, item.themes, item.title]) : result.errors;
  };

  it("reads codes or labels between brackets after the kind, and none (or empty brackets) as the organisation's", () => {
    expect(
      itemsOf("premises[youth, Emploi & insertion]:Un atelier|Locaux [ Lien social / isolement ] : Une salle|funding:Un poste", "skills[]:Du conseil"),
    ).toEqual([
      ["premises", ["youth", "employment_inclusion"], "Un atelier"],
      ["premises", ["social_ties"], "Une salle"],
      ["funding", [], "Un poste"],
      ["skills", [], "Du conseil"],
    ]);
  });

  it("keeps a colon or brackets inside the title as the title's own", () => {
    expect(itemsOf("premises[youth]:Un local [50 m²] : au calme")).toEqual([["premises", ["youth"], "Un local [50 m²] : au calme"]]);
  });

  it("accepts the template's example row, whose needs and offers name their themes as documented", () => {
    const result = parseOrganisationRow(Object.fromEntries(ORGANISATION_COLUMNS.map((column) => [column.key, column.example])));
    expect(result.ok ? result.value.items.map((item) => item.themes) : result.errors).toEqual([[], ["youth"], ["employment_inclusion"]]);
  });

  it("reports an unknown theme, unclosed brackets and more than five themes in the item's column", () => {
    expect(itemsOf("premises[youth, astrologie]:Un atelier", "training[sport:Des cours")).toEqual([
      {
        column: "besoins",
        message: expect.stringMatching(/^thème inconnu « astrologie » dans « Un atelier » \(valeurs possibles : employment_inclusion, youth,/),
      },
      { column: "offres", message: expect.stringMatching(/^« training\[sport » : écrivez les thèmes entre crochets/) },
    ]);
    expect(itemsOf("funding[youth, health, sport, housing, mobility, ageing]:Un poste")).toEqual([
      { column: "besoins", message: "5 thèmes au plus pour un besoin ou une offre (« Un poste »)" },
    ]);
  });
});

describe("a catalysts row", () => {
  it("reads the coverage with prefixes or by the shape of bare codes", () => {
    const errors: RowError[] = [];
    expect(parseCoverage("epci:200046977 | commune:2A004|69|ept:200057982|13055|département:971", errors)).toEqual([
      { kind: "intercommunality", code: "200046977" },
      { kind: "commune", code: "2A004" },
      { kind: "departement", code: "69" },
      { kind: "intercommunality", code: "200057982" },
      { kind: "commune", code: "13055" },
      { kind: "departement", code: "971" },
    ]);
    expect(errors).toEqual([]);
    parseCoverage("region:84", errors);
    expect(errors).toEqual([{ column: "territoire", message: "« region:84 » : écrivez commune:CODE_INSEE, epci:SIREN ou departement:CODE" }]);
  });

  it("turns a French date into ISO and refuses a published contact with no way to reach them", () => {
    const row = {
      nom: "Catalyseur du Val",
      structure: "Association du Val",
      type_structure: "ptce",
      code_insee: "69123",
      territoire: "69",
      charte_signee_le: "5/3/2024",
    };
    const ok = parseCatalystRow(row);
    expect(ok.ok && ok.value.fields.charterSignedOn).toBe("2024-03-05");
    const bad = parseCatalystRow({ ...row, contact_public: "oui", contact_nom: "Lou" });
    expect(bad.ok ? [] : bad.errors).toEqual([{ column: "contact_public", message: "Un contact publié doit avoir un e-mail ou un téléphone" }]);
  });
});
