import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, RESOURCE_KIND_LABELS } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { listModerationQueue, type QueueItem } from "@/lib/organisations/moderation";
import { registerLinks } from "@/lib/organisations/moderation-checks";
import { getModerationCardMessages, type ModerationCardMessages } from "@/lib/organisations/moderation-messages";
import type { Locale } from "@/lib/i18n/messages";
import { listOwnerlessJoinRequests } from "@/lib/organisations/membership-requests";
import { getViewer } from "@/lib/auth/session";
import { JoinRequests } from "@/app/(account)/account/join/join-requests";
import { DecisionForm } from "./decision-form";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getRegisterMessages(await getLocale()).moderation.title, robots: { index: false } };
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<{ join?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/moderation");
  const locale = await getLocale();
  const t = getRegisterMessages(locale).moderation;
  const card = getModerationCardMessages(locale);
  let queue;
  try {
    queue = await listModerationQueue(await getDatabase(), viewer);
  } catch (error) {
    // Not staff nor admin: the page does not exist for them.
    answerPageError(error);
  }
  const joinRequests = await listOwnerlessJoinRequests(await getDatabase(), viewer);
  const { join } = await searchParams;
  const labels = { message: t.message, approve: t.approve, requestChanges: t.requestChanges, reject: t.reject, done: t.done };
  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      {queue.length === 0 ? <p className="empty-state">{t.empty}</p> : null}
      <ul className="card-list" style={{ listStyle: "none", padding: 0 }}>
        {queue.map((item) => (
          <li key={item.id} id={`moderation-${item.id}`} className="card moderation-card">
            <span className={`kind-badge kind-${item.kind}`}>{labelOf(ACTOR_KIND_LABELS, item.kind, locale)}</span>
            <h2 id={`title-${item.id}`} className="card-title">
              {item.name}
            </h2>
            <p className="card-place">
              {item.communeName} ({item.departementCode}) · {t.submittedOn} {formatDate(item.submittedAt, locale)}
            </p>
            <p className="moderation-wait">
              {card.waiting(item.waiting.days)} · {card.typical(item.waiting.typicalDays)}
              {item.waiting.overdue ? (
                <>
                  {" "}
                  <strong className="overdue-mark">{card.overdue}</strong>
                </>
              ) : null}
            </p>
            {item.siret || item.siren || item.rna ? (
              <p className="item-meta">
                {t.identifiers} :{" "}
                {[item.siret ? `SIRET ${item.siret}` : item.siren ? `SIREN ${item.siren}` : null, item.rna ? `RNA ${item.rna}` : null]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
            <p>{item.description}</p>
            <ModerationChecks item={item} card={card} />
            <details className="moderation-details">
              <summary>{card.detailsSummary}</summary>
              <NeedsOffers item={item} card={card} locale={locale} />
              <Contact item={item} card={card} />
            </details>
            <DecisionForm organisationId={item.id} labels={labels} />
          </li>
        ))}
      </ul>
      <JoinRequests requests={joinRequests} back="/moderation" outcome={join} locale={locale} showOrganisation />
    </section>
  );
}

/** What the catalyst checks before deciding: the applicant's address, the official register, probable duplicates. */
function ModerationChecks({ item, card }: { item: QueueItem; card: ModerationCardMessages }) {
  const links = registerLinks(item);
  const headingId = `checks-${item.id}`;
  return (
    // Named with the organisation's name too: one such region per card.
    <section className="moderation-checks" aria-labelledby={`${headingId} title-${item.id}`}>
      <h3 id={headingId}>{card.checksTitle}</h3>
      <ul>
        <li className={`domain-check domain-${item.domainCheck.kind}`}>{card.domain(item.domainCheck)}</li>
        {item.website ? (
          <li>
            {card.website} :{" "}
            <a href={item.website} target="_blank" rel="noopener noreferrer nofollow">
              {item.website} {card.newTab}
            </a>
          </li>
        ) : null}
        {links.length ? (
          links.map((link) => (
            <li key={link.identifier}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {card.register(link.identifier, link.value)} {card.newTab}
              </a>
            </li>
          ))
        ) : (
          <li>{card.noIdentifier}</li>
        )}
        <li className="duplicate-check">
          {item.duplicates.length ? (
            <>
              <strong>{card.duplicatesTitle(item.duplicates.length)}</strong>
              <ul>
                {item.duplicates.map((duplicate) => (
                  <li key={duplicate.id}>
                    {/* A pending duplicate is not public: its card is on this page. */}
                    <a href={duplicate.status === "published" ? `/organisations/${duplicate.slug}` : `#moderation-${duplicate.id}`}>{duplicate.name}</a> (
                    {duplicate.communeName}, {card.duplicateStatus[duplicate.status]}) : {card.duplicateReasons[duplicate.reason]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            card.noDuplicates
          )}
        </li>
      </ul>
    </section>
  );
}

function NeedsOffers({ item, card, locale }: { item: QueueItem; card: ModerationCardMessages; locale: Locale }) {
  return (
    <>
      <h3>{card.needsOffersTitle}</h3>
      {item.needsOffers.length ? (
        <ul className="moderation-needs-offers">
          {item.needsOffers.map((needOffer) => (
            <li key={needOffer.id}>
              <strong>{needOffer.direction === "need" ? card.need : card.offer}</strong> · {labelOf(RESOURCE_KIND_LABELS, needOffer.resourceKind, locale)} :{" "}
              {needOffer.title}
            </li>
          ))}
        </ul>
      ) : (
        <p>{card.noNeedsOffers}</p>
      )}
    </>
  );
}

function Contact({ item, card }: { item: QueueItem; card: ModerationCardMessages }) {
  const { name, role, email, phone } = item.contact;
  return (
    <>
      <h3>{card.contactTitle}</h3>
      <dl className="moderation-contact">
        <div>
          <dt>{card.contactName}</dt>
          <dd>{name ?? card.notGiven}</dd>
        </div>
        <div>
          <dt>{card.contactRole}</dt>
          <dd>{role ?? card.notGiven}</dd>
        </div>
        <div>
          <dt>{card.contactEmail}</dt>
          <dd>{email ? <a href={`mailto:${email}`}>{email}</a> : card.notGiven}</dd>
        </div>
        <div>
          <dt>{card.contactPhone}</dt>
          <dd>{phone ? <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a> : card.notGiven}</dd>
        </div>
      </dl>
    </>
  );
}
