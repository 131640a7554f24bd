import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAuthAdapter } from "@/lib/auth/adapter";
import { enqueueMail } from "@/lib/server/mail/outbox";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { deleteUserAccount, exportUserData, getUserForAdmin, OwnAccountError, searchUsers, setUserAdmin, setUserDisabled } from "./users";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function newViewer(db: Executor, email: string, name: string, admin = false): Promise<Viewer> {
  const [row] = await db.insert(users).values({ email, name, isAdmin: admin }).returning({ id: users.id });
  return (await loadViewer(db, row!.id))!;
}

async function auditActions(db: Executor, entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = ${entityId} ORDER BY id`);
  return rows.map((row) => row.action);
}

describe("users in the back-office", () => {
  it("refuse anyone but an admin, in every function", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await newViewer(tx, "membre.simple@admin-users.example", "Membre Simple");
      const target = await newViewer(tx, "cible@admin-users.example", "Cible");
      for (const viewer of [null, member]) {
        await expect(searchUsers(tx, viewer, {})).rejects.toThrow(ForbiddenError);
        await expect(getUserForAdmin(tx, viewer, target.id)).rejects.toThrow(ForbiddenError);
        await expect(setUserAdmin(tx, viewer, target.id, true)).rejects.toThrow(ForbiddenError);
        await expect(setUserAdmin(tx, viewer, member.id, true)).rejects.toThrow(ForbiddenError);
        await expect(setUserDisabled(tx, viewer, target.id, true)).rejects.toThrow(ForbiddenError);
        await expect(exportUserData(tx, viewer, target.id)).rejects.toThrow(ForbiddenError);
        await expect(deleteUserAccount(tx, viewer, target.id)).rejects.toThrow(ForbiddenError);
      }
      const [after] = await queryRows<{ isAdmin: boolean; disabled: boolean }>(
        tx,
        sql`SELECT is_admin AS "isAdmin", disabled_at IS NOT NULL AS disabled FROM users WHERE id = ${target.id}`,
      );
      expect(after).toEqual({ isAdmin: false, disabled: false });
      expect(await auditActions(tx, target.id)).toEqual([]);
    });
  });

  it("find users by e-mail or name, a page at a time, with their roles", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await newViewer(tx, "admin.recherche@admin-users.example", "Admin Recherche", true);
      for (let index = 0; index < 27; index += 1) await newViewer(tx, `page-${index}@pagination-zz.example`, `Paginé ${index}`);
      const named = await newViewer(tx, "quelquun@ailleurs.example", "Hortense Introuvable-Ailleurs");
      const first = await searchUsers(tx, admin, { query: "PAGINATION-ZZ" });
      expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
      expect(first.items).toHaveLength(25);
      const second = await searchUsers(tx, admin, { query: "pagination-zz", page: 2 });
      expect(second.items).toHaveLength(2);
      expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(27);
      expect((await searchUsers(tx, admin, { query: "introuvable" })).items.map((item) => item.id)).toEqual([named.id]);
      // Wildcards are plain characters here.
      expect((await searchUsers(tx, admin, { query: "%" })).total).toBe(0);
      const [organisation] = await queryRows<{ id: string; slug: string }>(
        tx,
        sql`SELECT id, slug FROM organisations WHERE status = 'published' ORDER BY slug LIMIT 1`,
      );
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${named.id}, ${organisation!.id}, 'owner')`);
      const detail = await getUserForAdmin(tx, admin, named.id);
      expect(detail).toMatchObject({
        email: "quelquun@ailleurs.example",
        isAdmin: false,
        disabledAt: null,
        memberships: [{ slug: organisation!.slug, role: "owner" }],
      });
      expect(await getUserForAdmin(tx, admin, "no-such-user")).toBeNull();
    });
  });

  it("make and unmake admins, with an audit row, but never demote oneself", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await newViewer(tx, "admin.roles@admin-users.example", "Admin Rôles", true);
      const target = await newViewer(tx, "futur.admin@admin-users.example", "Futur Admin");
      await setUserAdmin(tx, admin, target.id, true);
      expect((await loadViewer(tx, target.id))!.isAdmin).toBe(true);
      await setUserAdmin(tx, admin, target.id, true);
      await setUserAdmin(tx, admin, target.id, false);
      expect((await loadViewer(tx, target.id))!.isAdmin).toBe(false);
      // The repeated grant changed nothing, so it is not in the trail.
      expect(await auditActions(tx, target.id)).toEqual(["user.admin_granted", "user.admin_revoked"]);
      const [row] = await queryRows<{ actor: string; changes: unknown }>(
        tx,
        sql`SELECT actor_user_id AS actor, changes FROM audit_log WHERE entity_id = ${target.id} ORDER BY id LIMIT 1`,
      );
      expect(row).toEqual({ actor: admin.id, changes: { isAdmin: { from: false, to: true } } });

      await expect(setUserAdmin(tx, admin, admin.id, false)).rejects.toThrow(OwnAccountError);
      await expect(setUserDisabled(tx, admin, admin.id, true)).rejects.toThrow(OwnAccountError);
      await expect(deleteUserAccount(tx, admin, admin.id)).rejects.toThrow(OwnAccountError);
      const self = (await loadViewer(tx, admin.id))!;
      expect(self.isAdmin).toBe(true);
      await expect(setUserAdmin(tx, admin, "no-such-user", true)).rejects.toThrow(NotFoundError);
      await expect(setUserDisabled(tx, admin, "no-such-user", true)).rejects.toThrow(NotFoundError);
    });
  });

  it("disabling ends the user's sessions at once, and their session is refused on the next request; enabling lets them sign in again", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await newViewer(tx, "admin.desactive@admin-users.example", "Admin Désactive", true);
      const target = await newViewer(tx, "a.desactiver@admin-users.example", "À Désactiver");
      const expires = new Date(Date.now() + 24 * 3600 * 1000);
      await tx.execute(
        sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('desactive-1', ${target.id}, ${expires.toISOString()}), ('desactive-2', ${target.id}, ${expires.toISOString()})`,
      );
      const adapter = createAuthAdapter(tx);
      expect(await adapter.getSessionAndUser!("desactive-1")).toMatchObject({ user: { id: target.id } });

      await setUserDisabled(tx, admin, target.id, true);
      const [left] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM sessions WHERE user_id = ${target.id}`);
      expect(left!.count).toBe(0);
      expect(await adapter.getSessionAndUser!("desactive-1")).toBeNull();
      expect(await loadViewer(tx, target.id)).toBeNull();
      expect(await auditActions(tx, target.id)).toEqual(["user.disabled"]);

      await setUserDisabled(tx, admin, target.id, false);
      expect(await loadViewer(tx, target.id)).not.toBeNull();
      expect(await auditActions(tx, target.id)).toEqual(["user.disabled", "user.enabled"]);
    });
  });

  it("download a user's data for them, then delete their account: nothing of them is left, not even in the audit trail", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await newViewer(tx, "admin.rgpd@admin-users.example", "Admin RGPD", true);
      const email = "octave.demandeur@rgpd-admin.example";
      const name = "Octave Effacé-Partout";
      const target = await newViewer(tx, email, name);
      const [organisation] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM organisations WHERE status = 'published' ORDER BY slug DESC LIMIT 1`);
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${target.id}, ${organisation!.id}, 'editor')`);
      await tx.execute(sql`UPDATE organisations SET contact_name = ${name}, contact_email = ${email} WHERE id = ${organisation!.id}`);
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('octave-session', ${target.id}, now() + interval '1 day')`);
      await enqueueMail(tx, { to: email, subject: "Bienvenue", text: `Bonjour ${name}`, template: "test" });

      const data = await exportUserData(tx, admin, target.id);
      expect(data.account).toMatchObject({ email, name });
      expect(data.memberships).toHaveLength(1);
      expect(data.contactPersonOf).toMatchObject([{ contactEmail: email }]);
      expect(await auditActions(tx, target.id)).toEqual(["user.data_exported"]);
      // The trail records the download, not what was downloaded.
      const [exported] = await queryRows<{ text: string }>(tx, sql`SELECT t::text AS text FROM audit_log t WHERE entity_id = ${target.id}`);
      expect(exported!.text).not.toContain(email);

      await setUserDisabled(tx, admin, target.id, true);
      await deleteUserAccount(tx, admin, target.id);
      await expect(exportUserData(tx, admin, target.id)).rejects.toThrow(NotFoundError);
      await expect(deleteUserAccount(tx, admin, target.id)).rejects.toThrow(NotFoundError);

      const tables = await queryRows<{ name: string }>(
        tx,
        sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.length).toBeGreaterThan(15);
      const remaining: string[] = [];
      for (const { name: table } of tables) {
        const [row] = await queryRows<{ count: number }>(
          tx,
          sql`SELECT count(*)::int AS count FROM ${sql.identifier(table)} t WHERE t::text ILIKE ${`%${email}%`} OR t::text ILIKE '%Effacé-Partout%' OR t::text LIKE ${`%${target.id}%`}`,
        );
        if (row!.count > 0) remaining.push(`${table}: ${row!.count}`);
      }
      expect(remaining).toEqual([]);
      // The trail keeps who acted and what was done, about an account it can no longer name.
      const trail = await queryRows<{ action: string; actor: string }>(
        tx,
        sql`SELECT action, actor_user_id AS actor FROM audit_log WHERE actor_user_id = ${admin.id} AND entity_type = 'user' ORDER BY id`,
      );
      expect(trail.map((row) => row.action)).toEqual(["user.data_exported", "user.disabled", "user.deleted"]);
    });
  });
});
