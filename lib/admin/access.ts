// The back-office's single gate: every lib/admin function calls it first, whatever page or action called it.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/server/errors";

/** Returns the viewer when they are an admin; anyone else gets ForbiddenError (pages answer 404). */
export function requireAdmin(viewer: Viewer | null): Viewer {
  if (!viewer?.isAdmin) throw new ForbiddenError(viewer, "admin");
  return viewer;
}
