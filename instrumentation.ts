// Runs once when a server process starts: checks the configuration early and starts the background jobs
// (mail outbox sending, clean-ups). Never during the build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEnv } = await import("./lib/env");
  getEnv();
  const { startBackgroundJobs } = await import("./lib/mail/worker");
  startBackgroundJobs();
}
