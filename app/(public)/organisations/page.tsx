import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CommunePicker } from "@/app/components/commune-picker";
import { GeolocationButton } from "@/app/components/geolocation-button";
import { OrganisationCard } from "@/app/components/organisation-card";
import { Pagination } from "@/app/components/pagination";
import { getDatabase } from "@/lib/server/db";
import { filtersToSearchParams, organisationFiltersSchema, type OrganisationFilters } from "@/lib/organisations/filters";
import { maxLengthOf } from "@/lib/shared/schema-limits";
import { parsePageFilters, type RawSearchParams } from "@/lib/organisations/parse-page-filters";
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  OBJECTIVE_LABELS,
  OBJECTIVES,
  ODD_LABELS,
  ODDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  THEME_LABELS,
  THEMES,
} from "@/lib/shared/vocabulary";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { searchOrganisations, UnknownPlaceError, type OrganisationSearchResult } from "@/lib/organisations/directory";
import { listDepartements, listRegions } from "@/lib/territories/territories";

export const dynamic = "force-dynamic";

const RADII = [5, 10, 20, 30, 50, 100, 200];

export async function generateMetadata(): Promise<Metadata> {
  const t = getDirectoryMessages(await getLocale()).organisations;
  return { title: t.title, description: t.description, alternates: { canonical: "/organisations" } };
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const locale = await getLocale();
  const t = getDirectoryMessages(locale).organisations;
  const db = await getDatabase();
  const { filters, invalid, place, placeNotFound, canonicalQuery } = await parsePageFilters(db, await searchParams);
  // One URL per search: shareable, and the back button returns to exactly these results.
  if (canonicalQuery !== null) redirect(canonicalQuery ? `/organisations?${canonicalQuery}` : "/organisations");
  const [regions, departements] = await Promise.all([listRegions(db), listDepartements(db)]);

  let result: OrganisationSearchResult | null = null;
  let unknownPlace = placeNotFound;
  try {
    result = await searchOrganisations(db, filters);
  } catch (error) {
    if (!(error instanceof UnknownPlaceError)) throw error;
    unknownPlace = true;
  }

  const hrefWith = (changes: Partial<OrganisationFilters>) => {
    const query = filtersToSearchParams({ ...filters, page: 1, ...changes }).toString();
    return query ? `/organisations?${query}` : "/organisations";
  };
  const chips: { label: string; href: string }[] = [];
  if (filters.q) chips.push({ label: `« ${filters.q} »`, href: hrefWith({ q: undefined }) });
  const arrayChips = [
    ["kind", ACTOR_KIND_LABELS],
    ["theme", THEME_LABELS],
    ["offers", RESOURCE_KIND_LABELS],
    ["needs", RESOURCE_KIND_LABELS],
    ["objective", OBJECTIVE_LABELS],
    ["odd", ODD_LABELS],
  ] as const;
  for (const [key, labels] of arrayChips) {
    for (const value of filters[key] as (string | number)[]) {
      const prefix = key === "offers" ? `${t.offersShort} : ` : key === "needs" ? `${t.needsShort} : ` : key === "odd" ? "ODD " + value + " · " : "";
      chips.push({
        label: prefix + labelOf(labels, value, locale),
        href: hrefWith({ [key]: (filters[key] as (string | number)[]).filter((item) => item !== value) }),
      });
    }
  }
  if (filters.region)
    chips.push({ label: regions.find((item) => item.code === filters.region)?.name ?? filters.region, href: hrefWith({ region: undefined }) });
  if (filters.departement)
    chips.push({
      label: departements.find((item) => item.code === filters.departement)?.name ?? filters.departement,
      href: hrefWith({ departement: undefined }),
    });
  if (result?.center) {
    chips.push({
      label: t.near_of(result.center.label || t.yourPosition, filters.radius),
      href: hrefWith({ near: undefined, lat: undefined, lon: undefined }),
    });
  }

  const kindLabel = filters.kind.length === 1 ? labelOf(ACTOR_KIND_LABELS, filters.kind[0] as string, locale).toLowerCase() : "organisation";
  const widerRadius = RADII.find((radius) => radius >= filters.radius * 3) ?? 200;
  const mapQuery = filtersToSearchParams({ ...filters, page: 1, q: undefined, near: undefined, lat: undefined, lon: undefined }).toString();

  return (
    <div className="container directory">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="lead-dark">{t.description}</p>
      </header>

      <div className="directory-layout">
        <form method="get" action="/organisations" className="filters" aria-label={t.filters}>
          <div className="field">
            <label htmlFor="q">{t.searchLabel}</label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ""}
              placeholder={t.searchPlaceholder}
              maxLength={maxLengthOf(organisationFiltersSchema.shape.q)}
            />
          </div>
          <fieldset className="field">
            <legend>{t.near}</legend>
            <CommunePicker
              locale={locale}
              label={t.place}
              name="near"
              textName="place"
              initial={result?.center?.communeCode ? { code: result.center.communeCode, label: result.center.label } : null}
              initialText={place}
            />
            {/* Filled by the location button; empty otherwise so that a chosen commune is not overridden. */}
            <input type="hidden" name="lat" defaultValue="" />
            <input type="hidden" name="lon" defaultValue="" />
            <GeolocationButton locale={locale} />
            <label htmlFor="radius">{t.radius}</label>
            <select id="radius" name="radius" defaultValue={String(filters.radius)}>
              {RADII.map((radius) => (
                <option key={radius} value={radius}>
                  {radius} km
                </option>
              ))}
            </select>
          </fieldset>
          <fieldset className="field">
            <legend>{t.kind}</legend>
            <div className="checkboxes">
              {ACTOR_KINDS.map((kind) => (
                <label key={kind} className="checkbox">
                  <input type="checkbox" name="kind" value={kind} defaultChecked={filters.kind.includes(kind)} />
                  {labelOf(ACTOR_KIND_LABELS, kind, locale)}
                </label>
              ))}
            </div>
          </fieldset>
          <SelectField
            id="theme"
            label={t.theme}
            any={t.any}
            value={filters.theme[0]}
            options={THEMES.map((theme) => [theme, labelOf(THEME_LABELS, theme, locale)])}
          />
          <SelectField
            id="offers"
            label={t.offers}
            any={t.any}
            value={filters.offers[0]}
            options={RESOURCE_KINDS.map((kind) => [kind, labelOf(RESOURCE_KIND_LABELS, kind, locale)])}
          />
          <SelectField
            id="needs"
            label={t.needs}
            any={t.any}
            value={filters.needs[0]}
            options={RESOURCE_KINDS.map((kind) => [kind, labelOf(RESOURCE_KIND_LABELS, kind, locale)])}
          />
          <SelectField
            id="objective"
            label={t.objective}
            any={t.any}
            value={filters.objective[0]}
            options={OBJECTIVES.map((objective) => [objective, labelOf(OBJECTIVE_LABELS, objective, locale)])}
          />
          <SelectField
            id="odd"
            label={t.odd}
            any={t.any}
            value={filters.odd[0] ? String(filters.odd[0]) : undefined}
            options={ODDS.map((odd) => [String(odd), `${odd}. ${labelOf(ODD_LABELS, odd, locale)}`])}
          />
          <SelectField id="region" label={t.region} any={t.any} value={filters.region} options={regions.map((item) => [item.code, item.name])} />
          <SelectField
            id="departement"
            label={t.departement}
            any={t.any}
            value={filters.departement}
            options={departements.map((item) => [item.code, item.name])}
          />
          <div className="form-actions">
            <button type="submit" className="button">
              {t.submit}
            </button>
            <Link href="/organisations">{t.reset}</Link>
          </div>
        </form>

        <section className="results" aria-labelledby="results-title" aria-live="polite">
          {invalid.length ? (
            <p className="notice" role="status">
              {t.invalid} {invalid.join(", ")}
            </p>
          ) : null}
          {unknownPlace ? (
            <p className="notice" role="status">
              {t.unknownPlace}
            </p>
          ) : null}
          <div className="results-header">
            <h2 id="results-title">{result ? t.results(formatNumber(result.total, locale), result.totalIsCapped) : t.empty}</h2>
            <Link href={mapQuery ? `/map?${mapQuery}` : "/map"}>{t.mapLink}</Link>
          </div>
          {chips.length ? (
            <ul className="chips" aria-label={t.activeFilters}>
              {chips.map((chip) => (
                <li key={chip.href + chip.label}>
                  <Link href={chip.href} aria-label={t.remove(chip.label)}>
                    {chip.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {result && result.items.length === 0 ? (
            <div className="empty-state">
              <p>{result.center ? t.emptyNear(kindLabel, filters.radius) : t.empty}</p>
              {result.center && filters.radius < 200 ? (
                <p>
                  <Link className="button" href={hrefWith({ radius: widerRadius })}>
                    {t.widen(widerRadius)}
                  </Link>
                </p>
              ) : chips.length ? (
                <p>
                  <Link href="/organisations">{t.removeFilters}</Link>
                </p>
              ) : null}
            </div>
          ) : null}
          {result && result.items.length > 0 ? (
            <div className="card-list">
              {result.items.map((organisation) => (
                <OrganisationCard key={organisation.slug} organisation={organisation} locale={locale} t={t} />
              ))}
            </div>
          ) : null}
          {result ? (
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={(page) => `/organisations?${filtersToSearchParams({ ...filters, page }).toString()}`}
              labels={t}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}

function SelectField({ id, label, any, value, options }: { id: string; label: string; any: string; value: string | undefined; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
