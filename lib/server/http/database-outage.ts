// Route handlers answer 503 (JSON, with Retry-After) when the database drops while they run, instead of the 500
// an unhandled driver error would give; the proxy already turns requests away once the outage is known. A query
// cancelled by statement_timeout gets a 503 too, but leaves the database up: it answered.
import "server-only";
import { isQueryCancelledError, reportDatabaseFailure } from "@/lib/server/database-availability";
import { unavailableResponse } from "./unavailable";

export function withDatabaseOutage<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (reportDatabaseFailure(error)) return unavailableResponse("database", true);
      if (isQueryCancelledError(error)) return unavailableResponse("timeout", true);
      throw error;
    }
  };
}
