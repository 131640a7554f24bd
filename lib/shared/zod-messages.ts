// Plain-language messages for every kind of zod issue, in French and English: what is wrong and what to do. zod's
// own messages ("Entrée invalide : chaîne de caractères attendu, indéfini reçu") are written for developers and
// must never reach a page or an API answer. Schemas that know their field say better; this is the floor.
import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;
type Locale = "fr" | "en";

const number = (value: unknown, locale: Locale) =>
  typeof value === "number" || typeof value === "bigint" ? Number(value).toLocaleString(locale === "fr" ? "fr-FR" : "en-GB") : String(value);

const isMissing = (issue: Issue) => issue.input === undefined || issue.input === null || issue.input === "";

function french(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (isMissing(issue)) return "Ce champ est obligatoire : remplissez-le";
      switch (issue.expected) {
        case "string":
          return "Écrivez ici un texte";
        case "number":
        case "int":
        case "bigint":
          return "Écrivez ici un nombre, en chiffres";
        case "boolean":
          return "Cochez la case, ou laissez-la vide";
        case "array":
          return "Choisissez une ou plusieurs valeurs dans la liste";
        case "date":
          return "Écrivez une date (jj/mm/aaaa)";
        default:
          return "Cette valeur n'est pas reconnue : corrigez ce champ";
      }
    case "too_big":
      if (issue.origin === "string") return `${number(issue.maximum, "fr")} caractères au plus : raccourcissez le texte`;
      if (issue.origin === "array" || issue.origin === "set") return `${number(issue.maximum, "fr")} choix au plus : retirez-en`;
      return `Écrivez un nombre inférieur ou égal à ${number(issue.maximum, "fr")}`;
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? "Ce champ est obligatoire : remplissez-le"
          : `${number(issue.minimum, "fr")} caractères au moins : complétez le texte`;
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return Number(issue.minimum) <= 1 ? "Choisissez au moins une valeur dans la liste" : `Choisissez au moins ${number(issue.minimum, "fr")} valeurs`;
      }
      return `Écrivez un nombre supérieur ou égal à ${number(issue.minimum, "fr")}`;
    case "invalid_format":
      if (issue.format === "email") return "Adresse e-mail à corriger : elle s'écrit nom@domaine.fr";
      if (issue.format === "url") return "Adresse web à corriger : elle s'écrit comme https://www.exemple.fr";
      if (issue.format === "uuid" || issue.format === "guid") return "Identifiant mal formé : reprenez-le tel qu'il a été donné";
      if (issue.format === "date" || issue.format === "datetime") return "Écrivez une date (jj/mm/aaaa)";
      return "Ce format n'est pas reconnu : vérifiez ce champ";
    case "not_multiple_of":
      return `Écrivez un multiple de ${number(issue.divisor, "fr")}`;
    case "invalid_value":
      return "Choisissez une des valeurs proposées";
    case "unrecognized_keys":
      return `Champ inconnu (${issue.keys.slice(0, 3).join(", ")}) : retirez-le`;
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
      return "Cette valeur n'est pas reconnue : corrigez ce champ";
    default:
      return "Cette valeur n'est pas acceptée : corrigez ce champ";
  }
}

function english(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (isMissing(issue)) return "This field is required: please fill it in";
      switch (issue.expected) {
        case "string":
          return "Please write some text here";
        case "number":
        case "int":
        case "bigint":
          return "Please write a number, in digits";
        case "boolean":
          return "Tick the box, or leave it empty";
        case "array":
          return "Choose one or more values from the list";
        case "date":
          return "Please write a date (dd/mm/yyyy)";
        default:
          return "This value is not recognised: please correct it";
      }
    case "too_big":
      if (issue.origin === "string") return `${number(issue.maximum, "en")} characters at most: please shorten the text`;
      if (issue.origin === "array" || issue.origin === "set") return `${number(issue.maximum, "en")} choices at most: please remove some`;
      return `Please write a number no greater than ${number(issue.maximum, "en")}`;
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? "This field is required: please fill it in" : `${number(issue.minimum, "en")} characters at least: please say more`;
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return Number(issue.minimum) <= 1 ? "Choose at least one value from the list" : `Choose at least ${number(issue.minimum, "en")} values`;
      }
      return `Please write a number no smaller than ${number(issue.minimum, "en")}`;
    case "invalid_format":
      if (issue.format === "email") return "Please correct the e-mail address: it looks like name@domain.org";
      if (issue.format === "url") return "Please correct the web address: it looks like https://www.example.org";
      if (issue.format === "uuid" || issue.format === "guid") return "Malformed identifier: copy it exactly as it was given";
      if (issue.format === "date" || issue.format === "datetime") return "Please write a date (dd/mm/yyyy)";
      return "This format is not recognised: please check this field";
    case "not_multiple_of":
      return `Please write a multiple of ${number(issue.divisor, "en")}`;
    case "invalid_value":
      return "Choose one of the values offered";
    case "unrecognized_keys":
      return `Unknown field (${issue.keys.slice(0, 3).join(", ")}): please remove it`;
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
      return "This value is not recognised: please correct it";
    default:
      return "This value is not accepted: please correct it";
  }
}

/** The plain message of one issue in `locale` (the error map of a parse, or the app's global one). */
export function plainIssueMessage(locale: Locale): (issue: Issue) => string {
  return locale === "en" ? english : french;
}

/** For the public API, whose answers speak both languages ("… / …"). */
export const bilingualIssueMessage = (issue: Issue): string => `${french(issue)} / ${english(issue)}`;
