// The address a sign-in link goes to. Auth.js normalises the typed address itself before it mails the link and
// looks the account up; the per-address rate limit must count exactly that identifier, or every spelling of one
// mailbox (cases, full-width letters, "victim@x.example,1" whose domain Auth.js cuts at the comma) would start a
// fresh count. So this one function is both Auth.js's normalizeIdentifier (lib/auth/config.ts) and the limit's key.
// Pure: no database, no Next.
import { z } from "zod";

// The form's rule (ASCII, one "@", no comma, quote or space), which Auth.js's own normaliser leaves unchanged.
const ADDRESS = z.email().max(254);

/**
 * The typed address folded (NFKC: full-width letters, "＠" and "．" become ASCII), trimmed and lower-cased, or null
 * when what is left is not one plain address: rather than cut it as Auth.js would, it is refused.
 */
export function signInIdentifier(raw: string): string | null {
  const identifier = raw.normalize("NFKC").trim().toLowerCase();
  if (/[\s,"]/.test(identifier) || identifier.split("@").length !== 2) return null;
  return ADDRESS.safeParse(identifier).success ? identifier : null;
}
