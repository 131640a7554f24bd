import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";
import { getLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Administration", robots: { index: false } };
}

export default async function AdminHome() {
  const locale = await getLocale();
  return (
    <section className="account-page">
      <h1>Administration</h1>
      <p className="muted">{locale === "fr" ? "Ce qu'il faut pour faire vivre le réseau. Chaque action est inscrite au journal d'audit." : "What it takes to run the network. Every action is written to the audit log."}</p>
      <ul className="admin-sections">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href} className="card">
            <h2 className="card-title">
              <Link href={section.href}>{section.label[locale]}</Link>
            </h2>
            <p>{section.description[locale]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
