import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { findCatalystsForCommune } from "@/lib/catalysts/finder";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { addCoverage, addStaff, getCatalystForAdmin, listCatalystsForAdmin, removeCoverage, removeStaff, saveCatalyst } from "./catalysts";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function viewer(tx: Transaction, email: string): Promise<Viewer> {
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(tx, user!.id))!;
}

const FORM = {
  name: "Alliances du Vercors",
  hostName: "Association Vercors en commun",
  hostKind: "association",
  trades: ["territorial_dialogue", "support"],
  description: "Nous réunissons collectivités, entreprises et associations du Vercors autour des besoins du territoire.",
  website: "https://vercors.example",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  charterSignedOn: "15/03/2026",
};

describe("catalysts in the back-office", () => {
  it("is refused to anyone but an admin", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewer(tx, "catalyseur@alliances.example");
      const member = await viewer(tx, "membre@alliances.example");
      const catalystId = staff.catalysts[0]!.catalystId;
      for (const who of [null, member, staff]) {
        await expect(listCatalystsForAdmin(tx, who, { q: "", page: 1 })).rejects.toThrow(ForbiddenError);
        await expect(getCatalystForAdmin(tx, who, catalystId)).rejects.toThrow(ForbiddenError);
        await expect(saveCatalyst(tx, who, catalystId, FORM)).rejects.toThrow(ForbiddenError);
        await expect(addCoverage(tx, who, catalystId, { level: "departement", code: "38" })).rejects.toThrow(ForbiddenError);
        await expect(removeCoverage(tx, who, catalystId, { kind: "departement", code: "38" })).rejects.toThrow(ForbiddenError);
        await expect(addStaff(tx, who, catalystId, "x@y.example")).rejects.toThrow(ForbiddenError);
        await expect(removeStaff(tx, who, catalystId, staff.id)).rejects.toThrow(ForbiddenError);
      }
    });
  });

  it("refuses a bad form field by field and writes nothing", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const [before] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM catalysts`);
      const result = await saveCatalyst(tx, admin, null, {
        ...FORM,
        name: "<script>x</script>",
        hostKind: "nope",
        website: "vercors",
        communeCodeText: "Zzzzqx",
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && Object.keys(result.errors).sort()).toEqual(["communeCode", "hostKind", "name", "website"]);
      const [after] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM catalysts`);
      expect(after?.n).toBe(before?.n);
    });
  });

  it("creates a catalyst, gives it a coverage the finder then uses, and attaches staff who get the role at once", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      // Villard-de-Lans (38548) belongs to the CC du Massif du Vercors; its seat is typed by name (no JavaScript).
      const created = await saveCatalyst(tx, admin, null, { ...FORM, communeCodeText: "Villard-de-Lans" });
      expect(created.ok).toBe(true);
      const id = created.ok ? created.id : "";
      const [commune] = await queryRows<{ epci: string }>(tx, sql`SELECT epci_code AS epci FROM communes WHERE code = '38548'`);
      expect(await addCoverage(tx, admin, id, { level: "epci", code: commune!.epci })).toMatchObject({ ok: true });
      await expect(addCoverage(tx, admin, id, { level: "epci", code: commune!.epci })).rejects.toThrow(ConflictError);
      expect(await addCoverage(tx, admin, id, { level: "region", code: "84" })).toMatchObject({ ok: false });
      expect(await addCoverage(tx, admin, id, { level: "commune", text: "Autrans-Méaudre en Vercors" })).toMatchObject({ ok: true });
      const answer = await findCatalystsForCommune(tx, "38548");
      expect(answer?.covering.map((catalyst) => catalyst.name)).toContain("Alliances du Vercors");

      const added = await addStaff(tx, admin, id, "  Nouvelle.Catalyseuse@Vercors.example ");
      expect(added).toEqual({ ok: true, created: true });
      expect(await addStaff(tx, admin, id, "nouvelle.catalyseuse@vercors.example")).toMatchObject({ ok: false });
      expect(await addStaff(tx, admin, id, "pas-une-adresse")).toEqual({ ok: false, error: "Adresse e-mail invalide" });
      const staffer = await viewer(tx, "nouvelle.catalyseuse@vercors.example");
      expect(staffer.catalysts.map((item) => item.catalystId)).toEqual([id]);

      const detail = await getCatalystForAdmin(tx, admin, id);
      expect(detail.coverage.map((item) => item.kind).sort()).toEqual(["commune", "intercommunality"]);
      expect(detail.staff.map((item) => item.email)).toEqual(["nouvelle.catalyseuse@vercors.example"]);
      expect(detail.catalyst).toMatchObject({ communeCode: "38548", charterSignedOn: "2026-03-15", slug: "alliances-du-vercors" });

      // Editing changes only what differs, and the audit names the fields, not their values.
      expect(await saveCatalyst(tx, admin, id, { ...FORM, communeCode: "38548", contactEmail: "contact@vercors.example" })).toEqual({ ok: true, id });
      await removeCoverage(tx, admin, id, { kind: "intercommunality", code: commune!.epci });
      await removeStaff(tx, admin, id, staffer.id);
      expect((await findCatalystsForCommune(tx, "38548"))?.covering.map((catalyst) => catalyst.name)).not.toContain("Alliances du Vercors");
      const audit = await tx
        .select({ action: auditLog.action, changes: auditLog.changes })
        .from(auditLog)
        .where(eq(auditLog.entityId, id))
        .orderBy(auditLog.id);
      expect(audit.map((row) => row.action)).toEqual([
        "catalyst.create",
        "catalyst.coverage.add",
        "catalyst.coverage.add",
        "catalyst.staff.add",
        "catalyst.update",
        "catalyst.coverage.remove",
        "catalyst.staff.remove",
      ]);
      expect(audit[4]?.changes).toEqual({ fields: ["contactEmail"] });
      expect(JSON.stringify(audit)).not.toContain("contact@vercors.example");
      expect((await listCatalystsForAdmin(tx, admin, { q: "vercor", page: 1 })).rows[0]?.name).toBe("Alliances du Vercors");
    });
  });
});
