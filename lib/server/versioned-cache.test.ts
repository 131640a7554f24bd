import { describe, expect, it } from "vitest";
import { VersionedCache } from "./versioned-cache";

describe("VersionedCache", () => {
  const database = {};
  const setup = () => {
    let clock = 0;
    let computed = 0;
    const cache = new VersionedCache<number>({ maxEntries: 2, ttlMs: 1_000 }, () => clock);
    const compute = () => Promise.resolve(++computed);
    return { cache, compute, advance: (ms: number) => (clock += ms), computed: () => computed };
  };

  it("answers from the entry while the version is the same and the entry young", async () => {
    const { cache, compute, advance, computed } = setup();
    expect(await cache.get(database, "a", "1", compute)).toBe(1);
    advance(999);
    expect(await cache.get(database, "a", "1", compute)).toBe(1);
    expect(computed()).toBe(1);
    advance(1);
    expect(await cache.get(database, "a", "1", compute)).toBe(2);
  });

  it("computes again as soon as the version moves, and keeps databases apart", async () => {
    const { cache, compute } = setup();
    await cache.get(database, "a", "1", compute);
    expect(await cache.get(database, "a", "2", compute)).toBe(2);
    expect(await cache.get({}, "a", "2", compute)).toBe(3);
  });

  it("shares one computation between concurrent misses, forgets failures, evicts the least recently used", async () => {
    const { cache, compute, computed } = setup();
    const [first, second] = await Promise.all([cache.get(database, "a", "1", compute), cache.get(database, "a", "1", compute)]);
    expect([first, second, computed()]).toEqual([1, 1, 1]);
    await expect(cache.get(database, "b", "1", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get(database, "b", "1", compute)).toBe(2);
    await cache.get(database, "a", "1", compute); // a is now the most recently used
    await cache.get(database, "c", "1", compute); // evicts b
    expect(await cache.get(database, "a", "1", compute)).toBe(1);
    expect(await cache.get(database, "b", "1", compute)).toBe(4);
  });

  it("with serveStale, gives the last value at once after its time or version while one fresh computation replaces it", async () => {
    let clock = 0;
    let computed = 0;
    let release!: () => void;
    const cache = new VersionedCache<number>({ maxEntries: 2, ttlMs: 1_000, serveStale: true }, () => clock);
    const slow = () => new Promise<number>((resolve) => (release = () => resolve(++computed)));
    const first = cache.get(database, "a", "1", slow);
    release();
    expect(await first).toBe(1);
    clock = 1_000;
    // Stale: the old value, and one refresh however many ask.
    expect(await cache.get(database, "a", "2", slow)).toBe(1);
    expect(await cache.get(database, "a", "2", () => Promise.resolve(99))).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(computed).toBe(2);
    expect(await cache.get(database, "a", "2", slow)).toBe(2);
    // A failed refresh keeps the old value, and the next read tries again.
    clock = 2_000;
    expect(await cache.get(database, "a", "3", () => Promise.reject(new Error("down")))).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get(database, "a", "3", () => Promise.resolve(7))).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get(database, "a", "3", () => Promise.resolve(8))).toBe(7);
  });
});
