import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { ACTOR_KIND_LABELS, THEME_LABELS } from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { getRegisterMessages, type RegisterMessages } from "@/lib/organisations/registration/messages";
import {
  getDraft,
  moderationOutlook,
  registrationDuplicates,
  type ModerationOutlook,
  type RegistrationDuplicates,
} from "@/lib/organisations/registration/registration";
import { lookUpPublishedOrganisations } from "@/lib/organisations/directory";
import { REGISTRATION_STEPS, STEP_DATA_KEYS, type RegistrationData, type RegistrationStep } from "@/lib/organisations/registration/steps";
import { getViewer } from "@/lib/auth/session";
import { findCollectivite } from "@/lib/territories/collectivites";
import { collectiviteChoiceLabel } from "@/lib/territories/collectivite-sirens";
import { findCommuneByCode } from "@/lib/territories/territories";
import { saveStepAction } from "./actions";
import { fieldsFor } from "./fields";
import { StepForm } from "./step-form";
import { SubmitForm } from "./submit-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getRegisterMessages(await getLocale()).title, robots: { index: false } };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ step?: string; incomplete?: string; find?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/register");
  const locale = await getLocale();
  const t = getRegisterMessages(locale);
  const db = await getDatabase();
  const draft = await getDraft(db, viewer);
  const query = await searchParams;
  // Step 0, before a draft exists (or asked again): the organisation may already be in the directory.
  if (typeof query.find === "string" || (!query.step && draft.step === 1 && !Object.keys(draft.data).length)) {
    return <FindFirst query={typeof query.find === "string" ? query.find : ""} t={t} locale={locale} />;
  }
  const requested = REGISTRATION_STEPS.find((step) => step === query.step) ?? REGISTRATION_STEPS[Math.min(draft.step, REGISTRATION_STEPS.length) - 1] ?? "kind";
  // Steps open in order: one cannot jump past the first step not yet saved.
  const reachable = Math.min(REGISTRATION_STEPS.indexOf(requested), draft.step - 1);
  const step = REGISTRATION_STEPS[Math.max(0, reachable)] as RegistrationStep;
  const index = REGISTRATION_STEPS.indexOf(step);
  const level = draft.data.kind?.kind === "collectivite" ? draft.data.kind.collectiviteLevel : undefined;
  const collectivite = level && draft.data.identity?.territoryCode ? await findCollectivite(db, level, draft.data.identity.territoryCode) : null;
  // A collectivité picked from the official list is placed at its seat until the place step says otherwise.
  const communeCode = draft.data.place?.communeCode ?? collectivite?.seatCommuneCode;
  const commune = communeCode ? await findCommuneByCode(db, communeCode) : null;
  const stepFields = fieldsFor(step === "review" ? "kind" : step, t.fields, locale, {
    communeLabel: commune ? `${commune.name} (${commune.postcodes[0] ?? commune.departementCode})` : undefined,
    organisationThemes: draft.data.about?.themes,
    kind: draft.data.kind?.kind,
    addRows: true,
  });
  if (step === "identity" && level) {
    stepFields.unshift({
      type: "collectivite",
      name: "territoryCode",
      label: t.fields.collectivite,
      hint: t.fields.collectiviteHint,
      level,
      selectedLabel: collectivite ? collectiviteChoiceLabel(collectivite) : undefined,
      messages: t.collectivitePicker,
    });
  }

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
        <Review
          data={draft.data}
          t={t}
          locale={locale}
          communeName={commune ? `${commune.name} (${commune.departementName})` : ""}
          outlook={commune ? await moderationOutlook(db, commune.code) : null}
          duplicates={
            // The same check as the submission's, shown once, beside the button it may hold back.
            draft.data.identity && commune
              ? await registrationDuplicates(db, draft.data.identity, commune.code)
              : { sameIdentifier: [], unpublishedIdentifier: false, lookAlikes: [] }
          }
        />
      ) : (
        <StepForm
          key={step}
          action={saveStepAction.bind(null, step)}
          fields={stepFields.map((field) =>
            field.type === "commune"
              ? {
                  ...field,
                  point: {
                    commune: commune ? { lat: commune.lat, lon: commune.lon } : null,
                    tilesUrl: getEnv().TILES_URL,
                    tilesAttribution: getEnv().TILES_ATTRIBUTION,
                    labels: t.point,
                  },
                }
              : field,
          )}
          initialValues={
            (draft.data[STEP_DATA_KEYS[step]] as Record<string, unknown> | undefined) ??
            (step === "place" && commune
              ? { communeCode: commune.code }
              : // The person registering is most often the contact: their account's address and name to start with.
                step === "contact"
                ? { contactEmail: viewer.email, contactName: viewer.name ?? "" }
                : {})
          }
          submitLabel={t.next}
          errorSummary={t.errorSummary}
          locale={locale}
        />
      )}
    </section>
  );
}

