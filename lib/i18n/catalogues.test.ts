// Every domain's catalogue says the same things in both languages: its English has exactly the keys of its French
// (TypeScript checks the English against the French type, but a `...fr` spread or an optional key would hide a
// missing translation), the same {placeholders} in the same texts, no text reads "undefined", and the English is
// written the English way (no space before : ; ! ?, no « », no narrow no-break space from a French number or date).
import { describe, expect, it } from "vitest";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getAdminMessages } from "@/lib/admin/messages";
import { getFinderMessages } from "@/lib/catalysts/finder-messages";
import { getCatalystMessages } from "@/lib/catalysts/messages";
import { getImportMessages } from "@/lib/import/messages";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { getMapMessages } from "@/lib/map/messages";
import { getMatchingMessages } from "@/lib/matching/messages";
import { getObservatoryMessages } from "@/lib/observatory/messages";
import { getOpenDataMessages } from "@/lib/open-data/messages";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getEditMessages } from "@/lib/organisations/edit-messages";
import { getOrganisationMails } from "@/lib/organisations/mail-messages";
import { getMembershipMessages } from "@/lib/organisations/membership-messages";
import { getModerationCardMessages } from "@/lib/organisations/moderation-messages";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { getMessages, type Locale } from "./messages";

const CATALOGUES: Record<string, (locale: Locale) => unknown> = {
  "i18n/messages": getMessages,
  "accounts/messages": getAccountMessages,
  "admin/messages": getAdminMessages,
  "catalysts/finder-messages": getFinderMessages,
  "catalysts/messages": getCatalystMessages,
  "import/messages": getImportMessages,
  "introductions/messages": getIntroductionMessages,
  "map/messages": getMapMessages,
  "matching/messages": getMatchingMessages,
  "observatory/messages": getObservatoryMessages,
  "open-data/messages": getOpenDataMessages,
  "organisations/directory-messages": getDirectoryMessages,
  "organisations/edit-messages": getEditMessages,
  "organisations/mail-messages": getOrganisationMails,
  "organisations/membership-messages": getMembershipMessages,
  "organisations/moderation-messages": getModerationCardMessages,
  "organisations/registration/messages": getRegisterMessages,
};

type Leaf = { path: string; value: unknown };

/** The catalogue's leaves (texts, functions, numbers…) by dotted path; arrays count as objects keyed by index. */
function leaves(value: unknown, path = ""): Leaf[] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * A function's text (or a mail's subject and text), called with numbers for its parameters (counts, mostly);
 * undefined when it needs other kinds.
 */
function sampleText(render: (...args: unknown[]) => unknown): string | undefined {
  try {
    const text = render(...Array.from({ length: render.length }, () => 2));
    if (typeof text === "string") return text;
    return text !== null && typeof text === "object" ? Object.values(text).join("\n") : undefined;
  } catch {
    return undefined;
  }
}

const SAMPLE_ARGUMENTS: unknown[] = ["Sample", 2, ["name"]];

/**
 * Every text a value can produce, for scanning: a string itself; a function called with the first combination of
 * sample arguments (a name, a count, a list) it accepts; an object's texts (a mail's subject, text and HTML).
 */
function renderedTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "function") return [];
  const render = value as (...args: unknown[]) => unknown;
  const combinations = (length: number): unknown[][] =>
    length === 0 ? [[]] : combinations(length - 1).flatMap((rest) => SAMPLE_ARGUMENTS.map((sample) => [sample, ...rest]));
  for (const args of combinations(render.length)) {
    try {
      const result = render(...args);
      if (typeof result === "string") return [result];
      if (result !== null && typeof result === "object") return leaves(result).flatMap((leaf) => renderedTexts(leaf.value));
    } catch {
      // Not the kinds of arguments it takes: try the next combination.
    }
  }
  return [];
}

/** What French typography puts in a text and English must not. */
const FRENCH_TYPOGRAPHY = /\s[:;!?](?=\s|$)|[«»\u202f]/;

describe.each(Object.entries(CATALOGUES))("the %s catalogue", (_name, get) => {
  const fr = leaves(get("fr"));
  const en = leaves(get("en"));

  it("has the same keys in English as in French", () => {
    expect(en.map((leaf) => leaf.path).sort()).toEqual(fr.map((leaf) => leaf.path).sort());
  });

  it("gives each key the same kind of value, and functions the same parameters, in both languages", () => {
    const english = new Map(en.map((leaf) => [leaf.path, leaf.value]));
    for (const { path, value } of fr) {
      const other = english.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === "function") expect((other as (...args: unknown[]) => unknown).length, path).toBe(value.length);
      if (typeof value === "string") expect(placeholders(other as string), path).toEqual(placeholders(value));
    }
  });

  it("writes its English texts without French spacing, quotes or number formats", () => {
    for (const { path, value } of en) {
      for (const text of renderedTexts(value)) expect(text, path).not.toMatch(FRENCH_TYPOGRAPHY);
    }
  });

  it("has no text that reads undefined", () => {
    for (const { path, value } of [...fr, ...en]) {
      const text = typeof value === "function" ? sampleText(value as (...args: unknown[]) => unknown) : value;
      if (typeof text === "string") expect(text, path).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });
});
