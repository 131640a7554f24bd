import { describe, expect, it } from "vitest";
import { haversineKm } from "@/lib/geo/distance";
import { SeededRandom } from "@/db/seed/random";
import { loadEvaluationSuite } from "@/db/seed/matching-evaluation";
import { rankCandidates, rankScored, scoreCandidates } from "./rank";
import { withAvailability } from "./score";
import { retrieveInMemory } from "./retrieval";
import type { MatchProfile } from "./score";

// Real retrievals: the city scenarios' subjects on the evaluation's dense background, where hundreds of candidates
// share a point and many score alike.
const suite = loadEvaluationSuite(8_000);
const cities = suite.scenarios.filter((scenario) => scenario.set === "city");

function retrieved(scenarioIndex: number) {
  const scenario = cities[scenarioIndex]!;
  const subject = scenario.profiles.find((profile) => profile.id === scenario.subject)!;
  const pool = [...suite.background, ...scenario.profiles].map((profile) => ({ ...profile, distanceKm: haversineKm(subject, profile) }));
  return { subject, ...retrieveInMemory(subject, pool) };
}

/** Random introduction figures, often at their extremes: unknown, fastest, slowest, at the cap. */
function randomFigures<T extends MatchProfile>(candidates: readonly T[], random: SeededRandom, withLoad: boolean): Map<string, T> {
  return new Map(
    candidates.map((candidate) => [
      candidate.id,
      {
        ...candidate,
        responsiveness: random.chance(0.4) ? 0.5 : random.chance(0.5) ? 1 : 0,
        load: withLoad && random.chance(0.4) ? 1 : 0,
      },
    ]),
  );
}

describe("availability applied after scoring", () => {
  it("ranks as scoring with the figures from the start, for both audiences and any list length", () => {
    const random = new SeededRandom(20_261_202);
    let moved = 0;
    for (let index = 0; index < cities.length; index++) {
      const { subject, candidates, scaleKm } = retrieved(index);
      for (const [withLoad, limit] of [
        [false, 10],
        [true, 10],
        [true, 50],
        [false, 3],
      ] as const) {
        const options = { distances: new Map(candidates.map((candidate) => [candidate.id, candidate.distanceKm])), scaleKm, limit };
        const known = randomFigures(candidates, random, withLoad);
        const fromTheStart = rankCandidates(subject, [...known.values()], options);
        const scoredFirst = scoreCandidates(subject, candidates, options);
        const afterwards = rankScored(
          scoredFirst.map((result) => withAvailability(result, known.get(result.candidateId)!)),
          options,
        );
        expect(afterwards).toEqual(fromTheStart);
        // The figures matter: without them the list is another one somewhere.
        if (JSON.stringify(rankScored(scoredFirst, options).map((item) => item.candidateId)) !== JSON.stringify(fromTheStart.map((item) => item.candidateId)))
          moved++;
      }
    }
    expect(moved).toBeGreaterThan(cities.length);
  });
});
