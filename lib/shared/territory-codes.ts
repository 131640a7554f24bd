// The shapes of French territorial codes as every input checks them (the directory's filters, the finder, the
// registration form, the CSV import). Patterns without flags, Corsica's 2A/2B in either case spelt out, so that
// the JSON Schema the API's description is generated from says exactly what they accept. Pure.

/** An INSEE commune code: five digits, or 2A/2B and three digits (Corsica). */
export const INSEE_COMMUNE_CODE = /^(\d{5}|2[ABab]\d{3})$/;
/** An INSEE département code: two or three digits, or 2A/2B. */
export const INSEE_DEPARTEMENT_CODE = /^(\d{2,3}|2[ABab])$/;
export const INSEE_REGION_CODE = /^\d{2}$/;
/** A SIREN, as EPCI and EPT are named by theirs. */
export const SIREN_CODE = /^\d{9}$/;
export const POSTCODE = /^\d{5}$/;
