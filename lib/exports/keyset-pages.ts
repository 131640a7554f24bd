// Reads a whole table page by page, each page starting after the last key of the one before (keyset pagination):
// every page costs one index range scan, and memory holds one page whatever the table's size.

export const EXPORT_PAGE_SIZE = 1_000;

/** Yields the pages of `loadPage` until one comes back short; `keyOf` gives the key to resume after. */
export async function* keysetPages<Row>(
  loadPage: (afterKey: string | null, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Row[]> {
  let afterKey: string | null = null;
  for (;;) {
    const rows = await loadPage(afterKey, pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    afterKey = keyOf(rows[rows.length - 1]!);
  }
}

/**
 * A JSON array written piece by piece: `[`, the items separated by commas, `]`. Each yielded string is a page of
 * items, ready to be sent.
 */
export async function* jsonArrayChunks<Row>(pages: AsyncIterable<Row[]>, toItem: (row: Row) => unknown): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const rows of pages) {
    yield (first ? "" : ",") + rows.map((row) => JSON.stringify(toItem(row))).join(",");
    first = false;
  }
  yield "]";
}
