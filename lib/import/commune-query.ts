// How a row names its commune: INSEE code, postcode (with the name when several communes share it) or name alone.
// Pure: the lookup itself is in communes.ts.
import type { RowError } from "./cells";
import { INSEE_COMMUNE_CODE, POSTCODE } from "@/lib/shared/territory-codes";

export interface CommuneQuery {
  code: string | null;
  postcode: string | null;
  name: string | null;
}

export function communeQueryOf(values: Record<string, string>, errors: RowError[]): CommuneQuery | null {
  const code = values.code_insee?.trim().toUpperCase() || null;
  // Spreadsheets drop the leading zero of "01000" and "06100": put it back.
  const postcode = values.code_postal?.trim().replace(/^(\d{4})$/, "0$1") || null;
  const name = values.commune?.trim() || null;
  if (!code && !postcode && !name) {
    errors.push({ column: "commune", message: "Indiquez la commune : code INSEE, code postal ou nom" });
    return null;
  }
  if (code && !INSEE_COMMUNE_CODE.test(code.replace(/^(\d{4})$/, "0$1"))) {
    errors.push({ column: "code_insee", message: `« ${code} » n'est pas un code INSEE (5 caractères, ex. 69123 ou 2A004)` });
    return null;
  }
  if (postcode && !POSTCODE.test(postcode)) {
    errors.push({ column: "code_postal", message: `« ${postcode} » n'est pas un code postal (5 chiffres)` });
    return null;
  }
  return { code: code?.replace(/^(\d{4})$/, "0$1") ?? null, postcode, name };
}
