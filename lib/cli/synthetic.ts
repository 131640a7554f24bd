// `npm run synthetic -- 100000`: fills the configured database (DATA_DIR or DATABASE_URL) with synthetic
// organisations for benchmarks, on top of the territories and the demo catalysts. Resumable; shows progress.
import { sql } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { prepareDatabase } from "../../db/seed/prepare-database";
import { loadSyntheticOrganisations } from "../../db/seed/synthetic";
import { readTerritoriesData } from "../../db/seed/territories-data";
import { databaseOptions, parseEnv } from "../server/env";

async function main() {
  const target = Number((process.argv[2] ?? "").replace(/[_,]/g, ""));
  if (!Number.isInteger(target) || target < 1 || target > 5_000_000) {
    console.error("Usage: npm run synthetic -- <number of organisations, e.g. 100000 or 1000000>");
    process.exit(2);
  }
  const env = parseEnv(process.env);
  const options = databaseOptions(env);
  console.log(options.engine === "postgres" ? "Target: PostgreSQL (DATABASE_URL)" : `Target: PGlite in ${env.dataDir}`);
  const handle = await openDatabase(options);
  try {
    await prepareDatabase(handle, { demo: true, log: (message) => console.log(message) });
    const started = Date.now();
    const added = await loadSyntheticOrganisations(handle.db, readTerritoriesData(), target, ({ done, target: total }) => {
      const seconds = (Date.now() - started) / 1000;
      const percent = ((100 * done) / total).toFixed(1);
      process.stdout.write(`\r${done.toLocaleString("en")} / ${total.toLocaleString("en")} organisations (${percent} %), ${seconds.toFixed(0)} s`);
    });
    process.stdout.write("\n");
    if (added) {
      console.log("Updating planner statistics…");
      await handle.db.execute(sql`ANALYZE`);
    }
    console.log(added ? `Added ${added.toLocaleString("en")} synthetic organisations.` : "Already loaded: nothing to add.");
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
