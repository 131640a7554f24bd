import { describe, expect, it } from "vitest";
import { OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { evaluate, evaluateScenario, TARGET_PRECISION_AT_5 } from "./evaluate";
import { EVALUATION_SCENARIOS, type EvalScenario } from "./scenarios";

describe("the evaluation set", () => {
  it("has at least 20 well-formed scenarios covering rural and urban places, each objective and each partnership type", () => {
    expect(EVALUATION_SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EVALUATION_SCENARIOS.map((scenario) => scenario.id)).size).toBe(EVALUATION_SCENARIOS.length);
    for (const setting of ["rural", "urban"] as const)
      expect(EVALUATION_SCENARIOS.filter((scenario) => scenario.setting === setting).length).toBeGreaterThanOrEqual(5);
    for (const objective of OBJECTIVES)
      expect(
        EVALUATION_SCENARIOS.some((scenario) => scenario.objective === objective),
        objective,
      ).toBe(true);
    for (const type of PARTNERSHIP_TYPES)
      expect(
        EVALUATION_SCENARIOS.some((scenario) => scenario.partnershipType === type),
        type,
      ).toBe(true);
    expect(EVALUATION_SCENARIOS.some((scenario) => scenario.focus)).toBe(true);
    for (const scenario of EVALUATION_SCENARIOS) {
      const keys = new Set(scenario.organisations.map((organisation) => organisation.key));
      expect(keys.size, scenario.id).toBe(scenario.organisations.length);
      expect(keys.has(scenario.subject), scenario.id).toBe(true);
      expect(scenario.expected.length, scenario.id).toBeGreaterThanOrEqual(3);
      for (const key of scenario.expected) {
        expect(keys.has(key), `${scenario.id}: ${key}`).toBe(true);
        expect(key, scenario.id).not.toBe(scenario.subject);
      }
    }
  });
});

describe("matching on the evaluation set", () => {
  it(`reaches precision@5 ≥ ${TARGET_PRECISION_AT_5}`, () => {
    const report = evaluate(EVALUATION_SCENARIOS);
    expect(report.precisionAt5).toBeGreaterThanOrEqual(TARGET_PRECISION_AT_5);
    expect(report.recallAt10).toBeGreaterThan(0);
    // The scoring must add something over mere proximity and over chance.
    expect(report.precisionAt5).toBeGreaterThan(report.nearestPrecisionAt5);
    expect(report.precisionAt5).toBeGreaterThan(report.randomPrecisionAt5);
  });

  it("measures what it claims: a ranking that ignores the expected partners scores zero", () => {
    // A scenario whose expected partners are the ones the matcher ranks last must score 0 on precision@5.
    const scenario = EVALUATION_SCENARIOS[0]!;
    const proposed = evaluateScenario(scenario).proposed;
    const others = scenario.organisations
      .map((organisation) => organisation.key)
      .filter((key) => key !== scenario.subject && !proposed.slice(0, 5).includes(key));
    if (others.length >= 3) {
      const inverted: EvalScenario = { ...scenario, expected: others.slice(0, 3) };
      expect(evaluateScenario(inverted).precisionAt5).toBe(0);
    }
    const perfect: EvalScenario = { ...scenario, expected: proposed.slice(0, 5) };
    if (perfect.expected.length >= 3) expect(evaluateScenario(perfect).precisionAt5).toBe(1);
  });
});
