// Prepares one database per test lane before the database suite runs, and removes it afterwards:
// - pglite: a data folder migrated and seeded once, which each test file copies (opening is then ~1 s);
// - postgres: a fresh database created on the TEST_DATABASE_URL server, migrated and seeded from empty.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../client";
import { prepareDatabase } from "../seed/prepare-database";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { engine: "pglite"; templateDir: string } | { engine: "postgres"; url: string };
  }
}

export default async function setup(project: TestProject) {
  // Global setup runs in the main process, where the lane's `env` is not applied: the project name tells the lane.
  const engine = project.name === "db:postgres" ? "postgres" : "pglite";
  const started = Date.now();
  if (engine === "pglite") {
    const templateDir = mkdtempSync(path.join(os.tmpdir(), "alliances-pglite-"));
    const handle = await openDatabase({ engine: "pglite", dataDir: templateDir });
    await prepareDatabase(handle, { demo: true });
    await handle.close();
    console.log(`[db:pglite] template database prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    project.provide("testDatabase", { engine, templateDir });
    return () => rmSync(templateDir, { recursive: true, force: true });
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is required for the postgres lane");
  const url = await createScratchDatabase(adminUrl);
  const handle = await openDatabase({ engine: "postgres", url, maxConnections: 2 });
  await prepareDatabase(handle, { demo: true });
  await handle.close();
  console.log(`[db:postgres] fresh database ${new URL(url).pathname.slice(1)} prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("testDatabase", { engine, url });
  return () => dropScratchDatabase(adminUrl, url);
}
