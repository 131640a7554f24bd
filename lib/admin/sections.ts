// The back-office's sections, in the order of its menu (labels in both languages).
import type { Label } from "@/lib/shared/vocabulary";

export const ADMIN_SECTIONS: { href: string; label: Label; description: Label }[] = [
  {
    href: "/admin/catalysts",
    label: { fr: "Catalyseurs", en: "Catalysts" },
    description: { fr: "Créer, modifier, rattacher l'équipe, définir le territoire couvert.", en: "Create, edit, attach staff, set the territory covered." },
  },
  {
    href: "/admin/organisations",
    label: { fr: "Organisations", en: "Organisations" },
    description: { fr: "Rechercher, modifier, suspendre, rétablir, fusionner des doublons.", en: "Search, edit, suspend, restore, merge duplicates." },
  },
  {
    href: "/admin/users",
    label: { fr: "Utilisateurs", en: "Users" },
    description: { fr: "Rôles, désactivation, demandes sur les données personnelles.", en: "Roles, disabling, personal-data requests." },
  },
  {
    href: "/admin/import",
    label: { fr: "Import CSV", en: "CSV import" },
    description: { fr: "Importer catalyseurs et organisations depuis un tableur, avec essai à blanc.", en: "Import catalysts and organisations from a spreadsheet, with a dry run." },
  },
  {
    href: "/admin/exports",
    label: { fr: "Exports", en: "Exports" },
    description: { fr: "Les données publiées en CSV et JSON.", en: "Published data as CSV and JSON." },
  },
  {
    href: "/admin/audit",
    label: { fr: "Journal d'audit", en: "Audit log" },
    description: { fr: "Qui a fait quoi, quand : administration et modération.", en: "Who did what, when: administration and moderation." },
  },
];
