// How an organisation answers the introductions forwarded to it, as figures partner matching can weigh and the
// profile can show. Pure: lib/introductions/responsiveness.ts reads the statistics from the database.
import { EXPIRY_DAYS, MAX_PENDING_PER_ORGANISATION } from "./workflow";

export interface OrganisationIntroStats {
  /** Introductions forwarded to the organisation that await its answer (not those still with the catalyst). */
  pendingReceived: number;
  /** Introductions it accepted or declined over the last ANSWER_WINDOW_MONTHS months. */
  answered: number;
  /** Median days between being forwarded a request and answering it; null below MIN_ANSWERS_FOR_MEDIAN answers. */
  medianAnswerDays: number | null;
}

/** Answers older than this say little about how the organisation answers today. */
export const ANSWER_WINDOW_MONTHS = 12;
/** Fewer answers than this make a median that one late reply would swing: "not enough data". */
export const MIN_ANSWERS_FOR_MEDIAN = 3;
/** Answering within this many days is as good as it gets. */
export const FAST_ANSWER_DAYS = 3;
/** A request expires EXPIRY_DAYS after it was sent, so no answer comes later: the slowest possible answer. */
export const SLOW_ANSWER_DAYS = EXPIRY_DAYS;
/** What an organisation with no usable median gets: neither favoured nor held back. */
export const UNKNOWN_RESPONSIVENESS = 0.5;

export const NO_INTRODUCTION_STATS: OrganisationIntroStats = { pendingReceived: 0, answered: 0, medianAnswerDays: null };

/** 1 when the organisation usually answers within FAST_ANSWER_DAYS, falling linearly to 0 at SLOW_ANSWER_DAYS; 0.5 when unknown. */
export function responsivenessOf(stats: OrganisationIntroStats): number {
  const days = stats.medianAnswerDays;
  if (days === null || !Number.isFinite(days)) return UNKNOWN_RESPONSIVENESS;
  if (days <= FAST_ANSWER_DAYS) return 1;
  if (days >= SLOW_ANSWER_DAYS) return 0;
  return (SLOW_ANSWER_DAYS - days) / (SLOW_ANSWER_DAYS - FAST_ANSWER_DAYS);
}

/** 0 with no request awaiting the organisation's answer, 1 at or above MAX_PENDING_PER_ORGANISATION of them. */
export function loadOf(stats: OrganisationIntroStats): number {
  const pending = stats.pendingReceived;
  if (!(pending > 0)) return 0;
  return Math.min(1, pending / MAX_PENDING_PER_ORGANISATION);
}

/** The whole number of days a profile quotes for a median: rounded up (a promise to keep), and never below one day. */
export function answerDaysShown(medianAnswerDays: number): number {
  return Math.max(1, Math.ceil(medianAnswerDays));
}
