// Alliances per month as an SVG column chart drawn on the server, with the numbers above the columns and the same
// data as a table underneath (closed by default, open without JavaScript).
import type { MonthCount } from "@/lib/observatory/observatory";
import type { Locale } from "@/lib/i18n/messages";
import { formatNumber, intlLocale } from "@/lib/i18n/messages";
import type { ObservatoryMessages } from "@/lib/observatory/messages";
import styles from "./observatory.module.css";

const WIDTH = 720;
const HEIGHT = 230;
const TOP = 22;
const BOTTOM = 34;
const SIDE = 8;

export function monthLabel(month: string, locale: Locale, style: "short" | "long"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: style, year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function MonthChart({ months, locale, t }: { months: MonthCount[]; locale: Locale; t: ObservatoryMessages }) {
  if (!months.length) return null;
  const max = Math.max(1, ...months.map((row) => row.alliances));
  const slot = (WIDTH - 2 * SIDE) / months.length;
  const barWidth = slot * 0.68;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const first = monthLabel(months[0]!.month, locale, "long");
  const last = monthLabel(months[months.length - 1]!.month, locale, "long");
  const total = months.reduce((sum, row) => sum + row.alliances, 0);
  const peak = months.reduce((best, row) => (row.alliances > best.alliances ? row : best));
  const summary = `${t.monthsSummary(formatNumber(total, locale), first, last)}${
    peak.alliances > 0 ? ` ${t.monthsPeak(formatNumber(peak.alliances, locale), monthLabel(peak.month, locale, "long"))}` : ""
  }`;
  return (
    <figure className={styles.chartFigure}>
      <div className={styles.chartScroll} tabIndex={0} role="group" aria-labelledby="months-caption">
        <svg className={styles.monthChart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="months-svg-title">
          <title id="months-svg-title">{summary}</title>
          <line className={styles.axis} x1={SIDE} x2={WIDTH - SIDE} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
          {months.map((row, index) => {
            const height = (plotHeight * row.alliances) / max;
            const x = SIDE + index * slot + (slot - barWidth) / 2;
            const y = HEIGHT - BOTTOM - height;
            // Every third month is named, the latest one included.
            const named = (months.length - 1 - index) % 3 === 0;
            return (
              <g key={row.month}>
                {row.alliances > 0 && <rect className={styles.column} x={x} y={y} width={barWidth} height={height} rx={2} />}
                {row.alliances > 0 && (
                  <text className={styles.columnValue} x={x + barWidth / 2} y={y - 5} textAnchor="middle">
                    {formatNumber(row.alliances, locale)}
                  </text>
                )}
                {named && (
                  <text
                    className={styles.monthTick}
                    x={index === months.length - 1 ? WIDTH - SIDE : x + barWidth / 2}
                    y={HEIGHT - BOTTOM + 18}
                    textAnchor={index === months.length - 1 ? "end" : "middle"}
                  >
                    {monthLabel(row.month, locale, "short")}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id="months-caption" className={styles.caption}>
        {t.monthsCaption} {summary}
      </figcaption>
      <details className={styles.dataDetails}>
        <summary>{t.showTable}</summary>
        <table className="data-table">
          <caption className="visually-hidden">
            {t.monthsCaption} {summary}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              <th scope="col" className="number">
                {t.alliances}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month, locale, "long")}</th>
                <td className="number">{formatNumber(row.alliances, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
