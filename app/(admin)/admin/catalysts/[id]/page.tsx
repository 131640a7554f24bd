import type { Metadata } from "next";
import Link from "next/link";
import { StepForm } from "@/app/(account)/register/step-form";
import { CoverageMap } from "@/app/components/coverage-map";
import { getCatalystForAdmin } from "@/lib/admin/catalysts";
import { getCatalystCoverageMap } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { getViewer } from "@/lib/auth/session";
import { addCoverageAction, addStaffAction, removeCoverageAction, removeStaffAction, saveCatalystAction } from "../actions";
import { catalystFields } from "../fields";
import { getAdminMessages } from "@/lib/admin/messages";
import { CoverageAdder, StaffAdder } from "./panels";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; created?: string }> };

async function load(id: string) {
  try {
    return await getCatalystForAdmin(await getDatabase(), await getViewer(), id);
  } catch (error) {
    answerPageError(error);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load((await params).id);
  return { title: `${detail.catalyst.name} — Administration`, robots: { index: false } };
}

export default async function AdminCatalystPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved, created } = await searchParams;
  const locale = await getLocale();
  const t = getAdminMessages(locale).catalysts;
  const { catalyst, communeLabel, coverage, staff } = await load(id);
  const coverageMap = await getCatalystCoverageMap(await getDatabase(), catalyst.slug);
  const initialValues = {
    name: catalyst.name,
    hostName: catalyst.hostName,
    hostKind: catalyst.hostKind,
    trades: catalyst.trades,
    description: catalyst.description,
    website: catalyst.website ?? "",
    contactName: catalyst.contactName ?? "",
    contactEmail: catalyst.contactEmail ?? "",
    contactPhone: catalyst.contactPhone ?? "",
    contactPublic: catalyst.contactPublic,
    charterSignedOn: catalyst.charterSignedOn ?? "",
    communeCode: catalyst.communeCode,
  };
  return (
    <section className="account-page">
      <p>
        <Link href="/admin/catalysts">← {t.title}</Link>
      </p>
      <h1>{catalyst.name}</h1>
      <p>
        <Link href={`/catalysts/${catalyst.slug}`}>{t.publicProfile}</Link> · <Link href={`/admin/audit?entityId=${catalyst.id}`}>{t.audit}</Link>
      </p>
      {created || saved ? (
        <p className="notice success" role="status">
          {created ? t.created : t.saved}
        </p>
      ) : null}

      <h2 id="coverage">{t.coverage.title}</h2>
      <p className="muted">{t.coverage.lead}</p>
      {coverage.length === 0 ? <p className="empty-state">{t.coverage.none}</p> : null}
      <ul className="tag-list admin-list">
        {coverage.map((item) => (
          <li key={`${item.kind}:${item.code}`}>
            <span>
              {t.coverage.kinds[item.kind]} · {item.name}
            </span>
            <form action={removeCoverageAction.bind(null, catalyst.id, item.kind, item.code)}>
              <button type="submit" className="link-button" aria-label={`${t.coverage.remove} : ${item.name}`}>
                {t.coverage.remove}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <CoverageAdder
        action={addCoverageAction.bind(null, catalyst.id)}
        levels={(["epci", "ept", "commune", "departement"] as const).map((level) => [level, t.coverage.levels[level]])}
        labels={{ level: t.coverage.level, territory: t.coverage.territory, add: t.coverage.add }}
        messages={getRegisterMessages(locale).collectivitePicker}
      />
      <CoverageMap catalyst={{ name: catalyst.name, lat: catalyst.lat, lon: catalyst.lon, communeName: communeLabel }} coverage={coverageMap} locale={locale} />

      <h2 id="staff">{t.staff.title}</h2>
      <p className="muted">{t.staff.lead}</p>
      {staff.length === 0 ? <p className="empty-state">{t.staff.none}</p> : null}
      <ul className="admin-list">
        {staff.map((person) => (
          <li key={person.userId}>
            <Link href={`/admin/users/${person.userId}`}>{person.name ? `${person.name} <${person.email}>` : person.email}</Link>
            <form action={removeStaffAction.bind(null, catalyst.id, person.userId)}>
              <button type="submit" className="link-button" aria-label={`${t.staff.remove} : ${person.email}`}>
                {t.staff.remove}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <StaffAdder action={addStaffAction.bind(null, catalyst.id)} labels={{ email: t.staff.email, add: t.staff.add }} />

      <h2 id="details">{t.details}</h2>
      <div className="narrow">
        <StepForm
          action={saveCatalystAction.bind(null, catalyst.id)}
          fields={catalystFields(t.fields, locale, communeLabel)}
          initialValues={initialValues}
          submitLabel={t.save}
          errorSummary={t.errorSummary}
          locale={locale}
        />
      </div>
    </section>
  );
}
