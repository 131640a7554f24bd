import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Pagination } from "@/app/components/pagination";
import { getDatabase } from "@/lib/server/db";
import { INTRODUCTION_STATUS_LABELS, INTRODUCTION_STATUSES, type IntroductionStatus } from "@/lib/shared/vocabulary";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { defaultIntroductionBox, INTRODUCTION_BOXES, type IntroductionBox } from "@/lib/introductions/workflow";
import { countAwaitingAction, INTRODUCTIONS_PAGE_SIZE, listIntroductions } from "@/lib/introductions/reads";
import { getViewer } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getIntroductionMessages(await getLocale()).title, robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IntroductionsPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/introductions");
  const locale = await getLocale();
  const t = getIntroductionMessages(locale);
  const query = await searchParams;
  const handles = viewer.isAdmin || viewer.catalysts.length > 0;
  const boxes = INTRODUCTION_BOXES.filter((box) => box !== "catalyst" || handles);
  const requested = typeof query.box === "string" ? (query.box as IntroductionBox) : null;
  const db = await getDatabase();
  // Without a box in the address, the page opens where something waits for this person's answer.
  const box: IntroductionBox =
    requested && boxes.includes(requested)
      ? requested
      : defaultIntroductionBox({ handles, hasOrganisations: viewer.memberships.length > 0 }, await countAwaitingAction(db, viewer));
  const status =
    typeof query.status === "string" && INTRODUCTION_STATUSES.includes(query.status as IntroductionStatus) ? (query.status as IntroductionStatus) : null;
  const page = Math.max(1, Number.parseInt(typeof query.page === "string" ? query.page : "1", 10) || 1);
  const { items, total, counts } = await listIntroductions(db, viewer, { box, status, page });
  const hrefFor = (changes: Record<string, string | number | null>) => {
    const params = new URLSearchParams();
    const merged = { box, status, page: null as number | null, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value !== null) params.set(key, String(value));
    return `/introductions?${params.toString()}`;
  };

  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <nav aria-label={t.title} className="tabs">
        {boxes.map((item) => (
          <Link key={item} href={hrefFor({ box: item, status: null })} aria-current={item === box ? "page" : undefined}>
            {t.boxes[item]} <span className="tab-count">{counts[item]}</span>
          </Link>
        ))}
      </nav>
      <form className="inline-filters" action="/introductions">
        <input type="hidden" name="box" value={box} />
        <div className="field">
          <label htmlFor="status">{t.status}</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">{box === "catalyst" ? t.awaitingDecision : t.allStatuses}</option>
            {INTRODUCTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {labelOf(INTRODUCTION_STATUS_LABELS, value, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t.filter}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="empty-state">{t.empty[box]}</p>
      ) : (
        <ul className="card-list intro-list">
          {items.map((item) => (
            <li key={item.id} className="card row-card">
              <div>
                <h2 className="card-title">
                  <Link href={`/introductions/${item.id}`}>
                    {item.requesterName} → {item.targetName}
                  </Link>
                </h2>
                <p className="card-place">
                  {t.requestedOn(formatDate(item.createdAt, locale))} · {t.via} {item.catalystName ?? t.networkAdmins}
                </p>
              </div>
              <span className={`status status-intro-${item.status}`}>{labelOf(INTRODUCTION_STATUS_LABELS, item.status, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / INTRODUCTIONS_PAGE_SIZE))}
        hrefFor={(target) => hrefFor({ page: target })}
        labels={getDirectoryMessages(locale).organisations}
      />
    </section>
  );
}
