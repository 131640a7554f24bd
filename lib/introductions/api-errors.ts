// The domain errors of introductions as JSON API responses (403, 404, 409, 422, 429 with Retry-After).
import "server-only";
import { IntroductionError } from "@/lib/introductions/errors";
import type { Locale } from "@/lib/i18n/messages";
import { apiError } from "../server/http/api";

export function introductionErrorResponse(error: unknown, locale: Locale): Response {
  if (!(error instanceof IntroductionError)) throw error;
  const message = error.messageIn(locale);
  const headers = error.detail.retryAfterSeconds ? { "Retry-After": String(error.detail.retryAfterSeconds) } : undefined;
  const fields = error.field ? [{ parameter: error.field, message }] : [];
  return apiError(error.httpStatus, message, fields, headers);
}
