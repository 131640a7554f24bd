// The only reader of process.env: every setting is parsed once with zod, and a wrong value stops the start with
// a message that names the variable.
import path from "node:path";
import { z } from "zod";

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  // The address people reach the site at, used in mails and open-data files; by default this machine on the port served.
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TILES_URL: z
    .string()
    .refine((value) => value === "" || (/^https?:\/\//.test(value) && value.includes("{z}")), {
      message: "must be an http(s) URL template containing {z}, {x} and {y}, or empty for no tiles",
    })
    .default(""),
  TILES_ATTRIBUTION: z.string().default("© OpenStreetMap contributors"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Alliances <no-reply@alliances.localhost>"),
  DEMO_DATA: booleanFlag.default(true),
  // Secret for signing Auth.js cookies and tokens; when unset one is generated once and kept in the database.
  AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The development mailbox (/dev/mailbox) shows outgoing mail: to anyone when enabled (test setups only); otherwise,
  // without SMTP on this machine's own address, to requests from this machine (lib/server/mail/dev-mailbox.ts).
  DEV_MAILBOX: booleanFlag.default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // PostgreSQL only: any query of the app's pool running longer is cancelled (a 503 answer); 0 = no limit.
  // Migrations and CLI scripts have none. PGlite cannot interrupt a query: there the bound is the search caps.
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  // Requests served at once by one instance before it answers 503 with Retry-After (overload protection); 0 = no limit.
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(64),
  // How long a request over that limit may wait for room before the 503; 0 = turned away at once.
  MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  // How often each instance runs its background jobs (mail outbox, clean-ups; reminders and inactivity on their own
  // slower schedules).
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  // Proxies (load balancers, TLS terminators) in front of the app that append the address they see to
  // X-Forwarded-For: the sign-in limit per client takes the client's address from the entry the outermost one
  // appended. 0: the app is reached directly, the socket's peer is the client, X-Forwarded-For (which the client
  // can write) is ignored.
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = Omit<z.infer<typeof envSchema>, "PUBLIC_URL"> & { PUBLIC_URL: string; dataDir: string };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const publicUrl = (result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`).replace(/\/+$/, "");
  return { ...result.data, PUBLIC_URL: publicUrl, dataDir: path.resolve(result.data.DATA_DIR) };
}

/**
 * Where the data lives: a real Postgres server when DATABASE_URL is set, else PGlite in the data folder. Without
 * a statement timeout (migrations, imports and backups may run long): the app's pool adds it (lib/server/db.ts).
 */
export function databaseOptions(env: Env) {
  return env.DATABASE_URL
    ? ({ engine: "postgres", url: env.DATABASE_URL, maxConnections: env.DB_POOL_SIZE } as const)
    : ({ engine: "pglite", dataDir: env.dataDir } as const);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
