import { describe, expect, it } from "vitest";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { answerDaysShown, loadOf, responsivenessOf, type OrganisationIntroStats } from "./responsiveness-figures";
import { MAX_PENDING_PER_ORGANISATION } from "./workflow";

const stats = (change: Partial<OrganisationIntroStats>): OrganisationIntroStats => ({ pendingReceived: 0, answered: 5, medianAnswerDays: null, ...change });

describe("responsiveness", () => {
  it.each([
    [0, 1],
    [1.5, 1],
    [3, 1],
    [16.5, 0.5],
    [21, 1 / 3],
    [29.9, 0.1 / 27],
    [30, 0],
    [45, 0],
  ])("is %s days → %s: full within 3 days, falling linearly to nothing at 30", (days, expected) => {
    expect(responsivenessOf(stats({ medianAnswerDays: days }))).toBeCloseTo(expected, 10);
  });

  it("is one half when the median is unknown (too few answers)", () => {
    expect(responsivenessOf(stats({ answered: 2, medianAnswerDays: null }))).toBe(0.5);
    expect(responsivenessOf(stats({ answered: 0, medianAnswerDays: null }))).toBe(0.5);
  });

  it("never rises as the median grows, and stays within [0, 1]", () => {
    let previous = Infinity;
    for (let days = 0; days <= 40; days += 0.25) {
      const value = responsivenessOf(stats({ medianAnswerDays: days }));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(previous);
      previous = value;
    }
  });
});

describe("load", () => {
  it("is 0 with nothing waiting on the organisation, and grows with each request up to the cap", () => {
    expect(loadOf(stats({ pendingReceived: 0 }))).toBe(0);
    expect(loadOf(stats({ pendingReceived: 1 }))).toBeCloseTo(1 / MAX_PENDING_PER_ORGANISATION, 10);
    expect(loadOf(stats({ pendingReceived: MAX_PENDING_PER_ORGANISATION - 1 }))).toBeLessThan(1);
    expect(loadOf(stats({ pendingReceived: MAX_PENDING_PER_ORGANISATION }))).toBe(1);
    expect(loadOf(stats({ pendingReceived: MAX_PENDING_PER_ORGANISATION * 4 }))).toBe(1);
  });

  it("does not depend on how the organisation answers", () => {
    expect(loadOf(stats({ pendingReceived: 2, medianAnswerDays: 1 }))).toBe(loadOf(stats({ pendingReceived: 2, medianAnswerDays: 25 })));
  });
});

describe("the profile's answer delay", () => {
  it.each([
    [0.1, 1],
    [1, 1],
    [1.01, 2],
    [2, 2],
    [4.25, 5],
    [29.5, 30],
  ])("quotes a median of %s days as %s (rounded up, at least one)", (median, shown) => {
    expect(answerDaysShown(median)).toBe(shown);
  });

  it.each([
    [0.4, "Répond en général sous 1 jour", "Usually answers within a day"],
    [1, "Répond en général sous 1 jour", "Usually answers within a day"],
    [1.2, "Répond en général sous 2 jours", "Usually answers within 2 days"],
    [4.25, "Répond en général sous 5 jours", "Usually answers within 5 days"],
  ])("reads a median of %s days as « %s » / “%s”", (median, fr, en) => {
    expect(getDirectoryMessages("fr").profile.answersWithin(answerDaysShown(median))).toBe(fr);
    expect(getDirectoryMessages("en").profile.answersWithin(answerDaysShown(median))).toBe(en);
  });
});
