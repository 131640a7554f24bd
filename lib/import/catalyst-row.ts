// One row of a catalysts file: what the catalysts table needs (name, host, trades, place, coverage, contact,
// charter date), checked with the registration form's field rules wherever the two share a field. Pure.
import { z } from "zod";
import { CATALYST_TRADES, CATALYST_TRADE_LABELS, COVERAGE_KINDS, HOST_KINDS, HOST_KIND_LABELS, type CoverageKind } from "@/lib/shared/vocabulary";
import { aboutStep, contactStep, plainText } from "@/lib/organisations/registration/steps";
import { addColumnErrors, matchVocabularyList, splitList, vocabularyCell, yesNoCell, type RowError } from "./cells";
import { communeQueryOf, type CommuneQuery } from "./commune-query";
import type { RowResult } from "./organisation-row";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// "2024-03-15" or "15/03/2024" → "2024-03-15"; anything else is left for the regex to refuse.
const frenchDate = (value: unknown) => {
  if (typeof value !== "string") return value;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}` : value.trim();
};

export const catalystFieldsSchema = z
  .object({
    name: plainText(2, 150),
    hostName: plainText(2, 200),
    hostKind: z.enum(HOST_KINDS, "Choisissez le type de structure porteuse"),
    trades: z.array(z.enum(CATALYST_TRADES)).max(4),
    description: z.preprocess((value) => value ?? "", z.union([z.literal(""), aboutStep.shape.description])),
    website: aboutStep.shape.website,
    contactName: z.preprocess(emptyToUndefined, contactStep.shape.contactName.optional()),
    contactEmail: z.preprocess(emptyToUndefined, contactStep.shape.contactEmail.optional()),
    contactPhone: contactStep.shape.contactPhone,
    contactPublic: z.boolean(),
    charterSignedOn: z.preprocess(
      (value) => emptyToUndefined(frenchDate(value)),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Date invalide : écrivez AAAA-MM-JJ ou JJ/MM/AAAA")
        .refine(
          (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
          "Cette date n'existe pas",
        )
        .optional(),
    ),
  })
  .superRefine((value, context) => {
    if (value.contactPublic && !value.contactEmail && !value.contactPhone) {
      context.addIssue({ code: "custom", path: ["contactPublic"], message: "Un contact publié doit avoir un e-mail ou un téléphone" });
    }
  });
export type CatalystFields = z.infer<typeof catalystFieldsSchema>;

/** The catalysts table's columns for checked fields (the back-office form and the CSV import alike). */
export function catalystColumns(fields: CatalystFields) {
  return {
    name: fields.name,
    hostName: fields.hostName,
    hostKind: fields.hostKind,
    trades: fields.trades,
    description: fields.description,
    website: fields.website ?? null,
    contactName: fields.contactName ?? null,
    contactEmail: fields.contactEmail ?? null,
    contactPhone: fields.contactPhone ?? null,
    contactPublic: fields.contactPublic,
    charterSignedOn: fields.charterSignedOn ?? null,
  };
}

export interface CoverageCode {
  kind: CoverageKind;
  code: string;
}

export interface CatalystImport {
  externalId: string | null;
  fields: CatalystFields;
  coverage: CoverageCode[];
  commune: CommuneQuery;
}

const COLUMN_OF: Record<string, string> = {
  name: "nom",
  hostName: "structure",
  hostKind: "type_structure",
  trades: "metiers",
  website: "site_web",
  contactName: "contact_nom",
  contactEmail: "contact_email",
  contactPhone: "contact_telephone",
  contactPublic: "contact_public",
  charterSignedOn: "charte_signee_le",
};

const COVERAGE_PREFIX: Record<string, CoverageKind> = { commune: "commune", epci: "intercommunality", ept: "intercommunality", departement: "departement" };

/** `territoire`: "epci:200046977|commune:69123|departement:69"; a bare code is read by its shape. */
export function parseCoverage(cell: string, errors: RowError[]): CoverageCode[] {
  const coverage = new Map<string, CoverageCode>();
  for (const item of splitList(cell)) {
    const colon = item.indexOf(":");
    const prefix =
      colon < 0
        ? ""
        : item
            .slice(0, colon)
            .trim()
            .toLowerCase()
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "");
    const code = (colon < 0 ? item : item.slice(colon + 1)).replace(/\s/g, "").toUpperCase();
    const kind: CoverageKind | undefined =
      colon >= 0
        ? COVERAGE_PREFIX[prefix]
        : /^\d{9}$/.test(code)
          ? "intercommunality"
          : /^(\d{5}|2[AB]\d{3})$/.test(code)
            ? "commune"
            : /^(\d{2,3}|2[AB])$/.test(code)
              ? "departement"
              : undefined;
    if (!kind || !COVERAGE_KINDS.includes(kind)) {
      errors.push({ column: "territoire", message: `« ${item} » : écrivez commune:CODE_INSEE, epci:SIREN ou departement:CODE` });
      continue;
    }
    coverage.set(`${kind}:${code}`, { kind, code });
  }
  if (!coverage.size && !errors.some((error) => error.column === "territoire")) {
    errors.push({ column: "territoire", message: "Indiquez le territoire couvert (ex. epci:200046977|commune:69123)" });
  }
  return [...coverage.values()];
}

export function parseCatalystRow(values: Record<string, string>): RowResult<CatalystImport> {
  const errors: RowError[] = [];
  const cell = (column: string) => values[column]?.trim() ?? "";
  const contactPublic = yesNoCell(cell("contact_public"), "contact_public", errors);
  const parsed = catalystFieldsSchema.safeParse({
    name: cell("nom"),
    hostName: cell("structure"),
    hostKind: vocabularyCell(cell("type_structure"), HOST_KIND_LABELS, "type_structure", errors),
    trades: matchVocabularyList(cell("metiers"), CATALYST_TRADE_LABELS, "metiers", errors),
    description: cell("description"),
    website: cell("site_web"),
    contactName: cell("contact_nom"),
    contactEmail: cell("contact_email"),
    contactPhone: cell("contact_telephone"),
    contactPublic,
    charterSignedOn: cell("charte_signee_le"),
  });
  if (!parsed.success) addColumnErrors(errors, parsed.error, COLUMN_OF);
  const coverage = parseCoverage(cell("territoire"), errors);
  const commune = communeQueryOf(values, errors);
  if (errors.length || !parsed.success || !commune) return { ok: false, errors };
  return { ok: true, value: { externalId: cell("id_externe") || null, fields: parsed.data, coverage, commune } };
}
