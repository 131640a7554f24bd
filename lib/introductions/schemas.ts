// The inputs of introductions as one zod schema each — a request, a step of the workflow, the list's query — so
// that the form's hints, the server actions, the JSON API, its OpenAPI description and lib itself share one rule.
// Pure: no db, no next (the client forms read the limits from here).
import { z } from "zod";
import "@/lib/shared/zod-french";
import { INTRODUCTION_STATUSES, OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { INTRODUCTION_ACTIONS, INTRODUCTION_BOXES, type IntroductionAction } from "./workflow";
import type { IntroductionErrorCode } from "./errors";

/** Counted once trimmed, in characters (zod counts code points, as Postgres does). */
export const MESSAGE_LENGTH = { min: 20, max: 2_000 } as const;
export const NOTE_MAX_LENGTH = 2_000;
export const SLUG_MAX_LENGTH = 200;

/**
 * A form's untouched select sends "", where JSON says null (or nothing): the pages' actions hand their optional
 * choices through this, so the schemas (and the API's description) need no third way to say "none".
 */
export const noneIfEmpty = (value: unknown) => (value === "" ? null : value);

const fields = {
  fromOrganisationId: z.uuid(),
  toSlug: z.string().min(1).max(SLUG_MAX_LENGTH),
  needOfferId: z.uuid().nullish(),
  objective: z.enum(OBJECTIVES).nullish(),
  partnershipType: z.enum(PARTNERSHIP_TYPES).nullish(),
  message: z.string().trim().min(MESSAGE_LENGTH.min).max(MESSAGE_LENGTH.max),
};

/** A request as lib takes it (lib/introductions/requests.ts parses it again: it is the authority). */
export const introductionRequestSchema = z.object(fields);
/** What callers of lib hand it. */
export type IntroductionRequest = z.input<typeof introductionRequestSchema>;

/** The language of the JSON API's messages, given in the body. */
export const apiLanguage = z.enum(["fr", "en"]).default("fr");

/** POST /api/introductions: the same fields, under the API's names (`from`, `to`). */
export const introductionRequestBodySchema = z.object({
  from: fields.fromOrganisationId,
  to: fields.toSlug,
  needOfferId: fields.needOfferId,
  objective: fields.objective,
  partnershipType: fields.partnershipType,
  message: fields.message,
  lang: apiLanguage,
});

/** The actions people take; `expire` is the system's alone. */
export const USER_ACTIONS = INTRODUCTION_ACTIONS.filter((action) => action !== "expire") as [
  Exclude<IntroductionAction, "expire">,
  ...Exclude<IntroductionAction, "expire">[],
];

const transitionFields = {
  action: z.enum(USER_ACTIONS),
  // Empty means no note; whether the action needs one (a rejection's reason) is the workflow's rule (workflow.ts).
  note: z.string().trim().max(NOTE_MAX_LENGTH).nullish(),
  partnershipType: z.enum(PARTNERSHIP_TYPES).nullish(),
};

/** A step of the workflow as lib takes it (lib/introductions/transitions.ts parses it again). */
export const introductionTransitionSchema = z.object(transitionFields);

/** POST /api/introductions/{id}/transitions. */
export const introductionTransitionBodySchema = z.object({ ...transitionFields, lang: apiLanguage });

/** The page's form: the same step, and the introduction it is about. */
export const introductionTransitionFormSchema = z.object({ introductionId: z.uuid(), ...transitionFields });

/** GET /api/introductions. */
export const introductionListQuerySchema = z.object({
  box: z.enum(INTRODUCTION_BOXES).default("sent"),
  status: z.enum(INTRODUCTION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/**
 * Which error of lib/introductions/errors.ts an invalid field stands for, and the field it is shown beside (the
 * names lib's own errors use, which are the API's): a bad field reads the same from the form, the API and lib.
 */
export const FIELD_ERRORS = {
  fromOrganisationId: { code: "forbidden", field: "from" },
  from: { code: "forbidden", field: "from" },
  toSlug: { code: "targetUnavailable", field: "to" },
  to: { code: "targetUnavailable", field: "to" },
  needOfferId: { code: "needOffer", field: "needOfferId" },
  objective: { code: "objective", field: "objective" },
  partnershipType: { code: "partnershipType", field: "partnershipType" },
  message: { code: "message", field: "message" },
  note: { code: "noteTooLong", field: "note" },
} as const satisfies Record<string, { code: IntroductionErrorCode; field: string }>;
