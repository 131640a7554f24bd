// Reasons of a proposal in plain French or English, their sentences in lib/matching/messages.ts. Two audiences: the
// subject's members ("dont vous avez besoin") and everyone else, who read the same facts about the organisation in
// the third person.
import { ACTOR_KIND_LABELS, OBJECTIVE_LABELS, THEME_LABELS, type Theme } from "@/lib/shared/vocabulary";
import { formatDistanceKm } from "@/lib/geo/distance";
import { labelOf } from "@/lib/i18n/labels";
import { intlLocale, type Locale } from "@/lib/i18n/messages";
import { getMatchingMessages } from "./messages";
import type { MatchedItem, MatchReason } from "./score";
import { FRESHNESS } from "./weights";

export type ReasonAudience = "member" | "public";

// Intl formatters are costly to build (tenths of a millisecond): one per locale, reused.
const LIST_FORMATS: Record<Locale, Intl.ListFormat> = {
  fr: new Intl.ListFormat(intlLocale("fr"), { type: "conjunction" }),
  en: new Intl.ListFormat(intlLocale("en"), { type: "conjunction" }),
};
const listOf = (items: string[], locale: Locale) => LIST_FORMATS[locale].format(items);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("fr") + text.slice(1);
/** The themes an exchange shares, at most two named: " (culture et patrimoine)". */
const themeSuffix = (themes: readonly Theme[], locale: Locale) =>
  themes.length
    ? ` (${listOf(
        themes.slice(0, 2).map((theme) => lowerFirst(labelOf(THEME_LABELS, theme, locale))),
        locale,
      )})`
    : "";

/** The items of an exchange, each with the themes it shares: "des locaux (culture) et du financement". */
function itemsText(items: readonly MatchedItem[], form: "offered" | "needed", locale: Locale): string {
  const t = getMatchingMessages(locale).reasons;
  return listOf(
    items.map((item) => t.resources[item.resourceKind][form] + themeSuffix(item.themes, locale)),
    locale,
  );
}

/** "Entreprise", "Association"…: the first part of a kind's label, short enough to open a sentence. */
function shortKind(kind: keyof typeof ACTOR_KIND_LABELS, locale: Locale): string {
  return labelOf(ACTOR_KIND_LABELS, kind, locale).split(" / ")[0]!;
}

/**
 * One reason as a sentence. `subjectName` names the organisation the reason is about, for readers who are
 * neither it nor looking at its page (a catalyst reviewing pairs of its territory).
 */
export function describeReason(reason: MatchReason, locale: Locale, audience: ReasonAudience, subjectName?: string): string {
  const t = getMatchingMessages(locale).reasons;
  const you = audience === "member" && !subjectName;
  const them = subjectName ?? t.thisOrganisation;
  switch (reason.code) {
    case "offers_what_you_need":
      return t.offers(itemsText(reason.items, "offered", locale), you, them, reason.needsMet, reason.needCount);
    case "needs_what_you_offer":
      return t.needs(itemsText(reason.items, "needed", locale), you, them);
    case "nearby": {
      if (reason.sameArea === "commune") return t.sameCommune(shortKind(reason.kind, locale));
      const area = reason.sameArea === "epci" ? t.sameEpci : reason.sameArea === "ept" ? t.sameEpt : reason.sameArea === "departement" ? t.sameDepartement : "";
      return t.nearby(shortKind(reason.kind, locale), formatDistanceKm(reason.distanceKm, locale), area);
    }
    case "complementary":
      return t.complementary(`${lowerFirst(shortKind(reason.candidateKind, locale))} × ${lowerFirst(shortKind(reason.subjectKind, locale))}`);
    case "shared_themes":
      return t.sharedThemes(
        reason.themes.length,
        listOf(
          reason.themes.map((theme) => lowerFirst(labelOf(THEME_LABELS, theme, locale))),
          locale,
        ),
      );
    case "shared_objectives":
      return t.sharedObjectives(
        listOf(
          reason.objectives.map((objective) => t.quote(labelOf(OBJECTIVE_LABELS, objective, locale))),
          locale,
        ),
      );
    case "shared_odd":
      return t.sharedOdd(reason.odd.length, listOf(reason.odd.map(String), locale));
    case "recently_updated":
      return t.recentlyUpdated(FRESHNESS.fullUntilMonths);
  }
}
