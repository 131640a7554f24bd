import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { PointsMap, type MapPoint } from "@/app/components/points-map";
import { mergedOrganisationTarget } from "@/lib/admin/organisations";
import { getDatabase } from "@/lib/server/db";
import {
  type PointPrecision,
  ACTOR_KIND_LABELS,
  COLLECTIVITE_LEVEL_LABELS,
  COMPANY_SIZE_LABELS,
  HORIZON_LABELS,
  OBJECTIVE_LABELS,
  ODD_LABELS,
  RESOURCE_KIND_LABELS,
  THEME_LABELS,
} from "@/lib/shared/vocabulary";
import { getEnv } from "@/lib/server/env";
import { haversineKm } from "@/lib/geo/distance";
import { networkMapHref } from "@/lib/map/view";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { getMatchingMessages } from "@/lib/matching/messages";
import { proposePartners } from "@/lib/matching/proposals";
import { getPublicOrganisation, type NeedOfferItem, type OrganisationProfile } from "@/lib/organisations/directory";
import { getViewer } from "@/lib/auth/session";
import { ProposalList } from "@/app/components/proposal-list";

export const dynamic = "force-dynamic";

/** Proposals shown on the profile itself; the rest, with the map, on /organisations/[slug]/partners. */
const PROFILE_PROPOSALS = 3;
/** Covering catalysts based this close are shown on the small map; farther ones would shrink the organisation's place to a dot. */
const NEAR_CATALYST_KM = 50;
/**
 * The dashed circle drawn around an estimated position: the radius the caption quotes (ADR 002 measured medians of
 * 4.4 km and 7.8 km). A chef-lieu point can be 100 km off: no circle, the caption says "very approximate".
 */
const APPROXIMATE_RADIUS_KM: Partial<Record<PointPrecision, number>> = { postcode: 5, epci: 10 };

// generateMetadata and the page both need the profile: read it once per request.
const loadProfile = cache(async (slug: string) => getPublicOrganisation(await getDatabase(), slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).slug).catch(() => null);
  if (!profile) return {};
  const locale = await getLocale();
  const kind = labelOf(ACTOR_KIND_LABELS, profile.kind, locale);
  const description = `${kind} à ${profile.communeName} (${profile.departementName}). ${profile.description}`.slice(0, 200);
  return {
    title: `${profile.name} — ${profile.communeName}`,
    description,
    alternates: { canonical: `/organisations/${profile.slug}` },
    openGraph: {
      type: "profile",
      title: profile.name,
      description,
      url: `/organisations/${profile.slug}`,
      siteName: "Alliances",
      locale: locale === "fr" ? "fr_FR" : "en_GB",
    },
  };
}

