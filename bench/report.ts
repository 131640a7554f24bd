// The bench's latency table: each case's timings against its target, with the verdict (shared by the run and the
// smoke test, so what the report says is tested).
import type { Engine } from "../db/client";
import type { CaseResult } from "./latency";
import { formatMs, markdownTable, verdict } from "./stats";
import { LATENCY_TARGETS } from "./targets";

export function latencyTable(engine: Engine, results: CaseResult[]): string {
  const rows = results.map((result) => {
    const target = LATENCY_TARGETS[result.key];
    const timing = target ? verdict(result.timings.p95, target.p95Ms[engine], "atMost") : "";
    const payload =
      result.jsonKb && target?.payloadKb
        ? ` ${result.jsonKb.p95.toFixed(1)} KB JSON (${result.gzipKb!.p95.toFixed(1)} gzip): ${verdict(result.jsonKb.p95, target.payloadKb, "atMost")}`
        : "";
    return [
      result.name,
      formatMs(result.timings.median),
      formatMs(result.timings.p95),
      formatMs(result.timings.p99),
      formatMs(result.timings.max),
      result.empty,
      target ? `p95 ≤ ${target.p95Ms[engine]} ms${target.payloadKb ? `, ≤ ${target.payloadKb} KB` : ""}` : "",
      `${timing}${payload}`,
    ];
  });
  return markdownTable(["case", ">median ms", ">p95 ms", ">p99 ms", ">max ms", ">empty", "target", "verdict (p95; payload p95)"], rows);
}
