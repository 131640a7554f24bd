import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalystContactSchema, catalystSearchSchema, CONTACT_MESSAGE_LENGTH } from "@/lib/catalysts/schemas";
import {
  isTooLong,
  JOIN_MESSAGE_MAX_LENGTH,
  joinRequestSchema,
  MODERATION_MESSAGE_LENGTH,
  moderationDecisionSchema,
  restoreReasonSchema,
  SUSPENSION_REASON_LENGTH,
  suspensionReasonSchema,
} from "./schemas";

const text = (length: number) => "x".repeat(length);
const ID = "00000000-0000-4000-8000-000000000001";
/** What the forms' maxLength hints read: the schema's own limit, as its JSON Schema says it. */
const maxLengthOf = (schema: z.ZodType) => (z.toJSONSchema(schema, { io: "input" }) as { maxLength?: number }).maxLength;

describe("the short texts around an organisation", () => {
  it.each([
    { message: "", ok: true },
    { message: text(JOIN_MESSAGE_MAX_LENGTH), ok: true },
    { message: `  ${text(JOIN_MESSAGE_MAX_LENGTH)}\n`, ok: true },
    { message: text(JOIN_MESSAGE_MAX_LENGTH + 1), ok: false },
  ])("a request to join with $message.length characters: $ok", ({ message, ok }) => {
    expect(joinRequestSchema.safeParse({ organisationSlug: "la-ressourcerie", message }).success).toBe(ok);
  });

  it.each([
    { decision: "approve", message: "", ok: true },
    { decision: "request_changes", message: text(MODERATION_MESSAGE_LENGTH.min), ok: true },
    { decision: "request_changes", message: `   ${text(MODERATION_MESSAGE_LENGTH.min - 1)}  `, ok: false },
    { decision: "reject", message: "", ok: false },
    { decision: "reject", message: text(MODERATION_MESSAGE_LENGTH.max), ok: true },
    { decision: "approve", message: text(MODERATION_MESSAGE_LENGTH.max + 1), ok: false },
    { decision: "publish", message: "Bienvenue", ok: false },
  ])("a moderation decision $decision with $message.length characters: $ok", ({ decision, message, ok }) => {
    const parsed = moderationDecisionSchema.safeParse({ organisationId: ID, decision, message });
    expect(parsed.success).toBe(ok);
    if (!parsed.success && decision !== "publish") expect(parsed.error.issues.map((issue) => issue.path)).toEqual([["message"]]);
  });

  it.each([
    { reason: "", suspend: false, restore: true, tooLong: false },
    { reason: ` ${text(SUSPENSION_REASON_LENGTH.min - 1)} `, suspend: false, restore: true, tooLong: false },
    { reason: text(SUSPENSION_REASON_LENGTH.min), suspend: true, restore: true, tooLong: false },
    { reason: text(SUSPENSION_REASON_LENGTH.max), suspend: true, restore: true, tooLong: false },
    { reason: text(SUSPENSION_REASON_LENGTH.max + 1), suspend: false, restore: false, tooLong: true },
  ])("a reason of $reason.length characters: suspends $suspend, restores $restore", ({ reason, suspend, restore, tooLong }) => {
    const suspension = suspensionReasonSchema.safeParse(reason);
    expect(suspension.success).toBe(suspend);
    expect(restoreReasonSchema.safeParse(reason).success).toBe(restore);
    if (!suspension.success) expect(isTooLong(suspension.error)).toBe(tooLong);
  });

  it("gives the forms the limits the schemas hold", () => {
    expect(maxLengthOf(joinRequestSchema.shape.message)).toBe(JOIN_MESSAGE_MAX_LENGTH);
    expect(maxLengthOf(suspensionReasonSchema)).toBe(SUSPENSION_REASON_LENGTH.max);
    expect(maxLengthOf(restoreReasonSchema)).toBe(SUSPENSION_REASON_LENGTH.max);
    expect(maxLengthOf(catalystContactSchema.shape.message)).toBe(CONTACT_MESSAGE_LENGTH.max);
  });
});

describe("the catalysts' inputs", () => {
  it.each([
    { message: text(CONTACT_MESSAGE_LENGTH.min), ok: true },
    { message: ` ${text(CONTACT_MESSAGE_LENGTH.min - 1)}  `, ok: false },
    { message: `\n${text(CONTACT_MESSAGE_LENGTH.max)} `, ok: true },
    { message: text(CONTACT_MESSAGE_LENGTH.max + 1), ok: false },
  ])("a message to a catalyst of $message.length characters: $ok", ({ message, ok }) => {
    expect(catalystContactSchema.safeParse({ catalystSlug: "catalyseur-lyon", message }).success).toBe(ok);
  });

  it("searches with the same bounds from the page and the API", () => {
    expect(catalystSearchSchema.safeParse({ page: "10000" }).success).toBe(true);
    expect(catalystSearchSchema.safeParse({ page: "10001" }).success).toBe(false);
    expect(catalystSearchSchema.safeParse({ departement: "2A" }).success).toBe(true);
    expect(catalystSearchSchema.safeParse({ q: text(101) }).success).toBe(false);
  });
});
