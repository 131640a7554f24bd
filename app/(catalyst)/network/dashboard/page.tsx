import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCatalystDashboard, type CatalystDashboard } from "@/lib/catalysts/dashboard";
import { listCatalystChoices } from "@/lib/catalysts/catalysts";
import { getCatalystMessages } from "@/lib/catalysts/messages";
import { getDatabase } from "@/lib/server/db";
import { INTRODUCTION_STATUS_LABELS, INTRODUCTION_STATUSES } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber, intlLocale } from "@/lib/i18n/messages";
import { ACTOR_KIND_LABELS } from "@/lib/shared/vocabulary";
import { RECENT_CHANGES_DAYS, type FieldChange } from "@/lib/organisations/profile-changes";
import { listRecentProfileChanges, type RecentProfileChange } from "@/lib/organisations/profile-review";
import { getViewer } from "@/lib/auth/session";
import { CatalystChooser } from "../catalyst-chooser";
import { ChangeAnswerForm } from "./change-answer-form";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getCatalystMessages(await getLocale()).dashboard.title, robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalystDashboardPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/network/dashboard");
  if (!viewer.isAdmin && viewer.catalysts.length === 0) notFound();
  const locale = await getLocale();
  const t = getCatalystMessages(locale).dashboard;
  const db = await getDatabase();
  const requested = (await searchParams).catalyst;
  const choices = viewer.isAdmin ? await listCatalystChoices(db) : viewer.catalysts.map(({ slug, name }) => ({ slug, name }));
  const chosen =
    typeof requested === "string" ? requested : viewer.isAdmin && viewer.catalysts.length === 0 ? undefined : (viewer.catalysts[0]?.slug ?? choices[0]?.slug);

  let dashboard: CatalystDashboard | null = null;
  let changes: RecentProfileChange[] = [];
  if (chosen) {
    try {
      [dashboard, changes] = await Promise.all([getCatalystDashboard(db, viewer, chosen), listRecentProfileChanges(db, viewer, chosen)]);
    } catch (error) {
      answerPageError(error);
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
                      change.reverted ? null : (
                        <p className="muted">{t.ownOrganisation}</p>
                      )
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
