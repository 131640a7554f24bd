// `next start` for the HTTP and Lighthouse parts: builds first when the build is missing or older than the
// sources (the same check as `npm start`), then serves on a free port against the bench data set.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { buildIsStale } from "../lib/cli/build-freshness";
import type { Dataset } from "./datasets";

export interface RunningServer {
  url: string;
  /** The `next start` process, so a test can tell it was not restarted. */
  pid: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function buildIfStale(log: (message: string) => void): void {
  if (!buildIsStale()) return;
  log("Building the app (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("npm run build failed");
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`next start did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * Serves the built app on the data set (the set must be closed in this process first when it is PGlite's); `env`
 * adds settings (e.g. SMTP_URL for the resilience tests).
 */
export async function startServer(dataset: Dataset, options: { env?: Record<string, string>; log?: (line: string) => void } = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: dataset.engine === "postgres" ? dataset.location : "",
    DATA_DIR: dataset.engine === "pglite" ? dataset.location : (process.env.DATA_DIR ?? ".data"),
    ...options.env,
  };
  const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", options.log ? "pipe" : "inherit"],
  });
  if (options.log) {
    const log = options.log;
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => chunk.split("\n").filter(Boolean).forEach(log));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitUntilHealthy(url, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? 0, stop };
}
