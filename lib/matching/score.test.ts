import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, RESOURCE_KINDS, type ActorKind } from "@/lib/shared/vocabulary";
import { diversify, rankCandidates } from "./rank";
import { describeReason } from "./reasons";
import { combineFits, proximityOf, scoreCandidate, type MatchProfile } from "./score";
import { COMPONENT_WEIGHTS, RANKING, SCORE_COMPONENTS } from "./weights";

// A point `km` kilometres east of the subject (1° of longitude at 45° N ≈ 78.7 km).
const KM_PER_LON_DEGREE_AT_45 = 78.71;

function profile(overrides: Partial<MatchProfile> & { id: string }): MatchProfile {
  return {
    kind: "association",
    themes: [],
    odd: [],
    objectives: [],
    lat: 45,
    lon: 5,
    epciCode: "200000001",
    departementCode: "38",
    monthsSinceUpdate: 2,
    needs: [],
    offers: [],
    ...overrides,
  };
}
const eastOf = (km: number) => ({ lat: 45, lon: 5 + km / KM_PER_LON_DEGREE_AT_45 });

const subject = profile({
  id: "subject",
  kind: "association",
  themes: ["digital_inclusion", "youth"],
  odd: [4, 10],
  objectives: ["territory_project"],
  needs: [{ resourceKind: "skills", themes: ["digital_inclusion"] }],
  offers: [{ resourceKind: "field_access", themes: ["youth"] }],
});

