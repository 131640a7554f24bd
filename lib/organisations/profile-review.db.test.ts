import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { requestIntroduction } from "../introductions/requests";
import { updateOrganisationAbout, updateOrganisationIdentity } from "./editing";
import { listRecentProfileChanges, revertProfileChange } from "./profile-review";
import { loadViewer, type Viewer } from "../auth/viewer";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost:3000";
const MESSAGE = "Bonjour, nous aimerions vous rencontrer pour monter un projet ensemble sur le territoire.";
const about = { themes: ["youth"], odd: ["4"], objectives: [], description: "Une description assez longue pour passer la validation." };

async function viewerByEmail(db: Executor, email: string): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
}

/** membre@'s published organisation, in the territory of catalyseur@'s catalyst, and the cast around it. */
async function cast(db: Executor) {
  const member = await viewerByEmail(db, "membre@alliances.example");
  const staff = await viewerByEmail(db, "catalyseur@alliances.example");
  const otherStaff = await viewerByEmail(db, "catalyseur2@alliances.example");
  const admin = await viewerByEmail(db, "admin@alliances.example");
  const own = member.memberships.find((item) => item.status === "published")!;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, own.organisationId));
  return { member, staff, otherStaff, admin, organisation: row!, catalystSlug: staff.catalysts[0]!.slug };
}

/** The identity form as sent: every field, the organisation's values unless changed. */
const identity = (organisation: { name: string; siren: string | null; siret: string | null; rna: string | null }, changes: Record<string, string> = {}) => ({
  name: organisation.name,
  siren: organisation.siren ?? "",
  siret: organisation.siret ?? "",
  rna: organisation.rna ?? "",
  ...changes,
});
const current = async (db: Executor, id: string) => (await db.select().from(organisations).where(eq(organisations.id, id)))[0]!;
const mailsTo = async (db: Executor, email: string) =>
  (await queryRows<{ template: string }>(db, sql`SELECT template FROM mail_outbox WHERE to_address = ${email} ORDER BY id`)).map((row) => row.template);

