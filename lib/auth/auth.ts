// Authentication (Auth.js v5) on the app's database, configured in lib/auth/config.ts. Configured lazily because the
// database opens asynchronously.
import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import NextAuth from "next-auth";
import type { Executor } from "@/db/client";
import { appSettings } from "@/db/schema";
import { authConfig } from "./config";
import { getDatabase } from "../server/db";
import { getEnv } from "../server/env";

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
  // Over plain http (local use, the e2e suite) browsers would drop Secure cookies; over https they are set even
  // behind a TLS proxy that does not send X-Forwarded-Proto.
  return authConfig(db, { secret: await getAuthSecret(db), mailFrom: env.MAIL_FROM, secureCookies: env.PUBLIC_URL.startsWith("https://") });
});
