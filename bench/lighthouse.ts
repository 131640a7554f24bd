// Lighthouse (the npm package's CLI, in its own process) against `next start` with the system Chromium,
// headless and without sandbox (root on these machines): the four category scores of a page.
import { spawnSync } from "node:child_process";
import path from "node:path";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>;

export function runLighthouse(url: string, chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium"): LighthouseScores {
  const result = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr.slice(-500)}`);
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, report.categories[category]?.score ?? null])) as LighthouseScores;
}
