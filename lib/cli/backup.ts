// `npm run backup -- <file>` and `npm run restore -- <file>`: the database configured by DATABASE_URL (pg_dump /
// pg_restore into an empty database) or DATA_DIR (the embedded engine's data folder as a tarball, restored into an
// empty folder; stop the server first, PGlite allows one process per folder).
import { BackupError, backupDatabase, restoreDatabase } from "../../db/backup";
import { openDatabase } from "../../db/client";
import { databaseOptions, parseEnv } from "../server/env";

async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== "backup" && command !== "restore") || !file) {
    console.error("Usage: npm run backup -- <file>   |   npm run restore -- <file>");
    process.exit(2);
  }
  const options = databaseOptions(parseEnv(process.env));
  const started = Date.now();
  if (command === "backup") {
    const handle = await openDatabase(options.engine === "postgres" ? { ...options, maxConnections: 1 } : options);
    try {
      await backupDatabase(handle, file);
    } finally {
      await handle.close();
    }
  } else {
    await restoreDatabase(options, file);
  }
  const where = options.engine === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${options.dataDir}`;
  console.log(
    `${command === "backup" ? "Backed up" : "Restored"} ${where} ${command === "backup" ? "to" : "from"} ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError || error instanceof Error ? error.message : error);
  process.exit(1);
});
