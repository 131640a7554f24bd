import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = getAccountMessages(await getLocale()).privacy;
  return { title: t.title, description: t.description };
}

export default async function PrivacyPage() {
  const t = getAccountMessages(await getLocale()).privacy;
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <h2>{t.storedTitle}</h2>
      <DataTable caption={t.storedCaption} columns={t.storedColumns} rows={t.stored.map((cells) => ({ key: cells[0]!, cells }))} />
      <p>{t.thirdParties}</p>
      <h2>{t.rightsTitle}</h2>
      <ul>
        <li>
          {t.access[0]}
          <Link href="/account/data">{t.access[1]}</Link>
          {t.access[2]}
        </li>
        <li>{t.rectification}</li>
        <li>
          {t.erasure[0]}
          <Link href="/account">{t.erasure[1]}</Link>
          {t.erasure[2]}
        </li>
        <li>{t.onBehalf}</li>
        <li>{t.objection}</li>
        <li>{t.other}</li>
      </ul>
    </section>
  );
}
