import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { getDatabase } from "@/lib/db";
import { apiError } from "@/lib/http/api";
import { withDatabaseOutage } from "@/lib/http/database-outage";
import { clientAddress } from "@/lib/http/client-address";
import { consumeRateLimit, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/lib/rate-limit";

export const GET = withDatabaseOutage(handlers.GET);

// Asking for a sign-in link sends an e-mail: limited per address and per client, across all app instances.
export const POST = withDatabaseOutage(async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const db = await getDatabase();
    for (const [rule, subject] of [
      [SIGN_IN_PER_IP, clientAddress(request.headers)],
      [SIGN_IN_PER_EMAIL, email],
    ] as const) {
      const verdict = await consumeRateLimit(db, rule, subject);
      if (!verdict.allowed) {
        return apiError(429, "Trop de demandes : réessayez plus tard. / Too many requests: try again later.", [], {
          "Retry-After": String(verdict.retryAfterSeconds),
        });
      }
    }
  }
  return handlers.POST(request);
});
