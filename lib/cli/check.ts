// `npm run check`: the quick loop before a commit — typecheck, lint, format check and unit tests at once, each one's
// output shown when it ends, and a non-zero exit when any fails. (`npm test` runs these and the database and e2e
// suites, one after another.)
import { spawn } from "node:child_process";

const STEPS: [name: string, script: string][] = [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["format", "format:check"],
  ["unit tests", "test:unit"],
];

function run(name: string, script: string): Promise<{ name: string; ok: boolean; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { env: { ...process.env, FORCE_COLOR: "1" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("close", (code) => {
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`\n── ${name} ${code === 0 ? "passed" : "FAILED"} (${seconds.toFixed(1)} s)\n${code === 0 ? "" : output}`);
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

const results = await Promise.all(STEPS.map(([name, script]) => run(name, script)));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
console.log(failed.length ? `\ncheck: ${failed.join(", ")} failed` : "\ncheck: all passed");
process.exit(failed.length ? 1 : 0);
