import type { Metadata } from "next";
import Link from "next/link";
import { StepForm } from "@/app/(account)/register/step-form";
import { getLocale } from "@/lib/i18n/locale";
import { saveCatalystAction } from "../actions";
import { catalystFields } from "../fields";
import { getAdminMessages } from "@/lib/admin/messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${getAdminMessages(await getLocale()).catalysts.newTitle} — Administration`, robots: { index: false } };
}

// The layout lets only admins in; the action checks again in lib/admin/catalysts.ts.
export default async function NewCatalystPage() {
  const locale = await getLocale();
  const t = getAdminMessages(locale).catalysts;
  return (
    <section className="account-page narrow">
      <p>
        <Link href="/admin/catalysts">← {t.title}</Link>
      </p>
      <h1>{t.newTitle}</h1>
      <p className="muted">{t.newLead}</p>
      <StepForm
        action={saveCatalystAction.bind(null, null)}
        fields={catalystFields(t.fields, locale)}
        initialValues={{ hostKind: "association" }}
        submitLabel={t.save}
        errorSummary={t.errorSummary}
        locale={locale}
      />
    </section>
  );
}
