// One row of an organisations file, checked with the registration form's own schemas (kind, identity, about,
// needs and offers, contact) so that an import accepts exactly what the form would. Pure: no db, no next.
import {
  ACTOR_KIND_LABELS,
  COLLECTIVITE_LEVEL_LABELS,
  COMPANY_SIZE_LABELS,
  OBJECTIVE_LABELS,
  RESOURCE_KIND_LABELS,
  THEME_LABELS,
  THEMES,
  type NeedOfferDirection,
} from "@/lib/shared/vocabulary";
import {
  aboutStep,
  contactStep,
  identityStepFor,
  kindStep,
  needsOffersStep,
  type AboutStep,
  type IdentityStep,
  type KindStep,
  type NeedsOffersStep,
} from "@/lib/organisations/registration/steps";
import { addColumnErrors, matchVocabulary, matchVocabularyList, splitList, vocabularyCell, yesNoCell, type RowError } from "./cells";
import { communeQueryOf, type CommuneQuery } from "./commune-query";

export interface OrganisationContact {
  contactName: string;
  contactRole: string | null;
  contactEmail: string;
  contactPhone: string | null;
}

export interface OrganisationImport {
  externalId: string | null;
  kind: KindStep;
  identity: IdentityStep;
  about: AboutStep;
  items: NeedsOffersStep["items"];
  /** Null when the row gives no contact: an existing organisation then keeps its own. */
  contact: OrganisationContact | null;
  charter: boolean;
  commune: CommuneQuery;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

// The schemas' field names → the file's columns, so that a message names what the person sees in their sheet.
const COLUMN_OF: Record<string, string> = {
  kind: "type",
  collectiviteLevel: "niveau_collectivite",
  companySize: "taille_entreprise",
  name: "nom",
  objectives: "objectifs",
  website: "site_web",
  contactName: "contact_nom",
  contactRole: "contact_fonction",
  contactEmail: "contact_email",
  contactPhone: "contact_telephone",
};

// "premises [youth, education]": the resource kind, then its own themes between brackets, separated by commas
// (`|` already separates the items; no theme's code or label holds a comma).
const KIND_WITH_THEMES = /^([^[\]]*?)\s*\[([^[\]]*)\]$/;

/**
 * `besoins` / `offres`: "type:intitulé|type[thème, thème]:intitulé". An item without brackets, or with empty ones,
 * gets all the organisation's themes (an empty list here).
 */
function needOfferItems(cell: string, direction: NeedOfferDirection, column: string, errors: RowError[]) {
  const items: { direction: NeedOfferDirection; resourceKind: string; title: string; themes: string[] }[] = [];
  for (const item of splitList(cell)) {
    const colon = item.indexOf(":");
    if (colon < 0) {
      errors.push({ column, message: `« ${item} » : écrivez « type de ressource:intitulé » (ex. premises:Un local de 50 m²)` });
      continue;
    }
    let kindCell = item.slice(0, colon).trim();
    let themeCells: string[] = [];
    if (/[[\]]/.test(kindCell)) {
      const bracketed = KIND_WITH_THEMES.exec(kindCell);
      if (!bracketed) {
        errors.push({
          column,
          message: `« ${kindCell} » : écrivez les thèmes entre crochets, séparés par des virgules, avant les deux-points (ex. premises[youth, education]:Un local)`,
        });
        continue;
      }
      kindCell = bracketed[1]!.trim();
      themeCells = bracketed[2]!
        .split(",")
        .map((theme) => theme.trim())
        .filter(Boolean);
    }
    const resourceKind = matchVocabulary(kindCell, RESOURCE_KIND_LABELS);
    if (!resourceKind) {
      errors.push({ column, message: `type de ressource inconnu « ${kindCell} » (valeurs possibles : ${Object.keys(RESOURCE_KIND_LABELS).join(", ")})` });
      continue;
    }
    const title = item.slice(colon + 1).trim();
    const themes: string[] = [];
    const unknown: string[] = [];
    for (const themeCell of themeCells) {
      const theme = matchVocabulary(themeCell, THEME_LABELS);
      if (theme) themes.push(theme);
      else unknown.push(themeCell);
    }
    if (unknown.length) {
      errors.push({
        column,
        message: `${unknown.length > 1 ? "thèmes inconnus" : "thème inconnu"} ${unknown.map((theme) => `« ${theme} »`).join(", ")} dans « ${title} » (valeurs possibles : ${THEMES.join(", ")})`,
      });
      continue;
    }
    items.push({ direction, resourceKind, title, themes: [...new Set(themes)] });
  }
  return items;
}

export function parseOrganisationRow(values: Record<string, string>): RowResult<OrganisationImport> {
  const errors: RowError[] = [];
  const cell = (column: string) => values[column]?.trim() ?? "";

  const kindInput = {
    kind: vocabularyCell(cell("type"), ACTOR_KIND_LABELS, "type", errors),
    collectiviteLevel: vocabularyCell(cell("niveau_collectivite"), COLLECTIVITE_LEVEL_LABELS, "niveau_collectivite", errors),
    companySize: vocabularyCell(cell("taille_entreprise"), COMPANY_SIZE_LABELS, "taille_entreprise", errors),
    isEss: yesNoCell(cell("ess"), "ess", errors),
    isSiae: yesNoCell(cell("siae"), "siae", errors),
    isMissionCompany: yesNoCell(cell("entreprise_a_mission"), "entreprise_a_mission", errors),
  };
  const kind = kindStep.safeParse(kindInput);
  if (!kind.success) addColumnErrors(errors, kind.error, COLUMN_OF);

  // The identity rules depend on the kind: checked as soon as the kind itself is known, even if its details are wrong.
  const actorKind = kind.success ? kind.data.kind : kindInput.kind;
  const identity = actorKind
    ? identityStepFor(actorKind).safeParse({ name: cell("nom"), siren: cell("siren"), siret: cell("siret"), rna: cell("rna") })
    : undefined;
  if (identity && !identity.success) addColumnErrors(errors, identity.error, COLUMN_OF);

  const about = aboutStep.safeParse({
    themes: matchVocabularyList(cell("themes"), THEME_LABELS, "themes", errors),
    odd: splitList(cell("odd").replace(/[,;\s]+/g, "|")),
    objectives: matchVocabularyList(cell("objectifs"), OBJECTIVE_LABELS, "objectifs", errors),
    description: cell("description"),
    website: cell("site_web"),
  });
  if (!about.success) addColumnErrors(errors, about.error, COLUMN_OF);

  const needs = needOfferItems(cell("besoins"), "need", "besoins", errors);
  const offers = needOfferItems(cell("offres"), "offer", "offres", errors);
  const items = needsOffersStep.safeParse({ items: [...needs, ...offers] });
  // "At least one need or offer" would only repeat what the item errors already say.
  if (!items.success && !errors.some((error) => error.column === "besoins" || error.column === "offres")) {
    for (const issue of items.error.issues) {
      const index = typeof issue.path[1] === "number" ? issue.path[1] : -1;
      const column = index < 0 ? "besoins" : index < needs.length ? "besoins" : "offres";
      const title = index < 0 ? "" : ` (« ${[...needs, ...offers][index]!.title} »)`;
      errors.push({ column, message: `${issue.message}${title}` });
    }
  }

  // The contact block is all or nothing; whoever imports vouches for the person's consent and the charter.
  let contact: OrganisationContact | null = null;
  const contactCells = ["contact_nom", "contact_fonction", "contact_email", "contact_telephone"].map(cell);
  if (contactCells.some(Boolean)) {
    const parsed = contactStep.safeParse({
      contactName: cell("contact_nom"),
      contactRole: cell("contact_fonction"),
      contactEmail: cell("contact_email"),
      contactPhone: cell("contact_telephone"),
      consent: true,
      charter: true,
    });
    if (parsed.success) {
      const { contactName, contactRole, contactEmail, contactPhone } = parsed.data;
      contact = { contactName, contactRole: contactRole ?? null, contactEmail, contactPhone: contactPhone ?? null };
    } else addColumnErrors(errors, parsed.error, COLUMN_OF);
  }

  const charter = yesNoCell(cell("charte"), "charte", errors);
  const commune = communeQueryOf(values, errors);
  if (errors.length || !kind.success || !identity?.success || !about.success || !items.success || !commune) return { ok: false, errors };
  return {
    ok: true,
    value: {
      externalId: cell("id_externe") || null,
      kind: kind.data,
      identity: identity.data,
      about: about.data,
      items: items.data.items,
      contact,
      charter,
      commune,
    },
  };
}
