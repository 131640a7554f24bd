// `npm run test:sqlmap`: sqlmap (https://sqlmap.org, Debian package `sqlmap`) against the public search API — the
// directory search and its filters, the commune and collectivité autocompletes, the map clusters — on `npm start`
// with a fresh embedded database (or on SQLMAP_BASE_URL when given). Fails when sqlmap reports any parameter
// injectable, or cannot run. Each target is tested with boolean, error, UNION, stacked and time-based techniques.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = Number(process.env.SQLMAP_PORT ?? 3203);
const given = process.env.SQLMAP_BASE_URL;
const base = given ?? `http://localhost:${port}`;
const level = process.env.SQLMAP_LEVEL ?? "2";

// Real values, so that the unaltered requests return results and a change in them would show.
const SQLMAP_TARGETS = [
  "/api/organisations?q=association&page=1&radius=30&near=69123",
  "/api/organisations?kind=association&theme=youth&odd=4&needs=premises&objective=hybrid_model",
  "/api/organisations?kind=entreprise&offers=skills&theme=education",
  "/api/organisations?region=84&departement=69&epci=200046977&commune=69123",
  "/api/organisations?lat=45.76&lon=4.84&radius=20",
  "/api/communes?q=lyon&limit=5",
  "/api/collectivites?q=lyon&level=commune&limit=5",
  "/api/map/clusters?bbox=-5,41,10,51&zoom=6&layers=organisations,catalysts&kind=association&theme=youth",
];

function sqlmapArguments(url: string, outputDir: string): string[] {
  return [
    "-u",
    url,
    "--batch",
    "--dbms=PostgreSQL",
    `--level=${level}`,
    "--risk=1",
    "--technique=BEUST",
    "--time-sec=2",
    "--threads=2",
    // A refused value answers 400: that page is content to compare, not a reason to stop.
    "--ignore-code=400,404",
    "--flush-session",
    "--disable-coloring",
    `--output-dir=${outputDir}`,
  ];
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the server did not answer ${url} in time`);
}

function runSqlmap(url: string, outputDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("sqlmap", sqlmapArguments(url, outputDir), { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`sqlmap exited with ${code}\n${output.slice(-2_000)}`))));
  });
}

async function main() {
  if (spawnSync("sqlmap", ["--version"]).status !== 0) {
    console.error("sqlmap is not installed (Debian/Ubuntu: apt-get install sqlmap).");
    process.exit(2);
  }
  let server: ChildProcess | undefined;
  const dataDir = given ? undefined : mkdtempSync(path.join(os.tmpdir(), "alliances-sqlmap-"));
  const outputDir = mkdtempSync(path.join(os.tmpdir(), "alliances-sqlmap-output-"));
  const started = Date.now();
  try {
    if (!given) {
      server = spawn("npm", ["start"], { stdio: "ignore", env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: "true" }, detached: true });
      console.log(`Starting the app on port ${port} (fresh embedded database)…`);
    }
    await waitForHealth(`${base}/api/health`, 300_000);
    const findings: string[] = [];
    for (const target of SQLMAP_TARGETS) {
      const began = Date.now();
      const output = await runSqlmap(`${base}${target}`, outputDir);
      const injectable = output
        .split("\n")
        .filter((line) => /is vulnerable|appears to be injectable|might be injectable|Parameter: .+ \((GET|POST)\)/i.test(line));
      const tested = /all tested parameters do not appear to be injectable/i.test(output);
      console.log(
        `${target}: ${injectable.length ? "INJECTABLE" : tested ? "no parameter injectable" : "inconclusive"} (${((Date.now() - began) / 1000).toFixed(0)} s)`,
      );
      if (injectable.length) findings.push(`${target}\n  ${injectable.join("\n  ")}`);
      else if (!tested) findings.push(`${target}: sqlmap did not conclude\n${output.slice(-1_500)}`);
    }
    console.log(`sqlmap ${SQLMAP_TARGETS.length} targets in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (findings.length) {
      console.error(findings.join("\n\n"));
      process.exitCode = 1;
    }
  } finally {
    // npm start runs next in a child: end the whole group it leads.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(outputDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
