import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCatalystDashboard, type CatalystDashboard } from "@/lib/catalysts/dashboard";
import { listCatalystChoices } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { INTRODUCTION_STATUS_LABELS, INTRODUCTION_STATUSES } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber, intlLocale } from "@/lib/i18n/messages";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/moderation";
import { ACTOR_KIND_LABELS } from "@/lib/shared/vocabulary";
import { RECENT_CHANGES_DAYS, type FieldChange } from "@/lib/organisations/profile-changes";
import { listRecentProfileChanges, type RecentProfileChange } from "@/lib/organisations/profile-review";
import { getViewer } from "@/lib/auth/session";
import { CatalystChooser } from "../catalyst-chooser";
import { ChangeAnswerForm } from "./change-answer-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "en" ? "Catalyst dashboard" : "Tableau de bord du catalyseur", robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TEXT = {
  fr: {
    title: "Tableau de bord du catalyseur",
    lead: "Les mises en relation de votre territoire, ce qui vous attend et quelques chiffres.",
    catalyst: "Catalyseur",
    show: "Afficher",
    choose: "Choisissez un catalyseur pour voir son tableau de bord.",
    figures: "En chiffres",
    requests: "demandes de mise en relation reçues",
    last12: (count: string) => `dont ${count} ces 12 derniers mois`,
    acceptance: "taux d'acceptation par les organisations sollicitées",
    noAnswer: "pas encore de réponse",
    alliances: "alliances engagées",
    organisations: "organisations publiées du territoire",
    waiting: "Demandes en attente",
    waitingLead: "À transmettre ou refuser (envoyées au catalyseur), ou en attente de la réponse de l'organisation sollicitée (transmises).",
    noWaiting: "Aucune demande en attente : tout est à jour.",
    days: (days: number) => (days <= 1 ? "depuis aujourd'hui" : `depuis ${days} jours`),
    byStatus: "Par statut",
    status: "Statut",
    count: "Nombre",
    see: "Voir",
    links: "Aller plus loin",
    moderation: (count: number) => `Organisations à valider (${count})`,
    potential: "Alliances potentielles du territoire",
    territoryOrganisations: "Organisations du territoire",
    whiteZones: "Zones blanches du réseau",
    allIntroductions: "Toutes les mises en relation à traiter",
    changes: "Modifications récentes des fiches publiées",
    changesLead: (days: number) =>
      `Les changements de nom, de site web, de type ou d'identifiants des organisations de votre territoire, sur ${days} jours. Un nom ou un site web change tout de suite ; un changement d'identifiant ou de type renvoie la fiche en validation. En cas de doute, rétablissez l'ancienne valeur ou suspendez l'organisation.`,
    noChanges: "Aucune modification récente : rien à vérifier.",
    by: { member: "par un membre", admin: "par un administrateur" },
    fieldNames: { name: "Nom", website: "Site web", kind: "Type", siren: "SIREN", siret: "SIRET", rna: "RNA" },
    empty: "(vide)",
    review: "Renvoyée en validation",
    reverted: "Annulée",
    ownOrganisation: "Vous êtes membre de cette organisation : un autre modérateur en décide.",
    revert: "Rétablir l'ancienne valeur",
    reason: "Raison de la suspension (envoyée aux membres)",
    suspend: "Suspendre l'organisation",
  },
  en: {
    title: "Catalyst dashboard",
    lead: "Your territory's introductions, what awaits you and a few figures.",
    catalyst: "Catalyst",
    show: "Show",
    choose: "Choose a catalyst to see its dashboard.",
    figures: "In figures",
    requests: "introduction requests received",
    last12: (count: string) => `of which ${count} in the last 12 months`,
    acceptance: "acceptance rate by the requested organisations",
    noAnswer: "no answer yet",
    alliances: "alliances started",
    organisations: "published organisations in the territory",
    waiting: "Pending requests",
    waitingLead: "To forward or reject (sent to the catalyst), or awaiting the requested organisation's answer (forwarded).",
    noWaiting: "No pending request: all up to date.",
    days: (days: number) => (days <= 1 ? "since today" : `for ${days} days`),
    byStatus: "By status",
    status: "Status",
    count: "Count",
    see: "See",
    links: "Going further",
    moderation: (count: number) => `Organisations to approve (${count})`,
    potential: "Potential alliances of the territory",
    territoryOrganisations: "Organisations of the territory",
    whiteZones: "The network's white zones",
    allIntroductions: "All introductions to handle",
    changes: "Recent changes of published profiles",
    changesLead: (days: number) =>
      `Changes of name, website, kind or identifiers of your territory's organisations, over ${days} days. A name or website changes at once; a change of identifiers or kind sends the profile back for approval. When in doubt, restore the old value or suspend the organisation.`,
    noChanges: "No recent change: nothing to check.",
    by: { member: "by a member", admin: "by an administrator" },
    fieldNames: { name: "Name", website: "Website", kind: "Kind", siren: "SIREN", siret: "SIRET", rna: "RNA" },
    empty: "(empty)",
    review: "Sent back for approval",
    reverted: "Undone",
    ownOrganisation: "You are a member of this organisation: another moderator decides.",
    revert: "Restore the old value",
    reason: "Reason for the suspension (sent to the members)",
    suspend: "Suspend the organisation",
  },
};

