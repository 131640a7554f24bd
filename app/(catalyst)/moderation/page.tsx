import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { listModerationQueue } from "@/lib/organisations/moderation";
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
          <li key={item.id} className="card">
            <span className={`kind-badge kind-${item.kind}`}>{labelOf(ACTOR_KIND_LABELS, item.kind, locale)}</span>
            <h2 className="card-title">{item.name}</h2>
            <p className="card-place">
              {item.communeName} ({item.departementCode}) · {t.submittedOn} {formatDate(item.submittedAt, locale)}
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
            <DecisionForm organisationId={item.id} labels={labels} />
          </li>
        ))}
      </ul>
      <JoinRequests requests={joinRequests} back="/moderation" outcome={join} locale={locale} showOrganisation />
    </section>
  );
}
