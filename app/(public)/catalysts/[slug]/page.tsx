import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CoverageMap } from "@/app/components/coverage-map";
import { getCatalystCoverageMap, getPublicCatalyst } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, CATALYST_TRADE_LABELS, HOST_KIND_LABELS } from "@/lib/shared/vocabulary";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import { ContactCatalystForm } from "./contact-form";

export const dynamic = "force-dynamic";

const loadCatalyst = cache(async (slug: string) => getPublicCatalyst(await getDatabase(), slug));
const loadCoverageMap = async (slug: string) => getCatalystCoverageMap(await getDatabase(), slug);
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalyst = await loadCatalyst((await params).slug).catch(() => null);
  if (!catalyst) return {};
  const description = `Catalyseur territorial — ${catalyst.coverageSummary}. ${catalyst.description}`.slice(0, 200);
  return {
    title: catalyst.name,
    description,
    alternates: { canonical: `/catalysts/${catalyst.slug}` },
    openGraph: { type: "profile", title: catalyst.name, description, url: `/catalysts/${catalyst.slug}`, siteName: "Alliances" },
  };
}

export default async function CatalystPage({ params }: Props) {
  const { slug } = await params;
  const [catalyst, coverageMap] = await Promise.all([loadCatalyst(slug), loadCoverageMap(slug)]);
  if (!catalyst) notFound();
  const locale = await getLocale();
  const messages = getDirectoryMessages(locale);
  const t = messages.catalysts;
  // The header shows no one without a database; the contact form simply offers to sign in then.
  const viewer = await getViewer().catch(() => null);
  const filterFor = (kind: string, code: string) => (kind === "commune" ? `commune=${code}` : kind === "departement" ? `departement=${code}` : `epci=${code}`);
  return (
    <article className="container profile">
      <nav aria-label={messages.profile.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href="/catalysts">{t.title}</Link>
          </li>
          <li aria-current="page">{catalyst.name}</li>
        </ol>
      </nav>
      <header className="profile-header">
        <p>
          <span className="kind-badge kind-catalyst">{t.kind}</span>
        </p>
        <h1>{catalyst.name}</h1>
        <p className="card-place">
          {t.host} : {catalyst.hostName} ({labelOf(HOST_KIND_LABELS, catalyst.hostKind, locale)}) · {catalyst.communeName}
        </p>
        <ul className="badges">
          {catalyst.charterSignedOn ? <li className="badge">✓ {t.charter(formatDate(catalyst.charterSignedOn, locale))}</li> : null}
          {catalyst.isDemo ? <li className="badge badge-demo">{messages.profile.demo}</li> : null}
        </ul>
      </header>
      <div className="profile-layout">
        <div>
          <section aria-labelledby="about">
            <h2 id="about">{messages.profile.about}</h2>
            <p>{catalyst.description}</p>
            <h3 className="muted" style={{ fontSize: "1rem" }}>
              {t.trades}
            </h3>
            <ul className="tags">
              {catalyst.trades.map((trade) => (
                <li key={trade}>{labelOf(CATALYST_TRADE_LABELS, trade, locale)}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="coverage">
            <h2 id="coverage">{t.coverage}</h2>
            <CoverageMap catalyst={catalyst} coverage={coverageMap} locale={locale} />
            <ul className="item-list" id="coverage-list">
              {catalyst.coverage.map((item) => (
                <li key={`${item.kind}-${item.code}`}>
                  <span className="item-title">
                    <Link href={`/organisations?${filterFor(item.kind, item.code)}`}>{item.name}</Link>
                  </span>
                  <span className="item-meta">
                    {t.coverageKinds[item.kind]}
                    {item.population ? ` · ${formatNumber(item.population, locale)} hab.` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="organisations">
            <h2 id="organisations">{t.organisations}</h2>
            <p className="muted">{t.organisationsCount(formatNumber(catalyst.organisationCount, locale))}</p>
            <ul className="link-list">
              {catalyst.organisations.map((organisation) => (
                <li key={organisation.slug}>
                  <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>{" "}
                  <span className="muted">
                    — {labelOf(ACTOR_KIND_LABELS, organisation.kind, locale)}, {organisation.communeName}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="side-panel">
          <section className="card" id="contact" aria-labelledby="contact-title">
            <h2 id="contact-title">{t.contact}</h2>
            {catalyst.contact ? (
              <dl className="facts">
                {catalyst.contact.name ? (
                  <>
                    <dt>Contact</dt>
                    <dd>{catalyst.contact.name}</dd>
                  </>
                ) : null}
                {catalyst.contact.email ? (
                  <>
                    <dt>E-mail</dt>
                    <dd>
                      <a href={`mailto:${catalyst.contact.email}`}>{catalyst.contact.email}</a>
                    </dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <>
                <p className="muted">{t.contactText}</p>
                <ContactCatalystForm catalystSlug={catalyst.slug} signedIn={viewer !== null} labels={t.contactForm} />
              </>
            )}
            {catalyst.website ? (
              <p>
                <a href={catalyst.website} rel="noopener noreferrer nofollow" target="_blank">
                  {catalyst.website.replace(/^https?:\/\//, "")}
                </a>
              </p>
            ) : null}
          </section>
          <p className="muted">{messages.profile.updated(formatDate(catalyst.updatedAt, locale))}</p>
        </aside>
      </div>
    </article>
  );
}
