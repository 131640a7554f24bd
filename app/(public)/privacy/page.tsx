import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const fr = (await getLocale()) === "fr";
  return {
    title: fr ? "Données personnelles" : "Personal data",
    description: fr ? "Ce qu'Alliances enregistre, pourquoi, combien de temps, et vos droits." : "What Alliances stores, why, for how long, and your rights.",
  };
}

const ROWS = {
  fr: [
    ["Votre compte : adresse e-mail, nom, langue, préférence de notification, dates de création et de dernière connexion", "Vous connecter, vous prévenir", "Jusqu'à la suppression du compte ; un compte inutilisé pendant 24 mois est supprimé, après un e-mail d'avertissement 30 jours avant (se connecter suffit à le garder)"],
    ["Sessions de connexion", "Rester connecté", "30 jours au plus ; supprimées à la déconnexion"],
    ["Liens de connexion envoyés par e-mail", "Vous connecter sans mot de passe", "10 minutes, une seule utilisation"],
    ["Personne contact d'une organisation (nom, fonction, e-mail, téléphone) et date de son consentement", "Être mis en relation : montrée seulement aux deux parties d'une mise en relation acceptée et à leur catalyseur", "Tant que l'organisation la garde ; effacée si cette personne supprime son compte"],
    ["Demandes de mise en relation, messages et suites données", "Le travail du catalyseur, tiers de confiance", "Tant que les organisations existent ; les chiffres de l'observatoire sont anonymes"],
    ["Notifications et e-mails envoyés", "Vous tenir informé", "Jusqu'à la suppression du compte"],
    ["Journal des actions d'administration et de modération", "Savoir qui a décidé quoi", "L'auteur est effacé avec son compte"],
    ["Compteurs anti-abus (empreintes d'adresses, jamais les adresses elles-mêmes)", "Limiter les envois répétés", "24 heures"],
  ],
  en: [
    ["Your account: e-mail address, name, language, notification preference, creation and last sign-in dates", "Signing you in, keeping you informed", "Until the account is deleted; an account unused for 24 months is deleted, after a warning e-mail 30 days before (signing in is enough to keep it)"],
    ["Sign-in sessions", "Keeping you signed in", "30 days at most; removed on sign-out"],
    ["Sign-in links sent by e-mail", "Signing in without a password", "10 minutes, single use"],
    ["An organisation's contact person (name, role, e-mail, phone) and the date of their consent", "Introductions: shown only to both parties of an accepted introduction and their catalyst", "As long as the organisation keeps it; erased if that person deletes their account"],
    ["Introduction requests, messages and outcomes", "The catalyst's work as trusted third party", "As long as the organisations exist; the observatory's figures are anonymous"],
    ["Notifications and e-mails sent", "Keeping you informed", "Until the account is deleted"],
    ["Log of administration and moderation actions", "Knowing who decided what", "The author is erased with their account"],
    ["Anti-abuse counters (fingerprints of addresses, never the addresses themselves)", "Limiting repeated requests", "24 hours"],
  ],
};

export default async function PrivacyPage() {
  const locale = await getLocale();
  const fr = locale === "fr";
  return (
    <section className="container narrow account-page">
      <h1>{fr ? "Données personnelles" : "Personal data"}</h1>
      <p>
        {fr
          ? "Alliances est un annuaire public d'organisations : les fiches publiées sont publiques et réutilisables (Licence Ouverte). Les données des personnes, elles, ne sont jamais publiées."
          : "Alliances is a public directory of organisations: published profiles are public and reusable (Licence Ouverte). Data about people is never published."}
      </p>
      <h2>{fr ? "Ce qui est enregistré, pourquoi, combien de temps" : "What is stored, why, for how long"}</h2>
      <DataTable
        caption={fr ? "Données enregistrées" : "Data stored"}
        columns={fr ? ["Donnée", "Pour quoi faire", "Durée"] : ["Data", "What for", "How long"]}
        rows={ROWS[locale].map((cells) => ({ key: cells[0]!, cells }))}
      />
      <p>
        {fr
          ? "Aucun service tiers : pas de mesure d'audience, pas de publicité, pas de police ou de carte chargée ailleurs (sauf si l'opérateur configure un serveur de fonds de carte). Un seul cookie : celui de la session, et un cookie de langue."
          : "No third-party service: no analytics, no advertising, no font or map loaded from elsewhere (unless the operator configures a map tile server). One cookie for the session, one for the language."}
      </p>
      <h2>{fr ? "Vos droits" : "Your rights"}</h2>
      <ul>
        <li>
          {fr ? "Accès et portabilité : " : "Access and portability: "}
          <Link href="/account/data">{fr ? "téléchargez toutes vos données (JSON)" : "download all your data (JSON)"}</Link>
          {fr ? " depuis votre compte." : " from your account."}
        </li>
        <li>{fr ? "Rectification : modifiez votre organisation depuis « Mon compte »." : "Rectification: edit your organisation from \"My account\"."}</li>
        <li>
          {fr ? "Effacement : " : "Erasure: "}
          <Link href="/account">{fr ? "supprimez votre compte" : "delete your account"}</Link>
          {fr
            ? " ; vos sessions, adhésions, notifications et les fiches contact qui vous nomment sont effacées, les organisations restent."
            : "; your sessions, memberships, notifications and the contact details naming you are erased, organisations stay."}
        </li>
        <li>
          {fr
            ? "Si vous ne pouvez plus utiliser votre compte (adresse e-mail perdue…), l'équipe du réseau peut traiter pour vous une demande d'accès ou d'effacement : écrivez au catalyseur de votre territoire."
            : "If you can no longer use your account (lost e-mail address…), the network team can process an access or erasure request for you: write to your territory's catalyst."}
        </li>
        <li>{fr ? "Opposition aux e-mails de notification : un réglage dans « Mon compte »." : "Objecting to notification e-mails: a setting in \"My account\"."}</li>
        <li>
          {fr
            ? "Pour toute autre demande, écrivez au catalyseur de votre territoire depuis sa fiche ; vous pouvez aussi saisir la CNIL (cnil.fr)."
            : "For any other request, write to your territory's catalyst from its profile; you may also complain to the CNIL (cnil.fr)."}
        </li>
      </ul>
    </section>
  );
}
