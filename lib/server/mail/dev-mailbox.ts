// Whether the development mailbox page exists: always outside production, in production only when enabled.
import { getEnv } from "@/lib/server/env";

export function isDevMailboxEnabled(): boolean {
  const env = getEnv();
  return env.NODE_ENV !== "production" || env.DEV_MAILBOX;
}
