"use client";
// The map page's interactive part: filters kept in the URL (shareable, back button), the legend, the counts, the
// list alternative, and the Leaflet map itself, loaded in the browser only.
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useId, useMemo, useState } from "react";
import { filtersToSearchParams, organisationFiltersSchema } from "@/lib/organisations/filters";
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  OBJECTIVES,
  OBJECTIVE_LABELS,
  ODDS,
  ODD_LABELS,
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  THEMES,
  THEME_LABELS,
  type ActorKind,
} from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import { searchParamsToObject } from "@/lib/server/http/api";
import { getMapMessages } from "@/lib/map/messages";
import { COMMUNE_ZOOM, TERRITORY_VIEWS, networkMapHref } from "@/lib/map/view";
import type { CommuneChoice } from "@/lib/catalysts/commune-label";
import { CommunePicker } from "@/app/components/commune-picker";
import { formatNumber, type Locale } from "@/lib/i18n/messages";
import type { MapLayer } from "@/lib/map/cluster-layout";
import type { MapStatus } from "./leaflet-map";
import { CATALYST_COLOUR, KIND_COLOURS } from "./map-style";
import styles from "./map.module.css";

const LeafletMap = dynamic(() => import("./leaflet-map"), { ssr: false, loading: () => <div className={styles.mapPlaceholder} /> });

/** Parameters of the map's own URL that are not directory filters. */
const MAP_ONLY_PARAMETERS = ["layers"];

/** Filters offered as one drop-down each, as in the directory's form (one value chosen, same parameter names). */
const SELECT_FILTERS = ["theme", "offers", "needs", "objective", "odd"] as const;
type SelectFilter = (typeof SELECT_FILTERS)[number];

/** Territory filters come with a link (white zones, the directory): shown as removable chips, not as pickers. */
const TERRITORY_FILTERS = ["region", "departement", "epci", "commune"] as const;
type TerritoryFilter = (typeof TERRITORY_FILTERS)[number];

interface Props {
  locale: Locale;
  /** Names of the territory codes in the URL the page was opened with, resolved on the server. */
  territoryNames: Partial<Record<TerritoryFilter, string>>;
  /** The whole network's published organisations and catalysts, as the home page counts them. */
  networkTotals: { organisations: number; catalysts: number };
  tilesUrl: string;
  tilesAttribution: string;
}

