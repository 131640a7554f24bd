import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { PointsMap, type MapPoint } from "@/app/components/points-map";
import { ProposalList } from "@/app/components/proposal-list";
import { ACTOR_KIND_LABELS, PARTNERSHIP_TYPE_LABELS, RESOURCE_KIND_LABELS } from "@/lib/shared/vocabulary";
import { getEnv } from "@/lib/server/env";
import { formatDistanceKm } from "@/lib/geo/distance";
import { labelOf } from "@/lib/i18n/labels";
import { getDatabase } from "@/lib/server/db";
import { formatNumber, getMessages } from "@/lib/i18n/messages";
import { getLocale } from "@/lib/i18n/locale";
import { getMatchingMessages } from "@/lib/matching/messages";
import { proposePartners, type PartnerProposal, type PartnerProposals } from "@/lib/matching/proposals";
import {
  DISTANCE_CHOICES_KM,
  filterChoices,
  filterProposals,
  parseProposalFilters,
  proposalFiltersQuery,
  PROPOSALS_PAGE_SIZE,
} from "@/lib/matching/proposal-filters";
import { getViewer } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const focusParameter = z.string().uuid();

/** The proposals, for the focus asked for when it is one of the organisation's open items, else for all of it. */
const loadProposals = cache(async (slug: string, focus: string | undefined): Promise<{ result: PartnerProposals | null; unknownFocus: boolean }> => {
  const db = await getDatabase();
  const viewer = await getViewer();
  const locale = await getLocale();
  const focusId = focus !== undefined && focusParameter.safeParse(focus).success ? focus : undefined;
  if (focusId) {
    const focused = await proposePartners(db, viewer, slug, { locale, focusId, limit: 50 });
    if (focused) return { result: focused, unknownFocus: false };
  }
  return { result: await proposePartners(db, viewer, slug, { locale, limit: 50 }), unknownFocus: focus !== undefined };
});

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { result } = await loadProposals((await params).slug, firstValue((await searchParams).focus));
  if (!result) return {};
  const t = getMatchingMessages(await getLocale()).page;
  return {
    title: t.title(result.subject.name),
    description: t.metaDescription(result.subject.name),
    alternates: { canonical: `/organisations/${result.subject.slug}/partners` },
    robots: { index: false },
  };
}

