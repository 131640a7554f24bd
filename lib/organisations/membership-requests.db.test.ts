import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { decideJoinRequest, listJoinRequests, listOwnerlessJoinRequests, mayDecideJoins, requestToJoin } from "./membership-requests";
import { loadViewer, type Viewer } from "../auth/viewer";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost";
const viewer = async (db: Executor, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
};
const newcomer = async (db: Executor, email: string): Promise<Viewer> => {
  const [row] = await db.insert(users).values({ email, name: "Nina Nouvelle" }).returning({ id: users.id });
  return (await loadViewer(db, row!.id))!;
};
const mailsTo = async (db: Executor, email: string) =>
  (await queryRows<{ template: string }>(db, sql`SELECT template FROM mail_outbox WHERE to_address = ${email} ORDER BY id`)).map((mail) => mail.template);

describe("requests to join an organisation", () => {
  it("go to its owner, who accepts: the person becomes an editor; others may not decide", async () => {
    await withRollback(handle.db, async (tx) => {
      const owner = await viewer(tx, "membre@alliances.example");
      const own = owner.memberships[0]!;
      const other = await viewer(tx, "membre2@alliances.example");
      const staff = await viewer(tx, "catalyseur@alliances.example");
      const nina = await newcomer(tx, "nina@test.example");

      expect(await requestToJoin(tx, null, { organisationSlug: own.slug, message: "" }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect(await requestToJoin(tx, owner, { organisationSlug: own.slug, message: "" }, URL)).toEqual({ ok: false, error: "already_member" });
      expect(await requestToJoin(tx, nina, { organisationSlug: "nobody", message: "" }, URL)).toEqual({ ok: false, error: "not_found" });
      expect(await requestToJoin(tx, nina, { organisationSlug: own.slug, message: "x".repeat(1_001) }, URL)).toEqual({ ok: false, error: "message" });
      expect(await requestToJoin(tx, nina, { organisationSlug: own.slug, message: "Je suis la nouvelle trésorière." }, URL)).toMatchObject({ ok: true });
      expect(await requestToJoin(tx, nina, { organisationSlug: own.slug, message: "" }, URL)).toEqual({ ok: false, error: "already_requested" });
      expect(await mailsTo(tx, owner.email)).toEqual(["join.requested"]);

      // Only the owner (and admins) decide: not another member, not the catalyst while there is an owner.
      expect(await mayDecideJoins(tx, owner, own.organisationId)).toBe(true);
      expect(await mayDecideJoins(tx, other, own.organisationId)).toBe(false);
      expect(await mayDecideJoins(tx, staff, own.organisationId)).toBe(false);
      expect(await listJoinRequests(tx, other, own.organisationId)).toEqual([]);
      const [request] = await listJoinRequests(tx, owner, own.organisationId);
      expect(request).toMatchObject({ personEmail: "nina@test.example", message: "Je suis la nouvelle trésorière." });
      expect(await decideJoinRequest(tx, other, { requestId: request!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect(await decideJoinRequest(tx, owner, { requestId: request!.id, accept: true }, URL)).toEqual({ ok: true });
      expect(await decideJoinRequest(tx, owner, { requestId: request!.id, accept: true }, URL)).toEqual({ ok: false, error: "not_found" });

      const joined = await viewer(tx, "nina@test.example");
      expect(joined.memberships).toMatchObject([{ organisationId: own.organisationId, role: "editor" }]);
      expect(await mailsTo(tx, "nina@test.example")).toEqual(["join.accepted"]);
    });
  });

  it("for an organisation without an owner, the covering catalyst decides and the first member becomes its owner", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewer(tx, "catalyseur@alliances.example");
      const otherStaff = await viewer(tx, "catalyseur2@alliances.example");
      const [ownerless] = await queryRows<{ id: string; slug: string }>(
        tx,
        sql`SELECT o.id, o.slug FROM organisations o
            JOIN communes c ON c.code = o.commune_code
            JOIN catalyst_coverage cc ON cc.catalyst_id = ${staff.catalysts[0]!.catalystId}
              AND ((cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code) OR (cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code))
            WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)
            ORDER BY o.slug LIMIT 1`,
      );
      const nina = await newcomer(tx, "nina2@test.example");
      expect(await requestToJoin(tx, nina, { organisationSlug: ownerless!.slug, message: "" }, URL)).toMatchObject({ ok: true });
      expect(await mailsTo(tx, staff.email)).toContain("join.requested");
      expect((await listOwnerlessJoinRequests(tx, staff)).map((item) => item.organisationSlug)).toContain(ownerless!.slug);
      expect((await listOwnerlessJoinRequests(tx, otherStaff)).map((item) => item.organisationSlug)).not.toContain(ownerless!.slug);
      const [request] = await listJoinRequests(tx, staff, ownerless!.id);
      expect(await decideJoinRequest(tx, otherStaff, { requestId: request!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });

      // A refusal may be asked again; then an acceptance makes the person the owner.
      expect(await decideJoinRequest(tx, staff, { requestId: request!.id, accept: false }, URL)).toEqual({ ok: true });
      expect((await viewer(tx, "nina2@test.example")).memberships).toEqual([]);
      expect(await requestToJoin(tx, nina, { organisationSlug: ownerless!.slug, message: "Vraiment." }, URL)).toMatchObject({ ok: true });
      const [again] = await listJoinRequests(tx, staff, ownerless!.id);
      expect(await decideJoinRequest(tx, staff, { requestId: again!.id, accept: true }, URL)).toEqual({ ok: true });
      expect((await viewer(tx, "nina2@test.example")).memberships).toMatchObject([{ organisationId: ownerless!.id, role: "owner" }]);
    });
  });

  it("are never decided by the person who asked, and an admin does not overrule an organisation's owners", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewer(tx, "catalyseur@alliances.example");
      const [ownerless] = await queryRows<{ id: string; slug: string }>(
        tx,
        sql`SELECT o.id, o.slug FROM organisations o
            JOIN communes c ON c.code = o.commune_code
            JOIN catalyst_coverage cc ON cc.catalyst_id = ${staff.catalysts[0]!.catalystId}
              AND ((cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code) OR (cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code))
            WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)
            ORDER BY o.slug LIMIT 1`,
      );
      // A catalyst's staff asks to join an ownerless organisation of its own territory: it cannot approve itself.
      expect(await requestToJoin(tx, staff, { organisationSlug: ownerless!.slug, message: "Je reprends cette fiche." }, URL)).toMatchObject({ ok: true });
      const [own] = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM membership_requests WHERE user_id = ${staff.id} AND organisation_id = ${ownerless!.id}`,
      );
      expect(await decideJoinRequest(tx, staff, { requestId: own!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect((await listOwnerlessJoinRequests(tx, staff)).map((item) => item.id)).not.toContain(own!.id);
      expect((await listJoinRequests(tx, staff, ownerless!.id)).map((item) => item.id)).not.toContain(own!.id);
      expect((await viewer(tx, staff.email)).memberships.map((item) => item.organisationId)).not.toContain(ownerless!.id);
      // Somebody else is told to decide: the territory's other staff, else the admins (here: nobody else covers it).
      const [told] = await queryRows<{ count: number }>(
        tx,
        sql`SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'join.requested' AND to_address <> ${staff.email}`,
      );
      expect(told!.count).toBeGreaterThan(0);
      expect(await mailsTo(tx, staff.email)).not.toContain("join.requested");

      // An admin asks too: it may not approve its own request either; another admin may.
      const admin = await viewer(tx, "admin@alliances.example");
      expect(await requestToJoin(tx, admin, { organisationSlug: ownerless!.slug, message: "" }, URL)).toMatchObject({ ok: true });
      const [adminsOwn] = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM membership_requests WHERE user_id = ${admin.id} AND organisation_id = ${ownerless!.id}`,
      );
      expect(await decideJoinRequest(tx, admin, { requestId: adminsOwn!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect((await listOwnerlessJoinRequests(tx, admin)).map((item) => item.id)).not.toContain(adminsOwn!.id);
      const [secondAdminRow] = await tx.insert(users).values({ email: "admin2@test.example", isAdmin: true }).returning({ id: users.id });
      const secondAdmin = (await loadViewer(tx, secondAdminRow!.id))!;
      expect(await decideJoinRequest(tx, secondAdmin, { requestId: adminsOwn!.id, accept: false }, URL)).toEqual({ ok: true });
      // The staff member's request is decided by someone else: here the admin, as the organisation has no owner.
      expect(await decideJoinRequest(tx, admin, { requestId: own!.id, accept: true }, URL)).toEqual({ ok: true });

      // Where there are owners, only they decide, whoever asks: an admin's request to join is theirs to answer.
      const owner = await viewer(tx, "membre@alliances.example");
      const owned = owner.memberships[0]!;
      expect(await mayDecideJoins(tx, admin, owned.organisationId)).toBe(false);
      expect(await requestToJoin(tx, admin, { organisationSlug: owned.slug, message: "" }, URL)).toMatchObject({ ok: true });
      const [toOwners] = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM membership_requests WHERE user_id = ${admin.id} AND organisation_id = ${owned.organisationId}`,
      );
      expect(await decideJoinRequest(tx, admin, { requestId: toOwners!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect(await decideJoinRequest(tx, secondAdmin, { requestId: toOwners!.id, accept: true }, URL)).toEqual({ ok: false, error: "forbidden" });
      expect((await listJoinRequests(tx, admin, owned.organisationId)).length).toBe(0);
      expect(await decideJoinRequest(tx, owner, { requestId: toOwners!.id, accept: false }, URL)).toEqual({ ok: true });
    });
  });

  it("to an unpublished organisation answer exactly as to an unknown one", async () => {
    await withRollback(handle.db, async (tx) => {
      const nina = await newcomer(tx, "nina3@test.example");
      for (const status of ["pending", "draft", "suspended"] as const) {
        const [row] = await queryRows<{ slug: string }>(tx, sql`SELECT slug FROM organisations WHERE status = 'published' ORDER BY slug OFFSET 40 LIMIT 1`);
        await tx.execute(sql`UPDATE organisations SET status = ${status} WHERE slug = ${row!.slug}`);
        expect(await requestToJoin(tx, nina, { organisationSlug: row!.slug, message: "" }, URL), status).toEqual(
          await requestToJoin(tx, nina, { organisationSlug: "nobody-at-all", message: "" }, URL),
        );
        await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE slug = ${row!.slug}`);
      }
      const [written] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM membership_requests WHERE user_id = ${nina.id}`);
      expect(written!.count).toBe(0);
    });
  });
});
