// Interface texts in French (the reference) and English. Pure module: server and client components read it.

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const fr = {
  meta: {
    title: "Alliances — le réseau des catalyseurs territoriaux",
    description: "Trouvez le catalyseur de votre territoire, les acteurs proches de vous et les partenaires complémentaires pour faire alliance (ODD 17).",
  },
  nav: {
    label: "Navigation principale",
    menu: "Menu",
    home: "Accueil",
    map: "Carte",
    directory: "Annuaire",
    catalysts: "Catalyseurs",
    observatory: "Observatoire",
    findCatalyst: "Trouver un catalyseur",
    skip: "Aller au contenu",
    language: "Langue",
    switchTo: "English",
    signIn: "Se connecter",
    account: "Mon compte",
    register: "Inscrire mon organisation",
    notifications: (count: number) => (count === 0 ? "Notifications" : `Notifications (${count} non lue${count > 1 ? "s" : ""})`),
    breadcrumb: "Fil d'Ariane",
  },
  home: {
    eyebrow: "ODD 17 · Faire alliance",
    title: "Faire alliance sur votre territoire",
    lead: "Collectivités, entreprises, associations, fondations : ensemble, on répond mieux aux besoins locaux. Les catalyseurs territoriaux, tiers de confiance du réseau, vous présentent les bons partenaires près de chez vous.",
    findLabel: "Votre commune ou votre code postal",
    findSubmit: "Trouver mon catalyseur",
    entries: {
      findTitle: "Trouver un catalyseur",
      findText: "Indiquez votre commune ou votre code postal : nous vous disons qui peut vous accompagner.",
      mapTitle: "Explorer la carte",
      mapText: "Les catalyseurs et les acteurs du réseau, avec leurs besoins et leurs offres, sur la carte de France.",
      directoryTitle: "Parcourir l'annuaire",
      directoryText: "Recherchez une organisation par nom, thème, ressource proposée ou recherchée, et territoire.",
      registerTitle: "Inscrire mon organisation",
      registerText: "Rejoignez le réseau en quelques étapes, sans mot de passe : le catalyseur de votre territoire valide l'inscription.",
    },
    figuresTitle: "Le réseau en chiffres",
    figures: {
      catalysts: "catalyseurs territoriaux",
      organisations: "organisations publiées",
      needsOffers: "besoins et offres ouverts",
      communes: "communes couvertes",
    },
    howTitle: "Comment ça marche",
    steps: [
      "Votre organisation rejoint le réseau et décrit ses besoins et ce qu'elle peut offrir.",
      "Le module de rapprochement vous propose des partenaires locaux et complémentaires, en disant pourquoi.",
      "Le catalyseur de votre territoire fait les présentations : les coordonnées ne sont partagées qu'avec l'accord des deux parties.",
    ],
    demoNotice: "Démonstration : les catalyseurs, organisations et personnes présentés ici sont fictifs.",
  },
  notFound: {
    title: "Page introuvable",
    text: "Cette page n'existe pas ou n'est plus publiée.",
    back: "Retour à l'accueil",
  },
  /**
   * The page shown when a page fails to render (app/error.tsx): a client component, without the language cookie,
   * so it shows the French and, below, the English `text`, which reads on its own.
   */
  error: {
    title: "Le service est momentanément indisponible",
    text: "La page n'a pas pu être préparée : la base de données ne répond pas, ou a mis trop de temps à répondre. Réessayez dans quelques instants.",
    retry: "Réessayer",
  },
  footer: {
    about: "Alliances est un logiciel libre au service du réseau des catalyseurs territoriaux.",
    sources: "Sources des données",
    attribution: "Territoires : INSEE COG / DGCL (Licence Ouverte) · Positions des communes : GeoNames (CC BY 4.0)",
    privacy: "Données personnelles",
    accessibility: "Accessibilité : partiellement conforme",
    openData: "Données ouvertes",
  },
  accessibility: {
    title: "Accessibilité",
    description: "Déclaration d'accessibilité d'Alliances.",
    lead: "Alliances vise la conformité au RGAA 4.1 (WCAG 2.1 niveau AA). Aucun audit complet n'a encore été mené : le service est déclaré partiellement conforme.",
    checkedTitle: "Ce qui est vérifié à chaque version",
    checked: [
      "Les parcours principaux (accueil, annuaire, fiches, carte, inscription, mises en relation, observatoire) passent un contrôle automatique axe (WCAG 2.1 A et AA) dans la suite de tests.",
      "Tout se fait au clavier, y compris la saisie d'une commune et le placement d'un point sur la carte (flèches).",
      "Les pages se lisent sur un téléphone et sans JavaScript pour l'essentiel.",
    ],
    limitsTitle: "Limites connues",
    limits: [
      "Les cartes sont une aide visuelle : chaque carte a son équivalent en liste (annuaire, liste des propositions, tableau des zones blanches).",
      "Les graphiques de l'observatoire sont doublés de tableaux de chiffres.",
    ],
    reportTitle: "Signaler un problème",
    report:
      "Si vous ne pouvez pas accéder à un contenu ou à une fonction, écrivez au catalyseur de votre territoire depuis sa fiche : il transmettra. Vous pouvez aussi saisir le Défenseur des droits (defenseurdesdroits.fr).",
  },
};

