import { describe, expect, it } from "vitest";
import { markdownTable, percentile, summarize, verdict } from "./stats";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles from observed values", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it("summarizes unsorted timings without changing them", () => {
    const values = [5, 1, 4, 2, 3];
    expect(summarize(values)).toEqual({ count: 5, median: 3, p95: 5, p99: 5, max: 5 });
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it("refuses an empty list", () => {
    expect(() => percentile([], 0.5)).toThrow();
  });

  it("says whether a target is met, with the ratio", () => {
    expect(verdict(1.5, 2, "atMost")).toBe("met (0.75× target)");
    expect(verdict(3, 2, "atMost")).toBe("**not met** (1.50× target)");
    expect(verdict(0.6, 0.7, "atLeast")).toBe("**not met** (0.86× target)");
  });

  it("writes Markdown tables with right-aligned numeric columns", () => {
    expect(markdownTable(["case", ">ms"], [["a", 1]])).toBe("| case | ms |\n| --- | ---: |\n| a | 1 |");
  });
});
