import Link from "next/link";
import { ACTOR_KIND_LABELS, RESOURCE_KIND_LABELS, THEME_LABELS } from "@/lib/shared/vocabulary";
import { formatDistanceKm } from "@/lib/geo/distance";
import type { DirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import type { OrganisationCard as Card } from "@/lib/organisations/directory";

export function OrganisationCard({ organisation, locale, t }: { organisation: Card; locale: Locale; t: DirectoryMessages["organisations"] }) {
  return (
    <article className="card organisation-card">
      <div className="card-head">
        <span className={`kind-badge kind-${organisation.kind}`}>{labelOf(ACTOR_KIND_LABELS, organisation.kind, locale)}</span>
        {organisation.distanceKm !== null ? (
          <span className="distance">
            <span className="visually-hidden">{t.distance} : </span>
            {formatDistanceKm(organisation.distanceKm, locale)}
          </span>
        ) : null}
      </div>
      <h2 className="card-title">
        <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </h2>
      <p className="card-place">
        {organisation.communeName} · {organisation.departementName} ({organisation.departementCode})
      </p>
      {organisation.themes.length ? (
        <ul className="tags" aria-label={t.themes}>
          {organisation.themes.map((theme) => (
            <li key={theme}>{labelOf(THEME_LABELS, theme, locale)}</li>
          ))}
        </ul>
      ) : null}
      <dl className="resources">
        {organisation.offers.length ? (
          <div>
            <dt>{t.offersShort}</dt>
            <dd>{organisation.offers.map((kind) => labelOf(RESOURCE_KIND_LABELS, kind, locale)).join(" · ")}</dd>
          </div>
        ) : null}
        {organisation.needs.length ? (
          <div>
            <dt>{t.needsShort}</dt>
            <dd>{organisation.needs.map((kind) => labelOf(RESOURCE_KIND_LABELS, kind, locale)).join(" · ")}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
