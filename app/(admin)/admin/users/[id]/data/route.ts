// POST /admin/users/[id]/data: everything the service holds about a user, as a JSON download, for an admin
// processing that person's access request. POST (from this site only) because it writes an audit row.
import { exportUserData } from "@/lib/admin/users";
import { getDatabase } from "@/lib/server/db";
import { apiError } from "@/lib/server/http/api";
import { crossOriginRefused, sameOrigin } from "@/lib/server/http/session-api";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export const POST = withDatabaseOutage(async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return crossOriginRefused();
  const { id } = await params;
  try {
    const data = await exportUserData(await getDatabase(), await getViewer(), id.slice(0, 100));
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="alliances-donnees-utilisateur-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    logIfRefused(error);
    // Anyone but an admin learns nothing, not even whether the account exists.
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return apiError(404, "Introuvable / not found");
    throw error;
  }
});
