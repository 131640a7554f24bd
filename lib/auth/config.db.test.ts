// Auth.js's own handlers on the test database, as the app configures them: what /api/auth/session gives a script
// on the page, and how asking for and using a sign-in link goes for a disabled account.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { Auth } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { authConfig } from "./config";
import { signInIdentifier } from "./sign-in-identifier";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const SECRET = "test-secret-of-the-auth-config-db-test-0123456789";
const ORIGIN = "http://localhost:3000";

/** What next-auth's route handlers run (Auth.js's core under next-auth's base path), without Next around it. */
function authOn(db: Executor) {
  const config = { ...authConfig(db, { secret: SECRET, mailFrom: "Alliances <no-reply@test.example>", secureCookies: false }), basePath: "/api/auth" };
  const handler = (request: Request) => Auth(request, config as Parameters<typeof Auth>[1]);
  return { GET: handler, POST: handler };
}

const cookieHeader = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");

/** Asks for a sign-in link the way the sign-in route does: Auth.js's CSRF token first, then the form. */
async function requestLink(db: Executor, email: string): Promise<Response> {
  const auth = authOn(db);
  const csrf = await auth.GET(new Request(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return auth.POST(
    new Request(`${ORIGIN}/api/auth/signin/email`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(csrf) },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${ORIGIN}/account` }).toString(),
    }),
  );
}

/** Opens a sign-in link whose token was stored as Auth.js stores it (hashed with the secret). */
async function useLink(db: Executor, email: string, token: string): Promise<Response> {
  await db.execute(
    sql`INSERT INTO verification_tokens (identifier, token, expires)
        VALUES (${email}, ${createHash("sha256").update(`${token}${SECRET}`).digest("hex")}, now() + interval '10 minutes')`,
  );
  const query = new URLSearchParams({ callbackUrl: `${ORIGIN}/account`, token, email });
  return authOn(db).GET(new Request(`${ORIGIN}/api/auth/callback/email?${query}`));
}

const mailsTo = async (db: Executor, email: string) =>
  (await queryRows<{ count: number }>(db, sql`SELECT count(*)::int AS count FROM mail_outbox WHERE to_address = ${email}`))[0]!.count;

describe("GET /api/auth/session", () => {
  it("gives the signed-in user's id, name and e-mail and the expiry, never the session token or the account's row", async () => {
    await withRollback(handle.db, async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: "session.lue@test.example", name: "Session Lue", isAdmin: true, lastSeenAt: new Date() })
        .returning({ id: users.id });
      const token = "session-token-that-only-the-cookie-may-carry";
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES (${token}, ${user!.id}, now() + interval '10 days')`);

      const response = await authOn(tx).GET(new Request(`${ORIGIN}/api/auth/session`, { headers: { Cookie: `authjs.session-token=${token}` } }));
      expect(response.status).toBe(200);
      const text = await response.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
      expect(body.user).toEqual({ id: user!.id, name: "Session Lue", email: "session.lue@test.example" });
      expect(typeof body.expires).toBe("string");
      expect(text).not.toContain(token);
      for (const field of ["sessionToken", "userId", "isAdmin", "disabledAt", "lastSeenAt", "emailVerified", "locale", "inactivityWarnedAt"]) {
        expect(text).not.toContain(field);
      }
    });
  });

  it("gives nothing without a session", async () => {
    await withRollback(handle.db, async (tx) => {
      const response = await authOn(tx).GET(new Request(`${ORIGIN}/api/auth/session`));
      expect(await response.json()).toBeNull();
    });
  });
});

describe("a disabled account", () => {
  it("asking for a link gets the very answer an unknown address gets, and no mail", async () => {
    await withRollback(handle.db, async (tx) => {
      await tx.insert(users).values({ email: "desactive.lien@test.example", name: "Désactivé", disabledAt: new Date() });
      const disabled = await requestLink(tx, "desactive.lien@test.example");
      const unknown = await requestLink(tx, "inconnu.lien@test.example");
      expect(unknown.status).toBe(302);
      expect(unknown.headers.get("location")).toBe(`${ORIGIN}/api/auth/verify-request?provider=email&type=email`);
      expect({ status: disabled.status, location: disabled.headers.get("location") }).toEqual({
        status: unknown.status,
        location: unknown.headers.get("location"),
      });
      expect(await mailsTo(tx, "inconnu.lien@test.example")).toBe(1);
      expect(await mailsTo(tx, "desactive.lien@test.example")).toBe(0);
    });
  });

  it("using a valid link gets no session: it is sent to the sign-in error page, which says the account cannot sign in", async () => {
    await withRollback(handle.db, async (tx) => {
      const [user] = await tx.insert(users).values({ email: "desactive.rappel@test.example", name: "Désactivé" }).returning({ id: users.id });
      // The link was sent while the account was still active.
      await tx.execute(sql`UPDATE users SET disabled_at = now() WHERE id = ${user!.id}`);
      const response = await useLink(tx, "desactive.rappel@test.example", "valid-link-token");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in/error?error=AccessDenied`);
      expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token="))).toBe(false);
      const [left] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM sessions WHERE user_id = ${user!.id}`);
      expect(left!.count).toBe(0);
    });
  });

  it("while an active account's valid link signs it in (the same harness, so the refusal above is the account's)", async () => {
    await withRollback(handle.db, async (tx) => {
      const [user] = await tx.insert(users).values({ email: "actif.rappel@test.example", name: "Actif" }).returning({ id: users.id });
      const response = await useLink(tx, "actif.rappel@test.example", "valid-link-token");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`${ORIGIN}/account`);
      expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token="))).toBe(true);
      const [left] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM sessions WHERE user_id = ${user!.id}`);
      expect(left!.count).toBe(1);
    });
  });
});

describe("a sign-in link", () => {
  it("is mailed to the identifier the per-address rate limit counts", async () => {
    await withRollback(handle.db, async (tx) => {
      const typed = " ＶＩＣＴＩＭ@Lien.Example ";
      expect(signInIdentifier(typed)).toBe("victim@lien.example");
      await requestLink(tx, typed);
      expect(await mailsTo(tx, "victim@lien.example")).toBe(1);
      // Auth.js's own normaliser would cut the domain at the comma and mail victim@lien.example from a fresh count.
      await requestLink(tx, "victim@lien.example,1");
      expect(await mailsTo(tx, "victim@lien.example")).toBe(1);
    });
  });
});
