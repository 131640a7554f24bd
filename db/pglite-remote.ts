// PGlite in a worker thread (db/pglite-worker.mjs), behind the part of PGlite's interface that drizzle and
// db/client.ts use: query (object or array rows; the types asked for as text stay text), exec, transaction (PGlite's
// own, held in the worker until the callback ends), dumpDataDir and close. Statements still run one at a time, but
// the app's thread stays free while they do: the HTTP server keeps answering what needs no query.
import path from "node:path";
import { Worker } from "node:worker_threads";

interface QueryOptions {
  rowMode?: "object" | "array";
  /** Only identity parsers are supported (drizzle's, to keep dates as text): their OIDs are sent. */
  parsers?: Record<number, unknown>;
}

export interface RemoteResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

export interface RemoteQueryable {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<RemoteResults>;
  exec(sql: string): Promise<void>;
}

export interface RemotePglite extends RemoteQueryable {
  transaction<T>(callback: (tx: RemoteQueryable) => Promise<T>): Promise<T>;
  dumpDataDir(compression: "gzip"): Promise<Blob>;
  close(): Promise<void>;
}

interface PlainError {
  message: string;
  name: string;
  fields: Record<string, string | number | boolean>;
}

/** The worker's error as an Error again, with PostgreSQL's fields (code, detail, constraint…) on it. */
function revive(plain: PlainError): Error {
  const error = new Error(plain.message);
  error.name = plain.name;
  Object.assign(error, plain.fields);
  return error;
}

/** The worker's script, outside any bundle: resolved from the project's folder at run time. */
function workerScript(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "db", "pglite-worker.mjs");
}

export async function openPgliteWorker(dataDir: string | null): Promise<RemotePglite> {
  const worker = new Worker(workerScript(), { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let closed: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const first = (message: { ready?: boolean; error?: PlainError }) => {
      worker.off("message", first);
      if (message.ready) resolve();
      else reject(revive(message.error ?? { message: "PGlite did not start", name: "Error", fields: {} }));
    };
    worker.on("message", first);
    worker.once("error", reject);
  });
  worker.on("message", (message: { id?: number; result?: unknown; error?: PlainError }) => {
    if (message.id === undefined) return;
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) call?.reject(revive(message.error));
    else call?.resolve(message.result);
  });
  const failAll = (error: Error) => {
    closed = error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the database worker stopped (exit code ${code})`)));

  const call = <T>(message: Record<string, unknown>): Promise<T> => {
    if (closed) return Promise.reject(closed);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  };
  const queryable = (transaction?: number): RemoteQueryable => ({
    query: (sql, params = [], options = {}) =>
      call<RemoteResults>({
        op: "query",
        sql,
        params,
        rowMode: options.rowMode,
        textOids: options.parsers ? Object.keys(options.parsers).map(Number) : undefined,
        transaction,
      }),
    exec: async (sql) => {
      await call({ op: "exec", sql, transaction });
    },
  });
  let nextTransaction = 1;

  return {
    ...queryable(),
    async transaction(callback) {
      const transaction = nextTransaction++;
      await call({ op: "begin", transaction });
      let result;
      try {
        result = await callback(queryable(transaction));
      } catch (error) {
        await call({ op: "end", transaction, commit: false });
        throw error;
      }
      await call({ op: "end", transaction, commit: true });
      return result;
    },
    dumpDataDir: () => call<Blob>({ op: "dump" }),
    async close() {
      if (closed) return;
      await call({ op: "close" });
      closed = new Error("the database is closed");
      await worker.terminate();
    },
  };
}
