// A seeded generator of malformed HTTP requests: odd percent-encodings (invalid, NUL, overlong UTF-8, surrogates),
// SQL and script payloads, unicode look-alikes, repeated parameters, wrong JSON types and content types, huge bodies
// and headers, bogus and real server-action ids with junk bodies, Next's router headers, range and method oddities.
// The same seed gives the same requests, so a failure reproduces with `FUZZ_SEED=<seed>`.
import { dynamicSegments, fillPattern, type AppRoute, type Endpoints, type ServerAction } from "./endpoints";

export interface FuzzRequest {
  /** What kind of oddity, for the report. */
  label: string;
  /** The route pattern or action it targets, for coverage. */
  target: string;
  method: string;
  /** Path and query as they go on the wire (already encoded, oddities included). */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Mulberry32: small, fast and good enough to pick test inputs reproducibly. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (max: number) => Math.floor(next() * max),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability: number) => next() < probability,
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Percent-encoded oddities, put into paths and query strings as they are. */
export const ODD_ENCODINGS = [
  "%ff",
  "%fe%ff",
  "%00",
  "a%00b",
  "%c0%af", // overlong "/"
  "%c0%ae%c0%ae%c0%af", // overlong "../"
  "%e0%80%af", // overlong "/" in three bytes
  "%f0%80%80%af", // overlong "/" in four bytes
  "%c1%bf",
  "%ed%a0%80", // a UTF-16 surrogate encoded in UTF-8
  "%f4%90%80%80", // beyond U+10FFFF
  "%80",
  "%e2%82", // truncated sequence
  "%",
  "%2",
  "%zz",
  "%%",
  "%u0041",
  "%25ff",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "%2e%2e",
  "%0d%0aSet-Cookie:%20injected=1",
  "%0a",
  "%09",
  "%7f",
  "%5c..%5c",
  "%3cscript%3ealert(1)%3c%2fscript%3e",
  "%27%20OR%20%271%27%3D%271",
  "%ef%bc%8f", // fullwidth solidus
  "%e2%80%ae", // right-to-left override
  "%ef%bb%bf", // byte-order mark
] as const;

/** Values as text (URL-encoded when used in a URL), for query parameters, form fields and JSON strings. */
export const ODD_VALUES = [
  "",
  " ",
  "' OR '1'='1",
  "' OR 1=1--",
  "1; DROP TABLE organisations;--",
  "1' UNION SELECT null, version()--",
  "'); SELECT pg_sleep(3);--",
  "%' AND 1=1 AND '%'='",
  "\\",
  "$$; $$",
  '"',
  "`",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "ｏｒｇａｎｉｓａｔｉｏｎｓ",
  "аdmin", // Cyrillic "а"
  "Ρaris", // Greek capital rho
  "e\u0301cole",
  "\u202eevil",
  "\u200b\u200b",
  "\ufeffbom",
  "🤝".repeat(50),
  "\u0000",
  "-1",
  "0",
  "-0",
  "1e308",
  "1e-400",
  "NaN",
  "Infinity",
  "99999999999999999999999999",
  "0x1F",
  "1.5",
  " 7 ",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "../../etc/passwd",
  "//evil.example/",
  "https://evil.example/",
  "a".repeat(5_000),
  "é".repeat(3_000),
] as const;

/** Parameter names the app reads somewhere, plus classics. */
const PARAMETER_NAMES = [
  "q",
  "page",
  "limit",
  "offset",
  "kind",
  "theme",
  "themes",
  "odd",
  "resource",
  "near",
  "radius",
  "commune",
  "departement",
  "region",
  "epci",
  "lat",
  "lon",
  "bbox",
  "zoom",
  "layers",
  "focus",
  "to",
  "from",
  "status",
  "box",
  "catalyst",
  "callbackUrl",
  "error",
  "sort",
  "format",
  "lang",
  "locale",
  "__proto__",
  "q[]",
  "q[0]",
  "_rsc",
] as const;

const METHODS = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "PROPFIND", "TRACE", "get", "M-SEARCH", "LINK"] as const;

const CONTENT_TYPES = [
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/xml",
  "application/json; charset=utf-16",
  "application/json",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "multipart/form-data; boundary=----x",
  "application/x-www-form-urlencoded",
  "text/x-component",
  "application/octet-stream",
  "*/*",
  "",
  "image/svg+xml",
] as const;

