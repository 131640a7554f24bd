// Access control, route by route and role by role (docs/permissions.md, machine-readable in e2e/access/matrix.ts):
// 1. the matrix names exactly the routes, route-handler methods and server actions of the build;
// 2. every GET route answers each of the six roles as the matrix says, no response (HTML, RSC payload, JSON,
//    CSV) holds a contact detail the role may not see, those it may see do show, and the crawl writes nothing;
// 3. every server action and state-changing endpoint, called over HTTP as each role, is refused or allowed as
//    the matrix says; refused calls, cross-site calls and calls without an Origin change nothing in the database.
// It runs its own server, which it stops to read the database between the steps (see e2e/access/server.ts).
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser } from "@playwright/test";
import { eq, inArray, sql } from "drizzle-orm";
import { auditLog, catalysts, introductionEvents, introductions, memberships, membershipRequests, organisations, users } from "../db/schema";
import { prepareDatabase } from "../db/seed/prepare-database";
import { queryRows } from "../db/client";
import { demoFixtures, ROLE_EMAILS, type Fixtures } from "./access/fixtures";
import { builtActions, builtRoutes, callAction, outcomeOf, readActionReply, signInState, type BuiltAction } from "./access/http";
import { ACTION_CASES, ACTIONS, ROLES, ROUTES, isRefusal, type ActionEntry, type ActionReply, type Role } from "./access/matrix";
import { AppServer, changedTables, tableChecksums, type TableChecksums } from "./access/server";

test.describe.configure({ mode: "serial" });

const server = new AppServer(Number(process.env.E2E_PORT ?? 3100) + 50);
const demo = demoFixtures();
let fixtures: Fixtures;
let checksums: TableChecksums;
const requests = {} as Record<Role, APIRequestContext>;
const STRANGER = "https://elsewhere.example";

// Recognisable contact details, written into the database before the server starts.
const CONTACTS = {
  member: { name: "Zelie Temoin-Membre", email: "temoin.membre@access.example", phone: "+33 6 11 22 33 01" },
  other: { name: "Gaspard Temoin-Autre", email: "temoin.autre@access.example", phone: "+33 6 11 22 33 02" },
  submittedTarget: { name: "Ninon Temoin-Soumise", email: "temoin.soumise@access.example", phone: "+33 6 11 22 33 03" },
  pending: { name: "Octave Temoin-Attente", email: "temoin.attente@access.example", phone: "+33 6 11 22 33 04" },
  adminPairA: { name: "Irene Temoin-SansCatalyseur", email: "temoin.sans-a@access.example", phone: "+33 6 11 22 33 05" },
  adminPairB: { name: "Jules Temoin-SansCatalyseur", email: "temoin.sans-b@access.example", phone: "+33 6 11 22 33 06" },
  catalyst: { name: "Berenice Temoin-Catalyseur", email: "temoin.catalyseur@access.example", phone: "+33 5 99 00 00 01" },
  publicCatalyst: { name: "Leon Temoin-Public", email: "temoin.public@access.example", phone: "+33 5 99 00 00 02" },
};

interface Secret {
  label: string;
  value: string;
  /** Roles that must find it in at least one response. */
  mustSee: Role[];
  /** Roles that may find it. Everyone else must never get it. */
  maySee?: Role[];
  /** Paths where nobody may find it. */
  neverIn?: RegExp;
}

const OPEN_DATA = /^\/(api\/export\/|open-data|admin\/exports\/)/;
const parties: Role[] = ["member", "otherMember", "catalyst"];

