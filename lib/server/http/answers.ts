// How the errors of lib/ (lib/server/errors.ts) are answered at each boundary — a JSON API response, a page's 404 or
// sign-in redirect, a server action's form error — and where a refused permission is written to the security log:
// here, once, whichever way it is answered. Anything that is not one of ours is thrown on (a real 500).
import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/messages";
import { isAppError, type AppError } from "@/lib/server/errors";
import { logSecurityEvent } from "@/lib/server/security-log";
import { apiError } from "./api";

/** Writes a refused permission to the security log (who, what); other errors are not security events. */
export function reportRefusal(error: AppError): void {
  if (error.isRefusal) logSecurityEvent({ event: "permission_refused", userId: error.details.viewerId ?? null, what: error.details.what ?? error.code });
}

/** For a boundary that answers an error its own way (a redirect, a form message): logs it if it is a refusal. */
export function logIfRefused(error: unknown): void {
  if (isAppError(error)) reportRefusal(error);
}

/** The JSON API's answer: the kind's status, the message in the client's language, the field at fault. */
export function apiErrorResponse(error: unknown, locale: Locale): Response {
  if (!isAppError(error)) throw error;
  reportRefusal(error);
  const message = error.messageIn(locale);
  const headers = error.details.retryAfterSeconds ? { "Retry-After": String(error.details.retryAfterSeconds) } : undefined;
  return apiError(error.httpStatus, message, error.field ? [{ parameter: error.field, message }] : [], headers);
}

/**
 * A page's answer: to sign in (then back to `signInReturnPath`) when a session is needed, 404 when the object is
 * not there or not the viewer's to see (its existence is not revealed). Never returns.
 */
export function answerPageError(error: unknown, signInReturnPath?: string): never {
  if (!isAppError(error)) throw error;
  reportRefusal(error);
  if (error.kind === "not_signed_in") redirect(signInReturnPath ? `/sign-in?callbackUrl=${encodeURIComponent(signInReturnPath)}` : "/sign-in");
  if (error.kind === "forbidden" || error.kind === "not_found") notFound();
  throw error;
}

/** A server action's answer, for its form: the message in the user's language and the field it belongs to. */
export function actionErrorState(error: unknown, locale: Locale): { error: string; field?: string } {
  if (!isAppError(error)) throw error;
  reportRefusal(error);
  return { error: error.messageIn(locale), ...(error.field ? { field: error.field } : {}) };
}