const LOCALE_COOKIES = ["NEXT_LOCALE", "locale", "alliances-locale", "lang"] as const;

/** A JSON text of the wrong shape or type, or not JSON at all. */
function oddJson(random: Random): string {
  const value = random.pick(ODD_VALUES);
  return random.pick([
    () => "[]",
    () => "null",
    () => "123",
    () => JSON.stringify(value),
    () => "{",
    () => '{"message":',
    () => "\ufeff{}",
    () => "{'single': 'quotes'}",
    () => JSON.stringify({ message: 12, fromOrganisationId: [], toSlug: { $gt: "" } }),
    () => JSON.stringify({ message: value, fromOrganisationId: value, toSlug: value, action: value, note: value, partnershipType: value }),
    () => JSON.stringify({ __proto__: { isAdmin: true }, constructor: { prototype: { isAdmin: true } } }),
    () => '{"__proto__":{"isAdmin":true},"message":"x"}',
    () => JSON.stringify({ message: "x".repeat(70_000) }),
    () => "[".repeat(5_000) + "]".repeat(5_000),
    () => '{"a":'.repeat(3_000) + "1" + "}".repeat(3_000),
    () => JSON.stringify({ id: "00000000-0000-0000-0000-000000000000", action: "accept" }),
    () => JSON.stringify({ action: ["accept", "forward"], note: 42, partnershipType: null }),
    () => '{"n": 1e999, "m": -0, "s": "\\ud800"}',
    () => '"\\u0000"',
  ])();
}

/** A body that claims to be a form and is not quite one. */
function oddForm(random: Random): { contentType: string; body: string } {
  const value = encodeURIComponent(random.pick(ODD_VALUES)).slice(0, 2_000);
  return random.pick([
    () => ({ contentType: "application/x-www-form-urlencoded", body: `email=${random.pick(ODD_ENCODINGS)}&callbackUrl=${random.pick(ODD_ENCODINGS)}` }),
    () => ({ contentType: "application/x-www-form-urlencoded", body: `email=${value}&email=${value}&1_email=x&$ACTION_ID_${"0".repeat(42)}=` }),
    () => ({ contentType: "multipart/form-data; boundary=zzz", body: `--zzz\r\nContent-Disposition: form-data; name="email"\r\n\r\n${value}\r\n--zzz--\r\n` }),
    () => ({
      contentType: "multipart/form-data; boundary=zzz",
      body: `--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--zzz\r\nContent-Disposition: form-data; name="1_x"\r\n\r\n${value}\r\n--zzz--\r\n`,
    }),
    () => ({ contentType: "multipart/form-data; boundary=zzz", body: `--yyy\r\nbroken` }),
    () => ({
      contentType: "multipart/form-data; boundary=zzz",
      body: `--zzz\r\nContent-Disposition: form-data; name="file"; filename="../../x.csv"\r\nContent-Type: text/csv\r\n\r\n${value}\r\n--zzz--\r\n`,
    }),
    () => ({ contentType: "multipart/form-data", body: `--zzz\r\n\r\n` }),
    () => ({
      contentType: "text/plain;charset=UTF-8",
      body: random.pick([
        "[]",
        '["$K1"]',
        '["$@1"]',
        '["$Q1","$F0"]',
        '["$T"]',
        '["$B1"]',
        '["$n"]',
        JSON.stringify([value]),
        "not json",
        '[{"then":"$1:then"}]',
      ]),
    }),
  ])();
}

function hexId(random: Random, length = 42): string {
  let text = "";
  for (let index = 0; index < length; index += 1) text += "0123456789abcdef"[random.integer(16)];
  return text;
}

/** Values for a dynamic segment: a real one now and then (to reach the page's own code), oddities otherwise. */
function segmentValue(random: Random, segment: string, real: Record<string, string[]>): string {
  const known = real[segment] ?? [];
  if (known.length && random.chance(0.35)) {
    const value = random.pick(known);
    return random.chance(0.5) ? value : `${value}${random.pick(ODD_ENCODINGS)}`;
  }
  return random.pick([
    () => random.pick(ODD_ENCODINGS),
    () => encodeURIComponent(random.pick(ODD_VALUES)).slice(0, 3_000),
    () => `x${random.pick(ODD_ENCODINGS)}y`,
    () => "00000000-0000-0000-0000-000000000000",
    () => "not-a-uuid",
    () => hexId(random, 36),
  ])();
}