export default async function PartnersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const focus = firstValue(query.focus);
  const { result, unknownFocus } = await loadProposals(slug, focus);
  if (!result) notFound();
  const locale = await getLocale();
  const m = getMatchingMessages(locale);
  const t = m.page;
  const base = `/organisations/${result.subject.slug}/partners`;
  const heading = result.focus ? (result.focus.direction === "need" ? t.focusNeed(result.focus.title) : t.focusOffer(result.focus.title)) : null;
  // A page of cards at a time, narrowed by the URL's filters: links and a GET form, so it works without JavaScript.
  const filters = parseProposalFilters(query);
  const filtered = filterProposals(result.proposals, filters);
  const shown = filtered.slice(0, filters.shown);
  const choices = filterChoices(result.proposals);
  const filtering = filters.kind !== null || filters.resourceKind !== null || filters.maxKm !== null;
  const focusId = result.focus?.id ?? null;
  const nextCard = filtered[shown.length];
  const moreHref = nextCard
    ? `${base}${proposalFiltersQuery({ ...filters, shown: shown.length + PROPOSALS_PAGE_SIZE }, focusId)}#proposal-${nextCard.slug}`
    : null;
  // The type is said once when every card suggests the same one, rather than on each card.
  const types = [...new Set(shown.map((proposal) => proposal.partnershipType))];
  const sharedType = shown.length > 1 && types.length === 1 ? types[0]! : null;

  return (
    <article className="container profile">
      <nav aria-label={getMessages(locale).nav.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href={`/organisations/${result.subject.slug}`}>{result.subject.name}</Link>
          </li>
          <li aria-current="page">{m.section.title}</li>
        </ol>
      </nav>
      <h1>{t.title(result.subject.name)}</h1>
      <p className="muted">{result.audience === "member" ? m.section.leadMember : m.section.leadPublic}</p>
      {unknownFocus ? (
        <p className="notice" role="status">
          {t.unknownFocus}
        </p>
      ) : null}

      {result.items.length ? (
        <nav aria-labelledby="focus-heading">
          <h2 id="focus-heading" className="h3">
            {t.focus}
          </h2>
          <ul className="focus-choices">
            <li>
              <Link href={base} aria-current={result.focus ? undefined : "page"}>
                {t.wholeOrganisation}
              </Link>
            </li>
            {result.items.map((item) => (
              <li key={item.id}>
                <Link href={`${base}?focus=${item.id}`} aria-current={result.focus?.id === item.id ? "page" : undefined}>
                  {item.direction === "need" ? t.need : t.offer} : {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {heading ? <h2>{heading}</h2> : null}
      <p className="muted">
        {t.radius(result.radiusKm, formatNumber(result.candidatesConsidered, locale))} {result.widened ? t.widened : null}
      </p>

      {result.proposals.length > 1 ? (
        <form className="inline-filters proposal-filters" action={base} aria-label={t.filters}>
          {focusId ? <input type="hidden" name="focus" value={focusId} /> : null}
          <div className="field">
            <label htmlFor="filter-kind">{t.kind}</label>
            <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
              <option value="">{t.anyKind}</option>
              {choices.kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {labelOf(ACTOR_KIND_LABELS, kind, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-resource">{t.resource}</label>
            <select id="filter-resource" name="resource" defaultValue={filters.resourceKind ?? ""}>
              <option value="">{t.anyResource}</option>
              {choices.resourceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {labelOf(RESOURCE_KIND_LABELS, kind, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-km">{t.distance}</label>
            <select id="filter-km" name="km" defaultValue={filters.maxKm === null ? "" : String(filters.maxKm)}>
              <option value="">{t.anyDistance}</option>
              {DISTANCE_CHOICES_KM.map((km) => (
                <option key={km} value={km}>
                  {t.within(km)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t.apply}
          </button>
          {filtering ? (
            <Link href={`${base}${proposalFiltersQuery({ ...filters, kind: null, resourceKind: null, maxKm: null, shown: 0 }, focusId)}`}>{t.reset}</Link>
          ) : null}
        </form>
      ) : null}

      {shown.length ? <ProposalsMap result={result} proposals={shown} locale={locale} /> : null}

      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading" className="visually-hidden">
          {t.list}
        </h2>
        {shown.length ? (
          <>
            <p className="muted proposals-count">{t.showing(shown.length, filtered.length)}</p>
            {sharedType ? (
              <p className="proposal-partnership">
                {t.samePartnership} : <strong>{labelOf(PARTNERSHIP_TYPE_LABELS, sharedType, locale)}</strong>{" "}
                <span className="muted">({m.proposal.partnershipHints[sharedType]})</span>
              </p>
            ) : null}
            <ProposalList
              proposals={shown}
              locale={locale}
              t={m.proposal}
              showDetails
              numbered
              showPartnership={!sharedType}
              introduceFrom={result.audience === "member" ? { slug: result.subject.slug, focusId } : undefined}
            />
            {moreHref ? (
              <p className="proposals-more">
                <Link className="button button-secondary" href={moreHref}>
                  {t.seeMore}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="empty-state">{result.proposals.length ? t.emptyFiltered : result.focus ? t.emptyFocus : m.section.empty}</p>
        )}
      </section>

      <details className="card" style={{ marginTop: "1.5rem" }}>
        <summary>{t.howItWorks}</summary>
        <p>{t.howItWorksText}</p>
        <p>{t.partnershipText}</p>
      </details>
      <p>
        <Link href={`/organisations/${result.subject.slug}`}>← {t.back}</Link>
      </p>
    </article>
  );
}

/** The organisation (a pin) and its proposed partners (numbered as in the list), each linking to its profile. */
function ProposalsMap({ result, proposals, locale }: { result: PartnerProposals; proposals: PartnerProposal[]; locale: "fr" | "en" }) {
  const env = getEnv();
  const t = getMatchingMessages(locale).page;
  const points: MapPoint[] = [
    {
      id: result.subject.id,
      lat: result.subject.lat,
      lon: result.subject.lon,
      label: result.subject.name,
      variant: "self",
      kind: result.subject.kind,
      detail: result.subject.communeName,
    },
    ...proposals.map((proposal, index) => ({
      id: proposal.id,
      lat: proposal.lat,
      lon: proposal.lon,
      label: `${index + 1}. ${proposal.name}`,
      variant: "organisation" as const,
      kind: proposal.kind,
      detail: `${labelOf(ACTOR_KIND_LABELS, proposal.kind, locale)} · ${proposal.communeName} · ${formatDistanceKm(proposal.distanceKm, locale)}`,
      href: `/organisations/${proposal.slug}`,
      linkText: t.seeProfile,
    })),
  ];
  spreadSharedPlaces(points);
  const departements = [...new Set(proposals.map((proposal) => proposal.departementCode))];
  return (
    <div className="proposals-map">
      <h2 id="proposals-map-heading" className="h3">
        {t.map}
      </h2>
      <PointsMap
        locale={locale}
        points={points}
        outlines={departements}
        outlineColour="#4a5568"
        fit="points"
        maxFitZoom={12}
        height={380}
        ariaLabel={t.map}
        describedBy="proposals-heading"
        legend={[
          { symbol: "self", kind: result.subject.kind, label: result.subject.name },
          { symbol: "organisation", label: t.proposedPartner },
        ]}
        tilesUrl={env.TILES_URL}
        tilesAttribution={env.TILES_ATTRIBUTION}
      />
    </div>
  );
}

/** About 400 m: enough to tell the markers apart at city zoom, small next to a commune-level position's precision. */
const SPREAD_DEGREES = 0.004;

/**
 * Positions are commune-level, so partners of one town share a point and would hide one another: the ones
 * sharing a place are set on a small circle around it (the first, often the organisation itself, stays put).
 */
function spreadSharedPlaces(points: MapPoint[]) {
  const byPlace = new Map<string, MapPoint[]>();
  for (const point of points) {
    const key = `${point.lat.toFixed(5)},${point.lon.toFixed(5)}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), point]);
  }
  for (const group of byPlace.values()) {
    const others = group.slice(1);
    others.forEach((point, index) => {
      const angle = (2 * Math.PI * index) / others.length;
      point.lat += SPREAD_DEGREES * Math.sin(angle);
      point.lon += (SPREAD_DEGREES * Math.cos(angle)) / Math.cos((point.lat * Math.PI) / 180);
    });
  }
}
