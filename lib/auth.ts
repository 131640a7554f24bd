// Authentication (Auth.js v5): sign-in by e-mail link (10 minutes, single use), sessions in the database so they
// can be revoked, links sent through the mail outbox. Configured lazily because the database opens asynchronously.
import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import NextAuth from "next-auth";
import type { Executor } from "@/db/client";
import { appSettings } from "@/db/schema";
import { createAuthAdapter } from "./auth-adapter";
import { getDatabase } from "./db";
import { getEnv } from "./env";
import { allowSignIn, recordSignIn, recordSignInLinkRequest, recordSignOut } from "./auth-events";
import { enqueueMail } from "./mail/outbox";
import { signInMail } from "./mail/templates";

export const SIGN_IN_LINK_MINUTES = 10;
const SESSION_DAYS = 30;

/** The configured secret, else one generated on first use and shared through the database by every instance. */
export async function getAuthSecret(db: Executor): Promise<string> {
  const configured = getEnv().AUTH_SECRET;
  if (configured) return configured;
  await db
    .insert(appSettings)
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, "auth_secret"));
  return String(row?.value);
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDatabase();
  const env = getEnv();
  return {
    adapter: createAuthAdapter(db),
    secret: await getAuthSecret(db),
    trustHost: true,
    // Secure (and __Secure- prefixed) cookies whenever the site is served over https, even behind a TLS proxy that
    // does not send X-Forwarded-Proto; over plain http (local use, the e2e suite) browsers would drop them.
    useSecureCookies: env.PUBLIC_URL.startsWith("https://"),
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "E-mail",
        from: env.MAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          await enqueueMail(db, signInMail(identifier, url, SIGN_IN_LINK_MINUTES));
          recordSignInLinkRequest(identifier);
        },
      },
    ],
    callbacks: {
      signIn: ({ user }) => allowSignIn(db, user.email),
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
    events: {
      signIn: ({ user, isNewUser }) => recordSignIn(db, user.id, isNewUser),
      signOut: (message) => recordSignOut("session" in message ? (message.session?.userId ?? undefined) : (message.token?.sub ?? undefined)),
    },
  };
});
