// Pieces shared by the back-office's search pages: a select among values (with "all"), and the count of results.
import { formatNumber, type Locale } from "@/lib/i18n/messages";

export function SelectFilter({
  id,
  label,
  allLabel,
  value,
  options,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "12 organisations", announced to screen readers when a search changes it (French says "0 organisation"). */
export function ResultCount({ total, locale, noun }: { total: number; locale: Locale; noun: readonly [singular: string, plural: string] }) {
  const singular = locale === "fr" ? total <= 1 : total === 1;
  return (
    <p className="muted" role="status">
      {formatNumber(total, locale)} {singular ? noun[0] : noun[1]}
    </p>
  );
}
