import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { CATALYST_CONTACT_PER_CLIENT, CATALYST_CONTACT_PER_USER, contactCatalyst, issueCatalystContactToken, type ContactVisitor } from "./contact";
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

      // Without an account and without the visitor's fields: refused (the visitor's path is below).
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

  describe("by a visitor without an account", () => {
    const shownAt = new Date("2026-12-01T10:00:00Z");
    const later = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);
    const visitorOf = async (db: Executor, extra: Partial<ContactVisitor> = {}): Promise<ContactVisitor> => ({
      email: "Curieuse@Exemple.fr",
      name: "Jeanne Curieuse",
      client: "203.0.113.7",
      formToken: await issueCatalystContactToken(db, shownAt),
      trap: "",
      ...extra,
    });
    const catalystSlugOf = async (db: Executor) => (await viewer(db, "catalyseur@alliances.example")).catalysts[0]!.slug;

    it("passes a first question to the catalyst, with the visitor's address marked as not verified", async () => {
      await withRollback(handle.db, async (tx) => {
        const catalystSlug = await catalystSlugOf(tx);
        const result = await contactCatalyst(tx, null, { catalystSlug, message: MESSAGE, visitor: await visitorOf(tx) }, "http://localhost", later(30));
        expect(result.ok).toBe(true);
        const mails = await queryRows<{ text: string }>(tx, sql`SELECT text_body AS text FROM mail_outbox WHERE template = 'catalyst-contact'`);
        expect(mails.length).toBeGreaterThan(0);
        for (const mail of mails) {
          expect(mail.text).toContain("Jeanne Curieuse <curieuse@exemple.fr>, un visiteur sans compte");
          expect(mail.text).toContain("n'a pas été vérifiée");
          expect(mail.text).toContain(MESSAGE);
        }
        const [audit] = await queryRows<{ actor: string | null }>(
          tx,
          sql`SELECT actor_user_id AS actor FROM audit_log WHERE action = 'catalyst.contacted' ORDER BY id DESC LIMIT 1`,
        );
        expect(audit!.actor).toBeNull();
      });
    });

    it("refuses a form sent at once, without its token, with another token, or more than a day after it was shown", async () => {
      await withRollback(handle.db, async (tx) => {
        const catalystSlug = await catalystSlugOf(tx);
        const send = async (extra: Partial<ContactVisitor>, at: Date) =>
          contactCatalyst(tx, null, { catalystSlug, message: MESSAGE, visitor: await visitorOf(tx, extra) }, "http://localhost", at);
        expect(await send({}, later(1))).toEqual({ ok: false, error: "too_fast" });
        expect(await send({ formToken: "" }, later(30))).toEqual({ ok: false, error: "too_fast" });
        expect(await send({ formToken: `${Math.floor(shownAt.getTime() / 1000)}.${"A".repeat(43)}` }, later(30))).toEqual({ ok: false, error: "too_fast" });
        expect(await send({}, later(25 * 3600))).toEqual({ ok: false, error: "expired" });
        expect(await send({ email: "pas-une-adresse" }, later(30))).toEqual({ ok: false, error: "email" });
        expect(await contactCatalyst(tx, null, { catalystSlug, message: MESSAGE }, "http://localhost", later(30))).toEqual({ ok: false, error: "forbidden" });
        const [outbox] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'catalyst-contact'`);
        expect(outbox!.count).toBe(0);
      });
    });

    it("tells a robot that filled the hidden field it worked, and sends nothing", async () => {
      await withRollback(handle.db, async (tx) => {
        const catalystSlug = await catalystSlugOf(tx);
        const result = await contactCatalyst(
          tx,
          null,
          { catalystSlug, message: MESSAGE, visitor: await visitorOf(tx, { trap: "https://spam.example" }) },
          "http://localhost",
          later(30),
        );
        expect(result).toEqual({ ok: true, recipients: 0 });
        const [outbox] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'catalyst-contact'`);
        expect(outbox!.count).toBe(0);
      });
    });

    it("limits the questions from one client, whatever address it gives", async () => {
      await withRollback(handle.db, async (tx) => {
        const catalystSlug = await catalystSlugOf(tx);
        for (let sent = 0; sent < CATALYST_CONTACT_PER_CLIENT.limit; sent += 1) {
          const visitor = await visitorOf(tx, { email: `visiteur${sent}@exemple.fr` });
          expect((await contactCatalyst(tx, null, { catalystSlug, message: MESSAGE, visitor }, "http://localhost", later(30))).ok).toBe(true);
        }
        const visitor = await visitorOf(tx, { email: "encore@exemple.fr" });
        expect(await contactCatalyst(tx, null, { catalystSlug, message: MESSAGE, visitor }, "http://localhost", later(30))).toEqual({
          ok: false,
          error: "rateLimited",
        });
        // Another client may still ask.
        const other = await visitorOf(tx, { email: "autre@exemple.fr", client: "198.51.100.4" });
        expect((await contactCatalyst(tx, null, { catalystSlug, message: MESSAGE, visitor: other }, "http://localhost", later(30))).ok).toBe(true);
      });
    });
  });
});
