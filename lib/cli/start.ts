// `npm start`: checks the configuration, builds the app if the sources changed since the last build, prepares
// the database (migrations, territories, demo data on first start), then serves it with `next start`.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { prepareDatabase } from "../../db/seed/prepare-database";
import { EnvError, databaseOptions, parseEnv, type Env } from "../server/env";
import { buildIsStale } from "./build-freshness";

const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const env = loadEnv();
  if (buildIsStale()) {
    console.log("Building the app (first start, or sources changed)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const options = databaseOptions(env);
  console.log(options.engine === "postgres" ? "Database: PostgreSQL server (DATABASE_URL)" : `Database: embedded PGlite in ${env.dataDir}`);
  const handle = await openDatabase(options.engine === "postgres" ? { ...options, maxConnections: 2 } : options);
  try {
    const report = await prepareDatabase(handle, { demo: env.DEMO_DATA, log: (message) => console.log(message) });
    if (report.demoLoaded) console.log("Demo data loaded.");
  } finally {
    // PGlite allows one process per data folder: release it before the server opens it.
    await handle.close();
  }

  console.log(`Serving on http://localhost:${env.PORT}${env.PUBLIC_URL === `http://localhost:${env.PORT}` ? "" : ` (public address: ${env.PUBLIC_URL})`}`);
  // The server's links (mails, open data) name the address worked out here, the port served by default.
  const server = spawn(nextBin, ["start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, PUBLIC_URL: env.PUBLIC_URL, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
