// One catalyst in the finder's answer: who it is, what it does, how it covers the place, how far, and the ways to
// reach it: its published contact when it has one, else its page's form (no account needed), and its website.
import Link from "next/link";
import type { CoverageMatch, PublicCatalyst } from "@/lib/catalysts/finder";
import type { CatalystCardDetails } from "@/lib/catalysts/catalysts";
import { CATALYST_TRADE_LABELS, HOST_KIND_LABELS } from "@/lib/shared/vocabulary";
import { fill, getFinderMessages } from "@/lib/catalysts/finder-messages";
import type { Locale } from "@/lib/i18n/messages";
import styles from "./find.module.css";

interface CatalystCardProps {
  catalyst: PublicCatalyst;
  details?: CatalystCardDetails;
  coverages?: CoverageMatch[];
  distance: string;
  locale: Locale;
  highlighted?: boolean;
}

export function CatalystCard({ catalyst, details, coverages = [], distance, locale, highlighted = false }: CatalystCardProps) {
  const t = getFinderMessages(locale);
  const profile = `/catalysts/${encodeURIComponent(catalyst.slug)}`;
  const coverageText = coverages
    .map((match) => fill(t.coverage[match.level], { name: match.territory.name, code: match.territory.code }))
    .map((text, index) => (index === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1)))
    .join(t.coverage.and);
  return (
    <article className={highlighted ? `${styles.card} ${styles.covering}` : styles.card}>
      <div className={styles.cardMain}>
        <h3 className={styles.cardTitle}>
          <Link href={profile}>{catalyst.name}</Link>
        </h3>
        {coverageText ? <p className={styles.coverage}>{coverageText}</p> : null}
        <p className={styles.cardMeta}>
          <span>{fill(t.answer.hostedBy, { host: catalyst.hostName })}</span>
          <span aria-hidden="true"> · </span>
          <span>{HOST_KIND_LABELS[catalyst.hostKind][locale]}</span>
        </p>
        <p className={styles.cardMeta}>
          <span>{fill(t.answer.basedIn, { commune: catalyst.communeName, departement: catalyst.departementCode })}</span>
          <span aria-hidden="true"> · </span>
          <strong className={styles.distance}>{distance}</strong>
        </p>
        {details?.summary ? <p className={styles.summary}>{details.summary}</p> : null}
        {catalyst.trades.length > 0 ? (
          <ul className={styles.trades} aria-label={t.answer.trades}>
            {catalyst.trades.map((trade) => (
              <li key={trade}>{CATALYST_TRADE_LABELS[trade][locale]}</li>
            ))}
          </ul>
        ) : null}
        <p className={styles.reach}>
          {details?.publicContact ? (
            <>
              {t.answer.reachPublic} {details.publicContact.email ? <a href={`mailto:${details.publicContact.email}`}>{details.publicContact.email}</a> : null}
              {details.publicContact.email && details.publicContact.phone ? " · " : null}
              {details.publicContact.phone ? <a href={`tel:${details.publicContact.phone.replace(/\s+/g, "")}`}>{details.publicContact.phone}</a> : null}
            </>
          ) : (
            t.answer.reachForm
          )}
          {details?.website ? (
            <>
              {" · "}
              <a href={details.website} rel="noopener noreferrer nofollow">
                {details.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </>
          ) : null}
        </p>
      </div>
      <div className={styles.cardActions}>
        <Link href={`${profile}#contact`} className={highlighted ? "button" : styles.secondaryButton}>
          {details?.publicContact ? t.answer.contact : t.answer.ask}
          <span className={styles.visuallyHidden}> : {catalyst.name}</span>
        </Link>
        <Link href={profile} className={styles.profileLink}>
          {t.answer.profile}
          <span className={styles.visuallyHidden}> : {catalyst.name}</span>
        </Link>
      </div>
    </article>
  );
}
