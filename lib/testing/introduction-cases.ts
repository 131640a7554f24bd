// Boundary inputs of an introduction request, each with the field it is wrong in (or none): the unit tests run
// them through the schemas of the form and the API, the database tests through lib, so all three agree.
import { MESSAGE_LENGTH } from "@/lib/introductions/schemas";

const letters = (count: number) => "a".repeat(count);

export interface RequestCase {
  name: string;
  /** Fields changed from a valid request (`from`, `to` and a valid message are filled in by the test). */
  change: Record<string, unknown>;
  /** The field lib's errors name when the request is refused; null when it is valid. */
  refusedField: "message" | "objective" | "partnershipType" | "needOfferId" | "to" | null;
}

export const REQUEST_CASES: RequestCase[] = [
  { name: "shortest message", change: { message: letters(MESSAGE_LENGTH.min) }, refusedField: null },
  { name: "message one character short", change: { message: letters(MESSAGE_LENGTH.min - 1) }, refusedField: "message" },
  { name: "message short once trimmed", change: { message: `  ${letters(MESSAGE_LENGTH.min - 1)}\n` }, refusedField: "message" },
  { name: "longest message", change: { message: letters(MESSAGE_LENGTH.max) }, refusedField: null },
  { name: "longest message, padded", change: { message: ` ${letters(MESSAGE_LENGTH.max)}  ` }, refusedField: null },
  { name: "message one character too long", change: { message: letters(MESSAGE_LENGTH.max + 1) }, refusedField: "message" },
  { name: "message not text", change: { message: 42 }, refusedField: "message" },
  { name: "known objective", change: { objective: "territory_project" }, refusedField: null },
  // A form's empty select is turned into null by the page's action (noneIfEmpty); "" itself is no objective.
  { name: "no objective", change: { objective: undefined }, refusedField: null },
  { name: "empty objective", change: { objective: "" }, refusedField: "objective" },
  { name: "no objective (null)", change: { objective: null }, refusedField: null },
  { name: "unknown objective", change: { objective: "world_domination" }, refusedField: "objective" },
  { name: "unknown partnership type", change: { partnershipType: "merger" }, refusedField: "partnershipType" },
  { name: "need or offer that is no id", change: { needOfferId: "not-a-uuid" }, refusedField: "needOfferId" },
  { name: "empty target", change: { toSlug: "" }, refusedField: "to" },
  { name: "target slug too long", change: { toSlug: letters(201) }, refusedField: "to" },
];
