// Route handlers answer 503 (JSON, with Retry-After) when the database drops while they run, instead of the 500
// an unhandled driver error would give; the proxy already turns requests away once the outage is known.
import "server-only";
import { reportDatabaseFailure } from "@/lib/database-availability";
import { unavailableResponse } from "./unavailable";

export function withDatabaseOutage<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (reportDatabaseFailure(error)) return unavailableResponse("database", true);
      throw error;
    }
  };
}
