// Checks the proxy runs on every request before Next sees it, for inputs Next (or a library under it) would answer
// with a 500 instead of a 4xx. Each was found by the HTTP fuzzer (e2e/fuzz.spec.ts):
// - a path or query with a malformed percent-encoding or a NUL (PostgreSQL refuses NUL in text);
// - Next's internal pages requested by URL ("/_global-error" renders as a 500);
// - forwarded headers no URL can be built from (Auth.js builds its URLs from them);
// - a state-changing request whose Origin is not this site (Next aborts cross-site form posts with a 500);
// - a multipart body that does not parse (Next tries every multipart POST to a page as a no-JavaScript form action);
// - a server-action call with a malformed id, or arguments that are not what React sends (Next's decoder throws,
//   or waits for a part that never comes).
import { originIsThisSite } from "./origin";

export interface RequestProblem {
  status: 400 | 403 | 404;
  message: string;
}

const problem = (status: RequestProblem["status"], french: string, english: string): RequestProblem => ({ status, message: `${french} / ${english}` });
const MALFORMED_URL = problem(400, "Requête invalide : adresse mal encodée.", "Bad request: malformed URL encoding.");
const BAD_HEADER = problem(400, "Requête invalide : en-tête mal formé.", "Bad request: malformed header.");
const BAD_BODY = problem(400, "Requête invalide : corps mal formé.", "Bad request: malformed body.");
const BAD_ACTION = problem(400, "Requête d'action invalide.", "Invalid Server Action request.");
const CROSS_SITE = problem(403, "Requête d'une autre origine refusée.", "Cross-origin request refused.");
const NOT_FOUND = problem(404, "Page introuvable.", "Not found.");

/** Next's action ids: 42 hex digits (one info byte, then a 40-digit hash). */
const ACTION_ID = /^[0-9a-f]{42}$/i;
/** Routes Next renders for itself, never meant to be asked for by URL. */
const INTERNAL_PATHS = /^\/_(global-error|not-found|error)(\/|\.|$)/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hasNul(text: string): boolean {
  return text.includes("\u0000");
}

/** Whether every part of the path and of the query decodes as UTF-8 to text without NUL. */
export function isWellEncodedUrl(url: URL): boolean {
  try {
    if (hasNul(decodeURIComponent(url.pathname))) return false;
    // URLSearchParams replaces bad sequences with U+FFFD instead of failing: decode each part strictly ourselves.
    for (const part of url.search.slice(1).split("&")) {
      if (hasNul(decodeURIComponent(part.replace(/\+/g, " ")))) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function isHost(value: string): boolean {
  try {
    const url = new URL(`http://${value}`);
    return url.host === value.toLowerCase() && url.pathname === "/" && !url.username && !url.password;
  } catch {
    return false;
  }
}

// React's reply format: a string that begins with "$" is a reference (user strings that do are escaped as "$$").
// Some stand alone (undefined, NaN, dates, big integers); the others point to another part of a multipart body,
// and React's decoder fails (or waits for ever) when that part is missing or of the wrong kind.
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D.|n-?\d+$)/;
const PART_REFERENCE = /^\$(@|Q|W|i|K|B)?([0-9a-f]{1,8})$/;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether every reference in a decoded value resolves to a part of the right kind (`parts` null: no parts). */
function referencesResolve(value: unknown, parts: FormData | null, seen: Set<string>): boolean {
  if (typeof value === "string") {
    if (!value.startsWith("$") || SELF_CONTAINED.test(value)) return true;
    const reference = PART_REFERENCE.exec(value);
    if (!reference) return false;
    const [, kind, hex] = reference;
    // A FormData argument gathers the fields named "<id>_…": none is a valid (empty) FormData.
    if (kind === "K") return true;
    const id = String(parseInt(hex!, 16));
    const part = parts?.get(id);
    if (part === null || part === undefined) return false;
    if (kind === "B") return typeof part !== "string";
    if (typeof part !== "string") return false;
    if (seen.has(id)) return true;
    seen.add(id);
    const parsed = parseJson(part);
    return parsed.ok && referencesResolve(parsed.value, parts, seen);
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts, seen));
  if (value && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, parts, seen));
  return true;
}

/** React's encoding of a server action's arguments: a JSON array, NUL-free, whose references all resolve. */
function isActionArguments(text: string, parts: FormData | null): boolean {
  if (hasNul(text) || text.includes("\\u0000")) return false;
  const parsed = parseJson(text);
  return parsed.ok && Array.isArray(parsed.value) && referencesResolve(parsed.value, parts, new Set(["0"]));
}

export async function checkRequest(request: Request, url: URL): Promise<RequestProblem | null> {
  if (!isWellEncodedUrl(url)) return MALFORMED_URL;
  if (INTERNAL_PATHS.test(url.pathname)) return NOT_FOUND;

  const headers = request.headers;
  const forwardedHost = headers.get("x-forwarded-host");
  if (forwardedHost !== null && !forwardedHost.split(",").every((host) => isHost(host.trim()))) return BAD_HEADER;
  const forwardedProto = headers.get("x-forwarded-proto");
  if (forwardedProto !== null && !forwardedProto.split(",").every((proto) => /^https?$/i.test(proto.trim()))) return BAD_HEADER;

  if (SAFE_METHODS.has(request.method)) return null;
  const origin = headers.get("origin");
  if (origin !== null && !originIsThisSite(origin, headers)) return CROSS_SITE;

  const contentType = headers.get("content-type") ?? "";
  const actionId = headers.get("next-action");
  if (actionId !== null && request.method === "POST" && !ACTION_ID.test(actionId)) return BAD_ACTION;
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return BAD_BODY;
    }
    if ([...form.values()].some((value) => typeof value === "string" && hasNul(value))) return BAD_BODY;
    // A server action's arguments travel as JSON in the field "0", form fields and files beside it.
    if (actionId !== null) {
      const root = form.get("0");
      if (typeof root !== "string" || !isActionArguments(root, form)) return BAD_ACTION;
    }
    return null;
  }
  if (actionId !== null && request.method === "POST" && !/^application\/x-www-form-urlencoded/i.test(contentType)) {
    try {
      if (!isActionArguments(await request.clone().text(), null)) return BAD_ACTION;
    } catch {
      return BAD_ACTION;
    }
  }
  return null;
}