function secrets(): Secret[] {
  const person = (
    label: string,
    values: { name: string; email: string; phone: string },
    mustSee: Role[],
    rest: Omit<Secret, "label" | "value" | "mustSee"> = {},
  ) => (["name", "email", "phone"] as const).map((field) => ({ label: `${label} (${field})`, value: values[field], mustSee, ...rest }));
  return [
    // Organisations' contact persons: the parties of an accepted introduction, and the catalyst that handles it.
    ...person("contact of the member's organisation", CONTACTS.member, parties),
    ...person("contact of the other member's organisation", CONTACTS.other, parties),
    ...person("contact of the target of a submitted introduction", CONTACTS.submittedTarget, []),
    // A pending organisation's contact: on the moderation cards of the catalyst covering it, and of the admins (whose
    // queue, the network's oldest 200, may not reach it).
    ...person("contact of a pending organisation", CONTACTS.pending, ["catalyst"], { maySee: ["admin"] }),
    // Where no catalyst handles an accepted introduction, the admins see both contacts.
    ...person("contact of a requester with no catalyst", CONTACTS.adminPairA, ["admin"]),
    ...person("contact of a target with no catalyst", CONTACTS.adminPairB, ["admin"]),
    // A catalyst's unpublished contact: the admins (back-office), its own staff may.
    ...person("unpublished contact of the covering catalyst", CONTACTS.catalyst, ["admin"], { maySee: ["catalyst"] }),
    // A published catalyst contact: on its page for all, never in open data or exports.
    ...person("published contact of the other catalyst", CONTACTS.publicCatalyst, [...ROLES], { neverIn: OPEN_DATA }),
    // Users' e-mail addresses: their own account and the admins; an owner sees who asks to join.
    { label: "member's e-mail", value: ROLE_EMAILS.member, mustSee: ["member", "admin"] },
    { label: "other member's e-mail", value: ROLE_EMAILS.otherMember, mustSee: ["otherMember", "admin"], maySee: ["member"] },
    { label: "catalyst's e-mail", value: ROLE_EMAILS.catalyst, mustSee: ["catalyst", "admin"], maySee: ["member"] },
    { label: "other catalyst's e-mail", value: ROLE_EMAILS.otherCatalyst, mustSee: ["otherCatalyst", "admin"] },
    { label: "admin's e-mail", value: ROLE_EMAILS.admin, mustSee: ["admin"] },
  ];
}

async function stopAndChecksum(): Promise<TableChecksums> {
  await server.stop();
  const sums = await server.withDatabase((db) => tableChecksums(db));
  await server.start();
  return sums;
}

function actionPage(action: BuiltAction, f: Fixtures): string {
  // A page that serves the action: a static one when there is one, else a real object of a dynamic one.
  const route = action.pages.find((page) => !page.includes("[")) ?? action.pages[0]!;
  return route
    .replace("/catalysts/[slug]", `/catalysts/${f.catalyst.slug}`)
    .replace("/admin/catalysts/[id]", `/admin/catalysts/${f.catalyst.id}`)
    .replace("/admin/users/[id]", `/admin/users/${f.users.member}`)
    .replace("/introductions/[id]", `/introductions/${f.acceptedIntroduction}`)
    .replace("[slug]", f.memberOrganisation.slug);
}

