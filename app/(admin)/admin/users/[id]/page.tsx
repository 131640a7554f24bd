// /admin/users/[id]: one user's roles and state, the role and access switches, and personal-data requests
// processed on their behalf (download, deletion).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/admin/access";
import { getUserForAdmin, type UserDetail } from "@/lib/admin/users";
import { getDatabase } from "@/lib/server/db";
import { getAccountMessages } from "@/lib/accounts/messages";
import { formatDate } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { UserActions } from "../user-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Utilisateur · Administration", robots: { index: false } };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  let user: UserDetail | null;
  try {
    user = await getUserForAdmin(await getDatabase(), viewer, id.slice(0, 100));
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  if (!user) notFound();
  const locale = await getLocale();
  const fr = locale === "fr";
  const roleNames = getAccountMessages(locale).account.roleNames;
  const date = (iso: string | null, none: string) => (iso ? formatDate(iso, locale) : none);
  const self = user.id === viewer?.id;
  return (
    <section className="account-page">
      <p>
        <Link href="/admin/users">← {fr ? "Utilisateurs" : "Users"}</Link>
      </p>
      <h1>{user.name ? `${user.name} (${user.email})` : user.email}</h1>
      <dl className="facts">
        <dt>{fr ? "État" : "Status"}</dt>
        <dd>{user.disabledAt ? (fr ? `désactivé le ${formatDate(user.disabledAt, locale)}` : `disabled on ${formatDate(user.disabledAt, locale)}`) : fr ? "actif" : "active"}</dd>
        <dt>{fr ? "Administrateur" : "Administrator"}</dt>
        <dd>{user.isAdmin ? (fr ? "oui" : "yes") : fr ? "non" : "no"}</dd>
        <dt>{fr ? "Compte créé" : "Account created"}</dt>
        <dd>{formatDate(user.createdAt, locale)}</dd>
        <dt>{fr ? "Dernière visite" : "Last seen"}</dt>
        <dd>{date(user.lastSeenAt, fr ? "jamais" : "never")}</dd>
        <dt>{fr ? "Avertissement d'inactivité" : "Inactivity warning"}</dt>
        <dd>{date(user.inactivityWarnedAt, fr ? "aucun" : "none")}</dd>
        <dt>{fr ? "Sessions ouvertes" : "Open sessions"}</dt>
        <dd>{user.sessions}</dd>
        <dt>{fr ? "Langue" : "Language"}</dt>
        <dd>{user.locale}</dd>
      </dl>
      <h2>{fr ? "Rôles" : "Roles"}</h2>
      <ul className="link-list">
        {user.catalysts.map((catalyst) => (
          <li key={catalyst.slug}>
            {fr ? "Équipe du catalyseur " : "Staff of the catalyst "}
            <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
          </li>
        ))}
        {user.memberships.map((membership) => (
          <li key={membership.slug}>
            {fr ? "Membre de " : "Member of "}
            {membership.status === "published" ? <Link href={`/organisations/${membership.slug}`}>{membership.name}</Link> : membership.name} ({roleNames[membership.role]}
            {membership.role === "owner" && membership.owners === 1 ? (fr ? ", seul propriétaire" : ", only owner") : ""})
          </li>
        ))}
        {user.catalysts.length + user.memberships.length === 0 ? <li>{fr ? "Aucune organisation ni catalyseur." : "No organisation or catalyst."}</li> : null}
      </ul>
      {self ? (
        <p className="muted">
          {fr
            ? "C'est votre compte : vos rôles et votre accès se gèrent par un autre administrateur, et vos données depuis « Mon compte »."
            : "This is your account: another administrator manages your roles and access, and your data is in \"My account\"."}
        </p>
      ) : null}
      <UserActions
        userId={user.id}
        isAdmin={user.isAdmin}
        disabled={Boolean(user.disabledAt)}
        self={self}
        labels={{
          grantAdmin: fr ? "Rendre administrateur" : "Make administrator",
          revokeAdmin: fr ? "Retirer le rôle d'administrateur" : "Remove the administrator role",
          disable: fr ? "Désactiver le compte (ferme ses sessions)" : "Disable the account (ends its sessions)",
          enable: fr ? "Réactiver le compte" : "Enable the account",
          deleteTitle: fr ? "Supprimer le compte à la demande de la personne" : "Delete the account at the person's request",
          deleteHelp: fr
            ? "Efface le compte, ses sessions, adhésions, notifications, e-mails et les fiches contact qui le nomment. Les organisations restent ; si la personne en était la seule propriétaire, confiez-les d'abord à quelqu'un d'autre. Irréversible."
            : "Erases the account, its sessions, memberships, notifications, e-mails and the contact details naming it. Organisations stay; if the person was their only owner, hand them over to someone first. Cannot be undone.",
          deleteConfirm: fr ? "Pour confirmer, recopiez l'adresse e-mail du compte" : "To confirm, type the account's e-mail address",
          deleteButton: fr ? "Supprimer définitivement" : "Delete for good",
        }}
      />
      <h2>{fr ? "Droit d'accès" : "Right of access"}</h2>
      <form method="post" action={`/admin/users/${encodeURIComponent(user.id)}/data`}>
        <button type="submit" className="button button-secondary">
          {fr ? "Télécharger ses données (JSON)" : "Download their data (JSON)"}
        </button>
      </form>
      <p className="muted">{fr ? "Le téléchargement est inscrit au journal d'audit (sans les données)." : "The download is written to the audit log (without the data)."}</p>
    </section>
  );
}
