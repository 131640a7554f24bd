// A bar chart that is a table: one row per item, its label over a bar drawn in CSS, and the number written out, so
// it reads without JavaScript, in a screen reader, printed, and on a phone's width.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/i18n/messages";
import styles from "./observatory.module.css";

export interface BarRow {
  key: string;
  label: ReactNode;
  value: number;
}

export function BarTable({
  caption,
  labelHeader,
  valueHeader,
  rows,
  locale,
}: {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: BarRow[];
  locale: Locale;
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className={styles.barTable}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className={styles.barValue}>
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className={styles.barLabel}>{row.label}</span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.bar} style={{ width: `${(100 * row.value) / max}%` }} />
              </span>
            </th>
            <td className={styles.barValue}>{formatNumber(row.value, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
