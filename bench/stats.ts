// Pure statistics and formatting helpers for the benchmark suite: percentiles of timings, ratios, and Markdown
// tables. No database, no Node APIs, so they are unit-tested and shared by every part of the bench.

export interface Summary {
  count: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile (0 < share ≤ 1) of ascending-sorted values: an observed value, never interpolated. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) throw new Error("no values");
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1]!,
  };
}

/** "met" or "not met" for a measure against an upper (≤) or lower (≥) bound, with the ratio measure ÷ target. */
export function verdict(value: number, target: number, direction: "atMost" | "atLeast"): string {
  const met = direction === "atMost" ? value <= target : value >= target;
  return `${met ? "met" : "**not met**"} (${(value / target).toFixed(2)}× target)`;
}

export function formatMs(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** A Markdown table; numbers are right-aligned when the column's header says so with a leading ">". */
export function markdownTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const right = headers.map((header) => header.startsWith(">"));
  const names = headers.map((header) => header.replace(/^>/, ""));
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(names), line(right.map((isRight) => (isRight ? "---:" : "---"))), ...rows.map(line)].join("\n");
}
