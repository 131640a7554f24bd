// For data-layer tests: the viewer of a demo user, found by e-mail (the demo data has one user per role).
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";

export async function demoViewer(db: Executor, email: string): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  return (await loadViewer(db, user.id))!;
}
