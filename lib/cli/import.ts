// `npm run import -- organisations FILE.csv [--as admin@example.org] [--dry-run] [--no-name-match]` (or `catalysts`): imports a CSV
// file into the configured database (DATA_DIR or DATABASE_URL) through the same lib/import code as the admin page.
// `npm run import -- template organisations > modele.csv` prints the template. Exit code 1 when rows failed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { prepareDatabase } from "@/db/seed/prepare-database";
import { listActiveAdmins } from "@/lib/admin/operator";
import { databaseOptions, parseEnv } from "@/lib/server/env";
import { IMPORT_KINDS, templateCsv, type ImportKind } from "@/lib/import/columns";
import { importFile } from "@/lib/import/import-file";
import { rowLine, summaryLine } from "@/lib/import/report-text";
import { loadViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/server/errors";

const USAGE = `Usage:
  npm run import -- <organisations|catalysts> FICHIER.csv [--as ADMIN_EMAIL] [--dry-run] [--no-name-match] [--batch 100]
    --no-name-match : une ligne sans identifiant crée toujours une organisation (sans elle, elle met à jour
                      l'organisation du même nom et du même type dans sa commune, et le compte rendu le dit)
  npm run import -- template <organisations|catalysts> > modele.csv`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArguments(argv: string[]) {
  const positional: string[] = [];
  let dryRun = false;
  let email: string | undefined;
  let batchSize: number | undefined;
  let nameMatch = true;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === "--dry-run" || argument === "--essai") dryRun = true;
    else if (argument === "--no-name-match") nameMatch = false;
    else if (argument === "--as") email = argv[++index];
    else if (argument.startsWith("--as=")) email = argument.slice(5);
    else if (argument === "--batch") batchSize = Number(argv[++index]);
    else if (argument.startsWith("--")) fail(`Option inconnue : ${argument}\n${USAGE}`);
    else positional.push(argument);
  }
  return { positional, dryRun, email, batchSize, nameMatch };
}

const isKind = (value: string | undefined): value is ImportKind => IMPORT_KINDS.includes(value as ImportKind);

async function main() {
  const { positional, dryRun, email, batchSize, nameMatch } = parseArguments(process.argv.slice(2));
  const [first, second] = positional;
  if (first === "template") {
    if (!isKind(second)) fail(USAGE);
    process.stdout.write(templateCsv(second));
    return;
  }
  if (!isKind(first) || !second) fail(USAGE);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) fail("--batch attend un nombre entier positif.");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(second);
  } catch {
    fail(`Fichier illisible : ${second}`);
  }

  const env = parseEnv(process.env);
  const handle = await openDatabase(databaseOptions(env));
  try {
    await prepareDatabase(handle, { demo: env.DEMO_DATA });
    // The import is made in an administrator's name, written in the audit log: the one given, else the only one.
    const admins = email ? [email.trim().toLowerCase()] : await listActiveAdmins(handle.db);
    if (admins.length !== 1) {
      console.error(
        admins.length
          ? `Plusieurs administrateurs : indiquez au nom duquel importer avec --as (${admins.join(", ")}).`
          : "Aucun administrateur : nommez-en un avec `npm run admin -- grant EMAIL`, puis relancez l'import.",
      );
      process.exitCode = 2;
      return;
    }
    const actor = admins[0]!;
    if (!email) console.error(`Import au nom de ${actor}, seul administrateur.`);
    const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, actor));
    const viewer = user ? await loadViewer(handle.db, user.id) : null;
    let lastPhase = "";
    const result = await importFile(handle.db, viewer, {
      kind: first,
      bytes,
      fileName: path.basename(second),
      dryRun,
      batchSize,
      nameMatch,
      onProgress: ({ phase, done, total }) => {
        if (phase !== lastPhase && lastPhase) process.stderr.write("\n");
        lastPhase = phase;
        process.stderr.write(`\r${phase === "checking" ? "Vérification" : "Écriture"} : ${done} / ${total} lignes`);
      },
    });
    if (lastPhase) process.stderr.write("\n");
    if (!result.ok) {
      console.error(result.error);
      process.exitCode = 2;
      return;
    }
    const { report } = result;
    console.log(`Fichier ${report.fileName} : séparateur « ${report.separator} », encodage ${report.encoding}.`);
    if (report.ignoredColumns.length) console.log(`Colonnes ignorées (inconnues) : ${report.ignoredColumns.join(", ")}`);
    for (const row of report.rows) console.log(rowLine(row, report.dryRun));
    if (report.interrupted) console.log(`Import interrompu : ${report.interrupted}`);
    console.log(summaryLine(report));
    if (report.counts.error) process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    console.error(`${email ?? "Ce compte"} n'est pas un compte administrateur actif.`);
    process.exitCode = 2;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
