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
 * A JSON array written piece by piece: the first chunk is `[` with the first page's items (so that reading two
 * chunks of a download reaches the database, see streamedDownload), then one chunk per page, then `]`.
 */
export async function* jsonArrayChunks<Row>(pages: AsyncIterable<Row[]>, toItem: (row: Row) => unknown): AsyncGenerator<string> {
  let separator = "[";
  for await (const rows of pages) {
    yield separator + rows.map((row) => JSON.stringify(toItem(row))).join(",");
    separator = ",";
  }
  yield separator === "[" ? "[]" : "]";
}
