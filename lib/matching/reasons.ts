// Reasons of a proposal in plain French or English. Two audiences: the subject's members ("dont vous avez
// besoin") and everyone else, who read the same facts about the organisation in the third person.
import { ACTOR_KIND_LABELS, OBJECTIVE_LABELS, THEME_LABELS, type Label, type ResourceKind, type Theme } from "@/lib/shared/vocabulary";
import { formatDistanceKm } from "@/lib/geo/distance";
import { labelOf } from "@/lib/i18n/labels";
import { intlLocale, type Locale } from "@/lib/i18n/messages";
import type { MatchReason } from "./score";
import { FRESHNESS } from "./weights";

export type ReasonAudience = "member" | "public";

/** What is offered ("Propose du financement") and what is needed ("A besoin de financement"). */
const RESOURCE_PHRASES: Record<ResourceKind, { offered: Label; needed: Label }> = {
  funding: { offered: { fr: "du financement", en: "funding" }, needed: { fr: "de financement", en: "funding" } },
  skills: { offered: { fr: "du mécénat de compétences", en: "skills-based sponsorship" }, needed: { fr: "de mécénat de compétences", en: "skills-based sponsorship" } },
  volunteering: { offered: { fr: "du bénévolat et l'engagement de ses salariés", en: "volunteering and staff engagement" }, needed: { fr: "de bénévoles", en: "volunteers" } },
  expertise: { offered: { fr: "une expertise", en: "expertise" }, needed: { fr: "d'une expertise", en: "expertise" } },
  premises: { offered: { fr: "des locaux", en: "premises" }, needed: { fr: "de locaux", en: "premises" } },
  equipment: { offered: { fr: "du matériel ou des dons en nature", en: "equipment or in-kind donations" }, needed: { fr: "de matériel ou de dons en nature", en: "equipment or in-kind donations" } },
  network: { offered: { fr: "son réseau et de la visibilité", en: "its network and visibility" }, needed: { fr: "de réseau et de visibilité", en: "a network and visibility" } },
  purchasing: { offered: { fr: "des achats responsables et des débouchés", en: "responsible purchasing and outlets" }, needed: { fr: "de débouchés et d'achats responsables", en: "outlets and responsible purchasing" } },
  employment: { offered: { fr: "des emplois, stages ou immersions", en: "jobs, internships or immersion" }, needed: { fr: "d'emplois, de stages ou d'immersions", en: "jobs, internships or immersion" } },
  training: { offered: { fr: "de la formation", en: "training" }, needed: { fr: "de formation", en: "training" } },
  data_research: { offered: { fr: "des données, de la recherche ou un diagnostic", en: "data, research or an assessment" }, needed: { fr: "de données, de recherche ou d'un diagnostic", en: "data, research or an assessment" } },
  field_access: { offered: { fr: "un accès à son public ou un terrain d'expérimentation", en: "access to its public or a testing ground" }, needed: { fr: "d'un accès à un public ou d'un terrain d'expérimentation", en: "access to a public or a testing ground" } },
  project_engineering: { offered: { fr: "de l'ingénierie de projet", en: "project engineering" }, needed: { fr: "d'ingénierie de projet", en: "project engineering" } },
};

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("fr") + text.slice(1);
const themeSuffix = (theme: Theme | null, locale: Locale) => (theme ? ` (${lowerFirst(labelOf(THEME_LABELS, theme, locale))})` : "");
// Intl formatters are costly to build (tenths of a millisecond): one per locale, reused.
const LIST_FORMATS: Record<Locale, Intl.ListFormat> = { fr: new Intl.ListFormat(intlLocale("fr"), { type: "conjunction" }), en: new Intl.ListFormat(intlLocale("en"), { type: "conjunction" }) };
const listOf = (items: string[], locale: Locale) => LIST_FORMATS[locale].format(items);

/** "Entreprise", "Association"…: the first part of a kind's label, short enough to open a sentence. */
function shortKind(kind: keyof typeof ACTOR_KIND_LABELS, locale: Locale): string {
  return labelOf(ACTOR_KIND_LABELS, kind, locale).split(" / ")[0]!;
}

/**
 * One reason as a sentence. `subjectName` names the organisation the reason is about, for readers who are
 * neither it nor looking at its page (a catalyst reviewing pairs of its territory).
 */
export function describeReason(reason: MatchReason, locale: Locale, audience: ReasonAudience, subjectName?: string): string {
  const fr = locale === "fr";
  const you = audience === "member" && !subjectName;
  const them = subjectName ?? (fr ? "cette organisation" : "this organisation");
  switch (reason.code) {
    case "offers_what_you_need": {
      const what = RESOURCE_PHRASES[reason.resourceKind].offered[locale] + themeSuffix(reason.theme, locale);
      if (fr) return `Propose ${what}, ${you ? "dont vous avez besoin" : `dont ${them} a besoin`}`;
      return `Offers ${what}, which ${you ? "you need" : `${them} needs`}`;
    }
    case "needs_what_you_offer": {
      const phrase = RESOURCE_PHRASES[reason.resourceKind].needed;
      const what = phrase[locale] + themeSuffix(reason.theme, locale);
      if (fr) return `A besoin ${what}, ${you ? "que vous proposez" : `que ${them} propose`}`;
      return `Needs ${what}, which ${you ? "you offer" : `${them} offers`}`;
    }
    case "nearby": {
      const distance = formatDistanceKm(reason.distanceKm, locale);
      const area =
        reason.sameArea === "epci" ? (fr ? ", même intercommunalité" : ", same inter-municipality") : reason.sameArea === "departement" ? (fr ? ", même département" : ", same département") : "";
      return fr ? `${shortKind(reason.kind, locale)} à ${distance}${area}` : `${shortKind(reason.kind, locale)} ${distance} away${area}`;
    }
    case "complementary": {
      const pair = `${lowerFirst(shortKind(reason.candidateKind, locale))} × ${lowerFirst(shortKind(reason.subjectKind, locale))}`;
      return fr ? `Profils complémentaires : ${pair}` : `Complementary profiles: ${pair}`;
    }
    case "shared_themes": {
      const themes = listOf(reason.themes.map((theme) => lowerFirst(labelOf(THEME_LABELS, theme, locale))), locale);
      return fr ? `${reason.themes.length > 1 ? "Thèmes" : "Thème"} en commun : ${themes}` : `${reason.themes.length > 1 ? "Themes" : "Theme"} in common: ${themes}`;
    }
    case "shared_objectives": {
      const objectives = listOf(reason.objectives.map((objective) => `« ${labelOf(OBJECTIVE_LABELS, objective, locale)} »`), locale);
      return fr ? `Même objectif : ${objectives}` : `Same objective: ${objectives.replaceAll("« ", "“").replaceAll(" »", "”")}`;
    }
    case "shared_odd": {
      const odd = listOf(reason.odd.map(String), locale);
      return fr ? `ODD en commun : ${odd}` : `SDG${reason.odd.length > 1 ? "s" : ""} in common: ${odd}`;
    }
    case "recently_updated":
      return fr ? `Fiche à jour (moins de ${FRESHNESS.fullUntilMonths} mois)` : `Profile up to date (under ${FRESHNESS.fullUntilMonths} months)`;
  }
}