describe("scoring properties", () => {
  it("is never worse for a closer candidate, all else equal", () => {
    const base = {
      id: "c",
      kind: "entreprise" as ActorKind,
      offers: [{ resourceKind: "skills" as const, themes: [] }],
      epciCode: "other",
      departementCode: "69",
    };
    let previous = Infinity;
    for (const km of [0, 1, 3, 8, 15, 30, 60, 120, 250]) {
      const { score } = scoreCandidate(subject, profile({ ...base, ...eastOf(km) }));
      expect(score).toBeLessThanOrEqual(previous);
      previous = score;
    }
    for (let km = 0; km < 300; km += 0.5) expect(proximityOf(km, false, false)).toBeGreaterThanOrEqual(proximityOf(km + 0.5, false, false));
  });

  it("ranks a candidate whose offer meets a need above one with no fit, for every resource kind", () => {
    for (const resourceKind of RESOURCE_KINDS) {
      const needy = profile({ id: "s", needs: [{ resourceKind, themes: [] }] });
      const meets = scoreCandidate(needy, profile({ id: "a", kind: "entreprise", offers: [{ resourceKind, themes: [] }] }));
      const other = RESOURCE_KINDS.find((kind) => kind !== resourceKind)!;
      const misses = scoreCandidate(needy, profile({ id: "b", kind: "entreprise", offers: [{ resourceKind: other, themes: [] }] }));
      expect(meets.components.fit).toBeGreaterThan(0);
      expect(misses.components.fit).toBe(0);
      expect(meets.score).toBeGreaterThan(misses.score);
    }
  });

  it("scores a two-way exchange above a one-way one, and a shared theme above a theme mismatch", () => {
    const oneWay = scoreCandidate(subject, profile({ id: "a", kind: "entreprise", offers: [{ resourceKind: "skills", themes: ["digital_inclusion"] }] }));
    const twoWays = scoreCandidate(
      subject,
      profile({
        id: "b",
        kind: "entreprise",
        offers: [{ resourceKind: "skills", themes: ["digital_inclusion"] }],
        needs: [{ resourceKind: "field_access", themes: ["youth"] }],
      }),
    );
    expect(twoWays.components.fit).toBeGreaterThan(oneWay.components.fit);
    expect(twoWays.score).toBeGreaterThan(oneWay.score);
    const mismatch = scoreCandidate(
      subject,
      profile({ id: "c", kind: "entreprise", themes: ["sport"], offers: [{ resourceKind: "skills", themes: ["sport"] }] }),
    );
    expect(oneWay.components.fit).toBeGreaterThan(mismatch.components.fit);
    expect(combineFits(1, 1)).toBeCloseTo(1, 10);
    expect(combineFits(1, 0)).toBeLessThan(1);
    // What the subject needs counts before what it brings: meeting its need beats only needing its offer.
    expect(combineFits(1, 0)).toBeGreaterThan(combineFits(0, 1));
    // Two-way always beats one-way of the same quality, and a kind-only exchange both ways beats a perfect one-way offer taken.
    for (const quality of [0.6, 0.8, 1]) expect(combineFits(quality, quality)).toBeGreaterThan(combineFits(quality, 0));
    expect(combineFits(0.6, 0.6)).toBeGreaterThan(combineFits(0, 1));
  });

  it("counts how many of the subject's needs are met: two of two beats one of two, and the reason names every item", () => {
    const needy = profile({
      ...subject,
      needs: [
        { resourceKind: "premises", themes: ["youth"] },
        { resourceKind: "funding", themes: ["youth"] },
      ],
    });
    const both = scoreCandidate(
      needy,
      profile({
        id: "both",
        kind: "collectivite",
        offers: [
          { resourceKind: "premises", themes: ["youth"] },
          { resourceKind: "funding", themes: ["youth"] },
        ],
      }),
    );
    const one = scoreCandidate(needy, profile({ id: "one", kind: "collectivite", offers: [{ resourceKind: "premises", themes: ["youth"] }] }));
    expect(both.components.fit).toBeGreaterThan(one.components.fit);
    const reason = both.reasons.find((item) => item.code === "offers_what_you_need")!;
    expect(describeReason(reason, "fr", "member")).toBe("Propose des locaux (jeunesse) et du financement (jeunesse), vos deux besoins");
    expect(describeReason(one.reasons[0]!, "fr", "member")).toBe("Propose des locaux (jeunesse), 1 de vos 2 besoins");
    expect(describeReason(reason, "en", "public")).toBe("Offers premises (youth) and funding (youth), both of this organisation's needs");
  });

  it("prefers complementarity to sameness: another sector beats another kind of the same sector, which beats the same kind", () => {
    const withKind = (kind: ActorKind) => scoreCandidate(subject, profile({ id: kind, kind, themes: ["youth"] }));
    expect(withKind("entreprise").score).toBeGreaterThan(withKind("collectif").score);
    expect(withKind("collectif").score).toBeGreaterThan(withKind("association").score);
    for (const kind of ACTOR_KINDS) {
      if (kind === "association") continue;
      expect(withKind(kind).components.complementarity).toBeGreaterThan(withKind("association").components.complementarity);
    }
  });

  it("rewards the same intercommunality, then the same département, at the same distance", () => {
    const at = (epciCode: string, departementCode: string) =>
      scoreCandidate(subject, profile({ id: "x", kind: "entreprise", ...eastOf(12), epciCode, departementCode }));
    expect(at("200000001", "38").score).toBeGreaterThan(at("other", "38").score);
    expect(at("other", "38").score).toBeGreaterThan(at("other", "69").score);
  });

  it("keeps the score between 0 and 1 as the weighted sum of its components", () => {
    expect(SCORE_COMPONENTS.reduce((sum, key) => sum + COMPONENT_WEIGHTS[key], 0)).toBeCloseTo(1, 10);
    const best = scoreCandidate(
      subject,
      profile({
        id: "best",
        kind: "entreprise",
        themes: ["digital_inclusion", "youth"],
        odd: [4, 10],
        objectives: ["territory_project"],
        offers: [{ resourceKind: "skills", themes: ["digital_inclusion"] }],
        needs: [{ resourceKind: "field_access", themes: ["youth"] }],
      }),
    );
    expect(best.score).toBeCloseTo(1, 10);
    const sum = SCORE_COMPONENTS.reduce((total, key) => total + COMPONENT_WEIGHTS[key] * best.components[key], 0);
    expect(best.score).toBeCloseTo(sum, 12);
  });

  it("gives reasons that match exactly the components that scored", () => {
    const candidate = profile({
      id: "c",
      kind: "entreprise",
      ...eastOf(4),
      themes: ["youth", "sport"],
      objectives: ["territory_project"],
      odd: [4],
      monthsSinceUpdate: 1,
      offers: [{ resourceKind: "skills", themes: ["digital_inclusion"] }],
    });
    const scored = scoreCandidate(subject, candidate);
    const codes = scored.reasons.map((reason) => reason.code);
    expect(codes).toEqual(["offers_what_you_need", "nearby", "complementary", "shared_themes", "shared_objectives", "shared_odd", "recently_updated"]);
    expect(scored.reasons.find((reason) => reason.code === "offers_what_you_need")).toMatchObject({
      items: [{ resourceKind: "skills", themes: ["digital_inclusion"] }],
      needsMet: 1,
      needCount: 1,
    });
    const texts = scored.reasons.map((reason) => describeReason(reason, "fr", "member"));
    expect(texts[0]).toBe("Propose du mécénat de compétences (inclusion numérique), dont vous avez besoin");
    expect(texts[1]).toBe("Entreprise à 4 km, même intercommunalité");
    expect(describeReason(scored.reasons[0]!, "fr", "public")).toContain("dont cette organisation a besoin");
    expect(describeReason(scored.reasons[0]!, "en", "member")).toBe("Offers skills-based sponsorship (digital inclusion), which you need");

    // A same-kind, far, stale candidate with nothing in common: no reason at all, since no component scored.
    const unrelated = scoreCandidate(subject, profile({ id: "u", ...eastOf(300), epciCode: "x", departementCode: "13", monthsSinceUpdate: 40 }));
    expect(unrelated.components.fit + unrelated.components.complementarity + unrelated.components.shared + unrelated.components.freshness).toBe(0);
    expect(unrelated.reasons).toEqual([]);
  });

  it("suggests the partnership type from what is exchanged", () => {
    const typeFor = (resourceKind: (typeof RESOURCE_KINDS)[number]) =>
      scoreCandidate(
        profile({ id: "s", needs: [{ resourceKind, themes: [] }] }),
        profile({ id: "c", kind: "entreprise", offers: [{ resourceKind, themes: [] }] }),
      ).partnershipType;
    expect(typeFor("funding")).toBe("mecenat");
    expect(typeFor("skills")).toBe("mecenat");
    expect(typeFor("expertise")).toBe("responsible_practices");
    expect(typeFor("purchasing")).toBe("economic_cooperation");
    expect(typeFor("employment")).toBe("economic_cooperation");
    expect(typeFor("field_access")).toBe("societal_innovation");
    expect(typeFor("data_research")).toBe("societal_innovation");
  });

  it("with a focus on one need, counts only candidates who can meet that need", () => {
    const needy = profile({
      id: "s",
      needs: [
        { resourceKind: "funding", themes: [] },
        { resourceKind: "premises", themes: [] },
      ],
    });
    const funder = profile({ id: "f", kind: "fondation", offers: [{ resourceKind: "funding", themes: [] }] });
    const landlord = profile({ id: "l", kind: "collectivite", offers: [{ resourceKind: "premises", themes: [] }] });
    const focus = { direction: "need" as const, resource: needy.needs[0]! };
    expect(scoreCandidate(needy, funder, { focus }).components.fit).toBeGreaterThan(0);
    expect(scoreCandidate(needy, landlord, { focus }).components.fit).toBe(0);
    expect(rankCandidates(needy, [funder, landlord], { focus }).map((item) => item.candidateId)).toEqual(["f"]);
    expect(
      rankCandidates(needy, [funder, landlord])
        .map((item) => item.candidateId)
        .sort(),
    ).toEqual(["f", "l"]);
  });
});

