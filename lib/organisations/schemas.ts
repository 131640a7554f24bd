// The short inputs around an organisation — a request to join it, a moderation decision, the reason for a
// suspension — as one zod schema each, for the forms' hints, the server actions and lib, which parses them again.
// Pure: no db, no next (the client forms read the limits from here).
import { z } from "zod";
import "@/lib/shared/zod-french";

export const SLUG_MAX_LENGTH = 200;

/** What one may say to an organisation's owners when asking to join it (optional). */
export const JOIN_MESSAGE_MAX_LENGTH = 1_000;
export const joinRequestSchema = z.object({
  organisationSlug: z.string().min(1).max(SLUG_MAX_LENGTH),
  message: z.string().trim().max(JOIN_MESSAGE_MAX_LENGTH),
});

export const MODERATION_DECISIONS = ["approve", "request_changes", "reject"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];
/** Asking for changes or rejecting says why, in a few words that the organisation receives. */
export const MODERATION_MESSAGE_LENGTH = { min: 5, max: 2_000 } as const;

export const moderationDecisionSchema = z
  .object({
    organisationId: z.uuid(),
    decision: z.enum(MODERATION_DECISIONS),
    message: z.string().trim().max(MODERATION_MESSAGE_LENGTH.max).default(""),
  })
  .superRefine((value, context) => {
    if (value.decision !== "approve" && value.message.length < MODERATION_MESSAGE_LENGTH.min) {
      context.addIssue({
        code: "too_small",
        origin: "string",
        minimum: MODERATION_MESSAGE_LENGTH.min,
        inclusive: true,
        path: ["message"],
        input: value.message,
      });
    }
  });

/** A suspension's reason, which the members receive: the catalyst's and the admins' alike. */
export const SUSPENSION_REASON_LENGTH = { min: 5, max: 1_000 } as const;
export const suspensionReasonSchema = z.string().trim().min(SUSPENSION_REASON_LENGTH.min).max(SUSPENSION_REASON_LENGTH.max);
/** What an admin may add when restoring a suspended organisation: nothing, or as much as a suspension's reason. */
export const restoreReasonSchema = z.string().trim().max(SUSPENSION_REASON_LENGTH.max);

/** Whether a refused text was refused for its length above the maximum (the forms say so apart). */
export const isTooLong = (error: z.ZodError) => error.issues.some((issue) => issue.code === "too_big");