function queryString(random: Random): string {
  const pairs: string[] = [];
  const count = 1 + random.integer(5);
  for (let index = 0; index < count; index += 1) {
    const name = random.pick(PARAMETER_NAMES);
    const value = random.chance(0.4) ? random.pick(ODD_ENCODINGS) : encodeURIComponent(random.pick(ODD_VALUES)).slice(0, 4_000);
    pairs.push(`${encodeURIComponent(name)}=${value}`);
    // Repeated parameters: the same name again, bare, or as an array.
    if (random.chance(0.3)) pairs.push(`${encodeURIComponent(name)}=${value}`, encodeURIComponent(name), `${encodeURIComponent(name)}[]=1`);
  }
  if (random.chance(0.1)) pairs.push("&&&", "=", "==x");
  if (random.chance(0.05)) pairs.push(`q=${"%41".repeat(3_000)}`);
  return `?${pairs.join("&")}`;
}

/** Headers that change how Next handles a request, given wrong values. */
function oddHeaders(random: Random): Record<string, string> {
  const headers: Record<string, string> = {};
  const add = () =>
    random.pick<() => void>([
      () => (headers["RSC"] = random.pick(["1", "0", "yes", ""])),
      () =>
        (headers["Next-Router-State-Tree"] = random.pick([
          "%ff",
          "garbage",
          "[]",
          '["",{}]',
          "%5B%22%22%2C%7B%7D%5D",
          "%5B" + "%5B".repeat(2_000),
          "{}",
          "null",
          "[1,2,3,4,5,6,7]",
        ])),
      () => (headers["Next-Router-Prefetch"] = random.pick(["1", "2", "x"])),
      () => (headers["Next-Router-Segment-Prefetch"] = random.pick(["/_tree", "/_full", "%ff", "/../../x", "garbage", "/__PAGE__"])),
      () => (headers["Next-Url"] = random.pick(["%ff", "/x/%00", "http://evil.example/", "garbage"])),
      () => (headers["Next-Test-Fetch-Priority"] = "x"),
      () =>
        (headers["x-middleware-subrequest"] = random.pick([
          "proxy:proxy:proxy:proxy:proxy",
          "middleware:middleware:middleware:middleware:middleware",
          "src/middleware",
          "proxy",
        ])),
      () => (headers["x-nextjs-data"] = "1"),
      () => (headers["x-invoke-path"] = "/admin"),
      () => (headers["x-now-route-matches"] = "%ff"),
      () => (headers["x-forwarded-host"] = random.pick(["evil.example", "", "a".repeat(300), "localhost:1"])),
      () => (headers["x-forwarded-for"] = random.pick(["' OR 1=1--", "1.1.1.1, 2.2.2.2, %ff", "not-an-ip", "::ffff:127.0.0.1", "", "999.999.999.999"])),
      () => (headers["x-forwarded-proto"] = random.pick(["https", "gopher", "%ff"])),
      () => (headers["Accept"] = random.pick(["text/x-component", "*/*;q=abc", "application/json;q=2", "", "text/html, ".repeat(200)])),
      () => (headers["Accept-Language"] = random.pick(["xx", "*", "en;q=abc", "fr-FR;q=0.9,en;q=1e999", "ｆｒ", "%ff", "a".repeat(4_000), "-", ";;;,,,"])),
      () => (headers["Accept-Encoding"] = random.pick(["gzip;q=x", "br, zstd, identity;q=0, *;q=0", "zz"])),
      () =>
        (headers["Cookie"] = random.pick([
          `${random.pick(LOCALE_COOKIES)}=${random.pick(["en", "xx", "%ff", "", "fr; fr", "__proto__"])}`,
          `authjs.session-token=${random.pick(["garbage", "%ff", "' OR 1=1--", hexId(random, 64)])}`,
          `authjs.csrf-token=${random.pick(["a|b", "%ff", "|", ""])}; authjs.callback-url=${random.pick(["%ff", "http://evil.example/", "javascript:alert(1)"])}`,
          `__Secure-authjs.session-token=x; authjs.session-token=y; authjs.session-token=z`,
          "=;==;;;",
          `big=${"x".repeat(6_000)}`,
        ])),
      () =>
        (headers["Range"] = random.pick([
          "bytes=0-0",
          "bytes=-1",
          "bytes=5-1",
          "bytes=99999999999999999999-",
          "bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9",
          "items=0-1",
          "bytes=",
          "bytes=--",
          "bytes=0-" + "9".repeat(30),
        ])),
      () => (headers["If-Range"] = random.pick(['"x"', "Thu, 01 Jan 1970 00:00:00 GMT", "%ff"])),
      () => (headers["If-None-Match"] = random.pick(["*", '"', "W/", "x".repeat(2_000)])),
      () => (headers["If-Modified-Since"] = random.pick(["yesterday", "Thu, 31 Dec 9999 23:59:59 GMT", "0", "-1"])),
      () => (headers["Origin"] = random.pick(["null", "http://evil.example", "%ff", "file://", "http://localhost"])),
      () => (headers["Referer"] = random.pick(["%ff", "javascript:alert(1)", "http://evil.example/"])),
      () => (headers["Authorization"] = random.pick(["Bearer %ff", "Basic !!!", "Bearer " + "x".repeat(3_000)])),
      () => (headers["X-Huge"] = "h".repeat(random.pick([8_000, 14_000]))),
      () => (headers["Content-Type"] = random.pick(CONTENT_TYPES)),
    ])();
  const count = 1 + random.integer(3);
  for (let index = 0; index < count; index += 1) add();
  return headers;
}