describe("ranking", () => {
  it("drops a reason every card says alike, even when the profiles behind it differ (fresh two months ago or five)", () => {
    const fresh = [0.5, 2, 3.4, 5].map((months, index) =>
      profile({ id: `fresh-${index}`, kind: "entreprise", monthsSinceUpdate: months, offers: [{ resourceKind: "skills", themes: [] }], ...eastOf(index + 1) }),
    );
    const ranked = rankCandidates(subject, fresh);
    expect(ranked).toHaveLength(4);
    for (const item of ranked) expect(item.reasons.map((reason) => reason.code)).not.toContain("recently_updated");
    // One stale profile among them: the others' freshness says something again.
    const mixed = rankCandidates(subject, [...fresh.slice(0, 3), { ...fresh[3]!, monthsSinceUpdate: 20 }]);
    expect(mixed.filter((item) => item.reasons.some((reason) => reason.code === "recently_updated"))).toHaveLength(3);
  });

  it("never proposes the subject itself, nor a candidate below the minimum score", () => {
    const far = profile({ id: "far", ...eastOf(400), epciCode: "x", departementCode: "13", monthsSinceUpdate: 40, themes: ["sport"] });
    const ranked = rankCandidates(subject, [subject, far, profile({ id: "ok", kind: "entreprise", offers: [{ resourceKind: "skills", themes: [] }] })]);
    expect(ranked.map((item) => item.candidateId)).toEqual(["ok"]);
    expect(ranked.every((item) => item.score >= RANKING.minScore)).toBe(true);
  });

  it("keeps the top ten diverse when other kinds qualify, and drops nobody", () => {
    const companies = Array.from({ length: 12 }, (_, index) =>
      profile({ id: `company-${index}`, kind: "entreprise", ...eastOf(1 + index / 10), offers: [{ resourceKind: "skills", themes: ["digital_inclusion"] }] }),
    );
    const others = (["collectivite", "fondation", "academique"] as const).map((kind, index) =>
      profile({ id: `other-${index}`, kind, ...eastOf(20), themes: ["youth"] }),
    );
    const ranked = rankCandidates(subject, [...companies, ...others]);
    const top = ranked.slice(0, RANKING.topSize);
    expect(top.filter((item) => item.kind === "entreprise")).toHaveLength(
      RANKING.maxSameKindInTop + (RANKING.topSize - RANKING.maxSameKindInTop - others.length),
    );
    expect(new Set(top.map((item) => item.kind)).size).toBe(4);
    expect(ranked).toHaveLength(companies.length + others.length);
    // Without other kinds, the top is simply the best companies.
    expect(diversify([{ kind: "entreprise" }, { kind: "entreprise" }], 10, 1)).toHaveLength(2);
  });
});
