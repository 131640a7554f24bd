// The house's import boundaries (alliances/boundaries in eslint.config.mjs) fire on forbidden imports and stay quiet
// on allowed ones, linted as if the sample sat at the given path.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((message) => message.ruleId === "alliances/boundaries").map((message) => message.message);
}

const CLIENT = `"use client";\n`;

describe("import boundaries", () => {
  it.each([
    [
      "a client component importing the database",
      "app/(public)/sample.tsx",
      `${CLIENT}import { queryRows } from "@/db/client";\nexport const x = queryRows;\n`,
      /client component does not import the database/,
    ],
    [
      "a client component importing a server-only module",
      "app/(public)/sample.tsx",
      `${CLIENT}import { searchOrganisations } from "@/lib/organisations/directory";\nexport const x = searchOrganisations;\n`,
      /client component does not import a server-only module/,
    ],
    [
      "a client component importing server-only by a relative path",
      "app/components/sample.tsx",
      `${CLIENT}import { getViewer } from "../../lib/auth/session";\nexport const x = getViewer;\n`,
      /server-only module/,
    ],
    [
      "a page importing the database itself",
      "app/(public)/sample/page.tsx",
      `import { queryRows } from "@/db/client";\nexport const x = queryRows;\n`,
      /through lib\/ only/,
    ],
    [
      "a pure shared module importing the database",
      "lib/shared/sample.ts",
      `import { getDatabase } from "@/lib/server/db";\nexport const x = getDatabase;\n`,
      /pure module does not import a server-only module/,
    ],
    [
      "a pure shared module importing Next",
      "lib/shared/sample.ts",
      `import { cookies } from "next/headers";\nexport const x = cookies;\n`,
      /pure module does not import Next/,
    ],
    ["a pure folder made server-only", "lib/geo/sample.ts", `import "server-only";\nexport const x = 1;\n`, /pure module does not import server-only/],
    [
      "matching's scoring importing the database",
      "lib/matching/score.ts",
      `import { queryRows } from "@/db/client";\nexport const x = queryRows;\n`,
      /pure module does not import the database/,
    ],
    [
      "a lib module without server-only importing the database",
      "lib/organisations/sample.ts",
      `import { organisations } from "@/db/schema";\nexport const x = organisations;\n`,
      /pure module does not import the database/,
    ],
    [
      "lib importing app",
      "lib/organisations/sample.ts",
      `import "server-only";\nimport { GET } from "@/app/api/health/route";\nexport const x = GET;\n`,
      /never import app/,
    ],
    ["db importing app", "db/sample.ts", `import { GET } from "../app/api/health/route";\nexport const x = GET;\n`, /never import app/],
  ])("refuse %s", async (_name, file, code, message) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    [
      "a client component importing a pure module",
      "app/(public)/sample.tsx",
      `${CLIENT}import { THEMES } from "@/lib/shared/vocabulary";\nexport const x = THEMES;\n`,
    ],
    [
      "a client component importing only types from a server-only module",
      "app/(public)/sample.tsx",
      `${CLIENT}import type { Viewer } from "@/lib/auth/viewer";\nexport type X = Viewer;\n`,
    ],
    [
      "a server component importing a data-access module",
      "app/(public)/sample/page.tsx",
      `import { searchOrganisations } from "@/lib/organisations/directory";\nexport const x = searchOrganisations;\n`,
    ],
    [
      "a data-access module importing the database",
      "lib/organisations/sample.ts",
      `import "server-only";\nimport { queryRows } from "@/db/client";\nexport const x = queryRows;\n`,
    ],
    ["a pure module importing a pure module", "lib/matching/sample.ts", `import { haversineKm } from "@/lib/geo/distance";\nexport const x = haversineKm;\n`],
    [
      "a lib test opening the database",
      "lib/shared/sample.db.test.ts",
      `import { openTestDatabase } from "@/db/testing/test-database";\nexport const x = openTestDatabase;\n`,
    ],
  ])("allow %s", async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

describe("raw rows parsed at the boundary", () => {
  const unchecked = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result!.messages.filter((message) => message.ruleId === "no-restricted-imports").length;
  };
  const importing = (spec: string, name: string) => `import "server-only";\nimport { ${name} } from "${spec}";\nexport const x = ${name};\n`;

  it("refuses queryRows's bare cast in lib/, app/ and db/, by any path", async () => {
    expect(await unchecked("lib/organisations/sample.ts", importing("@/db/client", "queryRows"))).toBe(1);
    expect(await unchecked("app/(public)/sample/page.tsx", importing("@/db/client", "queryRows"))).toBe(1);
    expect(await unchecked("db/sample.ts", importing("./client", "queryRows"))).toBe(1);
    expect(await unchecked("lib/organisations/sample.ts", importing("../../db/client", "queryRows"))).toBe(1);
  });

  it("allows parsedRows, and queryRows in tests and their helpers", async () => {
    expect(await unchecked("lib/organisations/sample.ts", importing("@/db/client", "parsedRows"))).toBe(0);
    expect(await unchecked("lib/organisations/sample.db.test.ts", importing("@/db/client", "queryRows"))).toBe(0);
    expect(await unchecked("db/testing/sample.ts", importing("../client", "queryRows"))).toBe(0);
  });
});
