// Supply chain, checked in `npm test` (the registry here cannot answer `npm audit`): the packages with known
// advisories below a version are installed at or above it, and every dependency is pinned to one exact version,
// so a fresh install gets what was reviewed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

interface PackageJson {
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
}

function readPackage(file: string): PackageJson {
  return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
}

/** Release part of a version ("16.4.5-canary.1" → [16, 4, 5]); prerelease tags are compared apart. */
function compareVersions(a: string, b: string): number {
  const [releaseA = "", preA] = a.split("-", 2);
  const [releaseB = "", preB] = b.split("-", 2);
  const partsA = releaseA.split(".").map(Number);
  const partsB = releaseB.split(".").map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  // 1.0.0-beta < 1.0.0
  if (preA === undefined && preB === undefined) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB, "en", { numeric: true });
}

/** An exact version: digits, dots and an optional prerelease tag; no range operator, tag, URL or wildcard. */
function isExactVersion(spec: string): boolean {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(spec);
}

// Floors from the advisories we know of: React Server Components (next, react) and nodemailer.
const FLOORS: Record<string, string> = { next: "16.3.3", react: "19.2.1", "react-dom": "19.2.1", nodemailer: "8.0.5" };

const manifest = readPackage(path.join(root, "package.json"));
const declared = { ...manifest.dependencies, ...manifest.devDependencies };

describe("version comparison", () => {
  it.each([
    ["16.4.5", "16.3.3", 1],
    ["16.3.3", "16.3.3", 0],
    ["16.3.2", "16.3.3", -1],
    ["16.10.0", "16.9.9", 1],
    ["19.2.0", "19.2.1", -1],
    ["5.0.0-beta.32", "5.0.0-beta.4", 1],
    ["5.0.0-beta.32", "5.0.0", -1],
    ["8.0.11", "8.0.5", 1],
  ])("%s against %s gives %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it.each(["^16.4.5", "~8.0.11", "16.x", "*", "latest", ">=1.0.0", "beta", "1.2", "github:user/repo", "16.4.5 || 17"])("%s is not exact", (spec) => {
    expect(isExactVersion(spec)).toBe(false);
  });

  it.each(["16.4.5", "5.0.0-beta.32", "0.0.1"])("%s is exact", (spec) => {
    expect(isExactVersion(spec)).toBe(true);
  });
});

describe("dependency floors", () => {
  it.each(Object.entries(FLOORS))("%s is declared and installed at %s or later", (name, floor) => {
    const spec = declared[name];
    expect(spec, `${name} is a dependency`).toBeDefined();
    expect(compareVersions(spec!, floor), `package.json pins ${name}@${spec}`).toBeGreaterThanOrEqual(0);
    const installed = readPackage(path.join(root, "node_modules", name, "package.json")).version;
    expect(compareVersions(installed, floor), `node_modules holds ${name}@${installed}`).toBeGreaterThanOrEqual(0);
    // What runs is what package.json says (a stale node_modules would hide a downgrade or an upgrade).
    expect(installed).toBe(spec);
  });

  it("next-auth is pinned to one exact (beta) version, installed as declared", () => {
    const spec = manifest.dependencies?.["next-auth"];
    expect(spec).toBeDefined();
    expect(isExactVersion(spec!)).toBe(true);
    expect(readPackage(path.join(root, "node_modules", "next-auth", "package.json")).version).toBe(spec);
  });

  it("every dependency, dev dependency and override is pinned to an exact version", () => {
    const loose = Object.entries({ ...declared, ...manifest.overrides }).filter(([, spec]) => !isExactVersion(spec));
    expect(loose).toEqual([]);
  });

  it("the lockfile records the same versions as package.json", () => {
    const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
    const drift = Object.entries(declared).filter(([name, spec]) => lock.packages[`node_modules/${name}`]?.version !== spec);
    expect(drift).toEqual([]);
  });
});
