// The embedded engine in a worker thread (db/pglite-remote.ts talks to it): PGlite runs each statement in
// WebAssembly on the thread that owns it, so in the app's own thread a long query blocked every other request, cached
// pages and health checks included. Here it blocks only this thread. Plain JavaScript: it is loaded by Node as is,
// outside the app's bundle.
import { mkdirSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

const { dataDir } = workerData;
if (dataDir) mkdirSync(dataDir, { recursive: true });

/** Types the caller asked to receive as text (drizzle reads dates and intervals itself): their OIDs. */
const asText = (oids) => Object.fromEntries((oids ?? []).map((oid) => [oid, (value) => value]));

/** An error as plain data: its message and every own field PostgreSQL gave it (code, detail, constraint…). */
function plainError(error) {
  const fields = {};
  if (error && typeof error === "object") {
    for (const [key, value] of Object.entries(error)) if (["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return { message: error instanceof Error ? error.message : String(error), name: error?.name ?? "Error", fields };
}

/** Open transactions by id: the PGlite transaction object, and how to end it. */
const transactions = new Map();

let db;
try {
  db = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm, unaccent } });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: plainError(error) });
}

async function run(message) {
  switch (message.op) {
    case "query": {
      const target = message.transaction ? transactions.get(message.transaction)?.tx : db;
      if (!target) throw new Error("transaction already ended");
      const options = { rowMode: message.rowMode ?? "object", ...(message.textOids ? { parsers: asText(message.textOids) } : {}) };
      const result = await target.query(message.sql, message.params ?? [], options);
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case "exec": {
      const target = message.transaction ? transactions.get(message.transaction)?.tx : db;
      if (!target) throw new Error("transaction already ended");
      await target.exec(message.sql);
      return null;
    }
    case "begin": {
      // PGlite's own transaction: its lock holds every other statement until the end, as in the app's thread.
      const entry = { started: false, error: null };
      transactions.set(message.transaction, entry);
      await new Promise((started, failed) => {
        entry.done = db
          .transaction(
            (tx) =>
              new Promise((commit, rollback) => {
                Object.assign(entry, { tx, commit, rollback, started: true });
                started();
              }),
          )
          .catch((error) => {
            // A BEGIN that failed is the caller's error now; a failed COMMIT (a deferred trigger) at its end.
            if (!entry.started) {
              transactions.delete(message.transaction);
              failed(error);
            } else entry.error = error;
          });
      });
      return null;
    }
    case "end": {
      const entry = transactions.get(message.transaction);
      if (!entry?.tx) throw new Error("no such transaction");
      if (message.commit) entry.commit();
      else entry.rollback(new Error("rolled back"));
      try {
        await entry.done;
      } finally {
        transactions.delete(message.transaction);
      }
      if (message.commit && entry.error) throw entry.error;
      return null;
    }
    case "dump":
      return await db.dumpDataDir("gzip");
    case "close":
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on("message", (message) => {
  run(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: plainError(error) }),
  );
});
