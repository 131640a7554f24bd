// The query of GET /api/organisations/{slug}/matches as one zod schema, which the route parses and the API's
// description is generated from. Pure: no db, no next.
import { z } from "zod";
import "@/lib/shared/zod-french";

/** Members may ask for up to 50 proposals; lib/matching/proposals.ts gives the public at most 10 whatever is asked. */
export const MAX_PROPOSALS = 50;
export const DEFAULT_PROPOSALS = 10;

export const matchesQuerySchema = z.object({
  focus: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PROPOSALS).default(DEFAULT_PROPOSALS),
  lang: z.enum(["fr", "en"]).default("fr"),
});