function Review({
  data,
  t,
  locale,
  communeName,
  outlook,
  duplicates,
}: {
  data: RegistrationData;
  t: RegisterMessages;
  locale: Locale;
  communeName: string;
  outlook: ModerationOutlook | null;
  duplicates: RegistrationDuplicates;
}) {
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
      {outlook ? (
        <div className="notice" role="note" aria-labelledby="register-outlook">
          <h3 id="register-outlook">{t.review.whoTitle}</h3>
          <p>{t.outlook(outlook)}</p>
        </div>
      ) : null}
      <SubmitForm
        labels={{
          submit: t.review.submit,
          duplicatesTitle: t.review.duplicatesTitle,
          duplicatesText: t.review.duplicatesText,
          sameIdentifierTitle: t.review.sameIdentifierTitle,
          sameIdentifierText: t.review.sameIdentifierText,
          notSame: t.review.notSame,
          notSameHint: t.review.notSameHint,
          join: t.review.joinIt,
        }}
        sameIdentifier={duplicates.sameIdentifier}
        lookAlikes={duplicates.lookAlikes}
      />
    </>
  );
}

/** Step 0: search the directory by name, SIRET, SIREN or RNA, join what is found, or go on to register. */
async function FindFirst({ query, t, locale }: { query: string; t: RegisterMessages; locale: Locale }) {
  const f = t.find;
  const found = query.trim() ? await lookUpPublishedOrganisations(await getDatabase(), query) : null;
  return (
    <section className="container narrow account-page register">
      <h1>{t.title}</h1>
      <h2>{f.title}</h2>
      <p>{f.lead}</p>
      <form method="get" action="/register" role="search" className="stack-form">
        <div className="field">
          <label htmlFor="register-find">{f.label}</label>
          <input id="register-find" name="find" type="search" defaultValue={query} maxLength={100} aria-describedby="register-find-hint" />
          <p id="register-find-hint" className="field-hint">
            {f.hint}
          </p>
        </div>
        <button type="submit" className="button button-secondary">
          {f.submit}
        </button>
      </form>
      {found ? (
        <section aria-labelledby="register-find-results">
          {found.items.length ? (
            <>
              <h3 id="register-find-results">
                {f.resultsTitle(found.items.length)} ({f.by[found.by]})
              </h3>
              <ul className="find-first-results">
                {found.items.map((item) => (
                  <li key={item.slug}>
                    <Link href={`/organisations/${item.slug}`}>{item.name}</Link> — {labelOf(ACTOR_KIND_LABELS, item.kind, locale)}, {item.communeName} (
                    {item.departementCode}) ·{" "}
                    <Link href={`/account/join/${item.slug}`} aria-label={f.joinOf(item.name)}>
                      {f.join}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p id="register-find-results" className="notice" role="status">
              {found.invalidIdentifier && (found.by === "siret" || found.by === "siren") ? f.invalid[found.by] : f.none(query.trim())}
            </p>
          )}
          <p className="muted">{f.pendingNote}</p>
        </section>
      ) : null}
      <p>
        <Link className="button" href="/register?step=kind">
          {f.notListed}
        </Link>
      </p>
    </section>
  );
}
