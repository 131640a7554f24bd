// /open-data: what the public downloads contain, in which formats, under which licence, how often they change,
// and what they never contain (personal data).
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_LICENCE, OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/open-data/licence";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const fr = (await getLocale()) === "fr";
  return {
    title: fr ? "Données ouvertes" : "Open data",
    description: fr
      ? "Catalyseurs et organisations du réseau en GeoJSON et au format Open Referral HSDS, sous Licence Ouverte 2.0."
      : "The network's catalysts and organisations as GeoJSON and Open Referral HSDS, under the Licence Ouverte 2.0.",
    alternates: { canonical: "/open-data" },
  };
}

const DOWNLOADS = [
  {
    href: "/api/export/geojson?type=catalysts",
    format: "GeoJSON (RFC 7946)",
    fr: "Les catalyseurs territoriaux : nom, structure hôte, métiers, site web, commune, position, territoire couvert (communes, intercommunalités, départements, avec codes INSEE et noms), adresse de leur page.",
    en: "Territorial catalysts: name, host structure, trades, website, commune, position, territory covered (communes, inter-municipalities, départements, with INSEE codes and names), address of their page.",
  },
  {
    href: "/api/export/geojson?type=organisations",
    format: "GeoJSON (RFC 7946)",
    fr: "Les organisations publiées : nom, type d'acteur, taille ou niveau, ESS / SIAE / entreprise à mission, SIREN, thèmes, ODD, objectifs, site web, commune, position, adresse de leur fiche.",
    en: "Published organisations: name, kind of actor, size or level, social economy / inclusion / mission-driven flags, SIREN, themes, SDGs, objectives, website, commune, position, address of their profile.",
  },
  {
    href: "/api/export/hsds",
    format: "JSON — Open Referral HSDS 3.0",
    fr: "Le même annuaire au standard international des annuaires de services : organisations (avec SIREN / RNA), lieux (la commune ou le point choisi par l'organisation) et services (les offres ouvertes, classées par type de ressource), reliés par leurs identifiants.",
    en: "The same directory in the international standard for service directories: organizations (with SIREN / RNA), locations (the commune or the point the organisation chose) and services (open offers, classified by kind of resource), linked by their ids.",
  },
];

export default async function OpenDataPage() {
  const fr = (await getLocale()) === "fr";
  const minutes = OPEN_DATA_MAX_AGE_SECONDS / 60;
  return (
    <section className="container narrow account-page">
      <h1>{fr ? "Données ouvertes" : "Open data"}</h1>
      <p>
        {fr
          ? "Le réseau des catalyseurs territoriaux est un bien commun : ses données publiques sont téléchargeables et réutilisables librement, y compris à des fins commerciales."
          : "The network of territorial catalysts is a common good: its public data can be downloaded and reused freely, commercial uses included."}
      </p>

      <h2>{fr ? "Téléchargements" : "Downloads"}</h2>
      <DataTable
        caption={fr ? "Fichiers à télécharger" : "Files to download"}
        columns={fr ? ["Fichier", "Format", "Contenu"] : ["File", "Format", "Contents"]}
        rows={DOWNLOADS.map((download) => ({
          key: download.href,
          cells: [
            <a key="file" href={download.href} download>
              {download.href}
            </a>,
            download.format,
            fr ? download.fr : download.en,
          ],
        }))}
      />
      <p>
        {fr ? "Les chiffres des mises en relation et des alliances (anonymes, en CSV) sont sur " : "Figures on introductions and alliances (anonymous, as CSV) are on "}
        <Link href="/observatory">{fr ? "l'observatoire" : "the observatory"}</Link>
        {fr ? ". Les mêmes données s'interrogent par l'API publique, décrite en " : ". The same data can be queried through the public API, described in "}
        <a href="/api/openapi.json">OpenAPI (/api/openapi.json)</a>.
      </p>

      <h2>{fr ? "Formats" : "Formats"}</h2>
      <ul>
        <li>
          {fr
            ? "GeoJSON : une FeatureCollection de points en WGS 84, [longitude, latitude], six décimales ; chaque objet a pour identifiant l'UUID de la fiche. S'ouvre dans QGIS, uMap ou tout outil cartographique."
            : "GeoJSON: a FeatureCollection of points in WGS 84, [longitude, latitude], six decimals; each feature's id is the record's UUID. Opens in QGIS, uMap or any mapping tool."}
        </li>
        <li>
          {fr
            ? "HSDS : un objet JSON avec les tableaux organizations, locations et services, aux noms de champs du standard Open Referral (Human Services Data Specification 3.0) ; les identifiants sont stables d'un téléchargement à l'autre."
            : "HSDS: one JSON object with the organizations, locations and services arrays, under the field names of the Open Referral standard (Human Services Data Specification 3.0); ids are stable from one download to the next."}
        </li>
        <li>{fr ? "Encodage UTF-8. Chaque fichier rappelle sa licence et la mention de la source." : "UTF-8 encoding. Each file states its licence and the credit to give."}</li>
      </ul>

      <h2>{fr ? "Licence et mention de la source" : "Licence and attribution"}</h2>
      <p>
        {fr ? "Licence : " : "Licence: "}
        <a href={OPEN_DATA_LICENCE.url} rel="license">
          {OPEN_DATA_LICENCE.name}
        </a>
        .{" "}
        {fr
          ? "Vous pouvez copier, modifier, publier et exploiter ces données, à condition de mentionner leur source et la date de leur dernière mise à jour :"
          : "You may copy, modify, publish and exploit this data, provided you credit its source and the date of its last update:"}
      </p>
      <blockquote>
        <p>{OPEN_DATA_ATTRIBUTION}</p>
      </blockquote>

      <h2>{fr ? "Fréquence de mise à jour" : "Update frequency"}</h2>
      <p>
        {fr
          ? `En continu : chaque fichier est produit à partir de la base au moment de la demande (les caches intermédiaires le gardent ${minutes} minutes). Une organisation apparaît dès que sa fiche est validée et disparaît dès qu'elle est suspendue ou supprimée. Le fichier HSDS donne sa date de production (generated_at).`
          : `Continuous: each file is built from the database when requested (intermediate caches keep it ${minutes} minutes). An organisation appears as soon as its profile is approved and disappears as soon as it is suspended or deleted. The HSDS file gives the time it was produced (generated_at).`}
      </p>

      <h2>{fr ? "Aucune donnée personnelle" : "No personal data"}</h2>
      <p>
        {fr
          ? "Ces fichiers ne contiennent que des informations sur des organisations, jamais sur des personnes : ni personne contact (nom, fonction, e-mail, téléphone), ni coordonnées des catalyseurs — même celles qu'un catalyseur affiche sur sa page —, ni comptes utilisateurs, ni mises en relation. Seules les organisations publiées y figurent ; pour joindre une organisation ou un catalyseur, passez par le site."
          : "These files hold information about organisations only, never about people: no contact person (name, role, e-mail, phone), no catalyst contact details — not even those a catalyst shows on its page —, no user accounts, no introductions. Only published organisations are included; to reach an organisation or a catalyst, use the site."}{" "}
        <Link href="/privacy">{fr ? "Nos engagements sur les données personnelles" : "Our commitments on personal data"}</Link>.
      </p>
    </section>
  );
}
