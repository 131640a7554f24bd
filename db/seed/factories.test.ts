import { describe, expect, it } from "vitest";
import { THEMES, type Theme } from "../../lib/shared/vocabulary";
import { itemThemes } from "./factories";
import { SeededRandom } from "./random";

describe("a generated need or offer's themes", () => {
  const organisationThemes: Theme[] = ["youth", "health", "sport"];

  it("are a non-empty subset of the organisation's, from one of them to all, without repeats", () => {
    const random = new SeededRandom(7);
    const sizes = new Set<number>();
    for (let draw = 0; draw < 500; draw += 1) {
      const themes = itemThemes(random, organisationThemes);
      expect(themes.length).toBeGreaterThanOrEqual(1);
      expect(new Set(themes).size).toBe(themes.length);
      expect(themes.every((theme) => organisationThemes.includes(theme))).toBe(true);
      sizes.add(themes.length);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3]);
  });

  it("take one draw, and start with the theme a single pick would have given, so that the rest of the data stays as it was", () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const picked = new SeededRandom(seed);
      const subset = new SeededRandom(seed);
      expect(itemThemes(subset, organisationThemes)[0]).toBe(picked.pick(organisationThemes));
      expect(subset.next()).toBe(picked.next());
    }
  });

  it("are the organisation's only theme when it has one", () => {
    const random = new SeededRandom(3);
    for (const theme of THEMES) expect(itemThemes(random, [theme])).toEqual([theme]);
  });
});
