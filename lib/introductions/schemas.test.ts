import { describe, expect, it } from "vitest";
import { REQUEST_CASES } from "@/lib/testing/introduction-cases";
import { introductionFieldErrors } from "./errors";
import { INTRODUCTION_ERRORS } from "./messages";
import {
  introductionRequestBodySchema,
  introductionRequestSchema,
  introductionTransitionBodySchema,
  introductionTransitionFormSchema,
  introductionTransitionSchema,
  MESSAGE_LENGTH,
  noneIfEmpty,
  NOTE_MAX_LENGTH,
} from "./schemas";

const VALID = {
  fromOrganisationId: "00000000-0000-4000-8000-000000000001",
  toSlug: "la-ressourcerie",
  message: "Bonjour, rencontrons-nous pour un projet commun.",
};
/** The same request as the API's body names it. */
const asBody = ({ fromOrganisationId, toSlug, ...rest }: Record<string, unknown>) => ({ from: fromOrganisationId, to: toSlug, ...rest });

describe("an introduction request", () => {
  it.each(REQUEST_CASES)("$name: the form (and lib) and the API agree, and name the same field", ({ change, refusedField }) => {
    const input = { ...VALID, ...change };
    const form = introductionRequestSchema.safeParse(input);
    const api = introductionRequestBodySchema.safeParse(asBody(input));
    expect(form.success).toBe(refusedField === null);
    expect(api.success).toBe(form.success);
    if (!form.success && !api.success) {
      expect(introductionFieldErrors(form.error, "fr").map((error) => error.field)).toEqual([refusedField]);
      expect(introductionFieldErrors(api.error, "fr")).toEqual(introductionFieldErrors(form.error, "fr"));
    }
  });

  it("takes a form's untouched selects, once the page's action made them null, as the API's null", () => {
    const fromForm = { ...VALID, needOfferId: noneIfEmpty(""), objective: noneIfEmpty(""), partnershipType: noneIfEmpty("") };
    expect(introductionRequestSchema.safeParse(fromForm).success).toBe(true);
    expect(introductionRequestBodySchema.safeParse(asBody(fromForm)).success).toBe(true);
  });

  it("reports an unknown objective as the objective's error, not the message's", () => {
    const parsed = introductionRequestSchema.safeParse({ ...VALID, objective: "world_domination" });
    expect(parsed.success).toBe(false);
    expect(introductionFieldErrors(parsed.error!, "en")).toEqual([{ field: "objective", message: INTRODUCTION_ERRORS.en.objective }]);
  });

  it("lists every bad field at once, each with lib's own message", () => {
    const parsed = introductionRequestSchema.safeParse({ ...VALID, message: "court", objective: "x", partnershipType: "y" });
    expect(introductionFieldErrors(parsed.error!, "fr")).toEqual([
      { field: "objective", message: INTRODUCTION_ERRORS.fr.objective },
      { field: "partnershipType", message: INTRODUCTION_ERRORS.fr.partnershipType },
      { field: "message", message: INTRODUCTION_ERRORS.fr.message },
    ]);
  });

  it("is one rule: the API body's fields are the very schemas lib parses, and the message's limits are said once", () => {
    const lib = introductionRequestSchema.shape;
    const api = introductionRequestBodySchema.shape;
    expect(api.from).toBe(lib.fromOrganisationId);
    expect(api.to).toBe(lib.toSlug);
    for (const field of ["needOfferId", "objective", "partnershipType", "message"] as const) expect(api[field]).toBe(lib[field]);
    expect(lib.message.minLength).toBe(MESSAGE_LENGTH.min);
    expect(lib.message.maxLength).toBe(MESSAGE_LENGTH.max);
    // The messages say the limits in words: they must say these ones.
    expect(INTRODUCTION_ERRORS.fr.message).toContain(`${MESSAGE_LENGTH.min} à ${MESSAGE_LENGTH.max.toLocaleString("fr-FR").replace(/\s/g, " ")}`);
    expect(INTRODUCTION_ERRORS.en.message).toContain(`${MESSAGE_LENGTH.min} to ${MESSAGE_LENGTH.max.toLocaleString("en")}`);
  });
});

describe("a step of an introduction's workflow", () => {
  const note = (length: number) => "n".repeat(length);
  it.each([
    { change: { action: "forward" }, ok: true },
    { change: { action: "reject", note: note(NOTE_MAX_LENGTH) }, ok: true },
    { change: { action: "reject", note: ` ${note(NOTE_MAX_LENGTH)} ` }, ok: true },
    { change: { action: "reject", note: note(NOTE_MAX_LENGTH + 1) }, ok: false },
    { change: { action: "start_alliance", partnershipType: "mecenat" }, ok: true },
    { change: { action: "start_alliance", partnershipType: "merger" }, ok: false },
    { change: { action: "accept", partnershipType: null, note: "" }, ok: true },
    { change: { action: "accept", partnershipType: "" }, ok: false },
    // The system's step: nobody may ask for it, from the page or the API.
    { change: { action: "expire" }, ok: false },
    { change: { action: "teleport" }, ok: false },
  ])("$change: lib, the page's form and the API agree", ({ change, ok }) => {
    expect(introductionTransitionSchema.safeParse(change).success).toBe(ok);
    expect(introductionTransitionFormSchema.safeParse({ introductionId: VALID.fromOrganisationId, ...change }).success).toBe(ok);
    expect(introductionTransitionBodySchema.safeParse(change).success).toBe(ok);
  });

  it("names a note too long as the note's error", () => {
    const parsed = introductionTransitionSchema.safeParse({ action: "decline", note: note(NOTE_MAX_LENGTH + 1) });
    expect(introductionFieldErrors(parsed.error!, "fr")).toEqual([{ field: "note", message: INTRODUCTION_ERRORS.fr.noteTooLong }]);
  });
});
