// Authentication (Auth.js v5) on the app's database, configured in lib/auth/config.ts. Configured lazily because the
// database opens asynchronously.
import "server-only";
import NextAuth from "next-auth";
import { authConfig } from "./config";
import { getAuthSecret } from "./secret";
import { getDatabase } from "../server/db";
import { getEnv } from "../server/env";

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDatabase();
  const env = getEnv();
  // Over plain http (local use, the e2e suite) browsers would drop Secure cookies; over https they are set even
  // behind a TLS proxy that does not send X-Forwarded-Proto.
  return authConfig(db, { secret: await getAuthSecret(db), mailFrom: env.MAIL_FROM, secureCookies: env.PUBLIC_URL.startsWith("https://") });
});
