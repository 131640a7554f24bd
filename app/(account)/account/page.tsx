import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { moderationOutlookOfRegistration } from "@/lib/organisations/registration/registration";
import { getDatabase } from "@/lib/server/db";
import { getViewer } from "@/lib/auth/session";
import { setEmailNotificationsAction } from "../introductions/actions";
import { signOutAction } from "./actions";
import { DeleteAccountForm } from "./delete-account-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getAccountMessages(await getLocale()).account.title, robots: { index: false } };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ registered?: string; resubmitted?: string; notifications?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  const locale = await getLocale();
  const t = getAccountMessages(locale).account;
  const register = getRegisterMessages(locale);
  const { registered, resubmitted, notifications } = await searchParams;
  const justRegistered = viewer.memberships.find((membership) => membership.slug === registered);
  const outlook = justRegistered ? await moderationOutlookOfRegistration(await getDatabase(), viewer, justRegistered.organisationId) : null;
  const justResubmitted = viewer.memberships.find((membership) => membership.slug === resubmitted && membership.status === "pending");
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      {justRegistered ? (
        <p className="notice success" role="status">
          {register.done(justRegistered.name, outlook ?? undefined)}
        </p>
      ) : null}
      {justResubmitted ? (
        <p className="notice success" role="status">
          {t.resubmitted(justResubmitted.name)}
        </p>
      ) : null}
      <p>
        {t.signedInAs} <strong>{viewer.email}</strong>
      </p>
      <h2>{t.roles}</h2>
      <ul className="link-list">
        {viewer.isAdmin ? (
          <li>
            <Link href="/admin">{t.admin}</Link>
          </li>
        ) : null}
        {viewer.catalysts.map((catalyst) => (
          <li key={catalyst.catalystId}>
            {t.staffOf} <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
          </li>
        ))}
        {viewer.memberships.map((membership) => (
          <li key={membership.organisationId}>
            {t.memberOf} {membership.status === "published" ? <Link href={`/organisations/${membership.slug}`}>{membership.name}</Link> : membership.name} (
            {t.roleNames[membership.role]}) —{" "}
            <span className={`status status-${membership.status}`}>
              {register.statuses[membership.status as keyof typeof register.statuses] ?? membership.status}
            </span>
            {membership.status === "published" || membership.status === "draft" || membership.status === "pending" ? (
              <>
                {" "}
                · <Link href={`/account/organisations/${membership.slug}`}>{membership.status === "draft" ? t.completeOrganisation : t.editOrganisation}</Link>
              </>
            ) : null}
            {membership.moderationNote && membership.status !== "published" ? (
              <blockquote className="moderation-note">{membership.moderationNote}</blockquote>
            ) : null}
          </li>
        ))}
        {!viewer.isAdmin && !viewer.catalysts.length && !viewer.memberships.length ? <li className="muted">{t.none}</li> : null}
      </ul>
      <p className="form-actions">
        <Link className="button button-secondary" href="/register">
          {register.title}
        </Link>
        <Link className="button button-secondary" href="/introductions">
          {t.links.introductions}
        </Link>
        {viewer.isAdmin || viewer.catalysts.length ? (
          <>
            <Link className="button button-secondary" href="/network/dashboard">
              {t.links.dashboard}
            </Link>
            <Link className="button button-secondary" href="/moderation">
              {register.moderation.title}
            </Link>
            <Link className="button button-secondary" href="/network/white-zones">
              {t.links.whiteZones}
            </Link>
            <Link className="button button-secondary" href="/network/alliances">
              {t.links.alliances}
            </Link>
          </>
        ) : null}
      </p>
      <h2 id="notifications">{t.notifications}</h2>
      {notifications === "saved" ? (
        <p className="notice success" role="status">
          {t.notificationsSaved}
        </p>
      ) : null}
      <form action={setEmailNotificationsAction} className="stack-form">
        <div className="checkbox">
          <input type="checkbox" id="email-notifications" name="enabled" defaultChecked={viewer.emailNotifications} />
          <label htmlFor="email-notifications">{t.emailNotifications}</label>
        </div>
        <p>
          <button type="submit" className="button button-secondary button-small">
            {t.save}
          </button>{" "}
          <Link href="/notifications">{t.seeNotifications}</Link>
        </p>
      </form>
      {/* Not the page's main action: signing out is one click away, and nobody should do it by mistake. */}
      <form action={signOutAction}>
        <button type="submit" className="button button-secondary">
          {t.signOut}
        </button>
      </form>
      <h2 id="my-data">{t.myData}</h2>
      <p>
        <a href="/account/data" download>
          {t.downloadData}
        </a>{" "}
        · <Link href="/privacy">{t.whatWeStore}</Link>
      </p>
      <h2>{t.deleteTitle}</h2>
      <p className="muted">{t.deleteText}</p>
      <DeleteAccountForm labels={{ deleteConfirm: t.deleteConfirm, deleteButton: t.deleteButton }} />
    </section>
  );
}
