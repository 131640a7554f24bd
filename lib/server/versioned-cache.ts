// A small in-process cache whose entries hold the version of the data they were computed from (e.g. the
// `directory_version` sequence, moved by every commit that changes the directory): an entry is used only while
// the caller reads the same version (a constant one makes it a plain time-bounded cache: the map's whole-country
// cells), and for `ttlMs` at most. Per database handle, so test lanes and scripts that
// open several databases never share entries. Concurrent misses for one key share one computation.

interface Entry<T> {
  version: string;
  storedAt: number;
  value: Promise<T>;
  /** Set once the value resolved: what a stale read may be given while a fresh one is computed. */
  settled?: boolean;
  refreshing?: boolean;
}

export class VersionedCache<T> {
  private readonly byDatabase = new WeakMap<object, Map<string, Entry<T>>>();

  constructor(
    /**
     * `serveStale`: once an entry has a value, a read after its version or time is given that value at once while one
     * fresh computation replaces it (for figures where a minute's lag is fine and a visitor should never wait).
     */
    private readonly options: { maxEntries: number; ttlMs: number; serveStale?: boolean },
    private readonly now: () => number = Date.now,
  ) {}

  get(database: object, key: string, version: string, compute: () => Promise<T>): Promise<T> {
    let entries = this.byDatabase.get(database);
    if (!entries) this.byDatabase.set(database, (entries = new Map()));
    const now = this.now();
    const entry = entries.get(key);
    if (entry && entry.version === version && now - entry.storedAt < this.options.ttlMs) {
      // Most recently used last: Map keeps insertion order, so the first keys are evicted first.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    }
    if (entry && this.options.serveStale && entry.settled) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        const fresh = compute();
        fresh.then(
          () => {
            if (entries.get(key) === entry) {
              entries.set(key, { version, storedAt: this.now(), value: fresh, settled: true });
            }
          },
          () => {
            entry.refreshing = false;
          },
        );
      }
      return entry.value;
    }
    const value = compute();
    entries.delete(key);
    const stored: Entry<T> = { version, storedAt: now, value };
    entries.set(key, stored);
    value.then(
      () => (stored.settled = true),
      () => undefined,
    );
    // A failed computation is not kept.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    while (entries.size > this.options.maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  }
}
