// The errors of introductions, in the app's one error model (lib/server/errors.ts): each code says its kind (so its
// HTTP status), the form field it belongs to and a message in the user's language, so that pages, actions and the
// JSON API answer the same way (lib/server/http/answers.ts, which also logs the refusals).
import "server-only";
import type { z } from "zod";
import { INTRODUCTION_STATUS_LABELS, type IntroductionStatus } from "@/lib/shared/vocabulary";
import { INTRODUCTION_ERRORS } from "./messages";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import { AppError, type ErrorKind } from "@/lib/server/errors";
import { MAX_PENDING_PER_ORGANISATION } from "./workflow";
import { FIELD_ERRORS } from "./schemas";

export type IntroductionErrorCode =
  | "not_found"
  | "forbidden"
  | "role"
  | "conflict"
  | "organisationUnavailable"
  | "cap"
  | "duplicate"
  | "status"
  | "note"
  | "noteTooLong"
  | "objective"
  | "partnershipType"
  | "message"
  | "notPublished"
  | "targetUnavailable"
  | "self"
  | "needOffer"
  | "unconfirmed"
  | "rateLimited";

/** Each code's kind: its HTTP status, and whether it is a refused permission (forbidden: written to the security log). */
const KIND: Record<IntroductionErrorCode, ErrorKind> = {
  not_found: "not_found",
  forbidden: "forbidden",
  role: "forbidden",
  conflict: "forbidden",
  organisationUnavailable: "conflict",
  cap: "conflict",
  duplicate: "conflict",
  status: "conflict",
  note: "invalid",
  noteTooLong: "invalid",
  objective: "invalid",
  partnershipType: "invalid",
  message: "invalid",
  notPublished: "invalid",
  targetUnavailable: "invalid",
  self: "invalid",
  needOffer: "invalid",
  unconfirmed: "invalid",
  rateLimited: "rate_limited",
};
/** The form field an error belongs to, for field-level messages. */
const FIELD: Partial<Record<IntroductionErrorCode, string>> = {
  note: "note",
  noteTooLong: "note",
  objective: "objective",
  partnershipType: "partnershipType",
  message: "message",
  notPublished: "from",
  targetUnavailable: "to",
  self: "from",
  needOffer: "needOfferId",
};

export class IntroductionError extends AppError {
  declare readonly code: IntroductionErrorCode;
  constructor(
    code: IntroductionErrorCode,
    readonly detail: { status?: IntroductionStatus; retryAfterSeconds?: number; viewerId?: string } = {},
  ) {
    super(KIND[code], code, {
      field: FIELD[code],
      retryAfterSeconds: detail.retryAfterSeconds,
      viewerId: detail.viewerId ?? null,
      what: `introduction:${code}`,
    });
  }
  /** A clear message in the user's language (not_found and forbidden are said by the page or the API). */
  override messageIn(locale: Locale): string {
    return messageOf(this.code, locale, this.detail.status);
  }
}

function messageOf(code: IntroductionErrorCode, locale: Locale, status?: IntroductionStatus): string {
  const texts = INTRODUCTION_ERRORS[locale];
  switch (code) {
    case "cap":
      return texts.cap(MAX_PENDING_PER_ORGANISATION);
    case "status":
      return texts.status(labelOf(INTRODUCTION_STATUS_LABELS, status ?? "", locale));
    case "not_found":
      return locale === "en" ? "No such introduction." : "Cette mise en relation n'existe pas.";
    case "forbidden":
      return texts.role;
    default:
      return texts[code];
  }
}

type SchemaField = keyof typeof FIELD_ERRORS;
const fieldErrorOf = (issue: z.core.$ZodIssue) => FIELD_ERRORS[String(issue.path[0] ?? "") as SchemaField] as (typeof FIELD_ERRORS)[SchemaField] | undefined;

/** The error lib throws for input its schema (lib/introductions/schemas.ts) refused: the first bad field's. */
export function introductionErrorOf(error: z.ZodError, viewerId?: string): IntroductionError {
  const known = error.issues.map(fieldErrorOf).find(Boolean);
  return new IntroductionError(known?.code ?? "role", { viewerId });
}

/**
 * Each bad field of a form or an API body with the message lib would give for it (the first per field), keyed by
 * the field lib's errors name; what no field of lib stands for keeps zod's own message under its own name.
 */
export function introductionFieldErrors(error: z.ZodError, locale: Locale): { field: string; message: string }[] {
  const found = new Map<string, string>();
  for (const issue of error.issues) {
    const known = fieldErrorOf(issue);
    const field = known?.field ?? (issue.path.length ? String(issue.path[0]) : "(body)");
    if (!found.has(field)) found.set(field, known ? messageOf(known.code, locale) : issue.message);
  }
  return [...found].map(([field, message]) => ({ field, message }));
}
