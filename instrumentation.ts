// Runs once when a server process starts: refuses the raw requests Next would answer with a 500, checks the
// configuration early, starts counting the requests in flight (overload protection, see lib/server/http/load-gate.ts)
// and the background jobs (mail outbox sending, clean-ups). Never during the build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { guardNodeRequests } = await import("./lib/server/http/node-request-guard");
  guardNodeRequests();
  const { getEnv } = await import("./lib/server/env");
  const env = getEnv();
  // Nobody should wait for a mail that cannot come: say at start-up how mail leaves (or that it does not).
  const { mailDeliveryWarning } = await import("./lib/server/mail/dev-mailbox");
  const warning = mailDeliveryWarning(env);
  if (warning) console.warn(warning);
  const { trackRequestsInFlight } = await import("./lib/server/http/load-gate");
  trackRequestsInFlight();
  const { startBackgroundJobs } = await import("./lib/server/jobs");
  startBackgroundJobs();
}

// A render, route or action that failed because the database is unreachable marks it down at once, so the next
// requests get the proxy's clear 503 instead of failing one by one.
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportDatabaseFailure } = await import("./lib/server/database-availability");
  reportDatabaseFailure(error);
}
