// End-to-end journeys in Chromium against the production server (`npm start`: build, migrate, demo data, serve)
// on a fresh embedded database, so every run also proves the first start of a new install.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { systemChromium } from "./e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = systemChromium();
// Playwright loads this file in every worker too: create the data folder once and hand it down.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "alliances-e2e-"));

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          // Closed networks: no background connections, no component updates.
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // As the README's first command runs: no SMTP, no mailbox setting (the mailbox answers this machine only).
    env: { PORT: String(port), DATA_DIR: process.env.E2E_DATA_DIR },
  },
});
