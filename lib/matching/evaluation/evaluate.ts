// Runs the matching on the hand-written evaluation scenarios and measures it against what a catalyst expects:
// precision@5 (share of the first five proposals a catalyst expected, out of at most five expected) and
// recall@10 (share of the expected partners found in the first ten). Pure: the same code the product runs,
// with an in-memory retrieval in place of the database.
import { haversineKm } from "@/lib/geo/distance";
import { rankCandidates } from "../rank";
import { selectWithinRadius } from "../retrieval";
import type { MatchFocus, MatchProfile } from "../score";
import type { EvalOrganisation, EvalScenario } from "./scenarios";

/** What the matching must reach on the scenarios (issue: "target ≥ 0.8 precision@5"). */
export const TARGET_PRECISION_AT_5 = 0.8;

const KM_PER_DEGREE = 111.195;
/** Fictional territories are laid out around a point of central France. */
const ORIGIN = { lat: 46.5, lon: 2.5 };

function toProfile(organisation: EvalOrganisation): MatchProfile {
  return {
    id: organisation.key,
    kind: organisation.kind,
    themes: organisation.themes,
    odd: organisation.odd,
    objectives: organisation.objectives,
    lat: ORIGIN.lat + organisation.y / KM_PER_DEGREE,
    lon: ORIGIN.lon + organisation.x / (KM_PER_DEGREE * Math.cos((ORIGIN.lat * Math.PI) / 180)),
    epciCode: organisation.epci,
    departementCode: organisation.departement,
    monthsSinceUpdate: organisation.monthsSinceUpdate,
    needs: organisation.needs,
    offers: organisation.offers,
  };
}

export interface ScenarioResult {
  id: string;
  title: string;
  setting: EvalScenario["setting"];
  objective: EvalScenario["objective"];
  partnershipType: EvalScenario["partnershipType"];
  focused: boolean;
  expected: string[];
  proposed: string[];
  precisionAt5: number;
  recallAt10: number;
  /** Among the expected partners found in the top five, the share whose suggested partnership type is the scenario's. */
  partnershipTypeAgreement: number | null;
  /** Baselines, for scale: the five nearest candidates, and the expectation of five drawn at random. */
  nearestPrecisionAt5: number;
  randomPrecisionAt5: number;
}

export function evaluateScenario(scenario: EvalScenario): ScenarioResult {
  const profiles = scenario.organisations.map(toProfile);
  const subject = profiles.find((profile) => profile.id === scenario.subject);
  if (!subject) throw new Error(`Scenario ${scenario.id}: unknown subject ${scenario.subject}`);
  const focusResource = scenario.focus ? (scenario.focus.direction === "need" ? subject.needs : subject.offers)[scenario.focus.index] : undefined;
  if (scenario.focus && !focusResource) throw new Error(`Scenario ${scenario.id}: no ${scenario.focus.direction} #${scenario.focus.index}`);
  const focus: MatchFocus | undefined = scenario.focus && focusResource ? { direction: scenario.focus.direction, resource: focusResource } : undefined;

  // Retrieval as in the product: candidates of the opposite resource when focused, then the radius rule.
  const eligible = profiles
    .filter((profile) => profile.id !== subject.id)
    .filter(
      (profile) => !focus || (focus.direction === "need" ? profile.offers : profile.needs).some((item) => item.resourceKind === focus.resource.resourceKind),
    )
    .map((profile) => ({ profile, distanceKm: haversineKm(subject, profile) }));
  const { candidates } = selectWithinRadius(eligible);
  const ranked = rankCandidates(
    subject,
    candidates.map((candidate) => candidate.profile),
    { focus, distances: new Map(candidates.map((candidate) => [candidate.profile.id, candidate.distanceKm])) },
  );
  const proposed = ranked.map((item) => item.candidateId);
  const expected = new Set(scenario.expected);
  const hitsAt = (count: number) => proposed.slice(0, count).filter((key) => expected.has(key));
  const top5Hits = ranked.slice(0, 5).filter((item) => expected.has(item.candidateId));
  const denominator = Math.min(5, expected.size);
  const nearestHits = candidates.slice(0, 5).filter((candidate) => expected.has(candidate.profile.id)).length;
  const expectedAmongCandidates = candidates.filter((candidate) => expected.has(candidate.profile.id)).length;
  const randomHits = candidates.length ? (Math.min(5, candidates.length) * expectedAmongCandidates) / candidates.length : 0;
  return {
    id: scenario.id,
    title: scenario.title,
    setting: scenario.setting,
    objective: scenario.objective,
    partnershipType: scenario.partnershipType,
    focused: Boolean(scenario.focus),
    expected: scenario.expected,
    proposed,
    precisionAt5: hitsAt(5).length / denominator,
    recallAt10: hitsAt(10).length / expected.size,
    partnershipTypeAgreement: top5Hits.length ? top5Hits.filter((item) => item.partnershipType === scenario.partnershipType).length / top5Hits.length : null,
    nearestPrecisionAt5: nearestHits / denominator,
    randomPrecisionAt5: randomHits / denominator,
  };
}

export interface EvaluationReport {
  scenarios: ScenarioResult[];
  precisionAt5: number;
  recallAt10: number;
  partnershipTypeAgreement: number;
  nearestPrecisionAt5: number;
  randomPrecisionAt5: number;
  bySetting: Record<string, { count: number; precisionAt5: number; recallAt10: number }>;
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

export function evaluate(scenarios: readonly EvalScenario[]): EvaluationReport {
  const results = scenarios.map(evaluateScenario);
  const bySetting: EvaluationReport["bySetting"] = {};
  for (const setting of new Set(results.map((result) => result.setting))) {
    const group = results.filter((result) => result.setting === setting);
    bySetting[setting] = {
      count: group.length,
      precisionAt5: mean(group.map((result) => result.precisionAt5)),
      recallAt10: mean(group.map((result) => result.recallAt10)),
    };
  }
  return {
    scenarios: results,
    precisionAt5: mean(results.map((result) => result.precisionAt5)),
    recallAt10: mean(results.map((result) => result.recallAt10)),
    partnershipTypeAgreement: mean(results.flatMap((result) => (result.partnershipTypeAgreement === null ? [] : [result.partnershipTypeAgreement]))),
    nearestPrecisionAt5: mean(results.map((result) => result.nearestPrecisionAt5)),
    randomPrecisionAt5: mean(results.map((result) => result.randomPrecisionAt5)),
    bySetting,
  };
}
