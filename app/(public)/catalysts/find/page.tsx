// /catalysts/find: which catalyst covers my commune, and which are near? A GET form, so every answer has its URL
// (?commune=69123, ?postcode=01400, ?q=lyon, ?lat=…&lon=…) and the page works without JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { CommunePicker } from "@/app/components/commune-picker";
import { GeolocationButton } from "@/app/components/geolocation-button";
import { resolvePlace, type CatalystFinderAnswer, type PlaceResolution } from "@/lib/catalysts/finder";
import { getDatabase } from "@/lib/server/db";
import { communeChoiceLabel } from "@/lib/catalysts/commune-label";
import { finderQuerySchema, placeRequestOf, type PlaceRequest } from "@/lib/catalysts/finder-query";
import { formatDistanceKm } from "@/lib/geo/distance";
import { fill, getFinderMessages, type FinderMessages } from "@/lib/catalysts/finder-messages";
import { getRequestMessages } from "@/lib/i18n/locale";
import { postcodeTypedFor } from "@/lib/territories/place-query";
import type { Locale } from "@/lib/i18n/messages";
import { CatalystCard } from "./catalyst-card";
import { getCatalystCardDetails, type CatalystCardDetails } from "@/lib/catalysts/catalysts";
import styles from "./find.module.css";

// Reads the database on every request (and never at build time).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getRequestMessages();
  const t = getFinderMessages(locale);
  return { title: t.title, description: t.lead };
}

type SearchParams = Record<string, string | string[] | undefined>;
type ErrorField = keyof FinderMessages["errors"];