export type Messages = typeof fr;

const en: Messages = {
  meta: {
    title: "Alliances — the network of territorial catalysts",
    description: "Find your territory's catalyst, the actors near you and the complementary partners to ally with (SDG 17).",
  },
  nav: {
    label: "Main navigation",
    menu: "Menu",
    home: "Home",
    map: "Map",
    directory: "Directory",
    catalysts: "Catalysts",
    observatory: "Observatory",
    findCatalyst: "Find a catalyst",
    skip: "Skip to content",
    language: "Language",
    switchTo: "Français",
    signIn: "Sign in",
    account: "My account",
    register: "Register my organisation",
    notifications: (count: number) => (count === 0 ? "Notifications" : `Notifications (${count} unread)`),
    breadcrumb: "Breadcrumb",
  },
  home: {
    eyebrow: "SDG 17 · Partnerships for the goals",
    title: "Build alliances in your territory",
    lead: "Local authorities, companies, associations, foundations: together we meet local needs better. Territorial catalysts, the network's trusted third parties, introduce you to the right partners nearby.",
    findLabel: "Your municipality or postcode",
    findSubmit: "Find my catalyst",
    entries: {
      findTitle: "Find a catalyst",
      findText: "Type your municipality or postcode: we tell you who can support you.",
      mapTitle: "Explore the map",
      mapText: "The network's catalysts and actors, with their needs and offers, on the map of France.",
      directoryTitle: "Browse the directory",
      directoryText: "Search organisations by name, theme, resource offered or needed, and territory.",
      registerTitle: "Register my organisation",
      registerText: "Join the network in a few steps, with no password: your territory's catalyst approves the registration.",
    },
    figuresTitle: "The network in figures",
    figures: {
      catalysts: "territorial catalysts",
      organisations: "published organisations",
      needsOffers: "open needs and offers",
      communes: "municipalities covered",
    },
    howTitle: "How it works",
    steps: [
      "Your organisation joins the network and describes its needs and what it can offer.",
      "The matching module proposes local, complementary partners, and says why.",
      "Your territory's catalyst makes the introduction: contact details are shared only when both sides agree.",
    ],
    demoNotice: "Demo: the catalysts, organisations and people shown here are fictitious.",
  },
  notFound: {
    title: "Page not found",
    text: "This page does not exist or is no longer published.",
    back: "Back to the home page",
  },
  error: {
    title: "The service is temporarily unavailable",
    text: "The service is temporarily unavailable: the database did not answer, or took too long. Please try again in a few moments.",
    retry: "Try again",
  },
  footer: {
    about: "Alliances is free software serving the network of territorial catalysts.",
    sources: "Data sources",
    attribution: "Territories: INSEE COG / DGCL (Licence Ouverte) · Municipality positions: GeoNames (CC BY 4.0)",
    privacy: "Personal data",
    accessibility: "Accessibility: partially conformant",
    openData: "Open data",
  },
  accessibility: {
    title: "Accessibility",
    description: "Alliances' accessibility statement.",
    lead: "Alliances aims at RGAA 4.1 conformance (WCAG 2.1 level AA). No full audit has been run yet: the service is declared partially conformant.",
    checkedTitle: "What every version is checked for",
    checked: [
      "The main journeys (home, directory, profiles, map, registration, introductions, observatory) pass an automated axe check (WCAG 2.1 A and AA) in the test suite.",
      "Everything works from the keyboard, including choosing a commune and placing a point on the map (arrow keys).",
      "Pages read on a phone and, for the essentials, without JavaScript.",
    ],
    limitsTitle: "Known limits",
    limits: [
      "Maps are a visual aid: each has a list equivalent (directory, list of proposals, table of white zones).",
      "The observatory's charts are doubled by tables of figures.",
    ],
    reportTitle: "Report a problem",
    report:
      "If you cannot reach some content or feature, write to your territory's catalyst from its profile: they will pass it on. You may also refer to the Défenseur des droits (defenseurdesdroits.fr).",
  },
};

const MESSAGES: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The BCP 47 tag every Intl formatter is built with: French as written in France, English as in Britain. */
export function intlLocale(locale: Locale): "fr-FR" | "en-GB" {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

/** Numbers formatted the way each language writes them (35 000 in French, 35,000 in English). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
