import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import type { RawSearchParams } from "@/lib/organisations/parse-page-filters";
import { getDatabase } from "@/lib/server/db";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { ACTOR_KIND_LABELS, PARTNERSHIP_TYPE_LABELS, THEME_LABELS } from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber, intlLocale } from "@/lib/i18n/messages";
import { getObservatoryMessages, type ObservatoryMessages } from "@/lib/observatory/messages";
import { OBSERVATORY_DATASETS, getCachedObservatory, type ObservatoryDataset } from "@/lib/observatory/observatory";
import { listRegions } from "@/lib/territories/territories";
import { BarTable } from "./bar-table";
import { MonthChart } from "./month-chart";
import styles from "./observatory.module.css";

// Figures are read from the database on every request (and never at build time).
export const dynamic = "force-dynamic";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const regionSchema = z
  .string()
  .regex(/^\d{2}$/)
  .optional()
  .catch(undefined);

export async function generateMetadata(): Promise<Metadata> {
  const t = getObservatoryMessages(await getLocale());
  return { title: t.title, description: t.description, alternates: { canonical: "/observatory" } };
}

export default async function ObservatoryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const requestedRegion = regionSchema.parse(single((await searchParams).region));
  const locale = await getLocale();
  const t = getObservatoryMessages(locale);
  const db = await getDatabase();
  const regions = await listRegions(db);
  const region = regions.find((item) => item.code === requestedRegion);
  const observatory = await getCachedObservatory(db, { regionCode: region?.code });
  const { headline } = observatory;
  const rate = headline.decided
    ? new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(headline.accepted / headline.decided)
    : t.noRate;
  const kindLabel = (kind: string) => labelOf(ACTOR_KIND_LABELS, kind, locale);

  return (
    <div className={`container ${styles.page}`}>
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="lead-dark">{t.lead}</p>
      </header>

      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className="visually-hidden">
          {t.headlineTitle}
        </h2>
        <dl className="figures">
          <div>
            <dt>{t.alliancesStarted}</dt>
            <dd>{formatNumber(headline.alliancesStarted, locale)}</dd>
          </div>
          <div>
            <dt>{t.introductionsRequested}</dt>
            <dd>{formatNumber(headline.introductionsRequested, locale)}</dd>
          </div>
          <div>
            <dt>{t.acceptanceRate}</dt>
            <dd>{rate}</dd>
          </div>
        </dl>
        <p className={styles.note}>{t.acceptanceNote(formatNumber(headline.accepted, locale), formatNumber(headline.decided, locale))}</p>
      </section>

      <ChartSection id="months" title={t.monthsTitle} dataset="months" t={t}>
        <MonthChart months={observatory.months} locale={locale} t={t} />
      </ChartSection>

      <div className={styles.columns}>
        <ChartSection id="regions" title={t.regionsTitle} dataset="regions" t={t}>
          {observatory.regions.length ? (
            <BarTable
              caption={t.regionsCaption}
              labelHeader={t.region}
              valueHeader={t.alliances}
              locale={locale}
              rows={observatory.regions.map((row) => ({
                key: row.code,
                value: row.alliances,
                label: (
                  <Link
                    href={`/observatory?region=${row.code}#departements`}
                    aria-label={t.seeDepartements(row.name)}
                    aria-current={row.code === region?.code ? "true" : undefined}
                  >
                    {row.name}
                  </Link>
                ),
              }))}
            />
          ) : (
            <p className="empty-state">{t.empty}</p>
          )}
        </ChartSection>

        <ChartSection id="departements" title={t.departementsTitle} dataset="departements" t={t}>
          {/* Keyed by the région: a client-side visit to another région must not keep the old select's value. */}
          <form key={region?.code ?? "none"} method="get" action="/observatory#departements" className={styles.regionForm}>
            <div className="field">
              <label htmlFor="region">{t.regionLabel}</label>
              <select id="region" name="region" defaultValue={region?.code ?? ""}>
                <option value="">{t.anyRegion}</option>
                {regions.map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              {t.show}
            </button>
          </form>
          {observatory.departements.length ? (
            <BarTable
              caption={region ? t.departementsCaption(region.name) : t.topDepartementsCaption(observatory.departements.length)}
              labelHeader={t.departement}
              valueHeader={t.alliances}
              locale={locale}
              rows={observatory.departements.map((row) => ({ key: row.code, value: row.alliances, label: `${row.name} (${row.code})` }))}
            />
          ) : (
            <p className="empty-state">{region ? t.noDepartement : t.empty}</p>
          )}
        </ChartSection>
      </div>

      <ChartSection id="kind-pairs" title={t.kindPairsTitle} dataset="kind-pairs" t={t}>
        {observatory.kindPairs.length ? (
          <BarTable
            caption={t.kindPairsCaption}
            labelHeader={t.kindPair}
            valueHeader={t.alliances}
            locale={locale}
            rows={observatory.kindPairs.map((row) => ({
              key: `${row.kindA}-${row.kindB}`,
              value: row.alliances,
              label: `${kindLabel(row.kindA)} × ${kindLabel(row.kindB)}`,
            }))}
          />
        ) : (
          <p className="empty-state">{t.empty}</p>
        )}
      </ChartSection>

      <div className={styles.columns}>
        <ChartSection id="themes" title={t.themesTitle} dataset="themes" t={t}>
          {observatory.themes.length ? (
            <BarTable
              caption={t.themesCaption}
              labelHeader={t.theme}
              valueHeader={t.alliances}
              locale={locale}
              rows={observatory.themes.map((row) => ({ key: row.theme, value: row.alliances, label: labelOf(THEME_LABELS, row.theme, locale) }))}
            />
          ) : (
            <p className="empty-state">{t.empty}</p>
          )}
        </ChartSection>

        <ChartSection id="partnership-types" title={t.partnershipTitle} dataset="partnership-types" t={t}>
          {observatory.partnershipTypes.length ? (
            <BarTable
              caption={t.partnershipCaption}
              labelHeader={t.partnershipType}
              valueHeader={t.alliances}
              locale={locale}
              rows={observatory.partnershipTypes.map((row) => ({
                key: row.partnershipType ?? "unspecified",
                value: row.alliances,
                label: row.partnershipType ? labelOf(PARTNERSHIP_TYPE_LABELS, row.partnershipType, locale) : t.unspecified,
              }))}
            />
          ) : (
            <p className="empty-state">{t.empty}</p>
          )}
        </ChartSection>
      </div>

      <section aria-labelledby="open-data-title" className={styles.openData}>
        <h2 id="open-data-title">{t.openDataTitle}</h2>
        <p>{t.openDataLead}</p>
        <ul className={styles.downloads}>
          {OBSERVATORY_DATASETS.map((dataset) => (
            <li key={dataset}>
              <a href={`/observatory/csv/${dataset}`} download>
                {t.datasets[dataset]}
              </a>{" "}
              <span className="muted">(CSV)</span>
            </li>
          ))}
        </ul>
        <p>
          {t.licence}
          <a href={OPEN_DATA_LICENCE.url} rel="license">
            {t.licenceName}
          </a>
          . {t.licenceAttribution}
        </p>
        <h3 className="h3">{t.methodTitle}</h3>
        <ul className={styles.method}>
          {t.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function ChartSection({
  id,
  title,
  dataset,
  t,
  children,
}: {
  id: string;
  title: string;
  dataset: ObservatoryDataset;
  t: ObservatoryMessages;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.chartSection}>
      <div className={styles.sectionHead}>
        <h2 id={`${id}-title`}>{title}</h2>
        <a href={`/observatory/csv/${dataset}`} download className={styles.csvLink}>
          {t.download.before}
          <span className="visually-hidden">{t.download.hidden(t.datasets[dataset])}</span>
          {t.download.after}
        </a>
      </div>
      {children}
    </section>
  );
}
