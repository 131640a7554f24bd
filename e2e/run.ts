// `npm run test:e2e`: makes sure a browser is available (the system Chromium, else Playwright's download),
// then runs the Playwright suite against `npm start` (which builds the app when needed).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { systemChromium } from "./browser";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

if (!systemChromium() && !existsSync(chromium.executablePath())) {
  console.log("No system Chromium found: downloading Playwright's Chromium…");
  const install = spawnSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0) {
    console.error("Could not install a browser. Install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.");
    process.exit(install.status ?? 1);
  }
}

const result = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
