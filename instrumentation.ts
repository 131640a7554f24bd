// Runs once when a server process starts: refuses the raw requests Next would answer with a 500, checks the configuration early
// and starts the background jobs (mail outbox sending, clean-ups). Never during the build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { guardNodeRequests } = await import("./lib/http/node-request-guard");
  guardNodeRequests();
  const { getEnv } = await import("./lib/env");
  getEnv();
  const { startBackgroundJobs } = await import("./lib/mail/worker");
  startBackgroundJobs();
}
