// What a catalyst checks before approving a registration, computed from facts it already has: whether the applicant's
// e-mail address belongs to the organisation's website, where the official register shows the identifier, and how
// long the registration has waited. Pure: no database, no Next.
import { DAY_MS } from "@/lib/shared/time";

/**
 * Mail services anyone can open an address with: an address there says nothing of the organisation. Exact domains,
 * because some of these names also belong to companies with their own domain (orange.com is the company, orange.fr
 * the mailbox).
 */
const WEBMAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "orange.fr",
  "wanadoo.fr",
  "laposte.net",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "aliceadsl.fr",
  "club-internet.fr",
  "bbox.fr",
  "numericable.fr",
  "icloud.com",
  "me.com",
  "aol.com",
  "aol.fr",
  "gmx.fr",
  "gmx.com",
  "protonmail.com",
  "proton.me",
]);
/** Services with a domain per country (hotmail.fr, yahoo.co.uk...): recognised by their first label. */
const WEBMAIL_BRANDS = new Set(["hotmail", "outlook", "live", "msn", "yahoo", "ymail"]);

export type DomainCheck =
  | { kind: "same"; emailDomain: string; websiteDomain: string }
  | { kind: "different"; emailDomain: string; websiteDomain: string }
  | { kind: "webmail"; emailDomain: string }
  /** No address or no website to compare. */
  | { kind: "unknown"; emailDomain: string | null; websiteDomain: string | null };

/** The domain of an e-mail address, lower-cased; null when it is not an address. */
export function emailDomainOf(email: string | null | undefined): string | null {
  const at = email?.trim().lastIndexOf("@") ?? -1;
  if (!email || at < 1) return null;
  const domain = email
    .trim()
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, "");
  return domain.includes(".") ? domain : null;
}

/** The host of a website without its "www.", lower-cased; null when it is not a web address. */
export function websiteDomainOf(website: string | null | undefined): string | null {
  if (!website?.trim()) return null;
  const text = website.trim();
  try {
    const host = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase().replace(/\.$/, "");
    const domain = host.replace(/^www\./, "");
    return domain.includes(".") ? domain : null;
  } catch {
    return null;
  }
}

export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.has(domain) || WEBMAIL_BRANDS.has(domain.split(".")[0]!);
}

/**
 * The applicant's address against the website: the same domain, or one inside the other (contact@ville-x.fr for
 * www.mairie.ville-x.fr), is "same"; a public mailbox is told apart, whatever the website.
 */
export function compareDomains(email: string | null | undefined, website: string | null | undefined): DomainCheck {
  const emailDomain = emailDomainOf(email);
  const websiteDomain = websiteDomainOf(website);
  if (emailDomain && isWebmailDomain(emailDomain)) return { kind: "webmail", emailDomain };
  if (!emailDomain || !websiteDomain) return { kind: "unknown", emailDomain, websiteDomain };
  const same = emailDomain === websiteDomain || emailDomain.endsWith(`.${websiteDomain}`) || websiteDomain.endsWith(`.${emailDomain}`);
  return { kind: same ? "same" : "different", emailDomain, websiteDomain };
}

export interface RegisterLink {
  identifier: "SIRET" | "SIREN" | "RNA";
  value: string;
  href: string;
}

const ANNUAIRE = "https://annuaire-entreprises.data.gouv.fr";

/**
 * Where the official register shows each identifier: the establishment for a SIRET (else the legal unit for a SIREN),
 * and the register's search for an RNA, since its association pages are addressed by SIREN, not by RNA.
 */
export function registerLinks(identifiers: { siret: string | null; siren: string | null; rna: string | null }): RegisterLink[] {
  const links: RegisterLink[] = [];
  if (identifiers.siret)
    links.push({ identifier: "SIRET", value: identifiers.siret, href: `${ANNUAIRE}/etablissement/${encodeURIComponent(identifiers.siret)}` });
  else if (identifiers.siren)
    links.push({ identifier: "SIREN", value: identifiers.siren, href: `${ANNUAIRE}/entreprise/${encodeURIComponent(identifiers.siren)}` });
  if (identifiers.rna) links.push({ identifier: "RNA", value: identifiers.rna, href: `${ANNUAIRE}/rechercher?terme=${encodeURIComponent(identifiers.rna)}` });
  return links;
}

/** Whole days since the submission (0 on the day itself). */
export function waitingDays(submittedAt: string | Date, now: Date = new Date()): number {
  const since = typeof submittedAt === "string" ? new Date(submittedAt) : submittedAt;
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

/** Late once it has waited longer than the territory usually takes to decide. */
export function isOverdue(days: number, typicalDays: number): boolean {
  return days > typicalDays;
}
