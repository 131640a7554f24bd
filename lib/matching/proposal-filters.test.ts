import { describe, expect, it } from "vitest";
import { filterChoices, filterProposals, parseProposalFilters, proposalFiltersQuery, PROPOSALS_PAGE_SIZE, type FilterableProposal } from "./proposal-filters";

const proposals: FilterableProposal[] = [
  { kind: "entreprise", resourceKinds: ["skills"], distanceKm: 3 },
  { kind: "collectivite", resourceKinds: ["premises", "skills"], distanceKm: 12 },
  { kind: "entreprise", resourceKinds: [], distanceKm: 40 },
];

describe("the proposals page's filters", () => {
  it("read the URL, ignoring what they do not know", () => {
    expect(parseProposalFilters({})).toEqual({ kind: null, resourceKind: null, maxKm: null, shown: PROPOSALS_PAGE_SIZE });
    expect(parseProposalFilters({ kind: "entreprise", resource: "skills", km: "20", shown: "20" })).toEqual({
      kind: "entreprise",
      resourceKind: "skills",
      maxKm: 20,
      shown: 20,
    });
    expect(parseProposalFilters({ kind: "dragon", resource: ["x"], km: "7", shown: "abc" })).toEqual({
      kind: null,
      resourceKind: null,
      maxKm: null,
      shown: PROPOSALS_PAGE_SIZE,
    });
    // A page at a time, never more than the list holds.
    expect(parseProposalFilters({ shown: "13" }).shown).toBe(20);
    expect(parseProposalFilters({ shown: "0" }).shown).toBe(10);
    expect(parseProposalFilters({ shown: "10000" }).shown).toBe(50);
  });

  it("keep the proposals of the kind, the resource and the distance asked for", () => {
    expect(filterProposals(proposals, parseProposalFilters({ kind: "entreprise" }))).toEqual([proposals[0], proposals[2]]);
    expect(filterProposals(proposals, parseProposalFilters({ resource: "skills" }))).toEqual([proposals[0], proposals[1]]);
    expect(filterProposals(proposals, parseProposalFilters({ km: "20", resource: "premises" }))).toEqual([proposals[1]]);
    expect(filterProposals(proposals, parseProposalFilters({}))).toEqual(proposals);
  });

  it("offer only the choices present, and write them back into a URL without the defaults", () => {
    expect(filterChoices(proposals)).toEqual({ kinds: ["collectivite", "entreprise"], resourceKinds: ["skills", "premises"] });
    expect(proposalFiltersQuery(parseProposalFilters({}), null)).toBe("");
    expect(proposalFiltersQuery(parseProposalFilters({ kind: "entreprise", shown: "30" }), "f")).toBe("?focus=f&kind=entreprise&shown=30");
  });
});
