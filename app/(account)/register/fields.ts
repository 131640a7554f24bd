// The registration form's fields, described on the server in the visitor's language. Shared by registration and
// by the members' editing page, which reuses the same steps.
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  COLLECTIVITE_LEVEL_LABELS,
  COLLECTIVITE_LEVELS,
  COMPANY_SIZE_LABELS,
  COMPANY_SIZES,
  HORIZON_LABELS,
  HORIZONS,
  OBJECTIVE_LABELS,
  OBJECTIVES,
  ODD_LABELS,
  ODDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  THEME_LABELS,
  THEMES,
  type ActorKind,
  type Label,
} from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import type { RegisterMessages } from "@/lib/organisations/registration/messages";
import {
  aboutStep,
  contactStep,
  IDENTIFIERS_BY_KIND,
  identityFields,
  MAX_NEEDS_OFFERS,
  needOfferItem,
  type IdentifierField,
  type RegistrationStep,
} from "@/lib/organisations/registration/steps";
import { maxLengthOf } from "@/lib/shared/schema-limits";
import type { FieldSpec, Option } from "./field-spec";

const options = (values: readonly string[], labels: Record<string, Label>, locale: Locale): Option[] =>
  values.map((value) => [value, labelOf(labels, value, locale)]);

/** Where the Charter's text is published (the contact step links to it). */
export const CHARTER_PATH = "/charter";

/**
 * The fields of one step. `communeLabel` names the commune already chosen (place step); `organisationThemes` are
 * the themes each need or offer starts with (needs-offers step); `kind` keeps only that kind's identifiers
 * (identity step; all of them without it); `addRows` shows one need or offer and an "add another" button.
 */
export function fieldsFor(
  step: Exclude<RegistrationStep, "review">,
  t: RegisterMessages["fields"],
  locale: Locale,
  {
    communeLabel,
    organisationThemes = [],
    kind,
    addRows = false,
  }: { communeLabel?: string; organisationThemes?: readonly string[]; kind?: ActorKind; addRows?: boolean } = {},
): FieldSpec[] {
  switch (step) {
    case "kind":
      return [
        { type: "radio", name: "kind", label: t.kind, required: true, options: options(ACTOR_KINDS, ACTOR_KIND_LABELS, locale) },
        {
          type: "select",
          name: "collectiviteLevel",
          label: t.level,
          required: true,
          options: options(COLLECTIVITE_LEVELS, COLLECTIVITE_LEVEL_LABELS, locale),
          showIf: { field: "kind", values: ["collectivite"] },
        },
        {
          type: "select",
          name: "companySize",
          label: t.size,
          required: true,
          options: options(COMPANY_SIZES, COMPANY_SIZE_LABELS, locale),
          showIf: { field: "kind", values: ["entreprise"] },
        },
        { type: "checkbox", name: "isEss", label: t.ess },
        { type: "checkbox", name: "isSiae", label: t.siae, showIf: { field: "kind", values: ["association", "entreprise"] } },
        { type: "checkbox", name: "isMissionCompany", label: t.mission, showIf: { field: "kind", values: ["entreprise"] } },
      ];
    case "identity": {
      const identifiers: Record<IdentifierField, FieldSpec> = {
        siret: { type: "text", name: "siret", label: t.siret, hint: t.siretHint, maxLength: maxLengthOf(identityFields.siret) },
        siren: { type: "text", name: "siren", label: t.siren, maxLength: maxLengthOf(identityFields.siren) },
        rna: { type: "text", name: "rna", label: t.rna, hint: t.rnaHint, maxLength: maxLengthOf(identityFields.rna) },
      };
      const shown: readonly IdentifierField[] = kind ? IDENTIFIERS_BY_KIND[kind] : ["siret", "siren", "rna"];
      return [
        { type: "text", name: "name", label: t.name, required: true, maxLength: maxLengthOf(identityFields.name), autoComplete: "organization" },
        ...shown.map((name) => identifiers[name]),
      ];
    }
    case "place":
      return [{ type: "commune", name: "communeCode", label: t.commune, hint: t.communeHint, required: true, selectedLabel: communeLabel }];
    case "about":
      return [
        { type: "checkboxes", name: "themes", label: t.themes, required: true, options: options(THEMES, THEME_LABELS, locale) },
        { type: "checkboxes", name: "odd", label: t.odd, options: ODDS.map((odd) => [String(odd), `${odd}. ${labelOf(ODD_LABELS, odd, locale)}`]) },
        { type: "checkboxes", name: "objectives", label: t.objectives, options: options(OBJECTIVES, OBJECTIVE_LABELS, locale) },
        {
          type: "textarea",
          name: "description",
          label: t.description,
          hint: t.descriptionHint,
          required: true,
          maxLength: maxLengthOf(aboutStep.shape.description),
        },
        { type: "url", name: "website", label: t.website, maxLength: maxLengthOf(aboutStep.shape.website), autoComplete: "url" },
      ];
    case "needs-offers":
      return [
        {
          type: "rows",
          name: "items",
          label: t.items,
          hint: addRows ? t.itemsHint : undefined,
          // One block to start with: more on demand, rather than a wall of empty ones.
          count: 1,
          add: addRows ? { label: t.addItem, max: MAX_NEEDS_OFFERS } : undefined,
          fields: [
            {
              type: "select",
              name: "direction",
              label: t.direction,
              options: [
                ["need", t.directionNeed],
                ["offer", t.directionOffer],
              ],
            },
            { type: "select", name: "resourceKind", label: t.resourceKind, options: options(RESOURCE_KINDS, RESOURCE_KIND_LABELS, locale) },
            { type: "text", name: "title", label: t.itemTitle, maxLength: maxLengthOf(needOfferItem.shape.title) },
            { type: "textarea", name: "description", label: t.itemDescription, maxLength: maxLengthOf(needOfferItem.shape.description) },
            { type: "select", name: "horizon", label: t.horizon, options: options(HORIZONS, HORIZON_LABELS, locale) },
            {
              type: "theme-choice",
              name: "themes",
              label: t.itemThemes,
              hint: organisationThemes.length ? t.itemThemesHint : undefined,
              options: options(THEMES, THEME_LABELS, locale),
              suggested: THEMES.filter((theme) => organisationThemes.includes(theme)),
              othersLabel: t.itemOtherThemes,
            },
          ],
        },
      ];
    case "contact":
      return [
        {
          type: "text",
          name: "contactName",
          label: t.contactName,
          hint: t.contactHint,
          required: true,
          maxLength: maxLengthOf(contactStep.shape.contactName),
          autoComplete: "name",
        },
        { type: "text", name: "contactRole", label: t.contactRole, maxLength: maxLengthOf(contactStep.shape.contactRole), autoComplete: "organization-title" },
        {
          type: "email",
          name: "contactEmail",
          label: t.contactEmail,
          required: true,
          maxLength: maxLengthOf(contactStep.shape.contactEmail),
          autoComplete: "email",
        },
        { type: "tel", name: "contactPhone", label: t.contactPhone, maxLength: 20, autoComplete: "tel" },
        { type: "checkbox", name: "consent", label: t.consent, required: true },
        { type: "checkbox", name: "charter", label: t.charter, required: true, link: { href: CHARTER_PATH, label: t.charterLink } },
      ];
  }
}