export default async function FindCatalystPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { locale } = await getRequestMessages();
  const t = getFinderMessages(locale);
  const parsed = finderQuerySchema.safeParse(await searchParams);
  const errors = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "q")))].filter((field): field is ErrorField => field in t.errors);
  const place: PlaceRequest = parsed.success ? placeRequestOf(parsed.data) : { kind: "none" };
  const db = await getDatabase();
  const result: PlaceResolution | null = place.kind === "none" ? null : await resolvePlace(db, place);
  const answer = result?.status === "found" ? result.answer : null;
  // What each card adds: what the catalyst does and how to reach it (a published contact, else its page's form).
  const details = answer
    ? await getCatalystCardDetails(
        db,
        [...answer.covering, ...answer.nearest].map((catalyst) => catalyst.id),
      )
    : new Map();
  const typed = place.kind === "text" ? place.text : place.kind === "postcode" ? place.postcode : "";
  // "Lyon 3e" answers for Lyon: its label says 69003, the postcode asked about.
  const shownPostcodeHint = (code: string) => postcodeTypedFor(code, typed) ?? typed;

  return (
    <div className={`container ${styles.page} ${result ? styles.answered : ""}`}>
      <header className={styles.intro}>
        <h1>{t.title}</h1>
        <p className={styles.lead}>{t.lead}</p>
      </header>

      <form method="get" action="/catalysts/find" className={styles.placeForm} role="search">
        <CommunePicker
          // A new answer is a new field: a choice made in the list below must show, not the text typed before.
          key={answer ? answer.commune.code : typed}
          locale={locale}
          label={t.form.placeLabel}
          hint={t.form.placeHint}
          name="commune"
          textName="q"
          required
          submitOnChoose
          initial={answer ? { code: answer.commune.code, label: communeChoiceLabel(choiceOf(answer), shownPostcodeHint(answer.commune.code)) } : null}
          initialText={typed}
        />
        <button type="submit" className={`button ${styles.submit}`}>
          {t.form.submit}
        </button>
      </form>

      <form method="get" action="/catalysts/find" className={styles.locateForm} aria-labelledby="locate-title">
        <h2 id="locate-title" className={styles.locateTitle}>
          {t.form.locateTitle}
        </h2>
        <p className={styles.muted}>{t.form.locateLead}</p>
        <GeolocationButton locale={locale} />
        <details className={styles.coordinates} open={place.kind === "point" || errors.includes("lat") || errors.includes("lon")}>
          <summary>{t.form.coordinatesSummary}</summary>
          <div className={styles.coordinateFields}>
            <label>
              <span>{t.form.latitude}</span>
              <input name="lat" type="text" inputMode="decimal" defaultValue={place.kind === "point" ? place.lat : ""} autoComplete="off" />
            </label>
            <label>
              <span>{t.form.longitude}</span>
              <input name="lon" type="text" inputMode="decimal" defaultValue={place.kind === "point" ? place.lon : ""} autoComplete="off" />
            </label>
          </div>
          <button type="submit" className={styles.secondaryButton}>
            {t.form.coordinatesSubmit}
          </button>
        </details>
      </form>

      <div className={styles.outcome}>
        {errors.length > 0 ? (
          <div className={styles.problem} role="alert">
            <h2>{t.errors.title}</h2>
            <ul>
              {errors.map((field) => (
                <li key={field}>{t.errors[field]}</li>
              ))}
            </ul>
          </div>
        ) : null}

        {result?.status === "not_found" ? (
          <div className={styles.problem} role="alert">
            <p>{fill(t.notFound[result.reason], { query: result.query })}</p>
          </div>
        ) : null}

        {result?.status === "ambiguous" ? (
          <section className={styles.choices} aria-labelledby="choice-title">
            <h2 id="choice-title">{fill(result.reason === "postcode" ? t.choice.postcodeTitle : t.choice.nameTitle, { query: result.query })}</h2>
            <p>{t.choice.lead}</p>
            <ul className={styles.choiceList}>
              {result.communes.map((commune) => (
                <li key={commune.code}>
                  <Link href={`/catalysts/find?commune=${encodeURIComponent(commune.code)}`}>
                    <span className={styles.choiceName}>{commune.name}</span>
                    {communeChoiceLabel(commune, shownPostcodeHint(commune.code)).slice(commune.name.length)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {answer ? <Answer answer={answer} details={details} locale={locale} t={t} /> : null}
      </div>
    </div>
  );
}

function choiceOf(answer: CatalystFinderAnswer) {
  const { commune } = answer;
  return {
    code: commune.code,
    name: commune.name,
    postcodes: commune.postcodes,
    departementCode: commune.departement.code,
    departementName: commune.departement.name,
  };
}

/** "69001" · "01400, 01990" · "13001 … 13016 (16)". */
function postcodesText(postcodes: string[]): string {
  const sorted = [...postcodes].sort();
  if (sorted.length <= 3) return sorted.join(", ");
  return `${sorted[0]} … ${sorted.at(-1)} (${sorted.length})`;
}

function Answer({
  answer,
  details,
  locale,
  t,
}: {
  answer: CatalystFinderAnswer;
  details: Map<string, CatalystCardDetails>;
  locale: Locale;
  t: FinderMessages;
}) {
  const { commune, covering, nearest, resolution, whiteZone } = answer;
  const a = t.answer;
  const distanceText = (catalyst: { distanceKm: number; communeCode: string }) =>
    // A catalyst based in the commune asked about: "10 m" from the commune's point would be false precision.
    !resolution && catalyst.communeCode === commune.code
      ? a.sameCommune
      : fill(resolution ? a.distanceFromPoint : a.distance, { distance: formatDistanceKm(catalyst.distanceKm, locale) });
  const territory = [
    commune.postcodes.length > 0 ? { label: commune.postcodes.length > 1 ? a.postcodes : a.postcode, value: postcodesText(commune.postcodes) } : null,
    commune.ept ? { label: a.ept, value: commune.ept.name } : null,
    commune.epci ? { label: a.epci, value: commune.epci.name } : null,
    { label: a.departement, value: `${commune.departement.name} (${commune.departement.code})` },
    { label: a.region, value: commune.region.name },
  ].filter((item) => item !== null);
  return (
    <section className={styles.answer} aria-labelledby="answer-title">
      <header className={styles.answerHeader}>
        <h2 id="answer-title">{commune.name}</h2>
        <dl className={styles.territory} aria-label={a.territoryLabel}>
          {territory.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
        {resolution ? (
          <p className={styles.resolution}>
            {fill(a.resolved, {
              commune: commune.name,
              distance: formatDistanceKm(resolution.distanceKm, locale),
              precision: t.precision[resolution.precision],
            })}
          </p>
        ) : null}
      </header>

      {whiteZone ? (
        <div className={styles.whiteZone}>
          <p className={styles.whiteZoneTitle}>{fill(a.whiteZone, { commune: commune.name })}</p>
          <p>{a.whiteZoneLead}</p>
        </div>
      ) : (
        <section aria-labelledby="covering-title">
          <h2 id="covering-title" className={styles.sectionTitle}>
            {covering.length === 1 ? a.coveringTitleOne : fill(a.coveringTitleMany, { count: covering.length })}
          </h2>
          {covering.length > 1 ? <p className={styles.muted}>{a.coveringLead}</p> : null}
          <ol className={styles.cards}>
            {covering.map((catalyst) => (
              <li key={catalyst.id}>
                <CatalystCard
                  catalyst={catalyst}
                  details={details.get(catalyst.id)}
                  coverages={catalyst.coverages}
                  distance={distanceText(catalyst)}
                  locale={locale}
                  highlighted
                />
              </li>
            ))}
          </ol>
        </section>
      )}

      {nearest.length > 0 ? (
        <section aria-labelledby="nearest-title">
          <h2 id="nearest-title" className={styles.sectionTitle}>
            {whiteZone ? a.nearestTitleWhiteZone : a.nearestTitle}
          </h2>
          <ol className={styles.cards}>
            {nearest.map((catalyst) => (
              <li key={catalyst.id}>
                <CatalystCard catalyst={catalyst} details={details.get(catalyst.id)} distance={distanceText(catalyst)} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className={styles.contactNote}>{a.contactNote}</p>
      {/* Found who covers the commune: the next step for an organisation not yet in the network. */}
      <p className={styles.register}>
        {a.registerLead}{" "}
        <Link className="button" href="/register">
          {a.registerLink}
        </Link>
      </p>
    </section>
  );
}
