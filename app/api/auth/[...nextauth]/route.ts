import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getDatabase } from "@/lib/server/db";
import { apiError } from "@/lib/server/http/api";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { admitSignInLinkRequest } from "@/lib/server/rate-limit";

export const GET = withDatabaseOutage(handlers.GET);

// Asking for a sign-in link sends an e-mail: limited per address and per client, across all app instances.
export const POST = withDatabaseOutage(async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const verdict = await admitSignInLinkRequest(await getDatabase(), { email: String(form?.get("email") ?? ""), headers: request.headers });
    if (!verdict.allowed && verdict.reason === "invalid_email") {
      return apiError(400, "Adresse e-mail invalide. / Invalid e-mail address.", [
        { parameter: "email", message: "Saisissez une seule adresse e-mail, sans espace ni virgule, par exemple nom@exemple.fr." },
      ]);
    }
    if (!verdict.allowed) {
      return apiError(429, "Trop de demandes : réessayez plus tard. / Too many requests: try again later.", [], {
        "Retry-After": String(verdict.retryAfterSeconds),
      });
    }
  }
  return handlers.POST(request);
});
