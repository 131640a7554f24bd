// The catalysts' inputs as one zod schema each: the list's search (the page and GET /api/catalysts) and the
// message of "contact this catalyst" (its form, its action and lib/catalysts/contact.ts). Pure: no db, no next.
import { z } from "zod";
import "@/lib/shared/zod-french";

export const SLUG_MAX_LENGTH = 200;
export const SEARCH_MAX_LENGTH = 100;

/** GET /api/catalysts and the /catalysts page (which drops what this refuses rather than failing). */
export const catalystSearchSchema = z.object({
  q: z.string().trim().max(SEARCH_MAX_LENGTH, `${SEARCH_MAX_LENGTH} caractères au plus / at most ${SEARCH_MAX_LENGTH} characters`).optional(),
  region: z
    .string()
    .regex(/^\d{2}$/, "code région INSEE / INSEE region code")
    .optional(),
  departement: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/, "code département INSEE / INSEE département code")
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CatalystSearch = z.output<typeof catalystSearchSchema>;

/** Counted once trimmed: a few sentences to introduce oneself, at most a page. */
export const CONTACT_MESSAGE_LENGTH = { min: 20, max: 2_000 } as const;
export const catalystContactSchema = z.object({
  catalystSlug: z.string().min(1).max(SLUG_MAX_LENGTH),
  message: z.string().trim().min(CONTACT_MESSAGE_LENGTH.min).max(CONTACT_MESSAGE_LENGTH.max),
});
