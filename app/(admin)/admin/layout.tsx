// The back-office frame: a menu of its sections. Only a convenience for admins: every lib/admin function checks
// the viewer again (requireAdmin), so a page or action reached directly is still refused to anyone else.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getAdminMessages } from "@/lib/admin/messages";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/admin");
  if (!viewer.isAdmin) notFound();
  const t = getAdminMessages(await getLocale());
  return (
    <div className="container admin-frame">
      <nav aria-label={t.home.title} className="admin-nav">
        <Link href="/admin">{t.home.title}</Link>
        <ul>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href}>{t.sections[section.key].label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">{children}</div>
    </div>
  );
}
