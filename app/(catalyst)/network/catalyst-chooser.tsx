/** The catalyst a network page is about, chosen in a plain GET form (shown only when there is a choice). */
export function CatalystChooser({
  choices,
  chosen,
  labels,
}: {
  choices: { slug: string; name: string }[];
  chosen: string | undefined;
  labels: { catalyst: string; show: string };
}) {
  if (choices.length <= 1) return null;
  return (
    <form method="get" className="inline-form">
      <label htmlFor="catalyst">{labels.catalyst}</label>{" "}
      <select id="catalyst" name="catalyst" defaultValue={chosen ?? ""}>
        {chosen ? null : <option value="">—</option>}
        {choices.map((choice) => (
          <option key={choice.slug} value={choice.slug}>
            {choice.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button button-secondary">
        {labels.show}
      </button>
    </form>
  );
}
