import { describe, expect, it } from "vitest";
import { jsonArrayChunks, keysetPages } from "./keyset-pages";

const ROWS = Array.from({ length: 7 }, (_, index) => ({ id: `id-${index}` }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("keysetPages", () => {
  it("reads every row once, page after page, resuming after the last key", async () => {
    const calls: (string | null)[] = [];
    const load = async (after: string | null, limit: number) => {
      calls.push(after);
      const start = after === null ? 0 : ROWS.findIndex((row) => row.id === after) + 1;
      return ROWS.slice(start, start + limit);
    };
    const pages = await collect(keysetPages(load, (row) => row.id, 3));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(calls).toEqual([null, "id-2", "id-5"]);
  });

  it("asks once more after a full last page, and yields no empty page", async () => {
    const pages = await collect(
      keysetPages(
        async (after) => (after === null ? ROWS.slice(0, 7) : []),
        (row) => row.id,
        7,
      ),
    );
    expect(pages).toEqual([ROWS]);
  });
});

describe("jsonArrayChunks", () => {
  it("writes one valid JSON array across pages, and [] when there is none", async () => {
    async function* pages() {
      yield [1, 2];
      yield [3];
    }
    const chunks = await collect(jsonArrayChunks(pages(), (n) => ({ n })));
    expect(chunks[0]).toBe('[{"n":1},{"n":2}');
    expect(JSON.parse(chunks.join(""))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    async function* none(): AsyncGenerator<number[]> {}
    expect((await collect(jsonArrayChunks(none(), (n) => n))).join("")).toBe("[]");
  });
});
