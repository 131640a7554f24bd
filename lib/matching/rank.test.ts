import { describe, expect, it } from "vitest";
import { haversineKm } from "@/lib/geo/distance";
import { SeededRandom } from "@/db/seed/random";
import { loadEvaluationSuite } from "@/db/seed/matching-evaluation";
import { availabilityBounds, contenders, rankCandidates } from "./rank";
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

/** Random introduction figures at their extremes, where the margins of contenders matter: unknown, fastest, slowest, at the cap. */
function withAvailability<T extends MatchProfile>(candidates: readonly T[], random: SeededRandom, withLoad: boolean): Map<string, T> {
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

describe("contenders", () => {
  it("keeps every candidate that ranks in the first places once availability is known, for both audiences", () => {
    const random = new SeededRandom(20_261_202);
    let pruned = 0;
    let total = 0;
    for (let index = 0; index < cities.length; index++) {
      const { subject, candidates, scaleKm } = retrieved(index);
      for (const [withLoad, limit] of [
        [false, 10],
        [true, 10],
        [true, 50],
        [false, 3],
      ] as const) {
        const options = { distances: new Map(candidates.map((candidate) => [candidate.id, candidate.distanceKm])), scaleKm, limit };
        const known = withAvailability(candidates, random, withLoad);
        const everyone = rankCandidates(subject, [...known.values()], options);
        const shortlist = contenders(subject, candidates, { ...options, withLoad });
        const fromShortlist = rankCandidates(
          subject,
          shortlist.map((candidate) => known.get(candidate.id)!),
          options,
        );
        expect(fromShortlist).toEqual(everyone);
        pruned += candidates.length - shortlist.length;
        total += candidates.length;
      }
    }
    // It is worth its cost: most candidates of a dense place are left out before their figures are read.
    expect(pruned / total).toBeGreaterThan(0.3);
  });

  it("bounds availability as the score applies it", () => {
    expect(availabilityBounds(false)).toEqual({ low: 0.95, high: 1.05 });
    expect(availabilityBounds(true).low).toBeCloseTo(0.76, 10);
  });
});
