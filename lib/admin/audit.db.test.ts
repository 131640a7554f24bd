import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { auditLog } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { demoViewer as viewer } from "@/lib/testing/demo-viewer";
import { auditFilters, listAuditEntries, listAuditVocabulary } from "./audit";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** Three entries of actions found nowhere else, at chosen times (the second is 12 January after midnight in Paris). */
async function seedEntries(tx: Transaction) {
  const admin = await viewer(tx, "admin@alliances.example");
  const member = await viewer(tx, "membre@alliances.example");
  const organisation = member.memberships[0]!;
  await tx.insert(auditLog).values([
    {
      actorUserId: admin.id,
      action: "test.suspend",
      entityType: "organisation",
      entityId: organisation.organisationId,
      changes: { reason: "Doublon", nested: { a: 1 } },
      createdAt: new Date("2031-01-10T12:00:00Z"),
    },
    {
      actorUserId: member.id,
      action: "test.edit",
      entityType: "organisation",
      entityId: organisation.organisationId,
      changes: null,
      createdAt: new Date("2031-01-11T23:30:00Z"),
    },
    {
      actorUserId: admin.id,
      action: "test.role",
      entityType: "user",
      entityId: member.id,
      changes: { isAdmin: true },
      createdAt: new Date("2031-01-13T08:00:00Z"),
    },
  ]);
  return { admin, member, organisation };
}

const filters = (values: Record<string, unknown>) => auditFilters.parse(values);
const actionsOf = (page: { entries: { action: string }[] }) => page.entries.map((entry) => entry.action).filter((action) => action.startsWith("test."));

describe("the audit log in the back-office", () => {
  it("is refused to anyone but an admin", async () => {
    await withRollback(handle.db, async (tx) => {
      const { member } = await seedEntries(tx);
      const staff = await viewer(tx, "catalyseur@alliances.example");
      for (const who of [null, member, staff]) {
        await expect(listAuditEntries(tx, who, filters({}))).rejects.toThrow(ForbiddenError);
        await expect(listAuditVocabulary(tx, who)).rejects.toThrow(ForbiddenError);
      }
    });
  });

  it("lists entries newest first with their actor and entity, and filters by action, entity, actor and days in France", async () => {
    await withRollback(handle.db, async (tx) => {
      const { admin, organisation } = await seedEntries(tx);
      const all = await listAuditEntries(tx, admin, filters({ from: "2031-01-01", to: "2031-01-31" }));
      expect(actionsOf(all)).toEqual(["test.role", "test.edit", "test.suspend"]);
      const suspend = all.entries.find((entry) => entry.action === "test.suspend")!;
      expect(suspend).toMatchObject({
        actorEmail: "admin@alliances.example",
        changes: { reason: "Doublon", nested: { a: 1 } },
        createdAt: "2031-01-10T12:00:00Z",
      });
      expect(suspend.entity).toEqual({ name: organisation.name, slug: organisation.slug, status: "published" });
      expect(all.entries.find((entry) => entry.action === "test.role")?.entity).toEqual({ name: "membre@alliances.example" });

      expect(actionsOf(await listAuditEntries(tx, admin, filters({ action: "test.edit" })))).toEqual(["test.edit"]);
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ entityType: "user", action: "test.role" })))).toEqual(["test.role"]);
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ entityId: organisation.organisationId })))).toEqual(["test.edit", "test.suspend"]);
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ actor: "MEMBRE@", from: "2031-01-01" })))).toEqual(["test.edit"]);
      // 23:30 UTC on the 11th is the 12th in Paris: in a filter on the 12th, not in one on the 11th.
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ from: "2031-01-12", to: "2031-01-12" })))).toEqual(["test.edit"]);
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ from: "2031-01-11", to: "2031-01-11" })))).toEqual([]);
      expect(actionsOf(await listAuditEntries(tx, admin, filters({ to: "2031-01-10", from: "2031-01-10" })))).toEqual(["test.suspend"]);

      const vocabulary = await listAuditVocabulary(tx, admin);
      expect(vocabulary.actions).toEqual(expect.arrayContaining(["test.edit", "test.role", "test.suspend"]));
      expect(vocabulary.entityTypes).toEqual(expect.arrayContaining(["organisation", "user"]));
    });
  });

  it("pages by fifty", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      await tx.insert(auditLog).values(
        Array.from({ length: 51 }, (_, index) => ({
          actorUserId: admin.id,
          action: "test.bulk",
          entityType: "organisation",
          createdAt: new Date(Date.UTC(2031, 0, 1, 0, index)),
        })),
      );
      const first = await listAuditEntries(tx, admin, filters({ action: "test.bulk" }));
      const second = await listAuditEntries(tx, admin, filters({ action: "test.bulk", page: "2" }));
      expect({ total: first.total, pageCount: first.pageCount, rows: first.entries.length }).toEqual({ total: 51, pageCount: 2, rows: 50 });
      expect(second.entries.map((entry) => entry.createdAt)).toEqual(["2031-01-01T00:00:00Z"]);
    });
  });

  it("falls back to no filter for malformed values, rather than failing", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const junk = filters({
        action: "x'; DROP TABLE audit_log; --",
        entityType: "x".repeat(60),
        actor: ["a", "b"],
        entityId: "",
        from: "2031-02-30",
        to: "yesterday",
        page: "-3",
      });
      expect(junk).toEqual({ action: undefined, entityType: undefined, actor: undefined, entityId: undefined, from: undefined, to: undefined, page: 1 });
      expect(filters({ page: "abc", from: "31/01/2031" })).toMatchObject({ page: 1, from: undefined });
      // An entity id that is no uuid still filters (to nothing) without a database error.
      const none = await listAuditEntries(tx, admin, filters({ entityType: "organisation", entityId: "not-a-uuid" }));
      expect(none).toMatchObject({ entries: [], total: 0, page: 1, pageCount: 1 });
      const [count] = await queryRows<{ total: number }>(tx, sql`SELECT count(*)::int AS total FROM audit_log`);
      expect((await listAuditEntries(tx, admin, junk)).total).toBe(count!.total);
    });
  });
});
