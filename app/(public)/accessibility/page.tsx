import type { Metadata } from "next";
import { getRequestMessages } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = (await getRequestMessages()).messages.accessibility;
  return { title: t.title, description: t.description };
}

export default async function AccessibilityPage() {
  const t = (await getRequestMessages()).messages.accessibility;
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <h2>{t.checkedTitle}</h2>
      <ul>
        {t.checked.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t.limitsTitle}</h2>
      <ul>
        {t.limits.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t.reportTitle}</h2>
      <p>{t.report}</p>
    </section>
  );
}