interface Context {
  /** Real values for dynamic segments, e.g. "[slug]" → demo slugs. */
  real: Record<string, string[]>;
  /** The server's own origin, so that some calls pass the same-origin checks and reach the code behind them. */
  origin: string;
}

function originHeader(random: Random, context: Context): Record<string, string> {
  const origin = random.pick([context.origin, context.origin, context.origin, "http://evil.example", "null", "%ff", ""]);
  return origin === "" ? {} : { Origin: origin };
}

function pathFor(random: Random, route: AppRoute, context: Context): string {
  const segments = dynamicSegments(route.pattern);
  let path = fillPattern(route.pattern, (segment) => segmentValue(random, segment, context.real));
  // Static routes get an oddity of their own: an extra segment, a suffix, or a character swapped for its encoding.
  if (segments.length === 0 && random.chance(0.5)) {
    path = random.pick([
      () => `${path}/${random.pick(ODD_ENCODINGS)}`,
      () => `${path}${random.pick(ODD_ENCODINGS)}`,
      () => `${path}.rsc`,
      () => `${path}/index.segments/_tree.segment.rsc`,
      () => path.replace(/[a-z]/, (letter) => `%${letter.charCodeAt(0).toString(16)}`),
      () => path.replace(/[a-z]/, (letter) => `%${(letter.charCodeAt(0) - 32).toString(16)}`),
      () => `${path}/`,
      () => `${path}//`,
      () => `/.${path}`,
    ])();
  }
  return path === "" ? "/" : path;
}

