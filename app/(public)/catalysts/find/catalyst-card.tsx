// One catalyst in the finder's answer: who it is, how it covers the place, how far, and the ways to reach it.
// The contact entry point leads to its profile's contact section: its e-mail is never shown here.
import Link from "next/link";
import type { CoverageMatch, PublicCatalyst } from "@/lib/catalysts/finder";
import { CATALYST_TRADE_LABELS, HOST_KIND_LABELS } from "@/lib/shared/vocabulary";
import { fill, getFinderMessages } from "@/lib/catalysts/finder-messages";
import type { Locale } from "@/lib/i18n/messages";
import styles from "./find.module.css";

interface CatalystCardProps {
  catalyst: PublicCatalyst;
  coverages?: CoverageMatch[];
  distance: string;
  locale: Locale;
  highlighted?: boolean;
}

export function CatalystCard({ catalyst, coverages = [], distance, locale, highlighted = false }: CatalystCardProps) {
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
        {catalyst.trades.length > 0 ? (
          <ul className={styles.trades} aria-label={t.answer.trades}>
            {catalyst.trades.map((trade) => (
              <li key={trade}>{CATALYST_TRADE_LABELS[trade][locale]}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className={styles.cardActions}>
        <Link href={`${profile}#contact`} className={highlighted ? "button" : styles.secondaryButton}>
          {t.answer.contact}
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
