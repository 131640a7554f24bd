// Who is calling: the signed-in user with their roles, read once per request. Every authorisation check in lib/
// starts from this Viewer (null for anonymous visitors).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isSessionCookieName } from "./session-cookies";
import { assertDatabaseReachable, getDatabase } from "../server/db";
import { loadViewer, type Viewer } from "./viewer";

export type { Viewer } from "./viewer";

/** The current viewer, or null. A disabled user's session counts as no session. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) {
    // Auth.js reads a failed session lookup as "no session": with a session cookie, make sure the database answered
    // before taking a signed-in person for a visitor (a 401 or a sign-in page while the database is down).
    if (await carriesSessionCookie()) await assertDatabaseReachable();
    return null;
  }
  return loadViewer(await getDatabase(), userId);
});

async function carriesSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => isSessionCookieName(cookie.name));
}
