// The Viewer: a signed-in user with their roles (admin, catalyst staff, organisation memberships), the starting
// point of every authorisation check in lib/. Loaded from the database by user id.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { catalystStaff, catalysts, memberships, organisations, users } from "@/db/schema";
import type { MembershipRole } from "@/lib/shared/vocabulary";

export interface Viewer {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  emailNotifications: boolean;
  memberships: { organisationId: string; slug: string; name: string; role: MembershipRole; status: string; moderationNote: string | null }[];
  catalysts: { catalystId: string; slug: string; name: string }[];
}

export async function loadViewer(db: Executor, userId: string): Promise<Viewer | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return null;
  const [memberRows, staffRows] = await Promise.all([
    db
      .select({
        organisationId: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        role: memberships.role,
        status: organisations.status,
        moderationNote: organisations.moderationNote,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId))
      .orderBy(organisations.name),
    db
      .select({ catalystId: catalysts.id, slug: catalysts.slug, name: catalysts.name })
      .from(catalystStaff)
      .innerJoin(catalysts, eq(catalysts.id, catalystStaff.catalystId))
      .where(eq(catalystStaff.userId, userId))
      .orderBy(catalysts.name),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    emailNotifications: user.emailNotifications,
    memberships: memberRows,
    catalysts: staffRows,
  };
}
