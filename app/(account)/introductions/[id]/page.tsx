import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, INTRODUCTION_STATUS_LABELS, OBJECTIVE_LABELS, PARTNERSHIP_TYPE_LABELS, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getIntroduction, type IntroductionDetail } from "@/lib/introductions/reads";
import { EXPIRY_DAYS, needsConfirmation, pendingStep, STEP_DUE_DAYS, type IntroductionAction } from "@/lib/introductions/workflow";
import { getViewer } from "@/lib/auth/session";
import { ActionForm, MarkRead } from "./action-form";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: getIntroductionMessages(await getLocale()).title, robots: { index: false } };
}

export default async function IntroductionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/introductions/${id}`)}`);
  let detail: IntroductionDetail;
  try {
    detail = await getIntroduction(await getDatabase(), viewer, id);
  } catch (error) {
    answerPageError(error);
  }
  const locale = await getLocale();
  const t = getIntroductionMessages(locale);
  const query = await searchParams;
  const status = labelOf(INTRODUCTION_STATUS_LABELS, detail.status, locale);
  const has = (action: IntroductionAction) => detail.actions.includes(action);
  const label = (action: IntroductionAction) => t.actionLabels[action];
  const partnershipOptions = PARTNERSHIP_TYPES.map((value) => ({ value, label: labelOf(PARTNERSHIP_TYPE_LABELS, value, locale) }));
  const mainRole = detail.roles.find((role) => role !== "admin") ?? detail.roles[0];
  // Each line from the reader's side: their own organisation's need is "your need", the other's is named.
  const needOfferLabel = (needOffer: NonNullable<IntroductionDetail["needOffer"]>) => {
    const owner = needOffer.ownerIsRequester ? detail.requester : detail.target;
    const own = detail.roles.includes(needOffer.ownerIsRequester ? "requester" : "target");
    if (own) return needOffer.direction === "need" ? t.yourNeed : t.yourOffer;
    return needOffer.direction === "need" ? t.needOf(owner.name) : t.offerOf(owner.name);
  };
  const acceptance = detail.events.findLast((event) => event.toStatus === "accepted" && event.note);
  const step = pendingStep(detail.status, new Date(detail.createdAt), new Date());
  // The confirmation step of a step that cannot be undone, reached by its first click (the action sends it here).
  const confirming = typeof query.confirm === "string" && needsConfirmation(query.confirm) && has(query.confirm) ? query.confirm : null;

  return (
    <section className="container account-page">
      <MarkRead introductionId={detail.id} />
      <nav aria-label={getMessages(locale).nav.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href="/introductions">{t.title}</Link>
          </li>
          <li aria-current="page">{t.detailTitle(detail.requester.name, detail.target.name)}</li>
        </ol>
      </nav>
      <h1>{t.detailTitle(detail.requester.name, detail.target.name)}</h1>
      <p>
        <span className={`status status-intro-${detail.status}`}>{status}</span>{" "}
        {mainRole && mainRole !== "system" ? <span className="muted">· {t.yourRole[mainRole]}</span> : null}
      </p>
      {query.sent ? (
        <p className="notice success" role="status">
          {t.sent}
        </p>
      ) : query.done ? (
        <p className="notice success" role="status">
          {typeof query.done === "string" && query.done in t.doneAfter ? t.doneAfter[query.done as keyof typeof t.doneAfter] : t.done}
        </p>
      ) : null}

      <div className="profile-layout intro-detail">
        <div>
          {detail.heldBack ? (
            <p className="notice" role="note">
              {t.heldBack}
            </p>
          ) : null}
          {detail.actions.length > 0 ? (
            <section className="card" aria-labelledby="actions">
              <h2 id="actions">{t.actions}</h2>
              {confirming ? (
                <div className="confirm-step" role="group" aria-labelledby="confirm-question">
                  <h3 id="confirm-question" className="h3">
                    {t.confirmSteps[confirming].question}
                  </h3>
                  <p>{t.confirmSteps[confirming].text}</p>
                  <ActionForm
                    introductionId={detail.id}
                    actions={[{ value: confirming, label: t.confirmSteps[confirming].yes, variant: "danger" }]}
                    confirmation={{ cancelHref: `/introductions/${detail.id}`, cancelLabel: t.cancel }}
                  />
                </div>
              ) : null}
              {/* One form per decision: the forwarding word and the refusal's reason are different texts, for different readers. */}
              {confirming ? null : has("forward") ? (
                <ActionForm introductionId={detail.id} actions={[{ value: "forward", label: label("forward") }]} note={{ label: t.noteLabels.forward }} />
              ) : null}
              {!confirming && has("reject") ? (
                <ActionForm
                  introductionId={detail.id}
                  actions={[{ value: "reject", label: label("reject"), variant: "danger" }]}
                  note={{ label: t.noteLabels.reject, required: true }}
                />
              ) : null}
              {!confirming && has("accept") ? (
                <ActionForm introductionId={detail.id} actions={[{ value: "accept", label: label("accept") }]} note={{ label: t.noteLabels.accept }} />
              ) : null}
              {!confirming && has("decline") ? (
                <ActionForm
                  introductionId={detail.id}
                  actions={[{ value: "decline", label: label("decline"), variant: "danger" }]}
                  note={{ label: t.noteLabels.decline }}
                />
              ) : null}
              {!confirming && (has("record_meeting") || has("close")) ? (
                <ActionForm
                  introductionId={detail.id}
                  actions={detail.actions
                    .filter((action) => action === "record_meeting" || action === "close")
                    .map((action) => ({ value: action, label: label(action), variant: action === "close" ? ("danger-outline" as const) : undefined }))}
                />
              ) : null}
              {!confirming && has("start_alliance") ? (
                <ActionForm
                  introductionId={detail.id}
                  actions={[{ value: "start_alliance", label: label("start_alliance") }]}
                  partnership={{ label: t.outcomePartnership, none: "—", options: partnershipOptions }}
                />
              ) : null}
              {!confirming && has("withdraw") ? (
                <ActionForm introductionId={detail.id} actions={[{ value: "withdraw", label: label("withdraw"), variant: "danger-outline" }]} />
              ) : null}
            </section>
          ) : null}

          <section className="card" aria-labelledby="purpose">
            <h2 id="purpose">{t.purpose}</h2>
            <dl className="facts">
              <dt>{t.from}</dt>
              <dd>
                <Link href={`/organisations/${detail.requester.slug}`}>{detail.requester.name}</Link>{" "}
                <span className="muted">
                  ({labelOf(ACTOR_KIND_LABELS, detail.requester.kind, locale)}, {detail.requester.communeName})
                </span>
              </dd>
              <dt>{t.to}</dt>
              <dd>
                <Link href={`/organisations/${detail.target.slug}`}>{detail.target.name}</Link>{" "}
                <span className="muted">
                  ({labelOf(ACTOR_KIND_LABELS, detail.target.kind, locale)}, {detail.target.communeName})
                </span>
              </dd>
              <dt>{t.via}</dt>
              <dd>{detail.catalyst ? <Link href={`/catalysts/${detail.catalyst.slug}`}>{detail.catalyst.name}</Link> : t.networkAdmins}</dd>
              {detail.needOffer ? (
                <>
                  <dt>{t.needOffer}</dt>
                  <dd>
                    {needOfferLabel(detail.needOffer)} : {detail.needOffer.title}
                  </dd>
                </>
              ) : null}
              {detail.objective ? (
                <>
                  <dt>{t.objective}</dt>
                  <dd>{labelOf(OBJECTIVE_LABELS, detail.objective, locale)}</dd>
                </>
              ) : null}
              {detail.hopedPartnershipType ? (
                <>
                  <dt>{t.partnershipType}</dt>
                  <dd>{labelOf(PARTNERSHIP_TYPE_LABELS, detail.hopedPartnershipType, locale)}</dd>
                </>
              ) : null}
              {detail.outcomePartnershipType ? (
                <>
                  <dt>{t.outcomePartnership}</dt>
                  <dd>{labelOf(PARTNERSHIP_TYPE_LABELS, detail.outcomePartnershipType, locale)}</dd>
                </>
              ) : null}
            </dl>
            <h3 className="h3">{detail.roles.includes("requester") ? t.message : t.requesterMessage}</h3>
            <blockquote className="quote">{detail.message}</blockquote>
            {detail.catalystNote ? (
              <>
                <h3 className="h3">{t.catalystWord}</h3>
                <blockquote className="quote">{detail.catalystNote}</blockquote>
              </>
            ) : null}
            {acceptance ? (
              <>
                <h3 className="h3">{t.acceptanceWord(detail.target.name)}</h3>
                <blockquote className="quote">{acceptance.note}</blockquote>
              </>
            ) : null}
            {detail.decisionReason ? (
              <>
                <h3 className="h3">{t.reason}</h3>
                <blockquote className="quote">{detail.decisionReason}</blockquote>
              </>
            ) : null}
          </section>
        </div>
        <aside>
          <section className="card" aria-labelledby="contacts">
            <h2 id="contacts">{t.contacts}</h2>
            {detail.contacts ? (
              <>
                <p className="muted">{t.contactsShown}</p>
                {detail.contacts.map((contact) => (
                  <div key={contact.organisation} className="contact-person">
                    <h3 className="h3">{contact.organisation}</h3>
                    {contact.name || contact.email || contact.phone ? (
                      <dl className="facts">
                        {contact.name ? (
                          <>
                            <dt>{t.contactFields.name}</dt>
                            <dd>
                              {contact.name}
                              {contact.role ? `, ${contact.role}` : ""}
                            </dd>
                          </>
                        ) : null}
                        {contact.email ? (
                          <>
                            <dt>{t.contactFields.email}</dt>
                            <dd>
                              <a href={`mailto:${contact.email}`}>{contact.email}</a>
                            </dd>
                          </>
                        ) : null}
                        {contact.phone ? (
                          <>
                            <dt>{t.contactFields.phone}</dt>
                            <dd>
                              <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
                            </dd>
                          </>
                        ) : null}
                      </dl>
                    ) : (
                      <p className="muted">{t.noContact}</p>
                    )}
                  </div>
                ))}
              </>
            ) : (
              <p className="muted">{t.contactsHidden}</p>
            )}
          </section>
          {step ? (
            <section className="card" aria-labelledby="delays">
              <h2 id="delays">{t.delays}</h2>
              <p>
                <strong>{t.waitingOn[step.waitingOn]}</strong> <span className="muted">· {t.dueOn(formatDate(step.dueAt.toISOString(), locale))}</span>
              </p>
              {step.overdue ? (
                <p className="notice intro-overdue" role="note">
                  {t.overdue[step.waitingOn](step.daysWaiting, step.dueDays)}
                </p>
              ) : null}
              <ol className="delay-steps">
                {t.delaySteps(STEP_DUE_DAYS.submitted, STEP_DUE_DAYS.forwarded, EXPIRY_DAYS).map((text, index) => (
                  <li
                    key={index}
                    aria-current={(index === 0 && step.waitingOn === "catalyst") || (index === 1 && step.waitingOn === "target") ? "step" : undefined}
                  >
                    {text}
                  </li>
                ))}
              </ol>
              <p className="muted">{t.expiresOn(formatDate(step.expiresAt.toISOString(), locale))}</p>
            </section>
          ) : null}
          <section className="card" aria-labelledby="history">
            <h2 id="history">{t.history}</h2>
            <ol className="timeline">
              {detail.events.map((event, index) => (
                <li key={index}>
                  <strong>{labelOf(INTRODUCTION_STATUS_LABELS, event.toStatus, locale)}</strong>
                  <br />
                  <span className="muted">
                    {formatDate(event.at, locale)} · {t.roleNames[event.by]}
                  </span>
                  {event.note ? <blockquote className="quote">{event.note}</blockquote> : null}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </section>
  );
}
