// Lint: Next's recommended rules plus TypeScript, and the house's boundaries (alliances/boundaries below):
// - client components (app/**, "use client") import neither the database nor a server-only module;
// - pure modules (lib/shared, lib/geo, matching's scoring, and any lib/ module that does not import "server-only")
//   import neither the database nor a server-only module, and the pure folders nothing of Next either;
// - app/ reaches the database only through lib/ (one data path); lib/ and db/ never import app/.
// Type-only imports are erased at build time and cross every boundary. lib/server/lint-boundaries.test.ts shows it firing.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Folders (and files) that must stay pure whatever they import: no database, no server-only module, no Next. */
const PURE = [
  "lib/shared/",
  "lib/geo/",
  "lib/matching/area.ts",
  "lib/matching/keys.ts",
  "lib/matching/rank.ts",
  "lib/matching/reasons.ts",
  "lib/matching/retrieval.ts",
  "lib/matching/score.ts",
  "lib/matching/weights.ts",
  "lib/matching/evaluation/",
  "lib/introductions/workflow.ts",
];
/** Entry points and test helpers of lib/ that open the database themselves. */
const EXEMPT = [/^lib\/cli\//, /^lib\/testing\//, /\.test\.tsx?$/];

const serverOnlyCache = new Map();
function isServerOnlyFile(file) {
  if (!serverOnlyCache.has(file)) {
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    serverOnlyCache.set(file, /^\s*import\s+["']server-only["'];?/m.test(text));
  }
  return serverOnlyCache.get(file);
}

/** The project file an import names ("@/x", "./x", "../x"), or null for packages. */
function resolveImport(root, fromFile, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}.mjs`, path.join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? base;
}

const boundaries = {
  meta: { type: "problem", schema: [], messages: { forbidden: "{{why}} ({{spec}})." } },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const relative = path.relative(root, file).split(path.sep).join("/");
    const source = context.sourceCode.getText();
    const isClient = relative.startsWith("app/") && /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source);
    const inLib = relative.startsWith("lib/");
    const exempt = EXEMPT.some((pattern) => pattern.test(relative));
    const inPureFolder = PURE.some((prefix) => relative === prefix || relative.startsWith(prefix));
    const pureLib = inLib && !exempt && (inPureFolder || !/^\s*import\s+["']server-only["']/m.test(source));

    function check(node, spec, typeOnly) {
      if (typeof spec !== "string") return;
      const report = (why) => context.report({ node, messageId: "forbidden", data: { why, spec } });
      const target = resolveImport(root, file, spec);
      const targetRelative = target ? path.relative(root, target).split(path.sep).join("/") : null;
      if ((inLib || relative.startsWith("db/")) && targetRelative?.startsWith("app/")) return report("lib/ and db/ never import app/");
      if (inPureFolder && spec === "server-only") return report("A pure module does not import server-only");
      if (typeOnly) return;
      if (relative.startsWith("app/") && !exempt && (targetRelative?.startsWith("db/") || spec.startsWith("@/db"))) {
        return report(isClient ? "A client component does not import the database" : "app/ reaches the database through lib/ only");
      }
      if (!(isClient || pureLib)) return;
      const where = isClient ? "A client component" : "A pure module";
      if (spec === "server-only") return;
      if (targetRelative?.startsWith("db/") || spec.startsWith("@/db")) return report(`${where} does not import the database`);
      if (target && targetRelative?.startsWith("lib/") && isServerOnlyFile(target)) return report(`${where} does not import a server-only module`);
      if (inPureFolder && (spec === "next" || spec.startsWith("next/"))) return report("A pure module does not import Next");
    }
    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((item) => item.importKind === "type"));
        check(node, node.source.value, typeOnly);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value, false);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === "type");
      },
    };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.{ts,tsx}"],
    plugins: { alliances: { rules: { boundaries } } },
    rules: { "alliances/boundaries": "error" },
  },
  {
    // Raw SQL rows are parsed at the boundary (parsedRows in db/client.ts) or read through drizzle's builder:
    // queryRows's bare cast lets a renamed column read as undefined, so it is for tests and their helpers only.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "db/testing/**", "lib/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^@/db|/db|^\\.\\.?)/client$",
              importNames: ["queryRows"],
              message: "Parse raw rows with parsedRows(db, query, rowSchema), or read through drizzle's builder.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
