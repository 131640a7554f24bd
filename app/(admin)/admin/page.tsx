import type { Metadata } from "next";
import Link from "next/link";
import { getAdminMessages } from "@/lib/admin/messages";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";
import { getLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Administration", robots: { index: false } };
}

export default async function AdminHome() {
  const t = getAdminMessages(await getLocale());
  return (
    <section className="account-page">
      <h1>{t.home.title}</h1>
      <p className="muted">{t.home.lead}</p>
      <ul className="admin-sections">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href} className="card">
            <h2 className="card-title">
              <Link href={section.href}>{t.sections[section.key].label}</Link>
            </h2>
            <p>{t.sections[section.key].description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
