import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { getMembershipMessages } from "@/lib/organisations/membership-messages";
import { getJoinableOrganisation } from "@/lib/organisations/membership-requests";
import { getViewer } from "@/lib/auth/session";
import { JoinForm } from "./join-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rejoindre une organisation", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sent?: string }> };

export default async function JoinPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/account/join/${slug}`)}`);
  const organisation = await getJoinableOrganisation(await getDatabase(), slug);
  if (!organisation) notFound();
  const t = getMembershipMessages(await getLocale()).join;
  const member = viewer.memberships.some((membership) => membership.organisationId === organisation.id);
  const { sent } = await searchParams;
  return (
    <section className="container narrow account-page">
      <h1>{t.title(organisation.name)}</h1>
      <p>
        <Link href={`/organisations/${organisation.slug}`}>{t.profile}</Link>
      </p>
      {member ? (
        <p className="notice">
          {t.member} <Link href={`/account/organisations/${organisation.slug}`}>{t.edit}</Link>
        </p>
      ) : sent ? (
        <p className="notice success" role="status">
          {t.sent}
        </p>
      ) : (
        <>
          <p className="muted">{t.lead}</p>
          <JoinForm slug={organisation.slug} labels={{ message: t.message, hint: t.hint, send: t.send }} />
        </>
      )}
    </section>
  );
}
