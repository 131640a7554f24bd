import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { ProposalList } from "@/app/components/proposal-list";
import { getDatabase } from "@/lib/db";
import { formatNumber } from "@/lib/i18n/messages";
import { getLocale } from "@/lib/i18n/locale";
import { getMatchingMessages } from "@/lib/i18n/matching-messages";
import { proposePartners, type PartnerProposals } from "@/lib/matches";
import { getViewer } from "@/lib/session";

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
  const focus = firstValue((await searchParams).focus);
  const { result, unknownFocus } = await loadProposals(slug, focus);
  if (!result) notFound();
  const locale = await getLocale();
  const m = getMatchingMessages(locale);
  const t = m.page;
  const base = `/organisations/${result.subject.slug}/partners`;
  const heading = result.focus ? (result.focus.direction === "need" ? t.focusNeed(result.focus.title) : t.focusOffer(result.focus.title)) : null;

  return (
    <article className="container profile">
      <nav aria-label={locale === "fr" ? "Fil d'Ariane" : "Breadcrumb"} className="breadcrumb">
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

      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading" className="visually-hidden">
          {t.list}
        </h2>
        {result.proposals.length ? (
          <ProposalList proposals={result.proposals} locale={locale} t={m.proposal} showDetails numbered />
        ) : (
          <p className="empty-state">{result.focus ? t.emptyFocus : m.section.empty}</p>
        )}
      </section>

      <details className="card" style={{ marginTop: "1.5rem" }}>
        <summary>{t.howItWorks}</summary>
        <p>{t.howItWorksText}</p>
      </details>
      <p>
        <Link href={`/organisations/${result.subject.slug}`}>← {t.back}</Link>
      </p>
    </article>
  );
}
