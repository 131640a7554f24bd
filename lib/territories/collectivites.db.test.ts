import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { findCollectivite, searchCollectivites } from "./collectivites";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("collectivités from the official lists", () => {
  it("finds a commune by name, with its SIREN from the COG and itself as seat", async () => {
    const [muret] = await searchCollectivites(handle.db, "commune", "muret");
    expect(muret).toMatchObject({ level: "commune", code: "31395", name: "Commune de Muret", siren: "213103955", seatCommuneCode: "31395" });
    expect(muret?.detail).toContain("Haute-Garonne");
  });

  it("contracts the article of a commune's name and finds a commune by its SIREN", async () => {
    const [havre] = await searchCollectivites(handle.db, "commune", "Le Havre");
    expect(havre?.name).toBe("Commune du Havre");
    const [bySiren] = await searchCollectivites(handle.db, "commune", havre?.siren ?? "");
    expect(bySiren?.code).toBe(havre?.code);
  });

  it("finds an EPCI by name despite a typo, its code being its SIREN, seated in its most populous commune", async () => {
    const results = await searchCollectivites(handle.db, "epci", "toulouse metropole");
    const toulouse = results.find((item) => item.name.includes("Toulouse"));
    expect(toulouse).toMatchObject({ level: "epci", code: "243100518", siren: "243100518", seatCommuneCode: "31555" });
    const typo = await searchCollectivites(handle.db, "epci", "Toulouze Métropole");
    expect(typo.map((item) => item.code)).toContain("243100518");
    // EPT are their own level.
    expect(results.every((item) => item.level === "epci")).toBe(true);
  });

  it("lists the EPT of the Grand Paris only at the EPT level", async () => {
    const ept = await searchCollectivites(handle.db, "ept", "Paris");
    expect(ept.length).toBeGreaterThan(0);
    expect(ept.every((item) => item.detail === "Grand Paris")).toBe(true);
    expect((await searchCollectivites(handle.db, "epci", "Paris Terres d'Envol")).some((item) => ept.some((e) => e.code === item.code))).toBe(false);
  });

  it("gives a département's collectivité its name, SIREN and chef-lieu", async () => {
    const [hauteGaronne] = await searchCollectivites(handle.db, "departement", "haute garonne");
    expect(hauteGaronne).toMatchObject({
      code: "31",
      name: "Département de la Haute-Garonne",
      siren: "223100017",
      seatCommuneCode: "31555",
      detail: "Occitanie",
    });
    expect((await findCollectivite(handle.db, "departement", "67"))?.name).toBe("Collectivité européenne d'Alsace");
  });

  it("gives a région's collectivité its name, SIREN and chef-lieu", async () => {
    const [occitanie] = await searchCollectivites(handle.db, "region", "occitanie");
    expect(occitanie).toMatchObject({ code: "76", name: "Région Occitanie", siren: "200053791", seatCommuneCode: "31555" });
  });

  it("finds by code and refuses unknown or malformed codes", async () => {
    expect((await findCollectivite(handle.db, "commune", "31395"))?.name).toBe("Commune de Muret");
    expect((await findCollectivite(handle.db, "epci", "243100518"))?.code).toBe("243100518");
    expect(await findCollectivite(handle.db, "epci", "999999999")).toBeNull();
    expect(await findCollectivite(handle.db, "departement", "'; DROP TABLE communes; --")).toBeNull();
    // A commune's code is not an EPCI.
    expect(await findCollectivite(handle.db, "epci", "31395")).toBeNull();
  });
});