export function MapExplorer({ locale, territoryNames, networkTotals, tilesUrl, tilesAttribution }: Props) {
  const t = getMapMessages(locale);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const fieldId = useId();
  const [status, setStatus] = useState<MapStatus>({ state: "loading" });

  const parsed = useMemo(() => organisationFiltersSchema.safeParse(searchParamsToObject(new URLSearchParams(searchParams.toString()))), [searchParams]);
  const kinds = parsed.success ? parsed.data.kind : [];
  const selected = (key: SelectFilter) => (parsed.success ? String(parsed.data[key][0] ?? "") : "");
  const territories = TERRITORY_FILTERS.flatMap((key) => {
    const code = parsed.success ? parsed.data[key] : undefined;
    return code ? [{ key, label: `${t.territoryLabels[key]} : ${territoryNames[key] ?? code}` }] : [];
  });
  const showCatalysts = searchParams.get("layers") !== "organisations";

  // Only valid filters reach the map and the list; an invalid link shows everything rather than an error.
  const filterQuery = parsed.success ? filtersToSearchParams({ ...parsed.data, page: 1 }).toString() : "";
  const layers: MapLayer[] = showCatalysts ? ["organisations", "catalysts"] : ["organisations"];
  const mapQuery = [filterQuery, showCatalysts ? "" : "layers=organisations"].filter(Boolean).join("&");

  const navigate = useCallback(
    (change: (params: URLSearchParams) => void) => {
      const params = new URLSearchParams(searchParams.toString());
      change(params);
      const query = params.toString();
      // A new history entry per change, so the back button undoes a filter; the hash keeps the map's position.
      // Next.js syncs useSearchParams with the native history API, with no server round trip.
      window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
    },
    [pathname, searchParams],
  );

  const toggleKind = (kind: ActorKind) =>
    navigate((params) => {
      const next = kinds.includes(kind) ? kinds.filter((item) => item !== kind) : [...kinds, kind];
      params.delete("kind");
      for (const item of ACTOR_KINDS.filter((value) => next.includes(value))) params.append("kind", item);
    });
  const setSelectFilter = (key: SelectFilter, value: string) =>
    navigate((params) => {
      params.delete(key);
      if (value) params.set(key, value);
    });
  const removeTerritory = (key: TerritoryFilter) => navigate((params) => params.delete(key));
  const selectOptions: Record<SelectFilter, [string, string][]> = {
    theme: THEMES.map((value) => [value, labelOf(THEME_LABELS, value, locale)]),
    offers: RESOURCE_KINDS.map((value) => [value, labelOf(RESOURCE_KIND_LABELS, value, locale)]),
    needs: RESOURCE_KINDS.map((value) => [value, labelOf(RESOURCE_KIND_LABELS, value, locale)]),
    objective: OBJECTIVES.map((value) => [value, labelOf(OBJECTIVE_LABELS, value, locale)]),
    odd: ODDS.map((value) => [String(value), `${value}. ${labelOf(ODD_LABELS, value, locale)}`]),
  };
  const toggleCatalysts = () =>
    navigate((params) => {
      if (showCatalysts) params.set("layers", "organisations");
      else params.delete("layers");
    });
  const reset = () => navigate((params) => [...params.keys()].forEach((key) => params.delete(key)));

  // Plain links to a position: a same-page jump (the map follows its hash) that keeps the filters of the address.
  const query = searchParams.toString();
  const viewHref = (center: { lat: number; lon: number }, zoom: number) =>
    networkMapHref(center, zoom).replace(/^\/map/, `${pathname}${query ? `?${query}` : ""}`);
  const goToCommune = (commune: CommuneChoice | null) => {
    if (!commune || commune.lat === undefined || commune.lon === undefined) return;
    // Through the hash, like the links: the map moves, and the back button returns to the previous view.
    window.location.hash = networkMapHref({ lat: commune.lat, lon: commune.lon }, COMMUNE_ZOOM).split("#")[1]!;
  };

  const hasFilters = [...searchParams.keys()].some((key) => !MAP_ONLY_PARAMETERS.includes(key)) || !showCatalysts;
  const organisations = status.state === "ready" ? (status.totals.organisations ?? 0) : null;
  const catalysts = status.state === "ready" ? (status.totals.catalysts ?? 0) : null;

  return (
    <div className={styles.explorer}>
      <aside className={styles.panel} aria-label={t.filters}>
        <p className={styles.status} role="status" aria-live="polite">
          {status.state === "ready" && organisations !== null && catalysts !== null
            ? t
                .inView(
                  t.organisationsCount(organisations, formatNumber(organisations, locale)),
                  showCatalysts ? t.catalystsCount(catalysts, formatNumber(catalysts, locale)) : "",
                )
                .replace(/ · $/, "")
            : status.state === "error"
              ? t.error
              : t.loading}
        </p>
        {/* The home page counts the whole network: without filters, say why this view shows fewer. */}
        {status.state === "ready" &&
        !hasFilters &&
        organisations !== null &&
        catalysts !== null &&
        (organisations < networkTotals.organisations || catalysts < networkTotals.catalysts) ? (
          <p className={styles.statusNote}>
            {t.outOfView(
              t.organisationsCount(networkTotals.organisations, formatNumber(networkTotals.organisations, locale)),
              t.catalystsCount(networkTotals.catalysts, formatNumber(networkTotals.catalysts, locale)),
            )}
          </p>
        ) : null}

        <nav aria-labelledby={`${fieldId}-places`}>
          <p className={styles.legendTitle} id={`${fieldId}-places`}>
            {t.territoriesLegend}
          </p>
          <ul className={styles.places}>
            {TERRITORY_VIEWS.map((view) => (
              <li key={view.id}>
                <a href={viewHref(view.center, view.zoom)}>{t.territoryViews[view.id]}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Never sent with JavaScript (a choice moves the map); without it, the directory searches the name typed. */}
        <form className={styles.placeSearch} role="search" action="/organisations" onSubmit={(event) => event.preventDefault()}>
          <CommunePicker locale={locale} label={t.placeSearch} hint={t.placeSearchHint} name="place" textName="q" onChoose={goToCommune} />
        </form>

        <Link className={styles.listLink} href={`/organisations${filterQuery ? `?${filterQuery}` : ""}`}>
          {t.list}
        </Link>
        <a className={styles.exportLink} href="/api/export/geojson?type=organisations" download>
          {t.export}
        </a>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legendTitle}>{t.kindsLegend}</legend>
          <ul className={styles.kindList}>
            {ACTOR_KINDS.map((kind) => (
              <li key={kind}>
                <label className={styles.check}>
                  <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
                  <span className={styles.swatch} style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
                  <span>{ACTOR_KIND_LABELS[kind][locale]}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend className={styles.legendTitle}>{t.layersLegend}</legend>
          <label className={styles.check}>
            <input type="checkbox" checked={showCatalysts} onChange={toggleCatalysts} />
            <span className={styles.catalystSwatch} style={{ background: CATALYST_COLOUR }} aria-hidden="true" />
            <span>{t.catalysts}</span>
          </label>
        </fieldset>

        {territories.length > 0 && (
          <div className={styles.field}>
            <p className={styles.legendTitle} id={`${fieldId}-territory`}>
              {t.territory}
            </p>
            <ul className={styles.chips} aria-labelledby={`${fieldId}-territory`}>
              {territories.map((territory) => (
                <li key={territory.key}>
                  <button type="button" className={styles.chip} onClick={() => removeTerritory(territory.key)} aria-label={t.removeFilter(territory.label)}>
                    {territory.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        {SELECT_FILTERS.map((key) => (
          <div key={key} className={styles.field}>
            <label htmlFor={`${fieldId}-${key}`} className={styles.legendTitle}>
              {t[key]}
            </label>
            <select id={`${fieldId}-${key}`} className={styles.select} value={selected(key)} onChange={(event) => setSelectFilter(key, event.target.value)}>
              <option value="">{key === "theme" ? t.allThemes : t.any}</option>
              {selectOptions[key].map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ))}

        {hasFilters && (
          <button type="button" className={styles.reset} onClick={reset}>
            {t.reset}
          </button>
        )}
      </aside>

      <div className={styles.mapArea}>
        <LeafletMap locale={locale} query={mapQuery} layers={layers} tilesUrl={tilesUrl} tilesAttribution={tilesAttribution} onStatus={setStatus} />
        {status.state === "loading" && (
          <div className={styles.overlayPill} aria-hidden="true">
            <span className={styles.spinner} />
            {t.loading}
          </div>
        )}
        {status.state === "ready" && organisations === 0 && (
          <div className={styles.emptyCard}>
            <strong>{t.emptyZone}</strong>
            <span>{t.emptyHint}</span>
          </div>
        )}
        {status.state === "error" && (
          <div className={styles.emptyCard} role="alert">
            <strong>{t.error}</strong>
            <button type="button" className={styles.reset} onClick={status.retry}>
              {t.retry}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
