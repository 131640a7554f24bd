// Raw SQL rows are checked at the boundary (parsedRows, db/client.ts): a renamed alias fails loudly on both engines
// instead of reading as `undefined`; and the engines' result shapes the row schemas rely on are pinned here.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { openTestDatabase } from "./testing/test-database";
import { parsedRows, queryRows, RowShapeError, type DatabaseHandle, type RowSchema } from "./client";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const communeRow = z.object({ code: z.string(), name: z.string(), population: z.number().nullable() });
const communeQuery = (nameAlias: string) =>
  sql`SELECT code, name AS ${sql.identifier(nameAlias)}, population FROM communes WHERE code IN ('75056', '69123', '13055') ORDER BY code`;

describe("parsedRows", () => {
  it("returns the rows of a query that has its schema's shape", async () => {
    const rows = await parsedRows(handle.db, communeQuery("name"), communeRow);
    expect(rows.map((row) => row.name)).toEqual(["Marseille", "Lyon", "Paris"]);
  });

  it("fails loudly, naming the field and the statement, when an alias is renamed", async () => {
    // The bare cast it replaces reads the renamed column as undefined, silently.
    const [unchecked] = await queryRows<z.infer<typeof communeRow>>(handle.db, communeQuery("label"));
    expect(unchecked!.name).toBeUndefined();

    const failure = await parsedRows(handle.db, communeQuery("label"), communeRow).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RowShapeError);
    expect((failure as Error).message).toMatch(/^Row 0 of a raw query does not match its schema: name: /);
    expect((failure as Error).message).toContain(`SELECT code, name AS "label", population FROM communes`);
  });

  it("fails on a changed type: a count left as int8 is a string on postgres.js, a number on PGlite", async () => {
    const counted = z.object({ total: z.number() });
    const query = sql`SELECT count(*) AS total FROM communes`;
    if (handle.engine === "postgres") await expect(parsedRows(handle.db, query, counted)).rejects.toThrow(RowShapeError);
    else expect((await parsedRows(handle.db, query, counted))[0]!.total).toBeGreaterThan(30_000);
    expect((await parsedRows(handle.db, sql`SELECT count(*)::int AS total FROM communes`, counted))[0]!.total).toBeGreaterThan(30_000);
  });

  it("checks every row in tests and development, the first row of each result in production", async () => {
    const row = z.object({ value: z.number() });
    const secondRowWrong = sql`SELECT * FROM (VALUES (1), (NULL::int)) AS t(value)`;
    await expect(parsedRows(handle.db, secondRowWrong, row)).rejects.toThrow(/^Row 1 of a raw query/);
    vi.stubEnv("NODE_ENV", "production");
    try {
      // Returned as the driver made it: the check never alters a row.
      expect(await parsedRows(handle.db, secondRowWrong, row)).toEqual([{ value: 1 }, { value: null }]);
      await expect(parsedRows(handle.db, sql`SELECT * FROM (VALUES (NULL::int), (1)) AS t(value)`, row)).rejects.toThrow(RowShapeError);
      expect(await parsedRows(handle.db, sql`SELECT 1 AS value WHERE false`, row)).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("takes checks only: a schema that transforms or defaults is refused by the type", () => {
    // @ts-expect-error a transform would apply to checked rows only (production checks the first one).
    const transforming: RowSchema<{ value: number }> = z.object({ value: z.string().transform(Number) });
    // @ts-expect-error a default likewise.
    const defaulting: RowSchema<{ value: number }> = z.object({ value: z.number().default(0) });
    expect([transforming, defaulting]).toHaveLength(2);
  });
});

describe("the engines' raw result shapes the row schemas rely on", () => {
  it("int8 differs by engine; numeric is text, timestamps and dates are text, json is parsed, on both", async () => {
    const [row] = await queryRows<Record<string, unknown>>(
      handle.db,
      sql`SELECT count(*) AS count, count(*)::int AS count_int, 2.5::numeric AS numeric, 1.5::float8 AS float, 2::smallint AS small,
                 now() AS timestamptz, current_date AS date, '{"a": [1]}'::jsonb AS jsonb, '[1, 2]'::json AS json,
                 ARRAY['a', 'b'] AS texts, ARRAY[1, 2]::smallint[] AS smallints
          FROM (VALUES (1)) AS t(x)`,
    );
    expect(typeof row!.count).toBe(handle.engine === "postgres" ? "string" : "number");
    expect(row).toMatchObject({ count_int: 1, numeric: "2.5", float: 1.5, small: 2, jsonb: { a: [1] }, json: [1, 2], texts: ["a", "b"], smallints: [1, 2] });
    expect(row!.timestamptz).toEqual(expect.any(String));
    expect(row!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
