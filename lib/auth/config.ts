// The Auth.js configuration on a given database: sign-in by e-mail link (10 minutes, single use), sessions in the
// database so they can be revoked, links sent through the mail outbox. Kept apart from lib/auth/auth.ts, which binds it
// to the app's database and to Next.js, so that tests run Auth.js's own handlers on a test database.
import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Executor } from "@/db/client";
import { createAuthAdapter } from "./adapter";
import { allowSignIn, deliverSignInLink, recordSignIn, recordSignOut } from "./events";
import { signInIdentifier } from "./sign-in-identifier";

export const SIGN_IN_LINK_MINUTES = 10;
const SESSION_DAYS = 30;

export interface AuthSettings {
  secret: string;
  /** Sender of the sign-in links. */
  mailFrom: string;
  /** Secure (and __Secure- prefixed) cookies: whenever the site is served over https. */
  secureCookies: boolean;
}

export function authConfig(db: Executor, settings: AuthSettings): NextAuthConfig {
  return {
    adapter: createAuthAdapter(db),
    secret: settings.secret,
    trustHost: true,
    useSecureCookies: settings.secureCookies,
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "E-mail",
        from: settings.mailFrom,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        // The identifier the per-address rate limit counts (see lib/auth/sign-in-identifier.ts). Callers refuse what it
        // refuses before Auth.js runs; throwing is how Auth.js lets a normaliser refuse.
        normalizeIdentifier(email: string) {
          const identifier = signInIdentifier(email);
          if (!identifier) throw new Error("Invalid e-mail address.");
          return identifier;
        },
        sendVerificationRequest: ({ identifier, url }) => deliverSignInLink(db, identifier, url, SIGN_IN_LINK_MINUTES),
      },
    ],
    callbacks: {
      signIn: ({ user, email }) => allowSignIn(db, user.email, { linkRequest: email?.verificationRequest === true }),
      // What GET /api/auth/session answers to any script of the page, and what auth() gives the server (which only
      // needs the id): the session token stays in its HttpOnly cookie, the account's row (admin flag, disabling,
      // visits) on the server.
      session: ({ session, user }) => ({
        user: { id: user.id, name: user.name ?? null, email: user.email },
        expires: new Date(session.expires).toISOString(),
      }),
    },
    events: {
      signIn: ({ user, isNewUser }) => recordSignIn(db, user.id, isNewUser),
      signOut: (message) => recordSignOut("session" in message ? (message.session?.userId ?? undefined) : (message.token?.sub ?? undefined)),
    },
  };
}
