// The Auth.js adapter on our tables (kept apart from lib/auth/auth.ts so it can be tested without Next.js).
import "server-only";
import { eq } from "drizzle-orm";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Executor } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { recordVisit, visitIsDue } from "../accounts/inactivity";

/**
 * The Auth.js adapter on our tables. Using a sign-in token deletes it (single use) and an expired one signs
 * nobody in, here as well as in Auth.js itself: a link is good once, for SIGN_IN_LINK_MINUTES.
 * A session of a disabled account is no session: refused and deleted on its next use, whatever reads it.
 * Using a session records the visit (at most once a day), which also withdraws an inactivity warning.
 */
export function createAuthAdapter(db: Executor, now: () => Date = () => new Date()): Adapter {
  const adapter = DrizzleAdapter(
    db as never,
    {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never,
  );
  return {
    ...adapter,
    async useVerificationToken(params) {
      const token = await adapter.useVerificationToken!(params);
      return token && token.expires.getTime() > now().getTime() ? token : null;
    },
    async getSessionAndUser(sessionToken) {
      const [found] = await db
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.sessionToken, sessionToken));
      if (!found) return null;
      if (found.user.disabledAt) {
        await db.delete(sessions).where(eq(sessions.userId, found.user.id));
        return null;
      }
      if (visitIsDue(found.user, now())) await recordVisit(db, found.user.id, now());
      return { session: found.session as AdapterSession, user: found.user as AdapterUser };
    },
  };
}
