import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const fr = (await getLocale()) === "fr";
  return { title: fr ? "Accessibilité" : "Accessibility", description: fr ? "Déclaration d'accessibilité d'Alliances." : "Alliances' accessibility statement." };
}

export default async function AccessibilityPage() {
  const fr = (await getLocale()) === "fr";
  return (
    <section className="container narrow account-page">
      <h1>{fr ? "Accessibilité" : "Accessibility"}</h1>
      <p>
        {fr
          ? "Alliances vise la conformité au RGAA 4.1 (WCAG 2.1 niveau AA). Aucun audit complet n'a encore été mené : le service est déclaré partiellement conforme."
          : "Alliances aims at RGAA 4.1 conformance (WCAG 2.1 level AA). No full audit has been run yet: the service is declared partially conformant."}
      </p>
      <h2>{fr ? "Ce qui est vérifié à chaque version" : "What every version is checked for"}</h2>
      <ul>
        <li>
          {fr
            ? "Les parcours principaux (accueil, annuaire, fiches, carte, inscription, mises en relation, observatoire) passent un contrôle automatique axe (WCAG 2.1 A et AA) dans la suite de tests."
            : "The main journeys (home, directory, profiles, map, registration, introductions, observatory) pass an automated axe check (WCAG 2.1 A and AA) in the test suite."}
        </li>
        <li>
          {fr
            ? "Tout se fait au clavier, y compris la saisie d'une commune et le placement d'un point sur la carte (flèches)."
            : "Everything works from the keyboard, including choosing a commune and placing a point on the map (arrow keys)."}
        </li>
        <li>{fr ? "Les pages se lisent sur un téléphone et sans JavaScript pour l'essentiel." : "Pages read on a phone and, for the essentials, without JavaScript."}</li>
      </ul>
      <h2>{fr ? "Limites connues" : "Known limits"}</h2>
      <ul>
        <li>
          {fr
            ? "Les cartes sont une aide visuelle : chaque carte a son équivalent en liste (annuaire, liste des propositions, tableau des zones blanches)."
            : "Maps are a visual aid: each has a list equivalent (directory, list of proposals, table of white zones)."}
        </li>
        <li>{fr ? "Les graphiques de l'observatoire sont doublés de tableaux de chiffres." : "The observatory's charts are doubled by tables of figures."}</li>
      </ul>
      <h2>{fr ? "Signaler un problème" : "Report a problem"}</h2>
      <p>
        {fr
          ? "Si vous ne pouvez pas accéder à un contenu ou à une fonction, écrivez au catalyseur de votre territoire depuis sa fiche : il transmettra. Vous pouvez aussi saisir le Défenseur des droits (defenseurdesdroits.fr)."
          : "If you cannot reach some content or feature, write to your territory's catalyst from its profile: they will pass it on. You may also refer to the Défenseur des droits (defenseurdesdroits.fr)."}
      </p>
    </section>
  );
}
