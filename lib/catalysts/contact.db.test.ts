import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { CATALYST_CONTACT_PER_USER, contactCatalyst } from "./contact";
import { CONTACT_MESSAGE_LENGTH } from "./schemas";
import { loadViewer, type Viewer } from "../auth/viewer";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const viewer = async (db: Executor, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
};
const MESSAGE = "Bonjour, notre association voudrait rejoindre les rencontres du territoire.";

describe("contacting a catalyst", () => {
  it("sends the message to its staff and private address with the sender's address, never showing theirs", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const staff = await viewer(tx, "catalyseur@alliances.example");
      const catalyst = staff.catalysts[0]!;
      await tx.execute(sql`UPDATE catalysts SET contact_email = 'equipe.privee@catalyseur.example', contact_public = false WHERE id = ${catalyst.catalystId}`);

      expect(await contactCatalyst(tx, null, { catalystSlug: catalyst.slug, message: MESSAGE }, "http://localhost")).toEqual({ ok: false, error: "forbidden" });
      expect(await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: "Bonjour" }, "http://localhost")).toEqual({
        ok: false,
        error: "message",
      });
      expect(await contactCatalyst(tx, member, { catalystSlug: "nobody", message: MESSAGE }, "http://localhost")).toEqual({ ok: false, error: "not_found" });
      // The form's schema is lib's: its bounds count once trimmed, and a slug no catalyst could have names none.
      expect(
        await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: `  ${"x".repeat(CONTACT_MESSAGE_LENGTH.min - 1)} ` }, "http://localhost"),
      ).toEqual({ ok: false, error: "message" });
      expect(
        await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: "x".repeat(CONTACT_MESSAGE_LENGTH.max + 1) }, "http://localhost"),
      ).toEqual({ ok: false, error: "message" });
      expect(await contactCatalyst(tx, member, { catalystSlug: "x".repeat(201), message: MESSAGE }, "http://localhost")).toEqual({
        ok: false,
        error: "not_found",
      });

      const result = await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: MESSAGE }, "http://localhost");
      expect(result).toEqual({ ok: true, recipients: 2 });
      expect(JSON.stringify(result)).not.toContain("equipe.privee");
      const mails = await queryRows<{ to: string; text: string }>(
        tx,
        sql`SELECT to_address AS to, text_body AS text FROM mail_outbox WHERE template = 'catalyst-contact' ORDER BY to_address`,
      );
      expect(mails.map((mail) => mail.to)).toEqual(["catalyseur@alliances.example", "equipe.privee@catalyseur.example"]);
      for (const mail of mails) {
        expect(mail.text).toContain(MESSAGE);
        expect(mail.text).toContain("membre@alliances.example");
      }

      for (let sent = 1; sent < CATALYST_CONTACT_PER_USER.limit; sent += 1) {
        expect((await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: MESSAGE }, "http://localhost")).ok).toBe(true);
      }
      expect(await contactCatalyst(tx, member, { catalystSlug: catalyst.slug, message: MESSAGE }, "http://localhost")).toEqual({
        ok: false,
        error: "rateLimited",
      });
    });
  });

  it("goes to the network's admins when the catalyst has no staff and no address", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const [lonely] = await queryRows<{ slug: string }>(
        tx,
        sql`SELECT slug FROM catalysts c WHERE NOT EXISTS (SELECT 1 FROM catalyst_staff s WHERE s.catalyst_id = c.id) ORDER BY slug LIMIT 1`,
      );
      await tx.execute(sql`UPDATE catalysts SET contact_email = NULL WHERE slug = ${lonely!.slug}`);
      expect(await contactCatalyst(tx, member, { catalystSlug: lonely!.slug, message: MESSAGE }, "http://localhost")).toEqual({ ok: true, recipients: 1 });
      const [mail] = await queryRows<{ to: string }>(tx, sql`SELECT to_address AS to FROM mail_outbox WHERE template = 'catalyst-contact'`);
      expect(mail!.to).toBe("admin@alliances.example");
    });
  });
});