async function createIntroduction(as: APIRequestContext, from: string, to: string): Promise<string> {
  const response = await as.post("/api/introductions", {
    headers: { Origin: server.baseURL },
    data: { from, to, message: "Bonjour, nous aimerions construire ensemble un projet pour les habitants du territoire." },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  // Routed to the covering catalyst, as the matrix assumes.
  const detail = (await (await as.get(`/api/introductions/${id}`)).json()) as { catalyst: { slug: string } | null };
  expect(detail.catalyst?.slug).toBe(demo.catalyst.slug);
  return id;
}

async function transition(as: APIRequestContext, id: string, action: string) {
  const response = await as.post(`/api/introductions/${id}/transitions`, { headers: { Origin: server.baseURL }, data: { action, note: "Je vous présente." } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The objects of the self-decision and suspended-organisation rows, written straight into the database. */
async function writeSelfDecisionObjects(db: Parameters<Parameters<AppServer["withDatabase"]>[0]>[0]) {
  const [ownerless, suspendedRequester] = [demo.spareOrganisations[10]!, demo.spareOrganisations[11]!];
  // The catalyst asks to join an ownerless organisation it would decide for; everyone else one of a white zone, which
  // the admins decide for (so that no deciding page shows a role's e-mail to someone not entitled to it).
  const [whiteZone] = await queryRows<{ id: string }>(
    db,
    sql`SELECT o.id FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE (cc.territory_kind = 'commune' AND cc.territory_code = c.code)
                OR (cc.territory_kind = 'intercommunality' AND cc.territory_code IN (c.epci_code, c.ept_code))
                OR (cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code))
        ORDER BY o.slug LIMIT 1`,
  );
  const signedIn = ROLES.filter((role): role is Exclude<Role, "anonymous"> => role !== "anonymous");
  const ownJoinRequests: Partial<Record<Role, string>> = {};
  for (const role of signedIn) {
    const organisationId = role === "catalyst" ? ownerless.id : whiteZone!.id;
    const [row] = await db
      .insert(membershipRequests)
      .values({ userId: demo.users[role], organisationId, message: "Je reprends cette fiche." })
      .returning({ id: membershipRequests.id });
    ownJoinRequests[role] = row!.id;
  }
  const ownerlessJoinRequests: Partial<Record<Role, string>> = {};
  for (const role of ["catalyst", "admin"] as const) {
    const [person] = await db
      .insert(users)
      .values({ email: `nouvelle-${role}@access.example` })
      .returning({ id: users.id });
    const [row] = await db
      .insert(membershipRequests)
      .values({ userId: person!.id, organisationId: ownerless.id, message: "" })
      .returning({ id: membershipRequests.id });
    ownerlessJoinRequests[role] = row!.id;
  }
  // catalyseur@ registered a pending organisation of its own territory.
  const ownPendingOrganisation = demo.pendingOrganisations[2]!;
  await db.insert(memberships).values({ userId: demo.users.catalyst, organisationId: ownPendingOrganisation.id, role: "owner" });
  // A request forwarded to the other member's organisation, whose requester was suspended behind the workflow's back.
  const [founder] = await db.insert(users).values({ email: "suspendue@access.example" }).returning({ id: users.id });
  await db.insert(memberships).values({ userId: founder!.id, organisationId: suspendedRequester.id, role: "owner" });
  const now = new Date();
  const [introduction] = await db
    .insert(introductions)
    .values({
      requesterOrganisationId: suspendedRequester.id,
      targetOrganisationId: demo.otherOrganisation.id,
      catalystId: demo.catalyst.id,
      requestedByUserId: founder!.id,
      message: "Bonjour, nous aimerions construire ensemble un projet pour les habitants du territoire.",
      status: "forwarded",
      expiresAt: new Date(now.getTime() + 20 * 24 * 3600 * 1000),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: introductions.id });
  await db.insert(introductionEvents).values([
    { introductionId: introduction!.id, actorUserId: founder!.id, fromStatus: null, toStatus: "submitted", createdAt: now },
    { introductionId: introduction!.id, actorUserId: demo.users.catalyst, fromStatus: "submitted", toStatus: "forwarded", createdAt: now },
  ]);
  await db
    .update(organisations)
    .set({ status: "suspended", moderationNote: "Suspendue pour le test d'accès." })
    .where(eq(organisations.id, suspendedRequester.id));
  // Two recent changes of published profiles of the territory, each to a value it still holds and that no other call
  // touches (so either can be reverted whatever runs first).
  const change = async (organisationId: string, field: "website" | "name", from: string) => {
    const [profile] = await db
      .select({ name: organisations.name, website: organisations.website })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    const [row] = await db
      .insert(auditLog)
      .values({
        actorUserId: null,
        action: "organisation.profile_changed",
        entityType: "organisation",
        entityId: organisationId,
        changes: { fields: [{ field, from, to: profile![field] }], status: "published", review: false },
      })
      .returning({ id: auditLog.id });
    return { id: row!.id, organisationId };
  };
  const profileChanges = {
    catalyst: await change(demo.otherOrganisation.id, "website", "https://ancien-site.example"),
    admin: await change(ownerless.id, "name", "Ancien nom de l'organisation"),
  };
  return { ownJoinRequests, ownerlessJoinRequests, ownPendingOrganisation, suspendedRequesterIntroduction: introduction!.id, profileChanges };
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(480_000);
  // The database first (migrations, territories, demo data), with recognisable contact details.
  let selfDecision!: Awaited<ReturnType<typeof writeSelfDecisionObjects>>;
  const adminIntroduction = await server.withDatabase(async (db, handle) => {
    await prepareDatabase(handle, { demo: true, log: () => {} });
    const [pair] = await queryRows<{ id: string; requester: string; target: string }>(
      db,
      sql`SELECT id, requester_organisation_id AS requester, target_organisation_id AS target FROM introductions
          WHERE catalyst_id IS NULL AND status = 'accepted' ORDER BY id LIMIT 1`,
    );
    const contact = (values: { name: string; email: string; phone: string }) => ({
      contactName: values.name,
      contactEmail: values.email,
      contactPhone: values.phone,
    });
    for (const [id, values] of [
      [demo.memberOrganisation.id, CONTACTS.member],
      [demo.otherOrganisation.id, CONTACTS.other],
      [demo.spareOrganisations[0]!.id, CONTACTS.submittedTarget],
      [demo.pendingOrganisation.id, CONTACTS.pending],
      [pair!.requester, CONTACTS.adminPairA],
      [pair!.target, CONTACTS.adminPairB],
    ] as const) {
      await db.update(organisations).set(contact(values)).where(eq(organisations.id, id));
    }
    await db
      .update(catalysts)
      .set({ ...contact(CONTACTS.catalyst), contactPublic: false })
      .where(eq(catalysts.id, demo.catalyst.id));
    await db
      .update(catalysts)
      .set({ ...contact(CONTACTS.publicCatalyst), contactPublic: true })
      .where(eq(catalysts.id, demo.otherCatalyst.id));
    const published = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        inArray(
          organisations.id,
          demo.spareOrganisations.map((item) => item.id),
        ),
      );
    expect(published).toHaveLength(demo.spareOrganisations.length);
    selfDecision = await writeSelfDecisionObjects(db);
    return pair!.id;
  });
  await server.start();

  requests.anonymous = await playwrightRequest.newContext({ baseURL: server.baseURL });
  for (const role of ROLES) {
    if (role === "anonymous") continue;
    const storageState = await signInState(browser, server.baseURL, ROLE_EMAILS[role]);
    requests[role] = await playwrightRequest.newContext({ baseURL: server.baseURL, storageState });
  }

  // What the demo lacks, made through the app: an accepted introduction between the two members, a submitted
  // one, introductions for those who may forward to forward, and requests to join the member's organisation.
  const spare = demo.spareOrganisations;
  const accepted = await createIntroduction(requests.member, demo.memberOrganisation.id, demo.otherOrganisation.slug);
  await transition(requests.catalyst, accepted, "forward");
  await transition(requests.otherMember, accepted, "accept");
  const submitted = await createIntroduction(requests.member, demo.memberOrganisation.id, spare[0]!.slug);
  const fromOther = async (index: number) => createIntroduction(requests.otherMember, demo.otherOrganisation.id, spare[index]!.slug);
  fixtures = {
    ...demo,
    acceptedIntroduction: accepted,
    submittedIntroduction: submitted,
    adminIntroduction,
    forwardable: { catalyst: await fromOther(6), admin: await fromOther(7) },
    forwardableByApi: { catalyst: await fromOther(8), admin: await fromOther(9) },
    joinRequests: {},
    ...selfDecision,
  };
  const join = builtActions().find((action) => action.key === "app/(account)/account/join/actions.ts#requestToJoinAction")!;
  for (const role of ["otherMember", "catalyst"] as const) {
    const reply = await readActionReply(
      await callAction(
        requests[role],
        { id: join.id, page: actionPage(join, fixtures) },
        [{ message: "" }, { form: { slug: demo.memberOrganisation.slug, message: "Je travaille avec vous." } }],
        server.baseURL,
      ),
    );
    expect(reply.redirect, reply.result).toMatch(/\?sent=1$/);
  }
  const ownerPage = await (await requests.member.get(`/account/organisations/${demo.memberOrganisation.slug}`)).text();
  const requestIds = [...ownerPage.matchAll(/name="requestId" value="([0-9a-f-]{36})"/g)].map((match) => match[1]!);
  expect(requestIds).toHaveLength(2);
  fixtures.joinRequests = { member: requestIds[0] };
});

test.afterAll(async () => {
  for (const context of Object.values(requests)) await context?.dispose();
  await server.dispose();
});

test("the matrix names every route, route-handler method and server action of the build, and nothing else", async () => {
  const built = builtRoutes();
  expect(
    Object.keys(built).filter((route) => !ROUTES[route]),
    "routes of the build missing from e2e/access/matrix.ts",
  ).toEqual([]);
  expect(
    Object.keys(ROUTES).filter((route) => !built[route]),
    "routes of the matrix the build no longer has",
  ).toEqual([]);
  for (const [route, kind] of Object.entries(built)) expect(ROUTES[route]!.kind, route).toBe(kind);

  const actions = builtActions().map((action) => action.key);
  expect(
    actions.filter((key) => !ACTIONS[key]),
    "server actions of the build missing from the matrix",
  ).toEqual([]);
  expect(
    Object.keys(ACTIONS).filter((key) => !actions.includes(key)),
    "server actions of the matrix the build no longer has",
  ).toEqual([]);

  // Next answers OPTIONS on a route handler with the methods it exports.
  for (const [route, entry] of Object.entries(ROUTES)) {
    if (entry.kind !== "route") continue;
    const response = await requests.anonymous.fetch(entry.cases[0]!.path(fixtures, "anonymous"), { method: "OPTIONS", maxRedirects: 0 });
    const allowed = (response.headers()["allow"] ?? "").split(/,\s*/).filter((method) => method && method !== "HEAD" && method !== "OPTIONS");
    expect(allowed.sort(), `methods of ${route}`).toEqual([...(entry.methods ?? [])].sort());
  }
  console.log(`matrix: ${Object.keys(built).length} routes, ${actions.length} server actions, all named`);
});

test("every GET route answers each role as the matrix says, shows contact details only to those entitled, and writes nothing", async () => {
  test.setTimeout(480_000);
  checksums = await stopAndChecksum();
  const wrong: string[] = [];
  const leaks: string[] = [];
  const seen = new Map<string, Set<Role>>();
  const all = secrets();
  let checks = 0;
  let bodies = 0;
  const inspect = (role: Role, label: string, path: string, body: string) => {
    bodies += 1;
    for (const secret of all) {
      if (!body.includes(secret.value)) continue;
      if (!seen.has(secret.label)) seen.set(secret.label, new Set());
      seen.get(secret.label)!.add(role);
      const entitled = secret.mustSee.includes(role) || (secret.maySee ?? []).includes(role);
      if (!entitled || secret.neverIn?.test(path)) leaks.push(`${secret.label} shown to ${role} by ${label} ${path}`);
    }
  };
  await Promise.all(
    ROLES.map(async (role) => {
      for (const [route, entry] of Object.entries(ROUTES)) {
        for (const item of entry.cases) {
          if ((item.method ?? "GET") !== "GET") continue;
          const path = item.path(fixtures, role);
          const response = await requests[role].get(path, { maxRedirects: 0 });
          const outcome = outcomeOf(response);
          checks += 1;
          if (outcome !== item.expect[role]) wrong.push(`${role} ${path} (${route}, ${item.name}): expected ${item.expect[role]}, got ${outcome}`);
          if (entry.leakExempt) continue;
          inspect(role, "HTML/JSON", path, await response.text());
          if (entry.kind === "page") {
            const rsc = await requests[role].get(path, { headers: { RSC: "1" }, maxRedirects: 0 });
            if (rsc.status() >= 500) wrong.push(`${role} ${path} (RSC): ${rsc.status()}`);
            inspect(role, "RSC payload", path, await rsc.text());
          }
        }
      }
    }),
  );
  const unseen = all.flatMap((secret) =>
    secret.mustSee.filter((role) => !seen.get(secret.label)?.has(role)).map((role) => `${secret.label} never shown to ${role}`),
  );
  console.log(
    `GET routes: ${checks} route × role checks (${checks / ROLES.length} cases × ${ROLES.length} roles); ${all.length} contact values searched in ${bodies} responses`,
  );
  expect.soft(wrong, "unexpected answers").toEqual([]);
  expect.soft(leaks, "contact details shown to someone not entitled to them").toEqual([]);
  expect.soft(unseen, "contact details not shown where they should be").toEqual([]);

  const after = await stopAndChecksum();
  expect(changedTables(checksums, after), "tables written by the GET crawl").toEqual([]);
  checksums = after;
});

test("the session endpoint gives each role its id, name, e-mail and expiry only, never the session token", async () => {
  for (const role of ROLES) {
    const body = (await (await requests[role].get("/api/auth/session")).json()) as Record<string, unknown> | null;
    if (role === "anonymous") {
      expect(body, role).toBeNull();
      continue;
    }
    expect(Object.keys(body ?? {}).sort(), role).toEqual(["expires", "user"]);
    expect(Object.keys((body!.user ?? {}) as object).sort(), role).toEqual(["email", "id", "name"]);
    expect((body!.user as { email: string }).email, role).toBe(ROLE_EMAILS[role]);
  }
});

test("server actions and state-changing endpoints: refused, cross-site and Origin-less calls change nothing; allowed ones go through", async () => {
  test.setTimeout(480_000);
  const actions = builtActions();
  // Each action's main row, then its other rows (ACTION_CASES), named "file#export (case)".
  const rows: { action: BuiltAction; entry: ActionEntry; label: string }[] = actions.flatMap((action) => [
    { action, entry: ACTIONS[action.key]!, label: action.key },
    ...ACTION_CASES.filter((item) => item.key === action.key).map((item) => ({ action, entry: item.entry, label: `${action.key} (${item.name})` })),
  ]);
  expect(
    ACTION_CASES.filter((item) => !actions.some((action) => action.key === item.key)),
    "rows of actions the build no longer has",
  ).toEqual([]);
  const wrong: string[] = [];
  let refusedCalls = 0;
  let originCalls = 0;
  const call = async (role: Role, action: BuiltAction, entry: ActionEntry, origin: string | null): Promise<ActionReply> =>
    readActionReply(await callAction(requests[role], { id: action.id, page: actionPage(action, fixtures) }, entry.args(fixtures, role), origin));

  // 1. Everything that must change nothing.
  for (const { action, entry, label } of rows) {
    for (const role of ROLES) {
      const expected = entry.expect[role];
      if (expected !== "refused") {
        // A role that may call it, from another site and with no Origin at all: refused before the action runs.
        for (const origin of [STRANGER, null]) {
          const reply = await call(role, action, entry, origin);
          originCalls += 1;
          if (reply.status !== 403) wrong.push(`${role} ${label} with Origin ${origin ?? "(none)"}: expected 403, got ${reply.status}`);
        }
      }
      if (expected === "allowed") continue;
      const reply = await call(role, action, entry, server.baseURL);
      refusedCalls += 1;
      if (reply.status >= 500) wrong.push(`${role} ${label}: ${reply.status}`);
      else if (expected === "refused" && (!isRefusal(reply) || entry.passed(reply)))
        wrong.push(`${role} ${label}: expected a refusal, got ${JSON.stringify(reply)}`);
      else if (expected === "noop" && role !== "anonymous" && !entry.passed(reply))
        wrong.push(`${role} ${label}: expected to reach its checks, got ${JSON.stringify(reply)}`);
    }
  }
  const posts = Object.entries(ROUTES).flatMap(([route, entry]) => entry.cases.filter((item) => item.method === "POST").map((item) => ({ route, item })));
  for (const { route, item } of posts) {
    for (const role of ROLES) {
      const path = item.path(fixtures, role);
      if (item.expect[role] === "ok") {
        for (const origin of [STRANGER, null]) {
          const response = await requests[role].post(path, { headers: origin ? { Origin: origin } : {}, data: item.json?.(fixtures, role), maxRedirects: 0 });
          originCalls += 1;
          if (response.status() !== 403)
            wrong.push(`${role} POST ${path} (${route}) with Origin ${origin ?? "(none)"}: expected 403, got ${response.status()}`);
        }
        continue;
      }
      const response = await requests[role].post(path, { headers: { Origin: server.baseURL }, data: item.json?.(fixtures, role), maxRedirects: 0 });
      refusedCalls += 1;
      if (outcomeOf(response) !== item.expect[role])
        wrong.push(`${role} POST ${path} (${route}, ${item.name}): expected ${item.expect[role]}, got ${outcomeOf(response)}`);
    }
  }
  const after = await stopAndChecksum();
  expect.soft(wrong, "unexpected answers to calls that must change nothing").toEqual([]);
  wrong.length = 0;
  expect(changedTables(checksums, after), "tables written by refused, no-op, cross-site or Origin-less calls").toEqual([]);

  // 2. The allowed calls, each on an object of its own; the sign-out last, for it ends the sessions.
  let allowedCalls = 0;
  const ordered = [...rows].sort((a, b) => Number(a.entry.last ?? false) - Number(b.entry.last ?? false));
  for (const { route, item } of posts) {
    for (const role of ROLES.filter((candidate) => item.expect[candidate] === "ok")) {
      const response = await requests[role].post(item.path(fixtures, role), {
        headers: { Origin: server.baseURL },
        data: item.json?.(fixtures, role),
        maxRedirects: 0,
      });
      allowedCalls += 1;
      if (outcomeOf(response) !== "ok")
        wrong.push(`${role} POST ${item.path(fixtures, role)} (${route}): expected ok, got ${response.status()} ${await response.text()}`);
    }
  }
  for (const { action, entry, label } of ordered) {
    for (const role of ROLES.filter((candidate) => entry.expect[candidate] === "allowed")) {
      const reply = await call(role, action, entry, server.baseURL);
      allowedCalls += 1;
      if (!entry.passed(reply) || reply.status >= 500) wrong.push(`${role} ${label}: expected to go through, got ${JSON.stringify(reply)}`);
    }
  }
  // Signed out for real: the next request is anonymous.
  for (const role of ROLES.filter((candidate) => candidate !== "anonymous")) {
    expect(outcomeOf(await requests[role].get("/account", { maxRedirects: 0 })), `${role} after signing out`).toBe("signIn");
  }
  console.log(
    `server actions: ${actions.length} actions and ${ACTION_CASES.length} more rows × ${ROLES.length} roles; ${refusedCalls} refused or no-op calls, ${originCalls} cross-site or Origin-less calls (no table changed), ${allowedCalls} allowed calls`,
  );
  expect.soft(wrong, "unexpected answers").toEqual([]);
  // The same checksums do see writes: the allowed calls changed these tables.
  const written = changedTables(after, await stopAndChecksum()).map((line) => line.split(":")[0]);
  expect(written).toEqual(expect.arrayContaining(["introductions", "organisations", "needs_offers", "audit_log", "membership_requests"]));
});
