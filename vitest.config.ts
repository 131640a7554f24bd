// Test projects: pure unit tests, and the database suite run once per engine — PGlite always, a real Postgres
// when TEST_DATABASE_URL is set (CI sets it) — so both lanes show by name in the output; and the resilience run.
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "db/testing/server-only-stub.ts") };
const databaseTests = ["**/*.db.test.ts"];
const ignored = ["node_modules/**", ".next/**", "e2e/**", ".data/**", "bench/resilience/**"];

const databaseLane = (engine: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name: `db:${engine}`,
    include: databaseTests,
    exclude: ignored,
    env: { TEST_DB_ENGINE: engine },
    globalSetup: ["db/testing/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One database per lane, shared by the files of the lane: run them one after another.
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...ignored, ...databaseTests], testTimeout: 30_000 },
      },
      databaseLane("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [databaseLane("postgres")] : []),
      // `npm run test:resilience`: load and faults against two `next start` on a throwaway Postgres (one long file).
      {
        resolve: { alias },
        test: { name: "resilience", include: ["bench/resilience/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false },
      },
    ],
  },
});
