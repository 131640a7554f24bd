import { describe, expect, it } from "vitest";
import { isValidSiren } from "@/lib/shared/french-identifiers";
import { communeCollectiviteName, DEPARTEMENT_COLLECTIVITES, REGION_COLLECTIVITES } from "./collectivite-sirens";

describe("collectivités' SIREN reference data", () => {
  it("has a valid SIREN (check key) for each of the 101 départements and 18 régions", () => {
    expect(Object.keys(DEPARTEMENT_COLLECTIVITES)).toHaveLength(101);
    expect(Object.keys(REGION_COLLECTIVITES)).toHaveLength(18);
    const invalid = [...Object.values(DEPARTEMENT_COLLECTIVITES), ...Object.values(REGION_COLLECTIVITES)].filter((item) => !isValidSiren(item.siren));
    expect(invalid).toEqual([]);
  });

  it("gives a collectivité shared by two départements the same SIREN, and distinct SIRENs otherwise", () => {
    expect(DEPARTEMENT_COLLECTIVITES["67"]).toEqual(DEPARTEMENT_COLLECTIVITES["68"]);
    expect(DEPARTEMENT_COLLECTIVITES["2A"]?.siren).toBe(REGION_COLLECTIVITES["94"]?.siren);
    const shared = new Set(["2A", "2B", "67", "68"]);
    const sirens = Object.entries(DEPARTEMENT_COLLECTIVITES)
      .filter(([code]) => !shared.has(code))
      .map(([, item]) => item.siren);
    expect(new Set(sirens).size).toBe(sirens.length);
  });

  it("names départements with the right article", () => {
    expect(DEPARTEMENT_COLLECTIVITES["01"]?.name).toBe("Département de l'Ain");
    expect(DEPARTEMENT_COLLECTIVITES["14"]?.name).toBe("Département du Calvados");
    expect(DEPARTEMENT_COLLECTIVITES["31"]?.name).toBe("Département de la Haute-Garonne");
    expect(DEPARTEMENT_COLLECTIVITES["13"]?.name).toBe("Département des Bouches-du-Rhône");
    expect(DEPARTEMENT_COLLECTIVITES["28"]?.name).toBe("Département d'Eure-et-Loir");
  });

  it("names a commune's collectivité with elision and contraction", () => {
    expect(communeCollectiviteName("Muret")).toBe("Commune de Muret");
    expect(communeCollectiviteName("Le Havre")).toBe("Commune du Havre");
    expect(communeCollectiviteName("Les Abymes")).toBe("Commune des Abymes");
    expect(communeCollectiviteName("Arles")).toBe("Commune d'Arles");
    expect(communeCollectiviteName("Évry-Courcouronnes")).toBe("Commune d'Évry-Courcouronnes");
    expect(communeCollectiviteName("La Rochelle")).toBe("Commune de La Rochelle");
  });
});
