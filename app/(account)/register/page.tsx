import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/db";
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  COLLECTIVITE_LEVEL_LABELS,
  COLLECTIVITE_LEVELS,
  COMPANY_SIZE_LABELS,
  COMPANY_SIZES,
  HORIZON_LABELS,
  HORIZONS,
  OBJECTIVE_LABELS,
  OBJECTIVES,
  ODD_LABELS,
  ODDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  THEME_LABELS,
  THEMES,
  type Label,
} from "@/lib/domain/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { getRegisterMessages, type RegisterMessages } from "@/lib/i18n/register-messages";
import { getDraft } from "@/lib/registration/registration";
import { REGISTRATION_STEPS, STEP_DATA_KEYS, type RegistrationData, type RegistrationStep } from "@/lib/registration/steps";
import { getViewer } from "@/lib/session";
import { findCommuneByCode } from "@/lib/territories";
import { saveStepAction } from "./actions";
import type { FieldSpec, Option } from "./field-spec";
import { StepForm } from "./step-form";
import { SubmitForm } from "./submit-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getRegisterMessages(await getLocale()).title, robots: { index: false } };
}

const options = (values: readonly string[], labels: Record<string, Label>, locale: Locale): Option[] =>
  values.map((value) => [value, labelOf(labels, value, locale)]);

function fieldsFor(step: Exclude<RegistrationStep, "review">, t: RegisterMessages["fields"], locale: Locale, communeLabel?: string): FieldSpec[] {
  switch (step) {
    case "kind":
      return [
        { type: "radio", name: "kind", label: t.kind, required: true, options: options(ACTOR_KINDS, ACTOR_KIND_LABELS, locale) },
        { type: "select", name: "collectiviteLevel", label: t.level, required: true, options: options(COLLECTIVITE_LEVELS, COLLECTIVITE_LEVEL_LABELS, locale), showIf: { field: "kind", values: ["collectivite"] } },
        { type: "select", name: "companySize", label: t.size, required: true, options: options(COMPANY_SIZES, COMPANY_SIZE_LABELS, locale), showIf: { field: "kind", values: ["entreprise"] } },
        { type: "checkbox", name: "isEss", label: t.ess },
        { type: "checkbox", name: "isSiae", label: t.siae, showIf: { field: "kind", values: ["association", "entreprise"] } },
        { type: "checkbox", name: "isMissionCompany", label: t.mission, showIf: { field: "kind", values: ["entreprise"] } },
      ];
    case "identity":
      return [
        { type: "text", name: "name", label: t.name, required: true, maxLength: 150, autoComplete: "organization" },
        { type: "text", name: "siret", label: t.siret, hint: t.siretHint, maxLength: 20 },
        { type: "text", name: "siren", label: t.siren, maxLength: 15 },
        { type: "text", name: "rna", label: t.rna, hint: t.rnaHint, maxLength: 15 },
      ];
    case "place":
      return [{ type: "commune", name: "communeCode", label: t.commune, hint: t.communeHint, required: true, selectedLabel: communeLabel }];
    case "about":
      return [
        { type: "checkboxes", name: "themes", label: t.themes, required: true, options: options(THEMES, THEME_LABELS, locale) },
        { type: "checkboxes", name: "odd", label: t.odd, options: ODDS.map((odd) => [String(odd), `${odd}. ${labelOf(ODD_LABELS, odd, locale)}`]) },
        { type: "checkboxes", name: "objectives", label: t.objectives, options: options(OBJECTIVES, OBJECTIVE_LABELS, locale) },
        { type: "textarea", name: "description", label: t.description, hint: t.descriptionHint, required: true, maxLength: 5_000 },
        { type: "url", name: "website", label: t.website, maxLength: 300, autoComplete: "url" },
      ];
    case "needs-offers":
      return [
        {
          type: "rows",
          name: "items",
          label: t.items,
          hint: t.itemsHint,
          count: 5,
          fields: [
            { type: "select", name: "direction", label: t.direction, options: [["need", t.directionNeed], ["offer", t.directionOffer]] },
            { type: "select", name: "resourceKind", label: t.resourceKind, options: options(RESOURCE_KINDS, RESOURCE_KIND_LABELS, locale) },
            { type: "text", name: "title", label: t.itemTitle, maxLength: 150 },
            { type: "textarea", name: "description", label: t.itemDescription, maxLength: 2_000 },
            { type: "select", name: "horizon", label: t.horizon, options: options(HORIZONS, HORIZON_LABELS, locale) },
          ],
        },
      ];
    case "contact":
      return [
        { type: "text", name: "contactName", label: t.contactName, hint: t.contactHint, required: true, maxLength: 100, autoComplete: "name" },
        { type: "text", name: "contactRole", label: t.contactRole, maxLength: 100, autoComplete: "organization-title" },
        { type: "email", name: "contactEmail", label: t.contactEmail, required: true, maxLength: 254, autoComplete: "email" },
        { type: "tel", name: "contactPhone", label: t.contactPhone, maxLength: 20, autoComplete: "tel" },
        { type: "checkbox", name: "consent", label: t.consent, required: true },
        { type: "checkbox", name: "charter", label: t.charter, required: true },
      ];
  }
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ step?: string; incomplete?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/register");
  const locale = await getLocale();
  const t = getRegisterMessages(locale);
  const db = await getDatabase();
  const draft = await getDraft(db, viewer);
  const query = await searchParams;
  const requested = REGISTRATION_STEPS.find((step) => step === query.step) ?? REGISTRATION_STEPS[Math.min(draft.step, REGISTRATION_STEPS.length) - 1] ?? "kind";
  // Steps open in order: one cannot jump past the first step not yet saved.
  const reachable = Math.min(REGISTRATION_STEPS.indexOf(requested), draft.step - 1);
  const step = REGISTRATION_STEPS[Math.max(0, reachable)] as RegistrationStep;
  const index = REGISTRATION_STEPS.indexOf(step);
  const commune = draft.data.place ? await findCommuneByCode(db, draft.data.place.communeCode) : null;

  return (
    <section className="container narrow account-page register">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <nav aria-label={t.progress}>
        <ol className="step-list">
          {REGISTRATION_STEPS.map((item, position) => (
            <li key={item} aria-current={item === step ? "step" : undefined} className={position < draft.step ? "done" : undefined}>
              {position < draft.step && item !== step ? <Link href={`/register?step=${item}`}>{t.steps[item]}</Link> : <span>{t.steps[item]}</span>}
            </li>
          ))}
        </ol>
      </nav>
      <h2>
        <span className="muted">{t.stepOf(index + 1, REGISTRATION_STEPS.length)} · </span>
        {t.steps[step]}
      </h2>
      {query.incomplete ? (
        <p className="notice" role="status">
          {t.review.incomplete}
        </p>
      ) : null}
      {step === "review" ? (
        <Review data={draft.data} t={t} locale={locale} communeName={commune ? `${commune.name} (${commune.departementName})` : ""} />
      ) : (
        <StepForm
          key={step}
          action={saveStepAction.bind(null, step)}
          fields={fieldsFor(step, t.fields, locale, commune ? `${commune.name} (${commune.postcodes[0] ?? commune.departementCode})` : undefined)}
          initialValues={(draft.data[STEP_DATA_KEYS[step]] as Record<string, unknown> | undefined) ?? {}}
          submitLabel={t.next}
          errorSummary={t.errorSummary}
          locale={locale}
        />
      )}
    </section>
  );
}

