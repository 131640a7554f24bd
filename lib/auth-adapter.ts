// The Auth.js adapter on our tables (kept apart from lib/auth.ts so it can be tested without Next.js).
import "server-only";
import type { Adapter } from "next-auth/adapters";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Executor } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";

/**
 * The Auth.js adapter on our tables. Using a sign-in token deletes it (single use) and an expired one signs
 * nobody in, here as well as in Auth.js itself: a link is good once, for SIGN_IN_LINK_MINUTES.
 */
export function createAuthAdapter(db: Executor, now: () => Date = () => new Date()): Adapter {
  const adapter = DrizzleAdapter(db as never, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  } as never);
  return {
    ...adapter,
    async useVerificationToken(params) {
      const token = await adapter.useVerificationToken!(params);
      return token && token.expires.getTime() > now().getTime() ? token : null;
    },
  };
}

