// The postgres.js driver is patched at install (db/patches, applied by `patch-package` in `postinstall`): 3.4.9,
// the newest release, keeps a cancelled write timer after a connection closes, so the reconnected socket's
// writes never flush and the pool hangs after a database restart; and it keeps the error the server sent as it shut
// down, which the connection's next query then fails with (bench/resilience checks the behaviour).
// This checks every build of the driver that Node or the bundler may load carries the fix, so an install run
// with --ignore-scripts, or an upgrade that drops the patch, fails here rather than in production.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const driver = path.resolve(import.meta.dirname, "..", "node_modules", "postgres");
const builds = ["src", "cjs/src", "cf/src"];

describe("the patched postgres.js driver", () => {
  it.each(builds)(
    "%s/connection.js forgets the write timer, the query and the server's error when a connection ends, and never writes to a closed socket",
    (build) => {
      const source = readFileSync(path.join(driver, build, "connection.js"), "utf8");
      const body = (name: string) => {
        const start = source.indexOf(`function ${name}(`);
        expect(start, name).toBeGreaterThan(-1);
        return source.slice(start, source.indexOf("\n  }\n", start));
      };
      for (const name of ["closed", "terminate"]) {
        const text = body(name);
        expect(text.indexOf("chunk = nextWriteTimer = null"), name).toBeGreaterThan(text.indexOf("clearImmediate(nextWriteTimer)"));
      }
      expect(body("nextWrite")).toMatch(/if \(socket === null\) \{[\s\S]*error\(Errors\.connection\('CONNECTION_CLOSED'/);
      // A closed connection forgets its query and the error its server sent, which the next query got otherwise.
      expect(body("closed")).toMatch(/error\(Errors\.connection\('CONNECTION_CLOSED', options, socket\)\)\s*\n(\s*\/\/.*\n)*\s*query = errorResponse = null/);
    },
  );

  it("is the version the patch was written for", () => {
    const { version } = JSON.parse(readFileSync(path.join(driver, "package.json"), "utf8")) as { version: string };
    const patches = readFileSync(path.resolve(import.meta.dirname, "..", "package.json"), "utf8");
    expect(patches).toContain('"postinstall": "patch-package --patch-dir db/patches"');
    expect(version).toBe("3.4.9");
  });
});
