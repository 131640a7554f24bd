// `npm run matching:evaluate`: runs partner matching on the hand-written evaluation scenarios and prints
// precision@5 and recall@10, scenario by scenario and overall. Exits 1 below the target precision.
import { evaluate, TARGET_PRECISION_AT_5 } from "@/lib/matching/evaluation/evaluate";
import { EVALUATION_SCENARIOS } from "@/lib/matching/evaluation/scenarios";

const report = evaluate(EVALUATION_SCENARIOS);
const format = (value: number) => value.toFixed(2);
const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

console.log(`${pad("scenario", 44)} ${pad("setting", 10)} ${pad("focus", 5)} p@5   r@10  missed (expected but not in the top ten)`);
for (const result of report.scenarios) {
  const missed = result.expected.filter((key) => !result.proposed.slice(0, 10).includes(key));
  console.log(
    `${pad(result.id, 44)} ${pad(result.setting, 10)} ${pad(result.focused ? "yes" : "", 5)} ${format(result.precisionAt5)}  ${format(result.recallAt10)}  ${missed.join(", ")}`,
  );
}
console.log("");
for (const [setting, summary] of Object.entries(report.bySetting)) {
  console.log(`${pad(setting, 10)} ${summary.count} scenarios  p@5 ${format(summary.precisionAt5)}  r@10 ${format(summary.recallAt10)}`);
}
console.log(
  `\n${report.scenarios.length} scenarios · precision@5 ${format(report.precisionAt5)} (target ≥ ${TARGET_PRECISION_AT_5}) · recall@10 ${format(report.recallAt10)} · partnership type agreement ${format(report.partnershipTypeAgreement)}`,
);
console.log(`Baselines for scale: the five nearest ${format(report.nearestPrecisionAt5)} · five at random ${format(report.randomPrecisionAt5)}`);
process.exit(report.precisionAt5 >= TARGET_PRECISION_AT_5 ? 0 : 1);
