// The errors of introductions: each code says its HTTP status, the form field it belongs to and a message in the
// user's language, so that pages, actions and the JSON API answer the same way.
import "server-only";
import type { z } from "zod";
import { INTRODUCTION_STATUS_LABELS, type IntroductionStatus } from "@/lib/shared/vocabulary";
import { INTRODUCTION_ERRORS } from "./messages";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import { logSecurityEvent } from "@/lib/server/security-log";
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
  | "rateLimited";

const HTTP_STATUS: Record<IntroductionErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  role: 403,
  conflict: 403,
  organisationUnavailable: 409,
  cap: 409,
  duplicate: 409,
  status: 409,
  note: 422,
  noteTooLong: 422,
  objective: 422,
  partnershipType: 422,
  message: 422,
  notPublished: 422,
  targetUnavailable: 422,
  self: 422,
  needOffer: 422,
  rateLimited: 429,
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

export class IntroductionError extends Error {
  constructor(
    readonly code: IntroductionErrorCode,
    readonly detail: { status?: IntroductionStatus; retryAfterSeconds?: number; viewerId?: string } = {},
  ) {
    super(code);
    // Refused permissions go to the security log as they are made (rate limits are logged by the limiter).
    if (code === "forbidden" || code === "role" || code === "conflict") logSecurityEvent({ event: "permission_refused", userId: detail.viewerId ?? null, what: `introduction:${code}` });
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
  get field(): string | undefined {
    return FIELD[this.code];
  }
  /** A clear message in the user's language (not_found and forbidden are said by the page or the API). */
  messageIn(locale: Locale): string {
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
