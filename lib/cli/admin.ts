// `npm run admin -- grant EMAIL` / `revoke EMAIL` / `list`: names the administrators of a deployment from its
// command line (the first one can only be named here; the back-office's users page then does the rest).
import { openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/seed/prepare-database";
import { listActiveAdmins, setAdminFromCommandLine } from "@/lib/admin/operator";
import { databaseOptions, parseEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const USAGE = `Usage:
  npm run admin -- grant EMAIL    (crée le compte s'il n'existe pas ; la personne se connecte avec cette adresse)
  npm run admin -- revoke EMAIL
  npm run admin -- list`;

async function main() {
  const [command, email] = process.argv.slice(2);
  if (!(command === "list" || ((command === "grant" || command === "revoke") && email))) {
    console.error(USAGE);
    process.exit(2);
  }
  const env = parseEnv(process.env);
  const handle = await openDatabase(databaseOptions(env));
  try {
    await prepareDatabase(handle, { demo: env.DEMO_DATA });
    if (command === "list") {
      const admins = await listActiveAdmins(handle.db);
      console.log(admins.length ? admins.join("\n") : "Aucun administrateur actif.");
      return;
    }
    const result = await setAdminFromCommandLine(handle.db, email!, command === "grant");
    const state = command === "grant" ? "est administrateur" : "n'est plus administrateur";
    console.log(`${result.email} ${state}${result.created ? " (compte créé)" : ""}${result.changed ? "." : " (rien à changer)."}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.messageIn("fr") : error instanceof Error ? error.message : error);
  process.exit(1);
});
