import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { listModerationQueue, mayModerateOrganisation, moderateOrganisation, suspendOrganisation } from "./moderation";
import { loadViewer, type Viewer } from "../auth/viewer";
import { SUSPENSION_REASON_LENGTH } from "./schemas";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost:3000";

async function viewerByEmail(db: Executor, email: string): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
}

/** A pending organisation in the territory of catalyseur@'s catalyst, owned by `owner`. */
async function pendingOrganisationOf(db: Executor, staff: Viewer, owner: Viewer, status: "pending" | "published" = "pending"): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, status, description)
        SELECT 'auto-inscrite-' || c.code, 'Association auto-inscrite', 'association', c.code, c.lat, c.lon, ${status}, 'Une association de test.'
        FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code
        WHERE cc.catalyst_id = ${staff.catalysts[0]!.catalystId} ORDER BY c.population DESC NULLS LAST LIMIT 1
        RETURNING id`,
  );
  await db.insert(memberships).values({ userId: owner.id, organisationId: row!.id, role: "owner" });
  return row!.id;
}

describe("moderating an organisation one belongs to", () => {
  it("is refused to its catalyst's staff and to admins alike: someone else approves it", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const admin = await viewerByEmail(tx, "admin@alliances.example");
      // The catalyst registered an organisation of its own territory: it owns it, pending.
      const id = await pendingOrganisationOf(tx, staff, staff);
      const self = await viewerByEmail(tx, staff.email);
      expect(await mayModerateOrganisation(tx, self, id)).toBe(false);
      expect((await listModerationQueue(tx, self)).map((item) => item.id)).not.toContain(id);
      await expect(moderateOrganisation(tx, self, { organisationId: id, decision: "approve", message: "" }, URL)).rejects.toBeInstanceOf(ForbiddenError);
      const [still] = await tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, id));
      expect(still!.status).toBe("pending");

      // An admin who belongs to it is in the same place; an admin who does not decides.
      await tx.insert(memberships).values({ userId: admin.id, organisationId: id, role: "editor" });
      const adminMember = await viewerByEmail(tx, admin.email);
      expect(await mayModerateOrganisation(tx, adminMember, id)).toBe(false);
      expect((await listModerationQueue(tx, adminMember)).map((item) => item.id)).not.toContain(id);
      const [other] = await tx.insert(users).values({ email: "admin-independant@test.example", isAdmin: true }).returning({ id: users.id });
      const independent = (await loadViewer(tx, other!.id))!;
      expect((await listModerationQueue(tx, independent)).map((item) => item.id)).toContain(id);
      await moderateOrganisation(tx, independent, { organisationId: id, decision: "approve", message: "" }, URL);
      const [approved] = await tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, id));
      expect(approved!.status).toBe("published");

      // Suspending is moderating too: not by a member of it.
      await expect(suspendOrganisation(tx, self, { organisationId: id, reason: "Je me suspends moi-même" }, URL)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  it("suspension by the territory's catalyst: published organisations of its territory only, with a reason, never elsewhere", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const otherStaff = await viewerByEmail(tx, "catalyseur2@alliances.example");
      const member = await viewerByEmail(tx, "membre2@alliances.example");
      const owner = await viewerByEmail(tx, "membre@alliances.example");
      const id = await pendingOrganisationOf(tx, staff, owner, "published");
      for (const intruder of [null, otherStaff, member, owner]) {
        await expect(suspendOrganisation(tx, intruder, { organisationId: id, reason: "Site web douteux" }, URL)).rejects.toBeInstanceOf(ForbiddenError);
      }
      await expect(suspendOrganisation(tx, staff, { organisationId: id, reason: "  " }, URL)).rejects.toBeInstanceOf(InvalidInputError);
      // The form's limit is lib's: a reason too long for the form is refused here too.
      await expect(suspendOrganisation(tx, staff, { organisationId: id, reason: "x".repeat(SUSPENSION_REASON_LENGTH.max + 1) }, URL)).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await suspendOrganisation(tx, staff, { organisationId: id, reason: "Site web remplacé par un lien frauduleux" }, URL);
      const [row] = await tx.select({ status: organisations.status, note: organisations.moderationNote }).from(organisations).where(eq(organisations.id, id));
      expect(row).toEqual({ status: "suspended", note: "Site web remplacé par un lien frauduleux" });
      const mails = await queryRows<{ template: string; text: string }>(
        tx,
        sql`SELECT template, text_body AS text FROM mail_outbox WHERE to_address = ${owner.email} ORDER BY id DESC LIMIT 1`,
      );
      expect(mails[0]).toMatchObject({ template: "organisation-suspended" });
      expect(mails[0]!.text).toContain("lien frauduleux");
      const [audit] = await queryRows<{ actor: string; action: string }>(
        tx,
        sql`SELECT actor_user_id AS actor, action FROM audit_log WHERE entity_id = ${id} ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toEqual({ actor: staff.id, action: "organisation.suspend" });
    });
  });
});

describe("the members' mails", () => {
  it("are written in each member's language: the decision, then the suspension", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const [english] = await tx.insert(users).values({ email: "english-owner@test.example", locale: "en" }).returning({ id: users.id });
      const [french] = await tx.insert(users).values({ email: "french-editor@test.example" }).returning({ id: users.id });
      const id = await pendingOrganisationOf(tx, staff, (await loadViewer(tx, english!.id))!);
      await tx.insert(memberships).values({ userId: french!.id, organisationId: id, role: "editor" });
      const lastMail = async (to: string) =>
        (
          await queryRows<{ subject: string; text: string }>(
            tx,
            sql`SELECT subject, text_body AS text FROM mail_outbox WHERE to_address = ${to} ORDER BY id DESC LIMIT 1`,
          )
        )[0];

      await moderateOrganisation(tx, staff, { organisationId: id, decision: "approve", message: "" }, URL);
      expect(await lastMail("english-owner@test.example")).toMatchObject({ subject: "Association auto-inscrite is published" });
      expect(await lastMail("french-editor@test.example")).toMatchObject({ subject: "Association auto-inscrite est publiée" });

      await suspendOrganisation(tx, staff, { organisationId: id, reason: "Site web remplacé par un lien frauduleux" }, URL);
      const suspended = await lastMail("english-owner@test.example");
      expect(suspended?.subject).toBe("Association auto-inscrite is suspended");
      expect(suspended?.text).toContain('"Site web remplacé par un lien frauduleux"');
      expect((await lastMail("french-editor@test.example"))?.subject).toBe("Association auto-inscrite est suspendue");
    });
  });
});
