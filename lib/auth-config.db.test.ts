// Auth.js's own handlers on the test database, as the app configures them: what /api/auth/session gives a script
// on the page.
import { sql } from "drizzle-orm";
import { Auth } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { authConfig } from "./auth-config";

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
