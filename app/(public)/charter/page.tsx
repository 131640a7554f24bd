// The Charter an organisation adheres to when it registers: public, so that one can read it before signing in.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { getCharterMessages } from "@/lib/organisations/charter-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = getCharterMessages(await getLocale());
  return { title: t.title, description: t.description };
}

export default async function CharterPage() {
  const t = getCharterMessages(await getLocale());
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <h2>{t.principlesTitle}</h2>
      <ol>
        {t.principles.map((principle) => (
          <li key={principle}>{principle}</li>
        ))}
      </ol>
      <h2>{t.catalystsTitle}</h2>
      <p>{t.catalysts}</p>
      <p className="muted">{t.source}</p>
      <p>
        <Link href="/register">{t.register}</Link>
      </p>
    </section>
  );
}
