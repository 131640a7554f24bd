import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { fieldsFor } from "@/app/(account)/register/fields";
import { StepForm } from "@/app/(account)/register/step-form";
import { getDatabase } from "@/lib/server/db";
import { HORIZON_LABELS, NEED_OFFER_STATUS_LABELS, RESOURCE_KIND_LABELS, THEME_LABELS } from "@/lib/shared/vocabulary";
import { formatDate } from "@/lib/organisations/directory-messages";
import { getEditMessages } from "@/lib/organisations/edit-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { getOrganisationForEditing, MAX_OPEN_ITEMS, type EditableItem, type EditableOrganisation } from "@/lib/organisations/editing";
import { listJoinRequests } from "@/lib/organisations/membership-requests";
import { getViewer } from "@/lib/auth/session";
import { JoinRequests } from "../../join/join-requests";
import { addItemAction, resubmitAction, setItemStatusAction, updateAboutAction, updateIdentityAction } from "./actions";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Modifier mon organisation", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/account/organisations/${slug}`)}`);
  let organisation: EditableOrganisation;
  try {
    organisation = await getOrganisationForEditing(await getDatabase(), viewer, slug);
  } catch (error) {
    answerPageError(error);
  }
  const locale = await getLocale();
  const t = getEditMessages(locale);
  const register = getRegisterMessages(locale);
  const query = await searchParams;
  const saved = typeof query.saved === "string" ? query.saved : null;
  const error = typeof query.error === "string" ? query.error : null;
  const joinRequests = await listJoinRequests(await getDatabase(), viewer, organisation.id);
  const open = organisation.items.filter((item) => item.status === "open");
  const closed = organisation.items.filter((item) => item.status !== "open");
  const itemFields = fieldsFor("needs-offers", register.fields, locale, { organisationThemes: organisation.about.themes });
  const rowField = itemFields[0]!;

  return (
    <section className="container account-page">
      <nav aria-label={getMessages(locale).nav.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href="/account">{t.account}</Link>
          </li>
          <li aria-current="page">{organisation.name}</li>
        </ol>
      </nav>
      <h1>{t.title(organisation.name)}</h1>
      <p className="muted">
        <span className={`status status-${organisation.status}`}>
          {register.statuses[organisation.status as keyof typeof register.statuses] ?? organisation.status}
        </span>{" "}
        · {t.updated(formatDate(organisation.updatedAt, locale))}
        {organisation.status === "published" ? (
          <>
            {" "}
            · <Link href={`/organisations/${organisation.slug}`}>{t.seeProfile}</Link>
          </>
        ) : null}
      </p>
      {saved ? (
        <p className="notice success" role="status">
          {saved === "review" ? t.sentToReview : t.saved}
        </p>
      ) : null}
      {error ? (
        <p className="error-summary" role="alert">
          {error === "resubmit" ? t.resubmitError : t.itemError}
        </p>
      ) : null}

      {organisation.status === "draft" ? (
        <div className="card resubmit">
          <h2>{t.changesRequested}</h2>
          {organisation.moderationNote ? <blockquote className="moderation-note">{organisation.moderationNote}</blockquote> : null}
          <p>{t.resubmitText}</p>
          <form action={resubmitAction.bind(null, organisation.slug)}>
            <button type="submit" className="button">
              {t.resubmit}
            </button>
          </form>
        </div>
      ) : null}

      <h2 id="items">{t.items}</h2>
      <p className="muted">{t.itemsLead(MAX_OPEN_ITEMS)}</p>
      {open.length ? (
        <ul className="item-list edit-items">
          {open.map((item) => (
            <ItemRow key={item.id} item={item} slug={organisation.slug} locale={locale} t={t} />
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t.noItems}</p>
      )}
      <h3>{t.addItem}</h3>
      <StepForm
        action={addItemAction.bind(null, organisation.slug)}
        fields={[{ ...rowField, type: "rows", count: 1, label: t.addItemLegend, hint: undefined } as typeof rowField]}
        initialValues={{}}
        submitLabel={t.addItemSubmit}
        errorSummary={register.errorSummary}
        locale={locale}
      />
      {closed.length ? (
        <details className="card" style={{ marginTop: "1.5rem" }}>
          <summary>{t.closedItems(closed.length)}</summary>
          <ul className="item-list edit-items">
            {closed.map((item) => (
              <ItemRow key={item.id} item={item} slug={organisation.slug} locale={locale} t={t} />
            ))}
          </ul>
        </details>
      ) : null}

      <h2 id="about">{t.about}</h2>
      {organisation.status === "published" ? <p className="muted">{t.aboutLead}</p> : null}
      <StepForm
        action={updateAboutAction.bind(null, organisation.slug)}
        fields={fieldsFor("about", register.fields, locale)}
        initialValues={{ ...organisation.about, odd: organisation.about.odd.map(String), website: organisation.about.website ?? "" }}
        submitLabel={t.saveAbout}
        errorSummary={register.errorSummary}
        locale={locale}
      />
      <h2 id="identity">{t.identity}</h2>
      {organisation.status === "published" ? <p className="muted">{t.identityLead}</p> : null}
      <StepForm
        action={updateIdentityAction.bind(null, organisation.slug)}
        fields={fieldsFor("identity", register.fields, locale)}
        initialValues={{
          name: organisation.identity.name,
          siren: organisation.identity.siren ?? "",
          siret: organisation.identity.siret ?? "",
          rna: organisation.identity.rna ?? "",
        }}
        submitLabel={t.saveIdentity}
        errorSummary={register.errorSummary}
        locale={locale}
      />
      <JoinRequests
        requests={joinRequests}
        back={`/account/organisations/${organisation.slug}`}
        outcome={typeof query.join === "string" ? query.join : undefined}
        locale={locale}
      />
    </section>
  );
}

function ItemRow({ item, slug, locale, t }: { item: EditableItem; slug: string; locale: "fr" | "en"; t: ReturnType<typeof getEditMessages> }) {
  const action = setItemStatusAction.bind(null, slug);
  return (
    <li className={item.direction === "need" ? "need" : "offer"}>
      <span className="item-title">
        {item.direction === "need" ? t.need : t.offer} : {item.title}
      </span>
      <span className="item-meta">
        {labelOf(RESOURCE_KIND_LABELS, item.resourceKind, locale)} · {labelOf(HORIZON_LABELS, item.horizon, locale).split(":")[0]} ·{" "}
        {labelOf(NEED_OFFER_STATUS_LABELS, item.status, locale)}
      </span>
      {item.themes.length ? <span className="item-meta">{item.themes.map((theme) => labelOf(THEME_LABELS, theme, locale)).join(", ")}</span> : null}
      <form action={action} className="item-actions">
        <input type="hidden" name="item" value={item.id} />
        {item.status === "open" ? (
          <>
            <button type="submit" name="status" value="fulfilled" className="button button-secondary button-small">
              {t.markFulfilled}
            </button>
            <button type="submit" name="status" value="closed" className="button button-secondary button-small">
              {t.markClosed}
            </button>
          </>
        ) : (
          <button type="submit" name="status" value="open" className="button button-secondary button-small">
            {t.reopen}
          </button>
        )}
      </form>
    </li>
  );
}
