import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalystFieldsSchema } from "@/lib/import/catalyst-row";
import { aboutStep, contactStep, identityFields, needOfferItem } from "@/lib/organisations/registration/steps";
import { maxLengthOf } from "./schema-limits";

describe("a schema's maximum length, for the forms' hints", () => {
  it("is read through preprocessing, optionality and unions, and is the schema's very boundary", () => {
    const fields = [
      identityFields.name,
      identityFields.siret,
      aboutStep.shape.description,
      aboutStep.shape.website,
      needOfferItem.shape.title,
      needOfferItem.shape.description,
      contactStep.shape.contactName,
      contactStep.shape.contactRole,
      catalystFieldsSchema.shape.hostName,
      catalystFieldsSchema.shape.description,
    ];
    for (const field of fields) {
      const max = maxLengthOf(field);
      expect(field.safeParse("a".repeat(max)).success || field.safeParse(`https://www.exemple.fr/${"a".repeat(max - 26)}`).success).toBe(true);
      expect(field.safeParse("a".repeat(max + 1)).success).toBe(false);
    }
    expect(maxLengthOf(z.union([z.literal(""), z.string().max(12)]))).toBe(12);
  });

  it("is refused for a schema that sets none", () => {
    expect(() => maxLengthOf(z.string())).toThrow();
  });
});
