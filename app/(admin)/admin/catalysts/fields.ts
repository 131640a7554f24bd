// The catalyst form's fields, described on the server in the admin's language and rendered by the shared step form.
import type { FieldSpec, Option } from "@/app/(account)/register/field-spec";
import { CATALYST_TRADE_LABELS, CATALYST_TRADES, HOST_KIND_LABELS, HOST_KINDS, type Label } from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import type { AdminMessages } from "@/lib/admin/messages";
import { catalystFieldsSchema } from "@/lib/import/catalyst-row";
import { maxLengthOf } from "@/lib/shared/schema-limits";

const options = (values: readonly string[], labels: Record<string, Label>, locale: Locale): Option[] =>
  values.map((value) => [value, labelOf(labels, value, locale)]);

// The limits are the schema's that the back-office action and the CSV import parse with.
const fields = catalystFieldsSchema.shape;

export function catalystFields(t: AdminMessages["catalysts"]["fields"], locale: Locale, communeLabel?: string): FieldSpec[] {
  return [
    { type: "text", name: "name", label: t.name, required: true, maxLength: maxLengthOf(fields.name) },
    { type: "text", name: "hostName", label: t.hostName, required: true, maxLength: maxLengthOf(fields.hostName) },
    { type: "select", name: "hostKind", label: t.hostKind, required: true, options: options(HOST_KINDS, HOST_KIND_LABELS, locale) },
    { type: "checkboxes", name: "trades", label: t.trades, options: options(CATALYST_TRADES, CATALYST_TRADE_LABELS, locale) },
    { type: "commune", name: "communeCode", label: t.commune, hint: t.communeHint, required: true, selectedLabel: communeLabel },
    { type: "textarea", name: "description", label: t.description, maxLength: maxLengthOf(fields.description) },
    { type: "url", name: "website", label: t.website, maxLength: maxLengthOf(fields.website) },
    { type: "text", name: "contactName", label: t.contactName, maxLength: maxLengthOf(fields.contactName) },
    { type: "email", name: "contactEmail", label: t.contactEmail, maxLength: maxLengthOf(fields.contactEmail) },
    { type: "tel", name: "contactPhone", label: t.contactPhone, maxLength: 20 },
    { type: "checkbox", name: "contactPublic", label: t.contactPublic },
    { type: "date", name: "charterSignedOn", label: t.charterSignedOn, maxLength: 10 },
  ];
}