/** One malformed request against a route (page or handler). */
export function requestForRoute(random: Random, route: AppRoute, context: Context): FuzzRequest {
  const path = pathFor(random, route, context);
  const shape = random.integer(6);
  if (shape === 0) return { label: "path", target: route.pattern, method: "GET", path, headers: {} };
  if (shape === 1) return { label: "query", target: route.pattern, method: "GET", path: `${path}${queryString(random)}`, headers: {} };
  if (shape === 2)
    return {
      label: "headers",
      target: route.pattern,
      method: "GET",
      path: random.chance(0.5) ? `${path}${queryString(random)}` : path,
      headers: oddHeaders(random),
    };
  if (shape === 3) {
    const method = random.pick(METHODS);
    return {
      label: `method ${method}`,
      target: route.pattern,
      method,
      path,
      headers: random.chance(0.5) ? oddHeaders(random) : {},
      body: method === "HEAD" || method === "TRACE" ? undefined : random.chance(0.5) ? oddJson(random) : undefined,
    };
  }
  if (shape === 4) {
    const json = random.chance(0.6);
    const form = oddForm(random);
    return {
      label: json ? "post json" : "post form",
      target: route.pattern,
      method: random.pick(["POST", "POST", "PUT", "PATCH"]),
      path,
      headers: { "Content-Type": json ? random.pick(CONTENT_TYPES) : form.contentType, ...originHeader(random, context) },
      body: json ? oddJson(random) : form.body,
    };
  }
  // A bogus server-action id on any URL: Next must not look it up as a real one.
  return {
    label: "bogus action id",
    target: route.pattern,
    method: "POST",
    path,
    headers: {
      "Next-Action": random.pick([
        hexId(random),
        hexId(random, 40),
        "x",
        "",
        "../../etc/passwd",
        "%ff",
        "0".repeat(2_000),
        "$ACTION_ID",
        "null",
        hexId(random).toUpperCase(),
      ]),
      "Content-Type": random.pick(["text/plain;charset=UTF-8", "multipart/form-data; boundary=zzz", "application/x-www-form-urlencoded"]),
      ...(random.chance(0.5) ? { "Next-Router-State-Tree": random.pick(["%ff", "garbage", "%5B%22%22%2C%7B%7D%5D"]) } : {}),
    },
    body: oddForm(random).body,
  };
}

/** One malformed call of a real server action, posted to one of the pages hosting it. */
export function requestForAction(random: Random, action: ServerAction, context: Context): FuzzRequest {
  const page = random.pick(action.pages.length ? action.pages : ["/"]);
  const path = fillPattern(page, (segment) => {
    const known = context.real[segment] ?? [];
    return known.length && random.chance(0.7) ? random.pick(known) : segmentValue(random, segment, context.real);
  });
  const form = oddForm(random);
  const headers: Record<string, string> = {
    "Next-Action": action.id,
    "Content-Type": form.contentType,
    Accept: "text/x-component",
    ...originHeader(random, context),
  };
  if (random.chance(0.3)) Object.assign(headers, oddHeaders(random));
  headers["Next-Action"] = action.id;
  return {
    label: `action ${action.name}`,
    target: `action:${action.name}`,
    method: "POST",
    path: random.chance(0.2) ? `${path}${queryString(random)}` : path,
    headers,
    body: form.body,
  };
}

/** Huge bodies, sent once per kind (they are slow): 2 MB declared, 2 MB chunked, 10 MB form. */
export function hugeRequests(endpoints: Endpoints): FuzzRequest[] {
  const big = "a".repeat(2 * 1024 * 1024);
  const action = endpoints.actions[0];
  return [
    {
      label: "huge json",
      target: "/api/introductions",
      method: "POST",
      path: "/api/introductions",
      headers: { "Content-Type": "application/json", Origin: "http://localhost" },
      body: JSON.stringify({ message: big }),
    },
    {
      label: "huge form",
      target: "/sign-in",
      method: "POST",
      path: "/sign-in",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...(action ? { "Next-Action": action.id } : {}) },
      body: `email=${"b".repeat(10 * 1024 * 1024)}`,
    },
    {
      label: "huge get body",
      target: "/api/organisations",
      method: "GET",
      path: "/api/organisations",
      headers: { "Content-Type": "application/json" },
      body: big,
    },
    { label: "huge query", target: "/api/organisations", method: "GET", path: `/api/organisations?q=${"x".repeat(12_000)}`, headers: {} },
    { label: "huge path", target: "/organisations/[slug]", method: "GET", path: `/organisations/${"x".repeat(12_000)}`, headers: {} },
  ];
}

/** The whole run: every route and every action several times, then the rest spread at random, up to `total`. */
export function generateRequests(seed: number, endpoints: Endpoints, context: Context, total: number): FuzzRequest[] {
  const random = createRandom(seed);
  const requests: FuzzRequest[] = [...hugeRequests(endpoints)];
  const rounds = 6;
  for (let round = 0; round < rounds; round += 1) {
    for (const route of endpoints.routes) requests.push(requestForRoute(random, route, context));
    for (const action of endpoints.actions) requests.push(requestForAction(random, action, context));
  }
  while (requests.length < total) {
    if (random.chance(0.8)) requests.push(requestForRoute(random, random.pick(endpoints.routes), context));
    else requests.push(requestForAction(random, random.pick(endpoints.actions), context));
  }
  return requests;
}
