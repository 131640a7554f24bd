import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { deleteOwnAccount } from "./accounts";
import { enqueueMail } from "../server/mail/outbox";
import { exportPersonalData } from "./personal-data";
import { loadViewer } from "../auth/viewer";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("personal data", () => {
  it("exports everything about the user, and after deletion no row of any table names them", async () => {
    await withRollback(handle.db, async (tx) => {
      const email = "zoe.personne@donnees.example";
      const [user] = await tx.insert(users).values({ email, name: "Zoé Personne-Unique" }).returning({ id: users.id });
      const [organisation] = await queryRows<{ id: string; slug: string }>(
        tx,
        sql`SELECT id, slug FROM organisations WHERE status = 'published' ORDER BY slug LIMIT 1`,
      );
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${user!.id}, ${organisation!.id}, 'owner')`);
      await tx.execute(
        sql`UPDATE organisations SET contact_name = 'Zoé Personne-Unique', contact_email = ${email}, contact_phone = '01 99 00 12 34' WHERE id = ${organisation!.id}`,
      );
      await tx.execute(sql`INSERT INTO notifications (user_id, kind, data) VALUES (${user!.id}, 'join.accepted', '{"organisation":"X"}')`);
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('zoe-session', ${user!.id}, now() + interval '1 day')`);
      await tx.execute(sql`INSERT INTO verification_tokens (identifier, token, expires) VALUES (${email}, 'zoe-token', now() + interval '10 minutes')`);
      await tx.execute(
        sql`INSERT INTO audit_log (actor_user_id, action, entity_type, changes) VALUES (NULL, 'membership.accepted', 'organisation', ${JSON.stringify({ userId: user!.id })}::jsonb)`,
      );
      await enqueueMail(tx, { to: email, subject: "Votre lien", text: `Bonjour ${email}`, template: "sign-in" });
      const viewer = (await loadViewer(tx, user!.id))!;

      await expect(exportPersonalData(tx, null)).rejects.toThrow();
      const data = await exportPersonalData(tx, viewer);
      expect(data.account).toMatchObject({ email, name: "Zoé Personne-Unique" });
      expect(data.memberships).toMatchObject([{ slug: organisation!.slug, role: "owner" }]);
      expect(data.contactPersonOf).toMatchObject([{ contactEmail: email, contactPhone: "01 99 00 12 34" }]);
      expect(data.notifications).toHaveLength(1);
      expect(data.sessions).toHaveLength(1);
      expect(data.mails).toMatchObject([{ subject: "Votre lien" }]);

      // Without the typed address (or with another), nothing is deleted.
      expect(await deleteOwnAccount(tx, viewer, "")).toBe("unconfirmed");
      expect(await deleteOwnAccount(tx, viewer, "quelquun@donnees.example")).toBe("unconfirmed");
      expect(await tx.select({ id: users.id }).from(users).where(eq(users.email, email))).toHaveLength(1);
      expect(await deleteOwnAccount(tx, viewer, ` ${email.toUpperCase()} `)).toBe("deleted");
      // Every table, every column: nothing left that says who they were.
      const tables = await queryRows<{ name: string }>(
        tx,
        sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.length).toBeGreaterThan(15);
      const remaining: string[] = [];
      for (const { name } of tables) {
        const [row] = await queryRows<{ count: number }>(
          tx,
          sql`SELECT count(*)::int AS count FROM ${sql.identifier(name)} t WHERE t::text ILIKE ${`%${email}%`} OR t::text ILIKE '%Personne-Unique%' OR t::text LIKE ${`%${user!.id}%`}`,
        );
        if (row!.count > 0) remaining.push(`${name}: ${row!.count}`);
      }
      expect(remaining).toEqual([]);
      expect(await tx.select().from(users).where(eq(users.email, email))).toEqual([]);
      // The organisation stays, without its contact person.
      const [kept] = await queryRows<{ status: string; contactEmail: string | null }>(
        tx,
        sql`SELECT status, contact_email AS "contactEmail" FROM organisations WHERE id = ${organisation!.id}`,
      );
      expect(kept).toEqual({ status: "published", contactEmail: null });
    });
  });
});
