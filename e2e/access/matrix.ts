// The permission matrix of docs/permissions.md in machine-readable form: for every route, API endpoint and server
// action the build produces, what each of the six roles gets. e2e/access.spec.ts checks that this list and the
// build's manifests name the same routes and actions, then runs every entry as every role.
import type { Fixtures } from "./fixtures";

export const ROLES = ["anonymous", "member", "otherMember", "catalyst", "otherCatalyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a request answers, without following redirects: `ok` (2xx), `signIn` (a redirect to the sign-in page),
 * `redirect` (any other redirect), `unauthorized` (401), `forbidden` (403), `notFound` (404),
 * `badRequest` (400), `conflict` (409), `methodNotAllowed` (405).
 */
export type Outcome = "ok" | "signIn" | "redirect" | "unauthorized" | "forbidden" | "notFound" | "badRequest" | "conflict" | "methodNotAllowed";
export type Expected = Record<Role, Outcome>;

// ---------------------------------------------------------------------------------------------------------
// Shorthands for the common rows of the written matrix

const everyone = (outcome: Outcome): Expected => ({
  anonymous: outcome,
  member: outcome,
  otherMember: outcome,
  catalyst: outcome,
  otherCatalyst: outcome,
  admin: outcome,
});
/** Pages for any signed-in user: anonymous visitors are sent to the sign-in page. */
const signedIn: Expected = { ...everyone("ok"), anonymous: "signIn" };
/** Back-office pages: the admin layout sends anonymous visitors to sign in and answers 404 to anyone else. */
const adminPage: Expected = { ...everyone("notFound"), anonymous: "signIn", admin: "ok" };
/** Back-office files: 404 for anyone but an admin, signed in or not (nothing is revealed). */
const adminFile: Expected = { ...everyone("notFound"), admin: "ok" };
/** Catalyst pages: staff and admins; a member gets 404, an anonymous visitor the sign-in page. */
const catalystPage: Expected = { anonymous: "signIn", member: "notFound", otherMember: "notFound", catalyst: "ok", otherCatalyst: "ok", admin: "ok" };

export interface RouteCase {
  /** Says which object is used, e.g. "published organisation". */
  name: string;
  method?: "GET" | "POST";
  path: (fixtures: Fixtures, role: Role) => string;
  /** For POST: a JSON body, sent with this site's Origin. */
  json?: (fixtures: Fixtures, role: Role) => unknown;
  /** POSTs that change state run after the read-only crawl; those each role may do get their own object. */
  expect: Expected;
}

export interface RouteEntry {
  kind: "page" | "route";
  /** The HTTP methods a route handler answers (besides HEAD and OPTIONS, which Next adds). */
  methods?: string[];
  cases: RouteCase[];
  /** Left out of the contact-leak crawl, with the reason. */
  leakExempt?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Routes: keyed by the path pattern of .next/app-path-routes-manifest.json

export const ROUTES: Record<string, RouteEntry> = {
  // Public pages
  "/": { kind: "page", cases: [{ name: "home", path: () => "/", expect: everyone("ok") }] },
  "/accessibility": { kind: "page", cases: [{ name: "statement", path: () => "/accessibility", expect: everyone("ok") }] },
  "/privacy": { kind: "page", cases: [{ name: "notice", path: () => "/privacy", expect: everyone("ok") }] },
  "/charter": { kind: "page", cases: [{ name: "text", path: () => "/charter", expect: everyone("ok") }] },
  "/map": { kind: "page", cases: [{ name: "map", path: () => "/map", expect: everyone("ok") }] },
  "/observatory": { kind: "page", cases: [{ name: "observatory", path: () => "/observatory", expect: everyone("ok") }] },
  "/open-data": { kind: "page", cases: [{ name: "open data", path: () => "/open-data", expect: everyone("ok") }] },
  "/catalysts": { kind: "page", cases: [{ name: "directory", path: () => "/catalysts", expect: everyone("ok") }] },
  "/catalysts/find": {
    kind: "page",
    cases: [{ name: "finder", path: (f) => `/catalysts/find?commune=${f.memberOrganisation.communeCode}`, expect: everyone("ok") }],
  },
  "/catalysts/[slug]": {
    kind: "page",
    cases: [
      { name: "covering catalyst", path: (f) => `/catalysts/${f.catalyst.slug}`, expect: everyone("ok") },
      { name: "catalyst elsewhere (contact published)", path: (f) => `/catalysts/${f.otherCatalyst.slug}`, expect: everyone("ok") },
      { name: "unknown catalyst", path: () => "/catalysts/no-such-catalyst", expect: everyone("notFound") },
    ],
  },
  "/organisations": {
    kind: "page",
    cases: [
      { name: "directory", path: () => "/organisations", expect: everyone("ok") },
      { name: "non-canonical query", path: () => "/organisations?page=1", expect: everyone("redirect") },
    ],
  },
  "/organisations/[slug]": {
    kind: "page",
    cases: [
      { name: "published organisation", path: (f) => `/organisations/${f.memberOrganisation.slug}`, expect: everyone("ok") },
      { name: "pending organisation", path: (f) => `/organisations/${f.pendingOrganisation.slug}`, expect: everyone("notFound") },
      { name: "draft organisation", path: (f) => `/organisations/${f.draftOrganisation.slug}`, expect: everyone("notFound") },
      { name: "suspended organisation", path: (f) => `/organisations/${f.suspendedOrganisation.slug}`, expect: everyone("notFound") },
    ],
  },
  "/organisations/[slug]/partners": {
    kind: "page",
    cases: [
      { name: "published organisation", path: (f) => `/organisations/${f.memberOrganisation.slug}/partners`, expect: everyone("ok") },
      { name: "pending organisation", path: (f) => `/organisations/${f.pendingOrganisation.slug}/partners`, expect: everyone("notFound") },
    ],
  },
  "/observatory/csv/[dataset]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "dataset", path: () => "/observatory/csv/partnership-types", expect: everyone("ok") },
      { name: "unknown dataset", path: () => "/observatory/csv/nothing", expect: everyone("notFound") },
    ],
  },
  "/robots.txt": { kind: "route", methods: ["GET"], cases: [{ name: "robots", path: () => "/robots.txt", expect: everyone("ok") }] },
  "/icon.svg": { kind: "route", methods: ["GET"], cases: [{ name: "icon", path: () => "/icon.svg", expect: everyone("ok") }] },
  "/sitemap.xml": { kind: "route", methods: ["GET"], cases: [{ name: "index", path: () => "/sitemap.xml", expect: everyone("ok") }] },
  "/sitemaps/[file]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "pages", path: () => "/sitemaps/pages.xml", expect: everyone("ok") },
      { name: "organisations", path: () => "/sitemaps/organisations-0.xml", expect: everyone("ok") },
      { name: "unknown file", path: () => "/sitemaps/nothing.xml", expect: everyone("notFound") },
    ],
  },
  "/_not-found": { kind: "page", cases: [{ name: "not found page", path: () => "/_not-found", expect: everyone("notFound") }] },
  // Next's error boundary, built as a page: the proxy answers its address with the not-found page, never a 500.
  "/_global-error": { kind: "page", cases: [{ name: "error page (never a route of its own)", path: () => "/_global-error", expect: everyone("notFound") }] },
  "/dev/mailbox": {
    kind: "page",
    // The development mailbox shows every outgoing mail to anyone by design; it exists only outside production or
    // with DEV_MAILBOX=true (the demo, these tests), never in a real deployment (docs/permissions.md).
    leakExempt: "development mailbox (DEV_MAILBOX=true only)",
    cases: [{ name: "mailbox", path: () => "/dev/mailbox", expect: everyone("ok") }],
  },

  // Accounts
  "/sign-in": { kind: "page", cases: [{ name: "form", path: () => "/sign-in", expect: { ...everyone("redirect"), anonymous: "ok" } }] },
  "/sign-in/check-email": { kind: "page", cases: [{ name: "page", path: () => "/sign-in/check-email", expect: everyone("ok") }] },
  "/sign-in/error": {
    kind: "page",
    cases: [
      { name: "page", path: () => "/sign-in/error", expect: everyone("ok") },
      { name: "a disabled account's link", path: () => "/sign-in/error?error=AccessDenied", expect: everyone("ok") },
    ],
  },
  "/account": { kind: "page", cases: [{ name: "own account", path: () => "/account", expect: signedIn }] },
  "/account/data": { kind: "route", methods: ["GET"], cases: [{ name: "own data", path: () => "/account/data", expect: signedIn }] },
  "/account/join/[slug]": {
    kind: "page",
    cases: [
      { name: "published organisation", path: (f) => `/account/join/${f.memberOrganisation.slug}`, expect: signedIn },
      { name: "pending organisation", path: (f) => `/account/join/${f.pendingOrganisation.slug}`, expect: { ...everyone("notFound"), anonymous: "signIn" } },
    ],
  },
  "/account/organisations/[slug]": {
    kind: "page",
    cases: [
      {
        name: "the member's organisation",
        path: (f) => `/account/organisations/${f.memberOrganisation.slug}`,
        expect: { anonymous: "signIn", member: "ok", otherMember: "notFound", catalyst: "notFound", otherCatalyst: "notFound", admin: "ok" },
      },
    ],
  },
  "/register": { kind: "page", cases: [{ name: "own registration", path: () => "/register", expect: signedIn }] },
  "/notifications": { kind: "page", cases: [{ name: "own notifications", path: () => "/notifications", expect: signedIn }] },

  // Introductions: member = requester, other member = target, catalyst = the one it was routed to,
  // other catalyst = someone with no part in it.
  "/introductions": { kind: "page", cases: [{ name: "own list", path: () => "/introductions", expect: signedIn }] },
  "/introductions/new": {
    kind: "page",
    cases: [
      {
        name: "request form to a published organisation",
        path: (f) => `/introductions/new?to=${f.spareOrganisations[0]!.slug}`,
        // Someone with no published organisation is told so (the form needs one to request from).
        expect: signedIn,
      },
      { name: "no target", path: () => "/introductions/new", expect: { ...everyone("notFound"), anonymous: "signIn" } },
    ],
  },
  "/introductions/[id]": {
    kind: "page",
    cases: [
      {
        name: "accepted introduction",
        path: (f) => `/introductions/${f.acceptedIntroduction}`,
        expect: { anonymous: "signIn", member: "ok", otherMember: "ok", catalyst: "ok", otherCatalyst: "notFound", admin: "ok" },
      },
      {
        name: "submitted introduction (not forwarded: the target does not see it yet)",
        path: (f) => `/introductions/${f.submittedIntroduction}`,
        expect: { anonymous: "signIn", member: "ok", otherMember: "notFound", catalyst: "ok", otherCatalyst: "notFound", admin: "ok" },
      },
      {
        name: "accepted introduction that no catalyst handles",
        path: (f) => `/introductions/${f.adminIntroduction}`,
        expect: { anonymous: "signIn", member: "notFound", otherMember: "notFound", catalyst: "notFound", otherCatalyst: "notFound", admin: "ok" },
      },
      { name: "unknown id", path: () => "/introductions/00000000-0000-4000-8000-000000000000", expect: { ...everyone("notFound"), anonymous: "signIn" } },
    ],
  },

  // Catalysts
  "/moderation": { kind: "page", cases: [{ name: "queue", path: () => "/moderation", expect: catalystPage }] },
  "/network/dashboard": {
    kind: "page",
    cases: [
      { name: "own dashboard", path: () => "/network/dashboard", expect: catalystPage },
      {
        name: "the covering catalyst's dashboard",
        path: (f) => `/network/dashboard?catalyst=${f.catalyst.slug}`,
        expect: { ...catalystPage, otherCatalyst: "notFound" },
      },
    ],
  },
  "/network/alliances": {
    kind: "page",
    cases: [
      { name: "own alliances", path: () => "/network/alliances", expect: catalystPage },
      {
        name: "the covering catalyst's alliances",
        path: (f) => `/network/alliances?catalyst=${f.catalyst.slug}`,
        expect: { ...catalystPage, otherCatalyst: "notFound" },
      },
    ],
  },
  "/network/white-zones": { kind: "page", cases: [{ name: "white zones", path: () => "/network/white-zones", expect: catalystPage }] },

  // Back-office
  "/admin": { kind: "page", cases: [{ name: "home", path: () => "/admin", expect: adminPage }] },
  "/admin/audit": { kind: "page", cases: [{ name: "log", path: () => "/admin/audit", expect: adminPage }] },
  "/admin/catalysts": { kind: "page", cases: [{ name: "list", path: () => "/admin/catalysts", expect: adminPage }] },
  "/admin/catalysts/new": { kind: "page", cases: [{ name: "form", path: () => "/admin/catalysts/new", expect: adminPage }] },
  "/admin/catalysts/[id]": {
    kind: "page",
    cases: [{ name: "the covering catalyst (its own staff too)", path: (f) => `/admin/catalysts/${f.catalyst.id}`, expect: adminPage }],
  },
  "/admin/organisations": { kind: "page", cases: [{ name: "search", path: () => "/admin/organisations", expect: adminPage }] },
  "/admin/users": { kind: "page", cases: [{ name: "search", path: () => "/admin/users", expect: adminPage }] },
  "/admin/users/[id]": { kind: "page", cases: [{ name: "the member's account", path: (f) => `/admin/users/${f.users.member}`, expect: adminPage }] },
  "/admin/import": { kind: "page", cases: [{ name: "form", path: () => "/admin/import", expect: adminPage }] },
  "/admin/duplicates": { kind: "page", cases: [{ name: "list", path: () => "/admin/duplicates", expect: adminPage }] },
  "/admin/exports": { kind: "page", cases: [{ name: "list", path: () => "/admin/exports", expect: adminPage }] },
  "/admin/exports/[file]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      ...["catalysts.csv", "catalysts.json", "organisations.csv", "organisations.json", "needs-offers.csv"].map((file) => ({
        name: file,
        path: () => `/admin/exports/${file}`,
        expect: adminFile,
      })),
      { name: "unknown file", path: () => "/admin/exports/users.csv", expect: everyone("notFound") },
    ],
  },
  "/admin/import/template/[kind]": {
    kind: "route",
    methods: ["GET"],
    // Column names and an invented example row: public on purpose, the README and the command line link to it.
    cases: [
      { name: "organisations template", path: () => "/admin/import/template/organisations", expect: everyone("ok") },
      { name: "catalysts template", path: () => "/admin/import/template/catalysts", expect: everyone("ok") },
    ],
  },
  "/admin/users/[id]/data": {
    kind: "route",
    methods: ["POST"],
    cases: [
      // POST because it writes an audit row; the GET crawl sees 405.
      { name: "read with GET", path: (f) => `/admin/users/${f.users.member}/data`, expect: everyone("methodNotAllowed") },
      { name: "the member's data", method: "POST", path: (f) => `/admin/users/${f.users.member}/data`, json: () => ({}), expect: adminFile },
    ],
  },

  // Public JSON API
  "/api/health": { kind: "route", methods: ["GET"], cases: [{ name: "health", path: () => "/api/health", expect: everyone("ok") }] },
  "/api/openapi.json": { kind: "route", methods: ["GET"], cases: [{ name: "description", path: () => "/api/openapi.json", expect: everyone("ok") }] },
  "/api/organisations": { kind: "route", methods: ["GET"], cases: [{ name: "search", path: () => "/api/organisations", expect: everyone("ok") }] },
  "/api/organisations/[slug]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "published organisation", path: (f) => `/api/organisations/${f.memberOrganisation.slug}`, expect: everyone("ok") },
      { name: "pending organisation", path: (f) => `/api/organisations/${f.pendingOrganisation.slug}`, expect: everyone("notFound") },
      { name: "suspended organisation", path: (f) => `/api/organisations/${f.suspendedOrganisation.slug}`, expect: everyone("notFound") },
    ],
  },
  "/api/organisations/[slug]/matches": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "published organisation", path: (f) => `/api/organisations/${f.memberOrganisation.slug}/matches`, expect: everyone("ok") },
      { name: "pending organisation", path: (f) => `/api/organisations/${f.pendingOrganisation.slug}/matches`, expect: everyone("notFound") },
    ],
  },
  "/api/catalysts": { kind: "route", methods: ["GET"], cases: [{ name: "list", path: () => "/api/catalysts", expect: everyone("ok") }] },
  "/api/catalysts/[slug]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "covering catalyst", path: (f) => `/api/catalysts/${f.catalyst.slug}`, expect: everyone("ok") },
      { name: "catalyst elsewhere (contact published)", path: (f) => `/api/catalysts/${f.otherCatalyst.slug}`, expect: everyone("ok") },
      { name: "unknown catalyst", path: () => "/api/catalysts/no-such-catalyst", expect: everyone("notFound") },
    ],
  },
  "/api/catalysts/nearest": {
    kind: "route",
    methods: ["GET"],
    cases: [
      { name: "by commune", path: (f) => `/api/catalysts/nearest?commune=${f.memberOrganisation.communeCode}`, expect: everyone("ok") },
      { name: "no place", path: () => "/api/catalysts/nearest", expect: everyone("badRequest") },
    ],
  },
  "/api/communes": { kind: "route", methods: ["GET"], cases: [{ name: "autocomplete", path: () => "/api/communes?q=toul", expect: everyone("ok") }] },
  "/api/collectivites": {
    kind: "route",
    methods: ["GET"],
    cases: [{ name: "autocomplete", path: () => "/api/collectivites?level=commune&q=toul", expect: everyone("ok") }],
  },
  "/api/map/clusters": {
    kind: "route",
    methods: ["GET"],
    cases: [{ name: "viewport", path: () => "/api/map/clusters?bbox=1,43,2,44&zoom=8", expect: everyone("ok") }],
  },
  "/api/map/places": {
    kind: "route",
    methods: ["GET"],
    cases: [{ name: "viewport", path: () => "/api/map/places?bbox=1,43,2,44&zoom=8", expect: everyone("ok") }],
  },
  "/api/export/geojson": { kind: "route", methods: ["GET"], cases: [{ name: "open data", path: () => "/api/export/geojson", expect: everyone("ok") }] },
  "/api/export/hsds": { kind: "route", methods: ["GET"], cases: [{ name: "open data", path: () => "/api/export/hsds", expect: everyone("ok") }] },
  "/api/auth/[...nextauth]": {
    kind: "route",
    methods: ["GET", "POST"],
    cases: [
      { name: "session", path: () => "/api/auth/session", expect: everyone("ok") },
      { name: "providers", path: () => "/api/auth/providers", expect: everyone("ok") },
    ],
  },

  // Signed-in JSON API
  "/api/introductions": {
    kind: "route",
    methods: ["GET", "POST"],
    cases: [
      { name: "own list", path: () => "/api/introductions", expect: { ...everyone("ok"), anonymous: "unauthorized" } },
      {
        name: "request from the member's organisation",
        method: "POST",
        path: () => "/api/introductions",
        json: (f, role) => ({
          from: f.memberOrganisation.id,
          to: f.spareOrganisations[role === "member" ? 1 : 2]!.slug,
          message: "Bonjour, nous aimerions travailler ensemble sur un projet commun pour notre territoire.",
        }),
        expect: { anonymous: "unauthorized", member: "ok", otherMember: "forbidden", catalyst: "forbidden", otherCatalyst: "forbidden", admin: "forbidden" },
      },
    ],
  },
  "/api/introductions/[id]": {
    kind: "route",
    methods: ["GET"],
    cases: [
      {
        name: "accepted introduction",
        path: (f) => `/api/introductions/${f.acceptedIntroduction}`,
        expect: { anonymous: "unauthorized", member: "ok", otherMember: "ok", catalyst: "ok", otherCatalyst: "notFound", admin: "ok" },
      },
      {
        name: "submitted introduction",
        path: (f) => `/api/introductions/${f.submittedIntroduction}`,
        expect: { anonymous: "unauthorized", member: "ok", otherMember: "notFound", catalyst: "ok", otherCatalyst: "notFound", admin: "ok" },
      },
    ],
  },
  "/api/introductions/[id]/transitions": {
    kind: "route",
    methods: ["POST"],
    cases: [
      { name: "read with GET", path: (f) => `/api/introductions/${f.submittedIntroduction}/transitions`, expect: everyone("methodNotAllowed") },
      {
        name: "forward a submitted introduction",
        method: "POST",
        // Those who may forward each get an introduction of their own, so that neither finds it already forwarded.
        path: (f, role) => `/api/introductions/${f.forwardableByApi[role] ?? f.submittedIntroduction}/transitions`,
        json: () => ({ action: "forward", note: "Je vous présente : vos projets se rejoignent." }),
        expect: { anonymous: "unauthorized", member: "forbidden", otherMember: "notFound", catalyst: "ok", otherCatalyst: "notFound", admin: "ok" },
      },
      {
        name: "accept a forwarded introduction whose requesting organisation was suspended since",
        method: "POST",
        path: (f) => `/api/introductions/${f.suspendedRequesterIntroduction}/transitions`,
        json: () => ({ action: "accept" }),
        // The target's member would accept: refused, as both sides must still be published (409); nobody else may.
        expect: {
          anonymous: "unauthorized",
          member: "notFound",
          otherMember: "conflict",
          catalyst: "forbidden",
          otherCatalyst: "notFound",
          admin: "forbidden",
        },
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// Server actions: keyed by "file#export" as .next/server/server-reference-manifest.json names them

/**
 * `allowed`: the action did what was asked. `refused`: it answered with a refusal (404, sign-in, an error) and
 * changed nothing. `noop`: it answered without a refusal but, by design, changed nothing for this caller (e.g.
 * an anonymous "mark as read", a wrong confirmation of one's own account deletion).
 */
export type ActionOutcome = "allowed" | "refused" | "noop";

export interface ActionReply {
  status: number;
  /** Where the action redirected (x-action-redirect), without its ";push" suffix. */
  redirect: string | null;
  /** The serialised return value (RSC row of the action's result), or "" when there is none. */
  result: string;
}

/** A form field value; a `file` is sent as an uploaded file. */
export type FormValue = string | { file: string; name: string; type: string };

export interface ActionEntry {
  expect: Record<Role, ActionOutcome>;
  /** The arguments the page's client would send: strings, plain objects, and `{ form }` for a FormData. */
  args: (fixtures: Fixtures, role: Role) => (string | null | Record<string, unknown> | { form: Record<string, FormValue> })[];
  /** How the reply of a call that went through looks (for `allowed`, and for `noop` of signed-in callers). */
  passed: (reply: ActionReply) => boolean;
  /** Runs last: it ends the caller's session. */
  last?: boolean;
}

const result = (reply: ActionReply) => reply.result;
const hasError = (reply: ActionReply) => /"(error|formError|errors)":/.test(result(reply));
const isSignIn = (reply: ActionReply) => reply.redirect?.startsWith("/sign-in") ?? false;
const signedInOnly = (outcome: ActionOutcome): Record<Role, ActionOutcome> => ({
  anonymous: "refused",
  member: outcome,
  otherMember: outcome,
  catalyst: outcome,
  otherCatalyst: outcome,
  admin: outcome,
});
const adminOnly: Record<Role, ActionOutcome> = {
  anonymous: "refused",
  member: "refused",
  otherMember: "refused",
  catalyst: "refused",
  otherCatalyst: "refused",
  admin: "allowed",
};
const MESSAGE = "Bonjour, nous aimerions construire avec vous un projet commun pour les jeunes du territoire.";

export const ACTIONS: Record<string, ActionEntry> = {
  "app/actions/locale.ts#setLocale": {
    // Only sets the caller's own language cookie.
    expect: { anonymous: "allowed", member: "allowed", otherMember: "allowed", catalyst: "allowed", otherCatalyst: "allowed", admin: "allowed" },
    args: () => [{ form: { locale: "fr" } }],
    passed: (reply) => reply.status === 200 && !hasError(reply),
  },
  "app/(account)/sign-in/actions.ts#requestSignInLink": {
    // Public by nature (rate-limited); it mails the address typed, not the caller.
    expect: { anonymous: "allowed", member: "allowed", otherMember: "allowed", catalyst: "allowed", otherCatalyst: "allowed", admin: "allowed" },
    args: (f, role) => [{ email: "" }, { form: { email: `access-${role.toLowerCase()}@alliances.example`, callbackUrl: "/account" } }],
    passed: (reply) => reply.redirect === "/sign-in/check-email",
  },
  "app/(account)/account/actions.ts#signOutAction": {
    expect: { anonymous: "noop", member: "allowed", otherMember: "allowed", catalyst: "allowed", otherCatalyst: "allowed", admin: "allowed" },
    args: () => [],
    passed: (reply) => reply.redirect?.replace(/^https?:\/\/[^/]+/, "") === "/",
    last: true,
  },
  "app/(account)/account/actions.ts#deleteAccountAction": {
    // Own account only, confirmed by typing its address: a wrong confirmation reaches that check and stops there.
    expect: signedInOnly("noop"),
    args: () => [{ confirmation: "" }, { form: { confirmation: "someone-else@alliances.example" } }],
    passed: (reply) => reply.status === 200 && /"error":/.test(result(reply)),
  },
  "app/(account)/introductions/actions.ts#markAllReadAction": {
    expect: signedInOnly("allowed"),
    args: () => [],
    passed: (reply) => reply.status === 200 && !reply.redirect,
  },
  "app/(account)/introductions/actions.ts#markIntroductionReadAction": {
    // Marks the caller's own notifications about it: nothing to refuse, an anonymous call simply does nothing.
    expect: { ...signedInOnly("allowed"), anonymous: "noop" },
    args: (f) => [f.acceptedIntroduction],
    passed: (reply) => reply.status === 200 && !reply.redirect,
  },
  "app/(account)/introductions/actions.ts#setEmailNotificationsAction": {
    expect: signedInOnly("allowed"),
    args: () => [{ form: { enabled: "on" } }],
    passed: (reply) => reply.redirect?.startsWith("/account?notifications=saved") ?? false,
  },
  "app/(account)/introductions/actions.ts#requestIntroductionAction": {
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "refused" },
    args: (f) => [{ values: {} }, { form: { fromOrganisationId: f.memberOrganisation.id, toSlug: f.spareOrganisations[3]!.slug, message: MESSAGE } }],
    passed: (reply) => /^\/introductions\/[0-9a-f-]{36}\?sent=1$/.test(reply.redirect ?? ""),
  },
  "app/(account)/introductions/actions.ts#transitionAction": {
    expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "allowed", otherCatalyst: "refused", admin: "allowed" },
    args: (f, role) => [{}, { form: { introductionId: f.forwardable[role] ?? f.submittedIntroduction, action: "forward", note: "Je vous présente." } }],
    passed: (reply) => /\?done=forward$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/join/actions.ts#requestToJoinAction": {
    // Anyone signed in may ask to join a published organisation.
    expect: signedInOnly("allowed"),
    args: (f) => [{ message: "" }, { form: { slug: f.spareOrganisations[4]!.slug, message: "Je travaille avec vous." } }],
    passed: (reply) => /\?sent=1$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/join/actions.ts#decideJoinAction": {
    // The owners decide; the covering catalyst and the admins only when there is no owner (here there is one).
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "refused" },
    args: (f, role) => [
      { form: { requestId: f.joinRequests[role] ?? f.joinRequests.member!, decision: "refuse", back: `/account/organisations/${f.memberOrganisation.slug}` } },
    ],
    passed: (reply) => /\?join=refuse#join-requests$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/organisations/[slug]/actions.ts#updateAboutAction": {
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "allowed" },
    args: (f) => [
      f.memberOrganisation.slug,
      {},
      { form: { themes: "youth", description: "Association engagée pour l'égalité des chances et la jeunesse du territoire.", website: "" } },
    ],
    passed: (reply) => /\?saved=about$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/organisations/[slug]/actions.ts#updateIdentityAction": {
    // The same name and identifiers sent again: allowed callers reach the end and change nothing that needs review.
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "allowed" },
    args: (f) => [
      f.memberOrganisation.slug,
      {},
      {
        form: {
          name: f.memberOrganisation.name,
          siren: f.memberOrganisation.siren ?? "",
          siret: f.memberOrganisation.siret ?? "",
          rna: f.memberOrganisation.rna ?? "",
        },
      },
    ],
    passed: (reply) => /\?saved=identity$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/organisations/[slug]/actions.ts#addItemAction": {
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "allowed" },
    args: (f) => [
      f.memberOrganisation.slug,
      {},
      {
        form: {
          "items.0.direction": "offer",
          "items.0.resourceKind": "skills",
          "items.0.title": "Conseil juridique bénévole",
          "items.0.description": "Deux heures par mois d'appui juridique aux associations.",
          "items.0.horizon": "months_18",
        },
      },
    ],
    passed: (reply) => /\?saved=item$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/organisations/[slug]/actions.ts#setItemStatusAction": {
    expect: { anonymous: "refused", member: "allowed", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "allowed" },
    args: (f, role) => [f.memberOrganisation.slug, { form: { item: f.memberItem, status: role === "admin" ? "open" : "fulfilled" } }],
    passed: (reply) => /\?saved=status$/.test(reply.redirect ?? ""),
  },
  "app/(account)/account/organisations/[slug]/actions.ts#resubmitAction": {
    // Only an organisation sent back for changes can be resubmitted: its member reaches that check, others are sent away.
    expect: { anonymous: "refused", member: "noop", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "noop" },
    args: (f) => [f.memberOrganisation.slug],
    passed: (reply) => /\?error=resubmit$/.test(reply.redirect ?? ""),
  },
  "app/(account)/register/actions.ts#saveStepAction": {
    // Each caller's own registration draft: an incomplete step is answered with its field errors.
    expect: signedInOnly("noop"),
    args: () => ["identity", {}, { form: { name: "" } }],
    passed: (reply) => reply.status === 200 && /"errors":/.test(result(reply)),
  },
  "app/(account)/register/actions.ts#submitRegistrationAction": {
    expect: signedInOnly("noop"),
    args: () => [{}, { form: {} }],
    passed: (reply) => /^\/register\?step=/.test(reply.redirect ?? "") || /"message":/.test(result(reply)),
  },
  "app/(public)/catalysts/[slug]/contact-actions.ts#contactCatalystAction": {
    // A visitor may write too, but only with an address and a form shown a few seconds earlier (the crawl sends neither).
    expect: signedInOnly("allowed"),
    args: (f) => [{ message: "" }, { form: { catalystSlug: f.otherCatalyst.slug, message: MESSAGE } }],
    passed: (reply) => /"sent":true/.test(result(reply)),
  },
  "app/(public)/catalysts/[slug]/contact-actions.ts#contactFormTokenAction": {
    // Signs the current time for the visitor's contact form: nothing to protect, nothing written.
    expect: { anonymous: "allowed", member: "allowed", otherMember: "allowed", catalyst: "allowed", otherCatalyst: "allowed", admin: "allowed" },
    args: () => [],
    passed: (reply) => /\d{10}\.[A-Za-z0-9_-]{43}/.test(result(reply)),
  },
  "app/(catalyst)/moderation/actions.ts#moderateAction": {
    // Staff of the catalyst covering the organisation's commune, and admins.
    expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "allowed", otherCatalyst: "refused", admin: "allowed" },
    args: (f, role) => [
      { organisationId: "", message: "" },
      { form: { organisationId: role === "admin" ? f.pendingOrganisations[1]!.id : f.pendingOrganisation.id, decision: "approve", message: "" } },
    ],
    passed: (reply) => /"done":true/.test(result(reply)),
  },
  "app/(catalyst)/network/dashboard/actions.ts#answerProfileChangeAction": {
    // Restoring a value a member changed: the covering catalyst's staff and admins, each on a change of its own.
    expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "allowed", otherCatalyst: "refused", admin: "allowed" },
    args: (f, role) => {
      const change = f.profileChanges[role] ?? f.profileChanges.catalyst!;
      return [
        { entryId: "", organisationId: "", reason: "" },
        { form: { entryId: String(change.id), organisationId: change.organisationId, operation: "revert", reason: "" } },
      ];
    },
    passed: (reply) => /"done":/.test(result(reply)),
  },
  "app/(admin)/admin/catalysts/actions.ts#saveCatalystAction": {
    // An incomplete form shows that the admin got through; anyone else gets 404.
    expect: { ...adminOnly, admin: "noop" },
    args: () => [null, {}, { form: { name: "" } }],
    passed: (reply) => reply.status === 200 && /"errors":/.test(result(reply)),
  },
  "app/(admin)/admin/catalysts/actions.ts#addCoverageAction": {
    expect: adminOnly,
    args: (f) => [f.otherCatalyst.id, {}, { form: { level: "commune", territoryCode: f.memberOrganisation.communeCode } }],
    passed: (reply) => /"done":/.test(result(reply)),
  },
  "app/(admin)/admin/catalysts/actions.ts#removeCoverageAction": {
    expect: adminOnly,
    args: (f) => [f.otherCatalyst.id, "commune", f.memberOrganisation.communeCode],
    passed: (reply) => reply.status === 200,
  },
  "app/(admin)/admin/catalysts/actions.ts#addStaffAction": {
    expect: adminOnly,
    args: (f) => [f.catalyst.id, {}, { form: { email: "staff-access@alliances.example" } }],
    passed: (reply) => /"done":/.test(result(reply)),
  },
  "app/(admin)/admin/catalysts/actions.ts#removeStaffAction": {
    // Someone who is not on its staff: the admin's call goes through and changes nothing, the others get 404.
    expect: { ...adminOnly, admin: "noop" },
    args: (f) => [f.catalyst.id, f.users.admin],
    passed: (reply) => reply.status === 200,
  },
  "app/(admin)/admin/import/actions.ts#importAction": {
    // A dry run: the admin gets the report, nothing is written.
    expect: { ...adminOnly, admin: "noop" },
    args: () => [
      { kind: "organisations", dryRun: true },
      {
        form: {
          kind: "organisations",
          dryRun: "on",
          file: { file: "lib/import/fixtures/organisations-messy.csv", name: "organisations.csv", type: "text/csv" },
        },
      },
    ],
    passed: (reply) => /"report":/.test(result(reply)),
  },
  "app/(admin)/admin/organisations/actions.ts#setStatusAction": {
    expect: adminOnly,
    args: (f) => [{ organisationId: "", reason: "" }, { form: { organisationId: f.suspendedOrganisation.id, operation: "restore", reason: "" } }],
    passed: (reply) => /"done":/.test(result(reply)),
  },
  "app/(admin)/admin/organisations/actions.ts#mergeAction": {
    // The first step (finding the organisation to keep) only reads: the admin gets a preview.
    expect: { ...adminOnly, admin: "noop" },
    args: (f) => [{ duplicateId: "", kept: "" }, { form: { step: "find", duplicateId: f.draftOrganisation.id, kept: f.spareOrganisations[5]!.slug } }],
    passed: (reply) => /"preview":/.test(result(reply)),
  },
  "app/(admin)/admin/users/actions.ts#manageUserAction": {
    expect: adminOnly,
    // Enabling an account that is enabled: done for an admin (and audited), refused to anyone else.
    args: (f) => [{ userId: "" }, { form: { userId: f.users.otherCatalyst, operation: "enable" } }],
    passed: (reply) => /"done":/.test(result(reply)),
  },
};

