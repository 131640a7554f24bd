// Helpers for the signed-in part of the JSON API (cookie sessions): state-changing requests must come from this
// site (same Origin), read a bounded JSON body, and map the domain's errors to their HTTP status.
import { apiError } from "./api";
import { originIsThisSite } from "./origin";

/** Requests that change state must say where they come from, and come from here (against cross-site forgery). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && originIsThisSite(origin, request.headers);
}

export function crossOriginRefused(): Response {
  return apiError(403, "Requête d'une autre origine refusée / cross-origin request refused", [
    { parameter: "Origin", message: "Origine absente ou différente" },
  ]);
}

export function signInRequired(): Response {
  return apiError(401, "Connexion requise / sign-in required", [], { "WWW-Authenticate": 'Cookie realm="alliances"' });
}

const MAX_BODY_BYTES = 64 * 1024;

/** The JSON object of a request body, or an error Response (413 too large, 400 not a JSON object). */
export async function readJsonObject(request: Request): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: apiError(413, "Corps trop volumineux / body too large") };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: apiError(400, "Corps illisible / unreadable body") };
  }
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: apiError(413, "Corps trop volumineux / body too large") };
  try {
    const data = JSON.parse(text) as unknown;
    if (data && typeof data === "object" && !Array.isArray(data)) return { ok: true, data: data as Record<string, unknown> };
  } catch {
    // falls through
  }
  return {
    ok: false,
    response: apiError(400, "Le corps doit être un objet JSON / the body must be a JSON object", [{ parameter: "(body)", message: "JSON invalide" }]),
  };
}
