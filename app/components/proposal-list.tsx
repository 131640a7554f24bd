import Link from "next/link";
import { ACTOR_KIND_LABELS, PARTNERSHIP_TYPE_LABELS } from "@/lib/shared/vocabulary";
import { formatDistanceKm } from "@/lib/geo/distance";
import { labelOf } from "@/lib/i18n/labels";
import type { MatchingMessages } from "@/lib/matching/messages";
import { intlLocale, type Locale } from "@/lib/i18n/messages";
import type { PartnerProposal } from "@/lib/matching/proposals";
import { COMPONENT_WEIGHTS, SCORE_COMPONENTS } from "@/lib/matching/weights";

const percent = (value: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(value * 100);

/** Proposals as cards: who, where, how relevant, which partnership, why, and the way to an introduction. */
export function ProposalList({
  proposals,
  locale,
  t,
  showDetails,
  numbered,
  introduceFrom,
  showPartnership = true,
}: {
  proposals: PartnerProposal[];
  locale: Locale;
  t: MatchingMessages["proposal"];
  showDetails: boolean;
  numbered?: boolean;
  /** The organisation the proposals are for, and the need or offer in focus: the request form starts from them. */
  introduceFrom?: { slug: string; focusId?: string | null };
  /** Off where the list says the type once for all its cards (they all suggest the same). */
  showPartnership?: boolean;
}) {
  const introduceHref = (proposal: PartnerProposal) => {
    const params = new URLSearchParams({ to: proposal.slug });
    if (introduceFrom) params.set("from", introduceFrom.slug);
    // The need or offer the proposal is about (the focus, else the first it meets): the form starts from it.
    const focusId = introduceFrom ? (introduceFrom.focusId ?? proposal.needOfferId) : null;
    if (focusId) params.set("focus", focusId);
    return `/introductions/new?${params.toString()}`;
  };
  return (
    <ol className={`proposal-list${numbered ? " numbered" : ""}`}>
      {proposals.map((proposal, index) => (
        <li key={proposal.id} className="card proposal" id={`proposal-${proposal.slug}`}>
          <div className="card-head">
            <span className={`kind-badge kind-${proposal.kind}`}>{labelOf(ACTOR_KIND_LABELS, proposal.kind, locale)}</span>
            <span className="relevance" title={t.details}>
              <span className="relevance-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(proposal.score * 100)}%` }} />
              </span>
              {t.relevance(percent(proposal.score, locale))}
            </span>
          </div>
          <h3 className="card-title">
            {numbered ? <span className="proposal-rank">{index + 1}. </span> : null}
            <Link href={`/organisations/${proposal.slug}`}>{proposal.name}</Link>
          </h3>
          <p className="card-place">
            {proposal.communeName} ({proposal.departementCode}) · {t.at(formatDistanceKm(proposal.distanceKm, locale))}
          </p>
          {showPartnership ? (
            <p className="proposal-partnership">
              {t.partnership} :{" "}
              <strong title={t.partnershipHints[proposal.partnershipType]}>{labelOf(PARTNERSHIP_TYPE_LABELS, proposal.partnershipType, locale)}</strong>
            </p>
          ) : null}
          <ul className="reasons" aria-label={t.reasons}>
            {proposal.reasons.map((reason) => (
              <li key={reason.code + reason.text}>{reason.text}</li>
            ))}
          </ul>
          {showDetails ? (
            <details className="score-details">
              <summary>{t.details}</summary>
              <dl className="facts">
                {SCORE_COMPONENTS.map((component) => (
                  <div key={component} className="score-row">
                    <dt>
                      {t.component[component]} <span className="muted">({t.weight(percent(COMPONENT_WEIGHTS[component], locale) + " %")})</span>
                    </dt>
                    <dd>{percent(proposal.components[component], locale)} %</dd>
                  </div>
                ))}
              </dl>
            </details>
          ) : null}
          <p className="proposal-actions">
            <Link className="button button-secondary" href={introduceHref(proposal)}>
              {t.introduce}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