export default async function OrganisationPage({ params }: Props) {
  const { slug } = await params;
  const profile = await loadProfile(slug);
  if (!profile) {
    // A duplicate merged by an admin: its old address leads to the organisation that stayed.
    const target = await mergedOrganisationTarget(await getDatabase(), slug);
    if (target) permanentRedirect(`/organisations/${target}`);
    notFound();
  }
  const locale = await getLocale();
  const t = getDirectoryMessages(locale).profile;
  const m = getMatchingMessages(locale);
  const viewer = await getViewer();
  const db = await getDatabase();
  const proposals = await proposePartners(db, viewer, slug, { locale, limit: PROFILE_PROPOSALS });
  const isMember = Boolean(viewer?.memberships.some((membership) => membership.slug === profile.slug));
  const kind = labelOf(ACTOR_KIND_LABELS, profile.kind, locale);
  const detail = profile.collectiviteLevel
    ? labelOf(COLLECTIVITE_LEVEL_LABELS, profile.collectiviteLevel, locale)
    : profile.companySize
      ? labelOf(COMPANY_SIZE_LABELS, profile.companySize, locale)
      : null;

  return (
    <article className="container profile">
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href="/organisations">{getDirectoryMessages(locale).organisations.title}</Link>
          </li>
          <li>
            <Link href={`/organisations?departement=${profile.departementCode}`}>{profile.departementName}</Link>
          </li>
          <li aria-current="page">{profile.name}</li>
        </ol>
      </nav>
      <header className="profile-header">
        <p className="card-head" style={{ justifyContent: "flex-start" }}>
          <span className={`kind-badge kind-${profile.kind}`}>{kind}</span>
          {detail ? <span className="muted">{detail}</span> : null}
        </p>
        <h1>{profile.name}</h1>
        <p className="card-place">
          {profile.communeName} · {profile.departementName} · {profile.regionName}
        </p>
        <ul className="badges">
          {profile.charterSigned ? <li className="badge">✓ {t.charter}</li> : null}
          {profile.isEss ? <li className="badge">{t.ess}</li> : null}
          {profile.isSiae ? <li className="badge">{t.siae}</li> : null}
          {profile.isMissionCompany ? <li className="badge">{t.missionCompany}</li> : null}
          {profile.isDemo ? <li className="badge badge-demo">{t.demo}</li> : null}
        </ul>
      </header>

      <div className="profile-layout">
        <div>
          <section aria-labelledby="about">
            <h2 id="about">{t.about}</h2>
            <p>{profile.description}</p>
            {profile.website ? (
              <p>
                {t.website} :{" "}
                <a href={profile.website} rel="noopener noreferrer nofollow" target="_blank">
                  {profile.website.replace(/^https?:\/\//, "")}
                </a>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="offers">
            <h2 id="offers">{t.offers}</h2>
            <ItemList
              items={profile.offers}
              empty={t.noOffers}
              locale={locale}
              horizon={t.horizon}
              className="item-list"
              matchHref={(id) => `/organisations/${profile.slug}/partners?focus=${id}`}
              matchLabel={m.item.whoNeeds}
            />
          </section>
          <section aria-labelledby="needs">
            <h2 id="needs">{t.needs}</h2>
            <ItemList
              items={profile.needs}
              empty={t.noNeeds}
              locale={locale}
              horizon={t.horizon}
              className="item-list needs"
              matchHref={(id) => `/organisations/${profile.slug}/partners?focus=${id}`}
              matchLabel={m.item.whoMeets}
            />
          </section>

          <section aria-labelledby="partners">
            <h2 id="partners">{m.section.title}</h2>
            {proposals ? (
              <>
                <p className="muted">{proposals.audience === "member" ? m.section.leadMember : m.section.leadPublic}</p>
                {proposals.proposals.length ? (
                  <ProposalList
                    proposals={proposals.proposals.slice(0, PROFILE_PROPOSALS)}
                    locale={locale}
                    t={m.proposal}
                    showDetails={proposals.audience === "member"}
                    introduceFrom={proposals.audience === "member" ? { slug: profile.slug } : undefined}
                  />
                ) : (
                  <p className="empty-state">
                    {m.section.empty} {proposals.audience === "member" ? m.section.emptyMember : null}
                  </p>
                )}
                <p>
                  <Link href={`/organisations/${profile.slug}/partners`}>{m.section.seeAll}</Link>
                </p>
              </>
            ) : null}
          </section>

          <section aria-labelledby="themes">
            <h2 id="themes">{t.themes}</h2>
            <ul className="tags">
              {profile.themes.map((theme) => (
                <li key={theme}>{labelOf(THEME_LABELS, theme, locale)}</li>
              ))}
            </ul>
            {profile.odd.length ? (
              <>
                <h3 className="muted" style={{ marginTop: "1rem", fontSize: "1rem" }}>
                  {t.odd}
                </h3>
                <ul className="tags">
                  {profile.odd.map((odd) => (
                    <li key={odd}>
                      ODD {odd} · {labelOf(ODD_LABELS, odd, locale)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {profile.objectives.length ? (
              <>
                <h3 className="muted" style={{ marginTop: "1rem", fontSize: "1rem" }}>
                  {t.objectives}
                </h3>
                <ul className="tags">
                  {profile.objectives.map((objective) => (
                    <li key={objective}>{labelOf(OBJECTIVE_LABELS, objective, locale)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>

        <aside className="side-panel">
          <section className="card" aria-labelledby="catalysts">
            <h2 id="catalysts">{t.catalysts}</h2>
            {profile.catalysts.length ? (
              <ul className="link-list">
                {profile.catalysts.map((catalyst) => (
                  <li key={catalyst.slug}>
                    <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
                    <br />
                    <span className="muted">{catalyst.hostName}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <>
                <p>{t.noCatalyst}</p>
                <Link href={`/catalysts/find?commune=${profile.communeCode}`}>{t.findCatalyst}</Link>
              </>
            )}
          </section>
          <section className="card" aria-labelledby="introduction">
            <h2 id="introduction">{t.introduction}</h2>
            <p className="muted">{t.introductionText}</p>
            {profile.answersWithinDays !== null ? <p>{t.answersWithin(profile.answersWithinDays)}</p> : null}
            {isMember ? (
              <Link className="button button-secondary" href="/introductions">
                {t.ownIntroductions}
              </Link>
            ) : (
              <>
                <Link className="button" href={`/introductions/new?to=${encodeURIComponent(profile.slug)}`}>
                  {t.introduction}
                </Link>
                <p className="muted small-print">
                  {t.partOf}
                  <Link href={`/account/join/${profile.slug}`}>{t.askToJoin}</Link>
                </p>
              </>
            )}
          </section>
          <section className="card" aria-labelledby="territory">
            <h2 id="territory">{t.territory}</h2>
            <OrganisationMap profile={profile} kindLabel={kind} locale={locale} />
            <dl className="facts">
              <dt>{t.commune}</dt>
              <dd>
                <Link href={`/organisations?commune=${profile.communeCode}`}>{profile.communeName}</Link>
              </dd>
              {profile.epciName ? (
                <>
                  <dt>{t.epci}</dt>
                  <dd>
                    <Link href={`/organisations?epci=${profile.epciCode}`}>{profile.epciName}</Link>
                  </dd>
                </>
              ) : null}
              <dt>{t.departement}</dt>
              <dd>
                <Link href={`/organisations?departement=${profile.departementCode}`}>{profile.departementName}</Link>
              </dd>
              <dt>{t.region}</dt>
              <dd>
                <Link href={`/organisations?region=${profile.regionCode}`}>{profile.regionName}</Link>
              </dd>
              {profile.siren || profile.rna ? (
                <>
                  <dt>{t.identifiers}</dt>
                  <dd>{[profile.siren && `SIREN ${profile.siren}`, profile.rna && `RNA ${profile.rna}`].filter(Boolean).join(" · ")}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <p className="muted">{t.updated(formatDate(profile.updatedAt, locale))}</p>
          {profile.isStale ? (
            <p className="stale" role="note">
              {t.stale}
            </p>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

function ItemList({
  items,
  empty,
  locale,
  horizon,
  className,
  matchHref,
  matchLabel,
}: {
  items: NeedOfferItem[];
  empty: string;
  locale: Locale;
  horizon: string;
  className: string;
  matchHref: (id: string) => string;
  matchLabel: string;
}) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>
          <span className="item-title">{item.title}</span>
          <span className="item-meta">
            {labelOf(RESOURCE_KIND_LABELS, item.resourceKind, locale)} · {horizon} : {labelOf(HORIZON_LABELS, item.horizon, locale).split(":")[0]}
          </span>
          <Link className="item-match" href={matchHref(item.id)}>
            {matchLabel}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The organisation's place on a small map, with the covering catalysts based nearby, and how precise the place is. */
function OrganisationMap({ profile, kindLabel, locale }: { profile: OrganisationProfile; kindLabel: string; locale: Locale }) {
  const t = getDirectoryMessages(locale).profile.map;
  const env = getEnv();
  const precision = profile.pointPrecision ?? "own";
  const nearCatalysts = profile.catalysts.filter((catalyst) => haversineKm(profile, catalyst) <= NEAR_CATALYST_KM);
  const points: MapPoint[] = [
    {
      id: "self",
      lat: profile.lat,
      lon: profile.lon,
      label: profile.name,
      detail: `${kindLabel} · ${profile.communeName}`,
      variant: "self",
      kind: profile.kind,
      radiusKm: profile.pointPrecision ? APPROXIMATE_RADIUS_KM[profile.pointPrecision] : undefined,
    },
    ...nearCatalysts.map((catalyst): MapPoint => ({
      id: `catalyst-${catalyst.slug}`,
      lat: catalyst.lat,
      lon: catalyst.lon,
      label: catalyst.name,
      detail: t.catalyst,
      href: `/catalysts/${catalyst.slug}`,
      variant: "catalyst",
      kind: "catalyst",
    })),
  ];
  return (
    <div className="profile-map">
      <PointsMap
        locale={locale}
        points={points}
        outlines={[profile.departementCode]}
        outlineColour="#4a5568"
        // Alone, the place is shown with its surroundings (about a département); a chef-lieu estimate, wider.
        fit={nearCatalysts.length ? "points" : { center: { lat: profile.lat, lon: profile.lon }, zoom: precision === "chef_lieu" ? 8 : 9 }}
        maxFitZoom={10}
        ariaLabel={t.label(profile.name, profile.communeName)}
        describedBy="organisation-map-caption"
        legend={
          nearCatalysts.length
            ? [
                { symbol: "self", kind: profile.kind, label: profile.name },
                { symbol: "catalyst", label: t.catalyst },
              ]
            : undefined
        }
        tilesUrl={env.TILES_URL}
        tilesAttribution={env.TILES_ATTRIBUTION}
      />
      <p id="organisation-map-caption" className="map-caption">
        {t.position[precision]}
      </p>
      <p className="map-caption">
        <a href={networkMapHref(profile, 12)}>{t.networkMap}</a>
      </p>
    </div>
  );
}
