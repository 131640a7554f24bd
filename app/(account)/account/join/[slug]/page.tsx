import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { getJoinableOrganisation } from "@/lib/organisations/membership-requests";
import { getViewer } from "@/lib/auth/session";
import { JoinForm } from "./join-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rejoindre une organisation", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sent?: string }> };

const TEXT = {
  fr: {
    title: (name: string) => `Rejoindre ${name}`,
    lead: "Vous faites partie de cette organisation ? Demandez à en devenir membre pour tenir sa fiche à jour, publier ses besoins et ses offres et demander des mises en relation en son nom. Ses responsables (ou, s'il n'y en a pas encore, le catalyseur du territoire) recevront votre demande avec votre nom et votre adresse e-mail.",
    message: "Un mot pour vous présenter (facultatif)",
    hint: "Votre rôle dans l'organisation, par exemple. 1 000 caractères au plus.",
    send: "Demander à rejoindre",
    sent: "Votre demande est envoyée. Vous serez prévenu de la réponse.",
    member: "Vous êtes déjà membre de cette organisation.",
    edit: "Modifier sa fiche",
    profile: "Voir la fiche",
  },
  en: {
    title: (name: string) => `Join ${name}`,
    lead: "Are you part of this organisation? Ask to become a member to keep its profile up to date, publish its needs and offers and request introductions on its behalf. Its owners (or, if it has none yet, the territory's catalyst) will receive your request with your name and e-mail address.",
    message: "A word to introduce yourself (optional)",
    hint: "Your role in the organisation, for instance. 1,000 characters at most.",
    send: "Ask to join",
    sent: "Your request was sent. You will hear of the answer.",
    member: "You are already a member of this organisation.",
    edit: "Edit its profile",
    profile: "See the profile",
  },
};

export default async function JoinPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/account/join/${slug}`)}`);
  const organisation = await getJoinableOrganisation(await getDatabase(), slug);
  if (!organisation) notFound();
  const t = TEXT[await getLocale()];
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
        <p className="notice" role="status">
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