/**
 * More rows for some actions, on other objects: the cases where someone would decide on their own behalf, and where
 * an organisation is no longer published. Each runs like the main row of its action, for every role.
 */
export const ACTION_CASES: { key: string; name: string; entry: ActionEntry }[] = [
  {
    key: "app/(account)/account/join/actions.ts#decideJoinAction",
    name: "accept one's own request to join an organisation without an owner",
    entry: {
      expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "refused" },
      args: (f, role) => [{ form: { requestId: f.ownJoinRequests[role] ?? f.ownJoinRequests.catalyst!, decision: "accept", back: "/moderation" } }],
      passed: (reply) => /\?join=accept#join-requests$/.test(reply.redirect ?? ""),
    },
  },
  {
    key: "app/(account)/account/join/actions.ts#decideJoinAction",
    name: "a newcomer's request to join an organisation without an owner",
    entry: {
      // The covering catalyst's staff and the admins decide where there is no owner.
      expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "allowed", otherCatalyst: "refused", admin: "allowed" },
      args: (f, role) => [{ form: { requestId: f.ownerlessJoinRequests[role] ?? f.ownerlessJoinRequests.catalyst!, decision: "refuse", back: "/moderation" } }],
      passed: (reply) => /\?join=refuse#join-requests$/.test(reply.redirect ?? ""),
    },
  },
  {
    key: "app/(catalyst)/moderation/actions.ts#moderateAction",
    name: "approve an organisation one registered oneself",
    entry: {
      // catalyseur@ owns it: the covering catalyst's own staff may not approve it; an admin (not a member) does.
      expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "allowed" },
      args: (f) => [{ organisationId: "", message: "" }, { form: { organisationId: f.ownPendingOrganisation.id, decision: "approve", message: "" } }],
      passed: (reply) => /"done":true/.test(result(reply)),
    },
  },
  {
    key: "app/(account)/introductions/actions.ts#transitionAction",
    name: "accept a forwarded introduction whose requesting organisation was suspended since",
    entry: {
      expect: { anonymous: "refused", member: "refused", otherMember: "refused", catalyst: "refused", otherCatalyst: "refused", admin: "refused" },
      args: (f) => [{}, { form: { introductionId: f.suspendedRequesterIntroduction, action: "accept", note: "" } }],
      passed: (reply) => /\?done=accept$/.test(reply.redirect ?? ""),
    },
  },
];

/** Whether a reply is a refusal: 404, the sign-in page, being sent away, or an error in the returned state. */
export function isRefusal(reply: ActionReply): boolean {
  return reply.status === 404 || isSignIn(reply) || /forbidden=/.test(reply.redirect ?? "") || /\?join=error/.test(reply.redirect ?? "") || hasError(reply);
}
