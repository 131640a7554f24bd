import { formatDate } from "@/lib/organisations/directory-messages";
import type { Locale } from "@/lib/i18n/messages";
import { getMembershipMessages } from "@/lib/organisations/membership-messages";
import type { JoinRequest } from "@/lib/organisations/membership-requests";
import { decideJoinAction } from "./actions";

/** Pending requests to join, with accept / refuse buttons (plain forms: they work without JavaScript). */
export function JoinRequests({
  requests,
  back,
  outcome,
  locale,
  showOrganisation,
}: {
  requests: JoinRequest[];
  back: string;
  outcome?: string;
  locale: Locale;
  showOrganisation?: boolean;
}) {
  const t = getMembershipMessages(locale).requests;
  if (requests.length === 0 && !outcome) return null;
  return (
    <section aria-labelledby="join-requests" className="join-requests">
      <h2 id="join-requests">
        {t.title} ({requests.length})
      </h2>
      {outcome === "accept" || outcome === "refuse" || outcome === "error" ? (
        <p className={outcome === "error" ? "notice" : "notice success"} role="status">
          {outcome === "accept" ? t.accepted : outcome === "refuse" ? t.refused : t.error}
        </p>
      ) : null}
      {requests.length ? <p className="muted">{t.lead}</p> : null}
      <ul className="card-list intro-list">
        {requests.map((request) => (
          <li key={request.id} className="card">
            <p className="card-title">
              {request.personName ? `${request.personName} — ` : ""}
              <a href={`mailto:${request.personEmail}`}>{request.personEmail}</a>
            </p>
            <p className="card-place">
              {showOrganisation ? `${request.organisationName} · ` : ""}
              {t.on(formatDate(request.createdAt, locale))}
            </p>
            {request.message ? <blockquote className="quote">{request.message}</blockquote> : null}
            <form action={decideJoinAction} className="form-actions">
              <input type="hidden" name="requestId" value={request.id} />
              <input type="hidden" name="back" value={back} />
              <button type="submit" name="decision" value="accept" className="button button-small">
                {t.accept}
              </button>
              <button type="submit" name="decision" value="refuse" className="button button-secondary button-small">
                {t.refuse}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
