import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { OBJECTIVE_LABELS, OBJECTIVES, PARTNERSHIP_TYPE_LABELS, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getIntroductionFormContext } from "@/lib/introductions/requests";
import { getViewer } from "@/lib/auth/session";
import { RequestForm } from "./request-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = getIntroductionMessages(await getLocale());
  return { title: t.title, robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function NewIntroductionPage({ searchParams }: Props) {
  const query = await searchParams;
  const toSlug = one(query.to).slice(0, 200);
  const focus = one(query.focus);
  const viewer = await getViewer();
  if (!viewer) {
    // Back to the same form after signing in, with the organisation and the need or offer it started from.
    const back = new URLSearchParams({ to: toSlug });
    if (one(query.from)) back.set("from", one(query.from));
    if (focus) back.set("focus", focus);
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/introductions/new?${back.toString()}`)}`);
  }
  if (!toSlug) notFound();
  const context = await getIntroductionFormContext(await getDatabase(), viewer, toSlug);
  if (!context) notFound();
  const locale = await getLocale();
  const t = getIntroductionMessages(locale);
  const member = viewer.memberships.some((membership) => membership.organisationId === context.target.id);

  const from = one(query.from);
  const fromId = context.from.find((organisation) => organisation.slug === from)?.id ?? context.from[0]?.id ?? "";
  const groupLabel = (organisationId: string, direction: "need" | "offer") => {
    const own = organisationId !== context.target.id;
    const whose = own ? (direction === "need" ? t.yourNeed : t.yourOffer) : direction === "need" ? t.theirNeed : t.theirOffer;
    const name = own ? context.from.find((organisation) => organisation.id === organisationId)?.name : context.target.name;
    return `${whose} — ${name}`;
  };
  const groups = new Map<string, { label: string; organisationId: string | null; options: { value: string; label: string }[] }>();
  for (const item of context.items) {
    const label = groupLabel(item.organisationId, item.direction);
    const group = groups.get(label) ?? { label, organisationId: item.organisationId, options: [] };
    group.options.push({ value: item.id, label: item.title });
    groups.set(label, group);
  }
  const focusValid = context.items.some((item) => item.id === focus);

  return (
    <section className="container account-page narrow">
      <nav aria-label={getMessages(locale).nav.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href={`/organisations/${context.target.slug}`}>{context.target.name}</Link>
          </li>
          <li aria-current="page">{t.title}</li>
        </ol>
      </nav>
      <h1>{t.newTitle(context.target.name)}</h1>
      <p className="muted">{t.newLead}</p>
      {member ? (
        <p className="notice">{t.cannotSelf}</p>
      ) : context.from.length === 0 ? (
        <div className="empty-state">
          <p>{t.noOrganisation}</p>
          <Link className="button" href="/register">
            {t.registerFirst}
          </Link>
        </div>
      ) : (
        <RequestForm
          toSlug={context.target.slug}
          from={context.from.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          objectives={OBJECTIVES.map((value) => ({ value, label: labelOf(OBJECTIVE_LABELS, value, locale) }))}
          partnershipTypes={PARTNERSHIP_TYPES.map((value) => ({ value, label: labelOf(PARTNERSHIP_TYPE_LABELS, value, locale) }))}
          itemGroups={[...groups.values()]}
          initial={{ fromOrganisationId: fromId, needOfferId: focusValid ? focus : "", objective: "", partnershipType: "", message: "" }}
          labels={{
            fromOrganisation: t.fromOrganisation,
            objective: t.objective,
            objectiveNone: t.objectiveNone,
            partnershipType: t.partnershipType,
            partnershipNone: t.partnershipNone,
            needOffer: t.needOffer,
            needOfferNone: t.needOfferNone,
            message: t.message,
            messageHint: t.messageHint,
            send: t.send,
          }}
        />
      )}
    </section>
  );
}
