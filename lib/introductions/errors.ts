// The errors of introductions: each code says its HTTP status, the form field it belongs to and a message in the
// user's language, so that pages, actions and the JSON API answer the same way.
import "server-only";
import { INTRODUCTION_STATUS_LABELS, type IntroductionStatus } from "@/lib/shared/vocabulary";
import { INTRODUCTION_ERRORS } from "./messages";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import { logSecurityEvent } from "@/lib/server/security-log";
import { MAX_PENDING_PER_ORGANISATION } from "./workflow";

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
    const texts = INTRODUCTION_ERRORS[locale];
    switch (this.code) {
      case "cap":
        return texts.cap(MAX_PENDING_PER_ORGANISATION);
      case "status":
        return texts.status(labelOf(INTRODUCTION_STATUS_LABELS, this.detail.status ?? "", locale));
      case "not_found":
        return locale === "en" ? "No such introduction." : "Cette mise en relation n'existe pas.";
      case "forbidden":
        return texts.role;
      default:
        return texts[this.code];
    }
  }
}
