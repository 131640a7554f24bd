// Who is calling: the signed-in user with their roles, read once per request. Every authorisation check in lib/
// starts from this Viewer (null for anonymous visitors).
import "server-only";
import { cache } from "react";
import { auth } from "./auth";
import { getDatabase } from "./db";
import { loadViewer, type Viewer } from "./viewer";

export type { Viewer } from "./viewer";

/** The current viewer, or null. A disabled user's session counts as no session. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadViewer(await getDatabase(), userId);
});
