// The back-office's sections, in the order of its menu; their names and descriptions are in lib/admin/messages.ts.
import type { AdminSection } from "./messages";

export const ADMIN_SECTIONS: { key: AdminSection; href: string }[] = [
  { key: "catalysts", href: "/admin/catalysts" },
  { key: "organisations", href: "/admin/organisations" },
  { key: "duplicates", href: "/admin/duplicates" },
  { key: "users", href: "/admin/users" },
  { key: "import", href: "/admin/import" },
  { key: "exports", href: "/admin/exports" },
  { key: "audit", href: "/admin/audit" },
];
