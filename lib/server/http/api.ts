// Helpers for the public JSON API: parse query parameters with zod and answer 400 with a JSON error that names
// each bad parameter, so clients never meet a 500 for something they sent.
import { z } from "zod";
import "@/lib/shared/zod-french";
import { bilingualIssueMessage } from "@/lib/shared/zod-messages";

export interface ApiFieldError {
  parameter: string;
  message: string;
}

export function apiError(status: number, error: string, fields: ApiFieldError[] = [], headers?: HeadersInit): Response {
  return Response.json({ error, fields }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Query parameters as a plain object; a repeated parameter becomes an array ("?kind=a&kind=b"). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return result;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; response: Response };

export function parseQuery<T extends z.ZodType>(schema: T, params: URLSearchParams): ParseResult<z.infer<T>> {
  // The API speaks both languages: an issue its schema gives no message for is told in French and English.
  const result = schema.safeParse(searchParamsToObject(params), { error: bilingualIssueMessage });
  if (result.success) return { ok: true, data: result.data };
  const fields = result.error.issues.map((issue) => ({
    // Clients know parameters, not positions inside them ("kind", not "kind.0").
    parameter: issue.path.length ? String(issue.path[0]) : "(query)",
    message: issue.message,
  }));
  return { ok: false, response: apiError(400, "Paramètres invalides / invalid parameters", fields) };
}

/** A request URL that may carry badly encoded characters (e.g. "%ff"): never throws. */
export function safeSearchParams(request: Request): URLSearchParams | null {
  try {
    const url = new URL(request.url);
    // Decoding happens lazily in URLSearchParams; force it here so a malformed sequence surfaces now.
    for (const value of url.searchParams.values()) void value;
    return url.searchParams;
  } catch {
    return null;
  }
}
