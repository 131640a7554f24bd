// GET /account/data: everything the service holds about the signed-in user, as a JSON download (GDPR access and
// portability). Changes nothing.
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { exportPersonalData } from "@/lib/accounts/personal-data";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  const data = await exportPersonalData(await getDatabase(), viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="alliances-mes-donnees-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
