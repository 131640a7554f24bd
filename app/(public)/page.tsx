import Link from "next/link";
import { CommunePicker } from "@/app/components/commune-picker";
import { getDatabase } from "@/lib/server/db";
import { getRequestMessages } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getNetworkFigures } from "@/lib/observatory/network-figures";

// Reads the database on every request (and never at build time, when no process may open the data folder).
export const dynamic = "force-dynamic";

// Inline icons (stroke paths): no icon font to load, and no missing glyph on systems without symbol fonts.
const ICONS = {
  find: "M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z M12 12.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
  map: "M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z M9 3v15 M15 6v15",
  directory: "M4 5h16 M4 12h16 M4 19h10",
  register: "M12 5v14 M5 12h14",
};

export default async function HomePage() {
  const { locale, messages } = await getRequestMessages();
  const figures = await getNetworkFigures(await getDatabase());
  const t = messages.home;
  const entries = [
    { href: "/catalysts/find", title: t.entries.findTitle, text: t.entries.findText, icon: ICONS.find },
    { href: "/map", title: t.entries.mapTitle, text: t.entries.mapText, icon: ICONS.map },
    { href: "/organisations", title: t.entries.directoryTitle, text: t.entries.directoryText, icon: ICONS.directory },
    // The way in for newcomers: registration starts by looking for the organisation, then signs in if needed.
    { href: "/register", title: t.entries.registerTitle, text: t.entries.registerText, icon: ICONS.register },
  ];
  const coverageShare = figures.totalCommunes ? Math.round((100 * figures.coveredCommunes) / figures.totalCommunes) : 0;
  return (
    <>
      <section className="hero">
        <div className="container">
          <p className="eyebrow">{t.eyebrow}</p>
          <h1>{t.title}</h1>
          <p className="lead">{t.lead}</p>
          <form method="get" action="/catalysts/find" className="hero-find" role="search" aria-label={t.entries.findTitle}>
            <CommunePicker locale={locale} label={t.findLabel} name="commune" textName="q" submitOnChoose />
            <button type="submit" className="button button-light">
              {t.findSubmit}
            </button>
          </form>
        </div>
      </section>

      <section className="container entries" aria-label={t.entries.findTitle}>
        {entries.map((entry) => (
          <Link key={entry.href} href={entry.href} className="entry-card">
            <svg className="entry-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={entry.icon} />
            </svg>
            <span className="entry-title">{entry.title}</span>
            <span className="entry-text">{entry.text}</span>
          </Link>
        ))}
      </section>

      <section className="container" aria-labelledby="figures-title">
        <h2 id="figures-title">{t.figuresTitle}</h2>
        <dl className="figures">
          <div>
            <dt>{t.figures.catalysts}</dt>
            <dd>{formatNumber(figures.catalysts, locale)}</dd>
          </div>
          <div>
            <dt>{t.figures.organisations}</dt>
            <dd>{formatNumber(figures.publishedOrganisations, locale)}</dd>
          </div>
          <div>
            <dt>{t.figures.needsOffers}</dt>
            <dd>{formatNumber(figures.openNeedsOffers, locale)}</dd>
          </div>
          <div>
            <dt>
              {t.figures.communes} ({coverageShare} %)
            </dt>
            <dd>{formatNumber(figures.coveredCommunes, locale)}</dd>
          </div>
        </dl>
      </section>

      <section className="container" aria-labelledby="how-title">
        <h2 id="how-title">{t.howTitle}</h2>
        <ol className="steps">
          {t.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="notice" role="note">
          {t.demoNotice}
        </p>
      </section>
    </>
  );
}
