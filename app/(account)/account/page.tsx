import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/i18n/register-messages";
import { getViewer } from "@/lib/session";
import { signOutAction } from "./actions";
import { DeleteAccountForm } from "./delete-account-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getAccountMessages(await getLocale()).account.title, robots: { index: false } };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ registered?: string; resubmitted?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  const locale = await getLocale();
  const t = getAccountMessages(locale).account;
  const register = getRegisterMessages(locale);
  const { registered, resubmitted } = await searchParams;
  const justRegistered = viewer.memberships.find((membership) => membership.slug === registered);
  const justResubmitted = viewer.memberships.find((membership) => membership.slug === resubmitted && membership.status === "pending");
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      {justRegistered ? (
        <p className="notice" role="status">
          {register.done(justRegistered.name)}
        </p>
      ) : null}
      {justResubmitted ? (
        <p className="notice" role="status">
          {t.resubmitted(justResubmitted.name)}
        </p>
      ) : null}
      <p>
        {t.signedInAs} <strong>{viewer.email}</strong>
      </p>
      <h2>{t.roles}</h2>
      <ul className="link-list">
        {viewer.isAdmin ? <li>{t.admin}</li> : null}
        {viewer.catalysts.map((catalyst) => (
          <li key={catalyst.catalystId}>
            {t.staffOf} <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
          </li>
        ))}
        {viewer.memberships.map((membership) => (
          <li key={membership.organisationId}>
            {t.memberOf}{" "}
            {membership.status === "published" ? <Link href={`/organisations/${membership.slug}`}>{membership.name}</Link> : membership.name} (
            {t.roleNames[membership.role]}) —{" "}
            <span className={`status status-${membership.status}`}>{register.statuses[membership.status as keyof typeof register.statuses] ?? membership.status}</span>
            {membership.status === "published" || membership.status === "draft" || membership.status === "pending" ? (
              <>
                {" "}
                · <Link href={`/account/organisations/${membership.slug}`}>{membership.status === "draft" ? t.completeOrganisation : t.editOrganisation}</Link>
              </>
            ) : null}
            {membership.moderationNote && membership.status !== "published" ? <blockquote className="moderation-note">{membership.moderationNote}</blockquote> : null}
          </li>
        ))}
        {!viewer.isAdmin && !viewer.catalysts.length && !viewer.memberships.length ? <li className="muted">{t.none}</li> : null}
      </ul>
      <p className="form-actions">
        <Link className="button button-secondary" href="/register">
          {register.title}
        </Link>
        {viewer.isAdmin || viewer.catalysts.length ? (
          <>
            <Link className="button button-secondary" href="/moderation">
              {register.moderation.title}
            </Link>
            <Link className="button button-secondary" href="/network/white-zones">
              {locale === "fr" ? "Zones blanches" : "White zones"}
            </Link>
            <Link className="button button-secondary" href="/network/alliances">
              {locale === "fr" ? "Alliances potentielles" : "Potential alliances"}
            </Link>
          </>
        ) : null}
      </p>
      <form action={signOutAction}>
        <button type="submit" className="button">
          {t.signOut}
        </button>
      </form>
      <h2>{t.deleteTitle}</h2>
      <p className="muted">{t.deleteText}</p>
      <DeleteAccountForm labels={{ deleteConfirm: t.deleteConfirm, deleteButton: t.deleteButton }} />
    </section>
  );
}
