// `npm run db:migrate`: applies migrations and loads the territories (and demo data if DEMO_DATA is on), without
// starting the server — for deployments that prepare the database in a separate step.
import { openDatabase } from "../../db/client";
import { prepareDatabase } from "../../db/seed/prepare-database";
import { databaseOptions, parseEnv } from "../server/env";

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(databaseOptions(env));
  try {
    await prepareDatabase(handle, { demo: env.DEMO_DATA, log: (message) => console.log(message) });
    console.log("Database ready.");
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
