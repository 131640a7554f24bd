// The instance's signing secret: AUTH_SECRET when configured, else one generated on first use and shared through the
// database by every instance. Kept apart from lib/auth/auth.ts so that signing a form needs no Auth.js.
import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { appSettings } from "@/db/schema";
import { getEnv } from "../server/env";

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