function Review({ data, t, locale, communeName }: { data: RegistrationData; t: RegisterMessages; locale: Locale; communeName: string }) {
  const rows: [RegistrationStep, string, string][] = [
    ["kind", t.fields.kind, data.kind ? labelOf(ACTOR_KIND_LABELS, data.kind.kind, locale) : ""],
    ["identity", t.fields.name, [data.identity?.name, data.identity?.siret ?? data.identity?.siren, data.identity?.rna].filter(Boolean).join(" · ")],
    ["place", t.fields.commune, communeName],
    ["about", t.fields.themes, (data.about?.themes ?? []).map((theme) => labelOf(THEME_LABELS, theme, locale)).join(", ")],
    ["needs-offers", t.fields.items, (data.needsOffers?.items ?? []).map((item) => item.title).join(" · ")],
    ["contact", t.fields.contactName, [data.contact?.contactName, data.contact?.contactEmail].filter(Boolean).join(" · ")],
  ];
  return (
    <>
      <dl className="review-list">
        {rows.map(([step, label, value]) => (
          <div key={step}>
            <dt>{label}</dt>
            <dd>{value || "—"}</dd>
            <dd>
              <Link href={`/register?step=${step}`} aria-label={`${t.review.edit} : ${t.steps[step]}`}>
                {t.review.edit}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <SubmitForm labels={{ submit: t.review.submit, duplicatesTitle: t.review.duplicatesTitle, duplicatesText: t.review.duplicatesText }} />
    </>
  );
}
