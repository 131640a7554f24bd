// One model for the errors lib/ throws at its callers: a kind (which HTTP status, and how a page, an action or the
// API answers it), a stable code, the form field it belongs to and its message in each language. Throwing logs
// nothing: a refusal is written to the security log where it is answered (lib/server/http/answers.ts), once.
// Pure: no database, no framework.
import type { Locale } from "@/lib/i18n/messages";

export const ERROR_STATUS = {
  not_signed_in: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type ErrorKind = keyof typeof ERROR_STATUS;

export type LocalisedText = Record<Locale, string>;

/** What a kind says when the error brings no message of its own. */
const GENERIC: Record<ErrorKind, LocalisedText> = {
  not_signed_in: { fr: "Connexion requise.", en: "Sign-in required." },
  forbidden: { fr: "Vous ne pouvez pas faire cette action.", en: "You may not take this action." },
  not_found: { fr: "Introuvable.", en: "Not found." },
  conflict: { fr: "Cette action n'est plus possible dans l'état actuel.", en: "This action is no longer possible in the current state." },
  invalid: { fr: "Une valeur n'est pas valide.", en: "A value is not valid." },
  rate_limited: { fr: "Trop de demandes en peu de temps : réessayez plus tard.", en: "Too many requests in a short time: try again later." },
  unavailable: { fr: "Le service est momentanément indisponible.", en: "The service is temporarily unavailable." },
};

export interface AppErrorDetails {
  /** The form field (or query parameter) at fault. */
  field?: string;
  /** The message shown to the user, in each language; the kind's generic one otherwise. */
  message?: LocalisedText;
  retryAfterSeconds?: number;
  /** For the security log: who was refused, and what ("moderation:decide"). */
  viewerId?: string | null;
  what?: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, for callers that tell cases apart ("reverted", "changed", "reason"…). */
    readonly code: string = kind,
    readonly details: AppErrorDetails = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
  get httpStatus(): number {
    return ERROR_STATUS[this.kind];
  }
  get field(): string | undefined {
    return this.details.field;
  }
  messageIn(locale: Locale): string {
    return (this.details.message ?? GENERIC[this.kind])[locale];
  }
  /** A refusal of a permission: the security log records it where it is answered. */
  get isRefusal(): boolean {
    return this.kind === "forbidden";
  }
}

/** No session where one is needed: pages send to the sign-in page, the API answers 401. */
export class NotSignedInError extends AppError {
  constructor(what = "sign-in") {
    super("not_signed_in", "not_signed_in", { what });
  }
}

/** A refused permission. Pages answer 404 (nothing is revealed), actions an error, the API 403. */
export class ForbiddenError extends AppError {
  constructor(viewer?: { id: string } | null, what = "unspecified") {
    super("forbidden", "forbidden", { viewerId: viewer?.id ?? null, what });
  }
}

export class NotFoundError extends AppError {
  constructor(what = "object", message?: LocalisedText) {
    super("not_found", "not_found", { what, message });
  }
}

/** The object is not in a state that allows this; the code says which state or why ("published", "reverted"…). */
export class ConflictError extends AppError {
  constructor(state: string, message?: LocalisedText) {
    super("conflict", state, { message });
  }
}

/** A value a caller sent is wrong: the field at fault and what to do. */
export class InvalidInputError extends AppError {
  constructor(field: string, message?: LocalisedText) {
    super("invalid", field, { field, message });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A log line's worth of an unexpected failure. */
const LOGGED_MESSAGE_MAX = 500;

/**
 * What to log of an unexpected failure: its message without the parameters a query builder appends (drizzle's
 * "Failed query: … params: …" holds every bound value: personal data, or a stored file of hundreds of megabytes),
 * cut to a line's length, and the cause the driver gave.
 */
export function describeFailure(error: unknown): string {
  const first = (value: unknown) => {
    const text = value instanceof Error ? value.message : String(value);
    const withoutParams = text.split(/\nparams:/)[0]!;
    return withoutParams.length > LOGGED_MESSAGE_MAX ? `${withoutParams.slice(0, LOGGED_MESSAGE_MAX)}…` : withoutParams;
  };
  const cause = error instanceof Error && error.cause !== undefined ? ` (cause: ${first(error.cause)})` : "";
  return `${first(error)}${cause}`;
}