describe("changes to a published profile", () => {
  it("a new website goes live, shows in the catalyst's recent changes with its old and new value, and the catalyst can revert it", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const old = c.organisation.website;
      expect(await updateOrganisationAbout(tx, c.member, c.organisation.slug, { ...about, website: "https://hameconnage.example" }, URL)).toEqual({ ok: true });
      expect((await current(tx, c.organisation.id)).website).toBe("https://hameconnage.example");
      expect((await current(tx, c.organisation.id)).status).toBe("published");

      const [change] = await listRecentProfileChanges(tx, c.staff, c.catalystSlug);
      expect(change).toMatchObject({
        organisation: { id: c.organisation.id, status: "published" },
        by: "member",
        fields: [{ field: "website", from: old, to: "https://hameconnage.example" }],
        review: false,
        reverted: false,
        canAct: true,
      });
      // Only this catalyst's staff and admins see them.
      expect((await listRecentProfileChanges(tx, c.admin, c.catalystSlug))[0]!.id).toBe(change!.id);
      for (const outsider of [null, c.member, c.otherStaff]) {
        await expect(listRecentProfileChanges(tx, outsider, c.catalystSlug)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(revertProfileChange(tx, outsider, change!.id, URL)).rejects.toBeInstanceOf(ForbiddenError);
      }

      const before = (await mailsTo(tx, c.member.email)).length;
      expect(await revertProfileChange(tx, c.staff, change!.id, URL)).toEqual({ fields: [{ field: "website", from: old, to: "https://hameconnage.example" }] });
      expect((await current(tx, c.organisation.id)).website).toBe(old);
      expect((await mailsTo(tx, c.member.email)).slice(before)).toEqual(["profile-change-reverted"]);
      expect((await listRecentProfileChanges(tx, c.staff, c.catalystSlug)).find((item) => item.id === change!.id)?.reverted).toBe(true);
      await expect(revertProfileChange(tx, c.staff, change!.id, URL)).rejects.toThrow(ConflictError);
    });
  });

  it("a revert leaves alone a field changed again since", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { name: "Nouveau nom douteux" }), URL);
      const [change] = await listRecentProfileChanges(tx, c.staff, c.catalystSlug);
      await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { name: "Encore un autre nom" }), URL);
      await expect(revertProfileChange(tx, c.staff, change!.id, URL)).rejects.toThrow("changed");
      expect((await current(tx, c.organisation.id)).name).toBe("Encore un autre nom");
    });
  });

  it("new identifiers send the profile back to moderation: it leaves the directory, its pending introductions are closed, its moderators are asked", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const other = await viewerByEmail(tx, "membre2@alliances.example");
      const from = other.memberships.find((item) => item.status === "published")!;
      const pending = await requestIntroduction(tx, other, { fromOrganisationId: from.organisationId, toSlug: c.organisation.slug, message: MESSAGE }, URL);
      const result = await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { siren: "732829320", siret: "" }), URL);
      expect(result).toEqual({ ok: true, review: true });
      const after = await current(tx, c.organisation.id);
      expect([after.status, after.siren]).toEqual(["pending", "732829320"]);
      const [intro] = await queryRows<{ status: string }>(tx, sql`SELECT status FROM introductions WHERE id = ${pending.id}`);
      expect(intro!.status).toBe("withdrawn");
      expect(await mailsTo(tx, c.staff.email)).toContain("moderation-changed");
      expect(await mailsTo(tx, c.member.email)).not.toContain("moderation-changed");

      const [change] = await listRecentProfileChanges(tx, c.staff, c.catalystSlug);
      expect(change).toMatchObject({
        review: true,
        organisation: { status: "pending" },
        fields: [{ field: "siren", from: c.organisation.siren, to: "732829320" }],
      });
      // Reverting the identifiers leaves nothing to review: the profile is published again, with its old SIREN.
      await revertProfileChange(tx, c.staff, change!.id, URL);
      const reverted = await current(tx, c.organisation.id);
      expect([reverted.status, reverted.siren]).toEqual(["published", c.organisation.siren]);
    });
  });

  it("tells the moderators and the members in the language of their account", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      await tx.update(users).set({ locale: "en" }).where(eq(users.id, c.staff.id));
      const lastSubject = async (email: string, template: string) =>
        (
          await queryRows<{ subject: string }>(
            tx,
            sql`SELECT subject FROM mail_outbox WHERE to_address = ${email} AND template = ${template} ORDER BY id DESC LIMIT 1`,
          )
        )[0]?.subject;
      await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { siren: "732829320", siret: "" }), URL);
      expect(await lastSubject(c.staff.email, "moderation-changed")).toBe(`Changed organisation to approve: ${c.organisation.name}`);
      const [change] = await listRecentProfileChanges(tx, c.staff, c.catalystSlug);
      await revertProfileChange(tx, c.staff, change!.id, URL);
      expect(await lastSubject(c.member.email, "profile-change-reverted")).toBe(`${c.organisation.name} : une modification a été annulée`);
    });
  });

  it("bad identifiers are refused with the field at fault and nothing written; an admin's own edit needs no review", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const bad = await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { siren: "123456789", siret: "" }), URL);
      expect(bad).toMatchObject({ ok: false, errors: { siren: expect.stringMatching(/SIREN/) } });
      expect((await current(tx, c.organisation.id)).siren).toBe(c.organisation.siren);
      expect(await listRecentProfileChanges(tx, c.staff, c.catalystSlug)).toEqual([]);

      expect(await updateOrganisationIdentity(tx, c.admin, c.organisation.slug, identity(c.organisation, { siren: "732829320", siret: "" }), URL)).toEqual({
        ok: true,
        review: false,
      });
      expect((await current(tx, c.organisation.id)).status).toBe("published");
      expect((await listRecentProfileChanges(tx, c.staff, c.catalystSlug))[0]).toMatchObject({ by: "admin", review: false });
    });
  });

  it("a catalyst who belongs to the organisation sees the change but may not revert it", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      await tx.insert(memberships).values({ userId: c.staff.id, organisationId: c.organisation.id, role: "editor" });
      const staffMember = (await loadViewer(tx, c.staff.id))!;
      await updateOrganisationIdentity(tx, c.member, c.organisation.slug, identity(c.organisation, { name: "Un nouveau nom" }), URL);
      const [change] = await listRecentProfileChanges(tx, staffMember, c.catalystSlug);
      expect(change!.canAct).toBe(false);
      await expect(revertProfileChange(tx, staffMember, change!.id, URL)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  it("changes of an organisation not yet published are not the catalyst's recent changes (they are reviewed anyway)", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      await tx.update(organisations).set({ status: "draft" }).where(eq(organisations.id, c.organisation.id));
      await updateOrganisationIdentity(
        tx,
        c.member,
        c.organisation.slug,
        identity(c.organisation, { name: "Nom pendant le brouillon", siren: "732829320", siret: "" }),
        URL,
      );
      expect((await current(tx, c.organisation.id)).status).toBe("draft");
      expect(await listRecentProfileChanges(tx, c.staff, c.catalystSlug)).toEqual([]);
    });
  });
});
