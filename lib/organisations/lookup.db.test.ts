// "Is my organisation already here?" (step 0 of the registration): found by SIRET, SIREN, RNA or name, published only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Transaction } from "@/db/client";
import { organisations } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { withLuhnCheckDigit } from "@/lib/shared/french-identifiers";
import { lookUpPublishedOrganisations } from "./directory";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

// SIRENs the demo network does not use (checked below), with an establishment's SIRET each.
const SIREN = "732829320";
const SIRET = withLuhnCheckDigit(`${SIREN}0007`);
const PENDING_SIREN = withLuhnCheckDigit("81234567");

async function insertOrganisation(
  tx: Transaction,
  values: { slug: string; name: string; status: "published" | "pending"; siren?: string; siret?: string; rna?: string },
) {
  await tx.insert(organisations).values({ kind: "association", communeCode: "31555", lat: 43.6, lon: 1.44, ...values });
}

async function withOrganisations(run: (tx: Transaction) => Promise<void>) {
  await withRollback(handle.db, async (tx) => {
    expect((await lookUpPublishedOrganisations(tx, SIREN)).items, "a SIREN the demo network does not use").toEqual([]);
    await insertOrganisation(tx, {
      slug: "atelier-velo-zephyr",
      name: "Atelier vélo Zéphyrin",
      status: "published",
      siren: SIREN,
      siret: SIRET,
      rna: "W313009876",
    });
    await insertOrganisation(tx, {
      slug: "zephyrin-antenne",
      name: "Zéphyrin antenne nord",
      status: "published",
      siren: SIREN,
      siret: withLuhnCheckDigit(`${SIREN}0015`),
    });
    await insertOrganisation(tx, { slug: "zephyrin-en-attente", name: "Zéphyrin en attente", status: "pending", siren: PENDING_SIREN, rna: "W313001111" });
    await run(tx);
  });
}

describe("looking up an organisation before registering one", () => {
  it("finds a published organisation by its SIRET, typed with spaces, before the other establishments of its SIREN", async () => {
    await withOrganisations(async (tx) => {
      const spaced = `${SIRET.slice(0, 3)} ${SIRET.slice(3, 6)} ${SIRET.slice(6, 9)} ${SIRET.slice(9)}`;
      const found = await lookUpPublishedOrganisations(tx, spaced);
      expect(found).toMatchObject({ by: "siret", invalidIdentifier: false });
      expect(found.items.map((item) => item.slug)).toEqual(["atelier-velo-zephyr", "zephyrin-antenne"]);
      expect(found.items[0]).toEqual({
        slug: "atelier-velo-zephyr",
        name: "Atelier vélo Zéphyrin",
        kind: "association",
        communeName: "Toulouse",
        departementCode: "31",
      });
    });
  });

  it("finds every published establishment by SIREN, and one by RNA", async () => {
    await withOrganisations(async (tx) => {
      expect((await lookUpPublishedOrganisations(tx, SIREN)).items.map((item) => item.slug)).toEqual(["atelier-velo-zephyr", "zephyrin-antenne"]);
      const byRna = await lookUpPublishedOrganisations(tx, "w313009876");
      expect(byRna.by).toBe("rna");
      expect(byRna.items.map((item) => item.slug)).toEqual(["atelier-velo-zephyr"]);
    });
  });

  it("finds a published organisation by its name, with a typo", async () => {
    await withOrganisations(async (tx) => {
      const found = await lookUpPublishedOrganisations(tx, "atelier velo zephyrim");
      expect(found.by).toBe("name");
      expect(found.items.map((item) => item.slug)).toContain("atelier-velo-zephyr");
    });
  });

  it("does not offer a pending organisation to strangers, by identifier or by name", async () => {
    await withOrganisations(async (tx) => {
      expect((await lookUpPublishedOrganisations(tx, PENDING_SIREN)).items).toEqual([]);
      expect((await lookUpPublishedOrganisations(tx, "W313001111")).items).toEqual([]);
      expect((await lookUpPublishedOrganisations(tx, "Zéphyrin en attente")).items.map((item) => item.slug)).not.toContain("zephyrin-en-attente");
    });
  });

  it("says a SIRET or SIREN with a wrong check key is not one, without searching", async () => {
    await withOrganisations(async (tx) => {
      const wrongSiret = `${SIRET.slice(0, 13)}${(Number(SIRET[13]) + 1) % 10}`;
      expect(await lookUpPublishedOrganisations(tx, wrongSiret)).toEqual({ by: "siret", invalidIdentifier: true, items: [] });
      expect(await lookUpPublishedOrganisations(tx, "732829321")).toEqual({ by: "siren", invalidIdentifier: true, items: [] });
      expect(await lookUpPublishedOrganisations(tx, "  ")).toEqual({ by: "name", invalidIdentifier: false, items: [] });
    });
  });
});
