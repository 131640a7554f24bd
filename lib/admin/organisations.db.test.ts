import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { auditLog, memberships, needsOffers, organisations } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { SUSPENSION_REASON_LENGTH } from "@/lib/organisations/schemas";
import { getPublicOrganisation } from "@/lib/organisations/directory";
import { demoViewer as viewer } from "@/lib/testing/demo-viewer";
import {
  adminOrganisationSearch,
  findMergeCandidates,
  mergedOrganisationTarget,
  mergeOrganisations,
  previewOrganisationMerge,
  searchOrganisationsForAdmin,
  setOrganisationStatusByAdmin,
} from "./organisations";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";

const URL = "http://localhost";
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** The organisation membre@ owns in the demo, and one more published organisation to merge it with. */
async function pair(tx: Transaction) {
  const member = await viewer(tx, "membre@alliances.example");
  const duplicateId = member.memberships[0]!.organisationId;
  const [kept] = await queryRows<{ id: string; slug: string }>(
    tx,
    sql`SELECT id, slug FROM organisations WHERE status = 'published' AND id <> ${duplicateId} AND siren IS NULL AND rna IS NULL
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = organisations.id) LIMIT 1`,
  );
  return { member, duplicateId, kept: kept! };
}

describe("organisations in the back-office", () => {
  it("is refused to anyone but an admin, for every function", async () => {
    await withRollback(handle.db, async (tx) => {
      const { member, duplicateId, kept } = await pair(tx);
      const staff = await viewer(tx, "catalyseur@alliances.example");
      for (const who of [null, member, staff]) {
        await expect(searchOrganisationsForAdmin(tx, who, adminOrganisationSearch.parse({}))).rejects.toThrow(ForbiddenError);
        await expect(setOrganisationStatusByAdmin(tx, who, { organisationId: duplicateId, action: "suspend", reason: "Doublon signalé" }, URL)).rejects.toThrow(
          ForbiddenError,
        );
        await expect(mergeOrganisations(tx, who, { duplicateId, keptId: kept.id }, URL)).rejects.toThrow(ForbiddenError);
        await expect(previewOrganisationMerge(tx, who, { duplicateId, keptId: kept.id })).rejects.toThrow(ForbiddenError);
        await expect(findMergeCandidates(tx, who, { duplicateId, text: kept.slug })).rejects.toThrow(ForbiddenError);
      }
      const [row] = await tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, duplicateId));
      expect(row?.status).toBe("published");
    });
  });

  it("finds organisations of any status by name with a typo, by SIREN, and filters by status", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const { member } = await pair(tx);
      const name = member.memberships[0]!.name;
      const typo = name.replace(/e/, "é").replace(/r/, "rr");
      const found = await searchOrganisationsForAdmin(tx, admin, adminOrganisationSearch.parse({ q: typo }));
      expect(found.rows.map((row) => row.name)).toContain(name);
      await tx.update(organisations).set({ status: "pending" }).where(eq(organisations.id, member.memberships[0]!.organisationId));
      const pending = await searchOrganisationsForAdmin(tx, admin, adminOrganisationSearch.parse({ status: "pending", q: "Cornebarrieu" }));
      expect(pending.rows.every((row) => row.status === "pending")).toBe(true);
      expect(
        (await searchOrganisationsForAdmin(tx, admin, adminOrganisationSearch.parse({ status: "published", q: name }))).rows.map((row) => row.name),
      ).not.toContain(name);
      expect(pending.rows.map((row) => row.name)).toContain(name);
      const [withSiren] = await queryRows<{ siren: string }>(tx, sql`SELECT siren FROM organisations WHERE siren IS NOT NULL LIMIT 1`);
      const bySiren = await searchOrganisationsForAdmin(tx, admin, adminOrganisationSearch.parse({ q: withSiren!.siren }));
      expect(bySiren.total).toBeGreaterThan(0);
      expect(bySiren.rows.every((row) => row.siren === withSiren!.siren)).toBe(true);
      // Junk in the query string falls back to defaults rather than failing.
      expect(adminOrganisationSearch.parse({ status: "nope", page: "-3" })).toEqual({ q: "", status: undefined, page: 1 });
    });
  });

  it("suspends with a reason (the profile disappears) and restores, auditing both; illegal steps are conflicts", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const { member, duplicateId } = await pair(tx);
      const slug = member.memberships[0]!.slug;
      await expect(setOrganisationStatusByAdmin(tx, admin, { organisationId: duplicateId, action: "suspend", reason: "" }, URL)).rejects.toThrow(
        InvalidInputError,
      );
      // The catalysts' rule, the form's limit included.
      await expect(
        setOrganisationStatusByAdmin(tx, admin, { organisationId: duplicateId, action: "suspend", reason: "x".repeat(SUSPENSION_REASON_LENGTH.max + 1) }, URL),
      ).rejects.toThrow(InvalidInputError);
      await setOrganisationStatusByAdmin(tx, admin, { organisationId: duplicateId, action: "suspend", reason: "Signalée comme inactive depuis 2 ans" }, URL);
      expect(await getPublicOrganisation(tx, slug)).toBeNull();
      await expect(setOrganisationStatusByAdmin(tx, admin, { organisationId: duplicateId, action: "suspend", reason: "Encore une fois" }, URL)).rejects.toThrow(
        ConflictError,
      );
      await setOrganisationStatusByAdmin(tx, admin, { organisationId: duplicateId, action: "restore", reason: "" }, URL);
      expect((await getPublicOrganisation(tx, slug))?.name).toBe(member.memberships[0]!.name);
      const audit = await tx
        .select({ action: auditLog.action, changes: auditLog.changes })
        .from(auditLog)
        .where(eq(auditLog.entityId, duplicateId))
        .orderBy(auditLog.id);
      expect(audit.map((row) => row.action)).toEqual(["organisation.suspend", "organisation.restore"]);
      expect(audit[0]?.changes).toMatchObject({ from: "published", to: "suspended", reason: "Signalée comme inactive depuis 2 ans" });
    });
  });

  it("merges a duplicate: members and open needs move, identifiers fill blanks, the old address leads to the kept one", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const { member, duplicateId, kept } = await pair(tx);
      const oldSlug = member.memberships[0]!.slug;
      await tx.update(organisations).set({ rna: "W313000001" }).where(eq(organisations.id, duplicateId));
      const openItems = await tx
        .select({ id: needsOffers.id })
        .from(needsOffers)
        .where(sql`${needsOffers.organisationId} = ${duplicateId} AND ${needsOffers.status} = 'open'`);
      const outcome = await mergeOrganisations(tx, admin, { duplicateId, keptId: kept.id }, URL);
      expect(outcome).toEqual({ movedMembers: 1, movedItems: openItems.length, filledIdentifiers: ["rna"] });
      const [keptRow] = await tx.select().from(organisations).where(eq(organisations.id, kept.id));
      const [duplicateRow] = await tx.select().from(organisations).where(eq(organisations.id, duplicateId));
      expect(keptRow?.rna).toBe("W313000001");
      expect(duplicateRow).toMatchObject({ status: "merged", mergedIntoId: kept.id, rna: null });
      const owners = await tx.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.organisationId, kept.id));
      expect(owners).toEqual([{ userId: member.id, role: "owner" }]);
      expect(await getPublicOrganisation(tx, oldSlug)).toBeNull();
      expect(await mergedOrganisationTarget(tx, oldSlug)).toBe(kept.slug);
      // Merging again, or into a merged record, is a conflict; a record cannot merge into itself.
      await expect(mergeOrganisations(tx, admin, { duplicateId, keptId: kept.id }, URL)).rejects.toThrow(ConflictError);
      await expect(mergeOrganisations(tx, admin, { duplicateId: kept.id, keptId: kept.id }, URL)).rejects.toThrow(InvalidInputError);
      const [audit] = await tx.select({ action: auditLog.action, changes: auditLog.changes }).from(auditLog).where(eq(auditLog.action, "organisation.merge"));
      expect(audit?.changes).toMatchObject({ mergedInto: kept.id, movedMembers: 1 });
    });
  });

  it("finds the organisation to keep by slug or name, and previews what a merge would move without moving it", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const { member, duplicateId, kept } = await pair(tx);
      const duplicate = member.memberships[0]!;
      const [keptRow] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, kept.id));
      expect((await findMergeCandidates(tx, admin, { duplicateId, text: kept.slug })).map((row) => row.id)).toEqual([kept.id]);
      expect((await findMergeCandidates(tx, admin, { duplicateId, text: keptRow!.name })).map((row) => row.id)).toContain(kept.id);
      // The duplicate never proposes itself.
      expect((await findMergeCandidates(tx, admin, { duplicateId, text: duplicate.slug })).map((row) => row.id)).not.toContain(duplicateId);

      await tx.update(organisations).set({ rna: "W313000001" }).where(eq(organisations.id, duplicateId));
      const openItems = await tx
        .select({ id: needsOffers.id })
        .from(needsOffers)
        .where(sql`${needsOffers.organisationId} = ${duplicateId} AND ${needsOffers.status} = 'open'`);
      const preview = await previewOrganisationMerge(tx, admin, { duplicateId, keptId: kept.id });
      expect(preview).toEqual({
        duplicate: { id: duplicateId, slug: duplicate.slug, name: duplicate.name },
        kept: { id: kept.id, slug: kept.slug, name: keptRow!.name, status: "published" },
        members: 1,
        openItems: openItems.length,
        identifiers: ["rna"],
      });
      const [after] = await tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, duplicateId));
      expect(after?.status).toBe("published");
      expect(await mergeOrganisations(tx, admin, { duplicateId, keptId: kept.id }, URL)).toEqual({
        movedMembers: preview.members,
        movedItems: preview.openItems,
        filledIdentifiers: preview.identifiers,
      });
      await expect(previewOrganisationMerge(tx, admin, { duplicateId, keptId: kept.id })).rejects.toThrow(ConflictError);
      await expect(previewOrganisationMerge(tx, admin, { duplicateId: kept.id, keptId: kept.id })).rejects.toThrow(InvalidInputError);
      // A merged record is no candidate either.
      expect((await findMergeCandidates(tx, admin, { duplicateId: kept.id, text: duplicate.slug })).map((row) => row.id)).not.toContain(duplicateId);
    });
  });
});