export default async function CatalystDashboardPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/network/dashboard");
  if (!viewer.isAdmin && viewer.catalysts.length === 0) notFound();
  const locale = await getLocale();
  const t = TEXT[locale];
  const db = await getDatabase();
  const requested = (await searchParams).catalyst;
  const choices = viewer.isAdmin ? await listCatalystChoices(db) : viewer.catalysts.map(({ slug, name }) => ({ slug, name }));
  const chosen = typeof requested === "string" ? requested : viewer.isAdmin && viewer.catalysts.length === 0 ? undefined : (viewer.catalysts[0]?.slug ?? choices[0]?.slug);

  let dashboard: CatalystDashboard | null = null;
  let changes: RecentProfileChange[] = [];
  if (chosen) {
    try {
      [dashboard, changes] = await Promise.all([getCatalystDashboard(db, viewer, chosen), listRecentProfileChanges(db, viewer, chosen)]);
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
      throw error;
    }
  }
  const percent = (value: number) => new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);

  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <CatalystChooser choices={choices} chosen={chosen} labels={t} />
      {!dashboard ? (
        <p className="empty-state">{t.choose}</p>
      ) : (
        <>
          <h2>
            <Link href={`/catalysts/${dashboard.catalyst.slug}`}>{dashboard.catalyst.name}</Link>
          </h2>
          <section aria-labelledby="figures">
            <h3 id="figures" className="h3">
              {t.figures}
            </h3>
            <dl className="figures">
              <div>
                <dt>
                  {t.requests}
                  <br />
                  <span className="muted">{t.last12(formatNumber(dashboard.figures.requestsLast12Months, locale))}</span>
                </dt>
                <dd>{formatNumber(dashboard.figures.requests, locale)}</dd>
              </div>
              <div>
                <dt>{dashboard.figures.acceptanceRate === null ? `${t.acceptance} (${t.noAnswer})` : t.acceptance}</dt>
                <dd>{dashboard.figures.acceptanceRate === null ? "—" : percent(dashboard.figures.acceptanceRate)}</dd>
              </div>
              <div>
                <dt>{t.alliances}</dt>
                <dd>{formatNumber(dashboard.figures.alliancesStarted, locale)}</dd>
              </div>
              <div>
                <dt>{t.organisations}</dt>
                <dd>{formatNumber(dashboard.figures.publishedOrganisations, locale)}</dd>
              </div>
            </dl>
          </section>

          <div className="profile-layout intro-detail">
            <section className="card" aria-labelledby="waiting">
              <h3 id="waiting" className="h3">
                {t.waiting} ({dashboard.waiting.length})
              </h3>
              <p className="muted">{t.waitingLead}</p>
              {dashboard.waiting.length === 0 ? (
                <p className="empty-state">{t.noWaiting}</p>
              ) : (
                <ul className="intro-list">
                  {dashboard.waiting.map((item) => (
                    <li key={item.id} className="row-card waiting-item">
                      <div>
                        <Link href={`/introductions/${item.id}`}>
                          {item.requesterName} → {item.targetName}
                        </Link>
                        <br />
                        <span className="muted">
                          {formatDate(item.createdAt, locale)} · {t.days(item.ageDays)}
                        </span>
                      </div>
                      <span className={`status status-intro-${item.status}`}>{labelOf(INTRODUCTION_STATUS_LABELS, item.status, locale)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <aside>
              <section className="card" aria-labelledby="by-status">
                <h3 id="by-status" className="h3">
                  {t.byStatus}
                </h3>
                <div className="table-wrap">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.status}</th>
                        <th scope="col" className="number">
                          {t.count}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {INTRODUCTION_STATUSES.map((status) => (
                        <tr key={status}>
                          <th scope="row">
                            <Link href={`/introductions?box=catalyst&status=${status}`}>{labelOf(INTRODUCTION_STATUS_LABELS, status, locale)}</Link>
                          </th>
                          <td className="number">{formatNumber(dashboard.byStatus[status] ?? 0, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="card" aria-labelledby="links">
                <h3 id="links" className="h3">
                  {t.links}
                </h3>
                <ul className="link-list">
                  <li>
                    <Link href="/introductions?box=catalyst">{t.allIntroductions}</Link>
                  </li>
                  <li>
                    <Link href="/moderation">{t.moderation(dashboard.figures.pendingOrganisations)}</Link>
                  </li>
                  <li>
                    <Link href={`/network/alliances?catalyst=${dashboard.catalyst.slug}`}>{t.potential}</Link>
                  </li>
                  <li>
                    <Link href={`/catalysts/${dashboard.catalyst.slug}#organisations`}>{t.territoryOrganisations}</Link>
                  </li>
                  <li>
                    <Link href="/network/white-zones">{t.whiteZones}</Link>
                  </li>
                </ul>
              </section>
            </aside>
          </div>

          <section className="card" aria-labelledby="recent-changes" id="changes">
            <h3 id="recent-changes" className="h3">
              {t.changes} ({changes.length})
            </h3>
            <p className="muted">{t.changesLead(RECENT_CHANGES_DAYS)}</p>
            {changes.length === 0 ? (
              <p className="empty-state">{t.noChanges}</p>
            ) : (
              <ul className="intro-list">
                {changes.map((change) => (
                  <li key={change.id} className="row-card profile-change">
                    <div>
                      {change.organisation.status === "published" ? (
                        <Link href={`/organisations/${change.organisation.slug}`}>{change.organisation.name}</Link>
                      ) : (
                        <strong>{change.organisation.name}</strong>
                      )}
                      <br />
                      <span className="muted">
                        {formatDate(change.at, locale)} · {t.by[change.by]}
                        {change.review ? ` · ${t.review}` : ""}
                        {change.reverted ? ` · ${t.reverted}` : ""}
                      </span>
                      <dl className="facts">
                        {change.fields.map((field) => (
                          <FieldChangeRow key={field.field} change={field} label={t.fieldNames[field.field]} empty={t.empty} locale={locale} />
                        ))}
                      </dl>
                    </div>
                    {!change.canAct ? (
                      change.reverted ? null : <p className="muted">{t.ownOrganisation}</p>
                    ) : (
                      <ChangeAnswerForm
                        entryId={change.id}
                        organisationId={change.organisation.id}
                        canSuspend={change.organisation.status === "published"}
                        settled={change.reverted || (change.organisation.status !== "published" && change.organisation.status !== "pending")}
                        labels={{ revert: t.revert, reason: t.reason, suspend: t.suspend }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function FieldChangeRow({ change, label, empty, locale }: { change: FieldChange; label: string; empty: string; locale: "fr" | "en" }) {
  // A kind is shown by its label; other values as written, never as links (a changed website may be a trap).
  const show = (value: string | null) => (value === null ? empty : change.field === "kind" ? labelOf(ACTOR_KIND_LABELS, value, locale) : value);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <del>{show(change.from)}</del> → <ins>{show(change.to)}</ins>
      </dd>
    </>
  );
}
