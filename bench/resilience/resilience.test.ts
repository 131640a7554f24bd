// `npm run test:resilience`: the service under load and faults, on loopback only. A throwaway PostgreSQL cluster
// (stopped and restarted by the test), the synthetic data set, two `next start` instances sharing it, and a small
// SMTP server the test stops and starts. The figures go to the output and to bench/resilience/results/latest.md.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, freePort, startServer, type RunningServer } from "../server";
import { ThrowawayCluster } from "./cluster";
import { describeLoad, load, loadTogether, send, type Answer, type LoadResult } from "./http";
import { SmtpSink } from "./smtp-sink";

const ORGANISATIONS = Number(process.env.RESILIENCE_ORGANISATIONS ?? 10_000);
const LOAD_SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 60);
const OVERLOAD_SECONDS = Number(process.env.RESILIENCE_OVERLOAD_SECONDS ?? 20);
const CONNECTIONS = 10;
/** The issue's target; RESILIENCE_P95_MS=report measures and reports it without failing (see .ci/run). */
const P95_TARGET_MS = 250;
const P95_GATE = process.env.RESILIENCE_P95_MS !== "report";
const RECOVERY_LIMIT_MS = 30_000;
/** Each instance turns requests away beyond this many in flight: above the 1× load, below the 3×. */
const MAX_CONCURRENT_REQUESTS = 16;
const JOBS_INTERVAL_SECONDS = 2;
const INACTIVE_USERS = 300;
const OUTBOX_MAILS = 200;
const OUTAGE_MAILS = 20;
const WRITERS = 12;

const report: string[] = [];
const note = (line: string) => {
  report.push(line);
  console.log(line);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}: ${stderr.slice(-2000)}`))));
  });
}

let cluster: ThrowawayCluster;
let sql: postgres.Sql;
let sink: SmtpSink;
let first: RunningServer;
let second: RunningServer;
const serverLog: string[] = [];
let profilePaths: string[] = [];
let searchPaths: string[] = [];

interface Writer {
  userId: string;
  organisationId: string;
  cookie: string;
  targets: string[];
}
let writers: Writer[] = [];

beforeAll(async () => {
  const started = Date.now();
  buildIfStale(note);
  cluster = new ThrowawayCluster(await freePort());
  cluster.init();
  cluster.start();
  const admin = postgres(cluster.url(), { max: 1, onnotice: () => {} });
  await admin.unsafe("CREATE DATABASE alliances");
  await admin.end();
  const databaseUrl = cluster.url("alliances");
  // The product's own loader: migrations, territories, the demo network, then the synthetic organisations.
  await run("npm", ["run", "synthetic", "--", String(ORGANISATIONS)], { DATABASE_URL: databaseUrl });
  note(`Data: ${ORGANISATIONS.toLocaleString("en")} synthetic organisations (+ the demo network) loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });

  // Accounts nobody used for 25 months: the inactivity job must warn each exactly once, whichever instance runs it.
  await sql`INSERT INTO users (id, email, created_at)
            SELECT 'inactive-' || n, 'inactive-' || n || '@resilience.example', now() - interval '25 months'
            FROM generate_series(1, ${INACTIVE_USERS}) AS n`;
  // Owners of published organisations with a session each, who request introductions while the database stops.
  const organisations = await sql<{ id: string; slug: string }[]>`
    SELECT id, slug FROM organisations WHERE status = 'published' AND slug LIKE 'synthetic-%' ORDER BY slug LIMIT ${WRITERS * 6}`;
  writers = Array.from({ length: WRITERS }, (_, index) => ({
    userId: `writer-${index}`,
    organisationId: organisations[index]!.id,
    cookie: `authjs.session-token=resilience-session-${index}`,
    targets: organisations.slice(WRITERS + index * 5, WRITERS + index * 5 + 5).map((row) => row.slug),
  }));
  for (const [index, writer] of writers.entries()) {
    await sql`INSERT INTO users (id, email, last_seen_at) VALUES (${writer.userId}, ${`writer-${index}@resilience.example`}, now())`;
    await sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${writer.userId}, ${writer.organisationId}, 'owner')`;
    await sql`INSERT INTO sessions (session_token, user_id, expires) VALUES (${`resilience-session-${index}`}, ${writer.userId}, now() + interval '1 day')`;
  }
  const slugs = await sql<{ slug: string }[]>`SELECT slug FROM organisations WHERE status = 'published' ORDER BY md5(slug) LIMIT 200`;
  const places = await sql<{ code: string }[]>`SELECT code FROM communes ORDER BY population DESC NULLS LAST LIMIT 200`;
  profilePaths = slugs.map(({ slug }) => `/organisations/${slug}`);
  searchPaths = places.map(({ code }, index) => `/api/organisations?near=${code}&radius=${[5, 10, 30][index % 3]}`);

  sink = new SmtpSink(await freePort());
  await sink.start();
  const common = {
    DATABASE_URL: databaseUrl,
    SMTP_URL: sink.url,
    JOBS_INTERVAL_SECONDS: String(JOBS_INTERVAL_SECONDS),
    MAX_CONCURRENT_REQUESTS: String(MAX_CONCURRENT_REQUESTS),
    DEV_MAILBOX: "false",
  };
  // Both at once, as after a deployment: their first job runs (the inactivity check among them) overlap.
  const instances = await Promise.all(
    (["a", "b"] as const).map((name) =>
      startServer(
        { engine: "postgres", size: "tiny", location: databaseUrl },
        { env: { ...common, MAIL_FROM: `Alliances ${name} <instance-${name}@resilience.example>` }, log: (line) => serverLog.push(`[${name}] ${line}`) },
      ),
    ),
  );
  [first, second] = instances as [RunningServer, RunningServer];
  note(`Setup (build check, cluster, data, two instances) took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}, 600_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await sink?.stop();
  await sql?.end({ timeout: 2 });
  cluster?.destroy();
  const folder = path.join(process.cwd(), "bench", "resilience", "results");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "server.log"), `${serverLog.join("\n")}\n`);
  writeFileSync(path.join(folder, "latest.md"), `# Resilience run, ${new Date().toISOString()}\n\n${report.map((line) => `- ${line}`).join("\n")}\n`);
  const errors = serverLog.filter((line) => !line.includes("background jobs:"));
  // Auth.js logs each session it could not read during the outage at length: its first lines, then the rest.
  const auth = errors.filter((line) => /\[auth\]|^\[[ab]\] {2,}|^\[[ab]\] [}\]]/.test(line));
  const other = errors.filter((line) => !auth.includes(line));
  if (errors.length) console.log(`Server output: ${auth.length} lines from Auth.js, ${other.length} others (first 60):\n${other.slice(0, 60).join("\n")}`);
}, 120_000);

const sentBy = (mails: { from: string }[]) =>
  mails.reduce<Record<string, number>>((counts, mail) => ({ ...counts, [mail.from]: (counts[mail.from] ?? 0) + 1 }), {});

describe("two instances on one database", () => {
  it("run the inactivity job once: every inactive account is warned exactly once", async () => {
    const addresses = Array.from({ length: INACTIVE_USERS }, (_, index) => `inactive-${index + 1}@resilience.example`);
    await waitFor("every inactivity warning", async () => addresses.every((address) => sink.to(address).length > 0), 60_000);
    // A few more job runs: a second warning would show now.
    await sleep(3 * JOBS_INTERVAL_SECONDS * 1000);
    const counts = addresses.map((address) => sink.to(address).length);
    expect(counts.filter((count) => count !== 1)).toEqual([]);
    const [row] = await sql<{ warned: number }[]>`SELECT count(*)::int AS warned FROM users WHERE id LIKE 'inactive-%' AND inactivity_warned_at IS NOT NULL`;
    expect(row?.warned).toBe(INACTIVE_USERS);
    // One run warns 200 at most: 300 warned means both instances ran it, on different rows.
    const senders = sentBy(addresses.flatMap((address) => sink.to(address)));
    note(`Inactivity job: ${INACTIVE_USERS} accounts warned once each (by instance: ${JSON.stringify(senders)}), no duplicate`);
    expect(Object.keys(senders)).toHaveLength(2);
  }, 120_000);

  it("send each mail of the outbox once, both taking their share", async () => {
    await sql`INSERT INTO mail_outbox (to_address, subject, text_body, template)
              SELECT 'outbox-' || n || '@resilience.example', 'Resilience outbox ' || n, 'Hello', 'test'
              FROM generate_series(1, ${OUTBOX_MAILS}) AS n`;
    const addresses = Array.from({ length: OUTBOX_MAILS }, (_, index) => `outbox-${index + 1}@resilience.example`);
    const started = Date.now();
    await waitFor("every outbox mail", async () => addresses.every((address) => sink.to(address).length > 0), 90_000);
    const seconds = (Date.now() - started) / 1000;
    await sleep(3 * JOBS_INTERVAL_SECONDS * 1000);
    expect(addresses.filter((address) => sink.to(address).length !== 1)).toEqual([]);
    const [row] = await sql<{ sent: number }[]>`SELECT count(*)::int AS sent FROM mail_outbox WHERE to_address LIKE 'outbox-%' AND status = 'sent'`;
    expect(row?.sent).toBe(OUTBOX_MAILS);
    const senders = sentBy(addresses.flatMap((address) => sink.to(address)));
    note(`Outbox: ${OUTBOX_MAILS} mails delivered once each in ${seconds.toFixed(1)} s (by instance: ${JSON.stringify(senders)})`);
    expect(Object.keys(senders)).toHaveLength(2);
  }, 150_000);

  it("share the sign-in rate limit: the 6th link request for an address is refused, requests split over both", async () => {
    const email = "rate-limit@resilience.example";
    const csrf = await send(`${first.url}/api/auth/csrf`);
    expect(csrf.status).toBe(200);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = (csrf.headers.getSetCookie() ?? []).map((value) => value.split(";")[0]).join("; ");
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const server = attempt % 2 === 0 ? first : second;
      answers.push(
        await send(`${server.url}/api/auth/signin/email`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
          body: new URLSearchParams({ email, csrfToken, callbackUrl: "/account" }).toString(),
        }),
      );
    }
    const statuses = answers.map((answer) => answer.status);
    note(`Sign-in rate limit (5 per address), requests alternating between the instances: ${statuses.join(", ")}`);
    // The first five are accepted by Auth.js (a redirect to "check your mail", not to an error, whichever instance
    // got the request: the CSRF cookie of one is good on the other), the sixth refused.
    for (const answer of answers.slice(0, 5)) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toMatch(/\/api\/auth\/verify-request\?provider=email/);
    }
    expect(answers[5]?.status).toBe(429);
    expect(answers[5]?.headers.get("retry-after")).toMatch(/^\d+$/);
    const [row] = await sql<{ links: number }[]>`SELECT count(*)::int AS links FROM mail_outbox WHERE to_address = ${email}`;
    expect(row?.links).toBe(5);
  }, 60_000);

  it("accept on one instance a session opened on the other", async () => {
    const email = "rate-limit@resilience.example";
    const [mail] = await sql<{ text: string }[]>`SELECT text_body AS text FROM mail_outbox WHERE to_address = ${email} ORDER BY id DESC LIMIT 1`;
    const link = /https?:\/\/\S+\/api\/auth\/callback\/email\S+/.exec(mail!.text)?.[0];
    expect(link).toBeTruthy();
    const callback = new URL(link!);
    const signedIn = await send(`${first.url}${callback.pathname}${callback.search}`);
    expect(signedIn.status).toBe(302);
    const session = (signedIn.headers.getSetCookie() ?? []).find((value) => value.startsWith("authjs.session-token="))?.split(";")[0];
    expect(session).toBeTruthy();
    const onOther = await send(`${second.url}/api/introductions?box=sent`, { headers: { Cookie: session! } });
    const anonymous = await send(`${second.url}/api/introductions?box=sent`);
    const accountPage = await send(`${second.url}/account`, { headers: { Cookie: session! } });
    note(`Session opened on instance a: instance b answers ${onOther.status} with it, ${anonymous.status} without; /account ${accountPage.status}`);
    expect(onOther.status).toBe(200);
    expect(anonymous.status).toBe(401);
    expect(accountPage.status).toBe(200);
    expect(accountPage.body).toContain(email);
  }, 60_000);
});

describe("under load", () => {
  let normal: LoadResult;
  // Profile pages and search API calls, half of the connections each (so each endpoint's figures show too).
  const mix = (connections: number) => [
    { paths: profilePaths, connections: connections / 2 },
    { paths: searchPaths, connections: connections / 2 },
  ];
  const isNormal = (result: LoadResult, p95LimitMs: number) =>
    result.errors === 0 && Object.keys(result.statuses).every((status) => status === "200") && result.latency.p95 <= p95LimitMs;

  it(
    `serves ${CONNECTIONS} connections for ${LOAD_SECONDS} s with no error and p95 ≤ ${P95_TARGET_MS} ms`,
    async () => {
      await load(first.url, [...profilePaths.slice(0, 20), ...searchPaths.slice(0, 20)], 2, 5); // warm-up: routes, pool connections
      const { parts, total } = await loadTogether(first.url, mix(CONNECTIONS), LOAD_SECONDS);
      normal = total;
      note(describeLoad("Load 1×, profile pages", parts[0]!));
      note(describeLoad("Load 1×, search API", parts[1]!));
      note(`${describeLoad("Load 1×, both", total)}; p95 target ${P95_TARGET_MS} ms ${total.latency.p95 <= P95_TARGET_MS ? "met" : "NOT met"}`);
      expect(total.errors).toBe(0);
      expect(Object.keys(total.statuses)).toEqual(["200"]);
      if (P95_GATE) expect(total.latency.p95).toBeLessThanOrEqual(P95_TARGET_MS);
    },
    (LOAD_SECONDS + 60) * 1000,
  );

  it(
    "at 3× the connections answers only 2xx, 429 or 503, then returns to normal within 30 s",
    async () => {
      const { parts, total: overload } = await loadTogether(first.url, mix(CONNECTIONS * 3), OVERLOAD_SECONDS);
      note(describeLoad("Load 3×, profile pages", parts[0]!));
      note(describeLoad("Load 3×, search API", parts[1]!));
      note(describeLoad("Load 3×, both", overload));
      expect(overload.errors).toBe(0);
      const unexpected = Object.keys(overload.statuses).filter((status) => !/^2\d\d$/.test(status) && status !== "429" && status !== "503");
      expect(unexpected).toEqual([]);
      // Back to the 1× load, in 5-second windows, until one is as good as before the overload: only 200s and a p95
      // within the target (or within 1.5× the 1× run's own p95 when the machine could not meet the target at all).
      const p95LimitMs = Math.max(P95_TARGET_MS, (normal?.latency.p95 ?? P95_TARGET_MS) * 1.5);
      const ended = Date.now();
      let window: LoadResult;
      do {
        window = (await loadTogether(first.url, mix(CONNECTIONS), 5)).total;
      } while (!isNormal(window, p95LimitMs) && Date.now() - ended < RECOVERY_LIMIT_MS);
      const recoveryMs = Date.now() - ended;
      note(
        `${describeLoad("Back to 1× (first normal 5 s window)", window)}; normal ${(recoveryMs / 1000).toFixed(0)} s after the overload ended, that window included (p95 limit ${p95LimitMs.toFixed(0)} ms)`,
      );
      expect(isNormal(window, p95LimitMs)).toBe(true);
      expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS + 6_000);
    },
    (OVERLOAD_SECONDS + 120) * 1000,
  );
});

describe("SMTP down", () => {
  it("keeps the mails in the outbox and sends them once when SMTP is back", async () => {
    await sink.stop();
    await sql`INSERT INTO mail_outbox (to_address, subject, text_body, template)
              SELECT 'outage-' || n || '@resilience.example', 'Resilience outage ' || n, 'Hello', 'test'
              FROM generate_series(1, ${OUTAGE_MAILS}) AS n`;
    // Several job runs on each instance while nothing listens.
    await sleep(5 * JOBS_INTERVAL_SECONDS * 1000);
    const waiting = await sql<{ status: string; attempts: number; failed: boolean }[]>`
      SELECT status, attempts, last_error IS NOT NULL AS failed FROM mail_outbox WHERE to_address LIKE 'outage-%'`;
    expect(waiting).toHaveLength(OUTAGE_MAILS);
    expect(waiting.filter((mail) => mail.status !== "pending")).toEqual([]);
    // The outage costs the mails no attempt; at least one was tried (and given back).
    expect(waiting.filter((mail) => mail.attempts !== 0)).toEqual([]);
    expect(waiting.some((mail) => mail.failed)).toBe(true);
    const restarted = Date.now();
    await sink.start();
    const addresses = Array.from({ length: OUTAGE_MAILS }, (_, index) => `outage-${index + 1}@resilience.example`);
    await waitFor("the mails held during the outage", async () => addresses.every((address) => sink.to(address).length > 0), 30_000);
    const seconds = (Date.now() - restarted) / 1000;
    await sleep(3 * JOBS_INTERVAL_SECONDS * 1000);
    expect(addresses.filter((address) => sink.to(address).length !== 1)).toEqual([]);
    note(
      `SMTP outage: ${OUTAGE_MAILS} mails waited in the outbox (pending, no attempt used) and were all delivered once ${seconds.toFixed(1)} s after SMTP returned`,
    );
  }, 120_000);
});

describe("database stopped, then restarted, while the app runs", () => {
  it("answers a clear 503, applies no request by halves, and recovers without a restart", async () => {
    const pids = [first.pid, second.pid];
    const servers = [first, second];
    const log: { kind: string; answer: Answer }[] = [];
    const created: string[] = [];
    let polling = true;
    const poll = async (kind: string, request: () => Promise<Answer>) => {
      while (polling) {
        log.push({ kind, answer: await request() });
        await sleep(100);
      }
    };
    const profile = profilePaths[0]!;
    const pollers = [
      poll("page", () => send(`${first.url}${profile}`)),
      poll("page", () => send(`${second.url}/organisations`)),
      poll("api", () => send(`${second.url}${searchPaths[0]}`)),
      poll("health", () => send(`${first.url}/api/health`)),
      // Introduction requests in flight all along: each is either fully there (with its history) or absent.
      ...writers.map(async (writer, index) => {
        for (const [attempt, target] of writer.targets.entries()) {
          if (!polling) break;
          const server = servers[(index + attempt) % 2]!;
          const answer = await send(`${server.url}/api/introductions`, {
            method: "POST",
            headers: { "Content-Type": "application/json", Cookie: writer.cookie, Origin: server.url },
            body: JSON.stringify({
              from: writer.organisationId,
              to: target,
              message: "Nous cherchons un partenaire pour un projet commun sur notre territoire.",
            }),
          });
          log.push({ kind: "write", answer });
          if (answer.status === 201) created.push((JSON.parse(answer.body) as { id: string }).id);
          // Refused while the database was down: the same request again later.
          if (answer.status === 503) writer.targets.push(target);
          await sleep(400);
        }
      }),
    ];
    await sleep(1_500);
    const stoppedAt = Date.now();
    cluster.stop("fast");
    await sleep(6_000);
    const restartedAt = Date.now();
    cluster.start();
    // pg_ctl -w returns once the server accepts connections.
    const readyAt = Date.now();
    const healthy = await waitFor(
      "both instances healthy again",
      async () => {
        const answers = await Promise.all(servers.map((server) => send(`${server.url}/api/health`)));
        return answers.every((answer) => answer.status === 200) ? Date.now() : null;
      },
      30_000,
      100,
    );
    const pagesBack = await waitFor(
      "pages served again",
      async () => {
        const answers = await Promise.all([send(`${first.url}${profile}`), send(`${second.url}/organisations`)]);
        return answers.every((answer) => answer.status === 200) ? Date.now() : null;
      },
      30_000,
      100,
    );
    await sleep(3_000);
    polling = false;
    await Promise.all(pollers);

    const during = log.filter(({ answer }) => answer.at > stoppedAt + 2_000 && answer.at < restartedAt);
    const count = (entries: typeof log) =>
      entries.reduce<Record<string, number>>(
        (counts, { kind, answer }) => ({ ...counts, [`${kind} ${answer.status}`]: (counts[`${kind} ${answer.status}`] ?? 0) + 1 }),
        {},
      );
    note(`Database stopped ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s: all answers ${JSON.stringify(count(log))}`);
    note(`After the database was back: ${JSON.stringify(count(log.filter(({ answer }) => answer.at > readyAt)))}`);
    note(
      `Recovery: the database took ${((readyAt - restartedAt) / 1000).toFixed(1)} s to start; then health 200 on both instances after ${((healthy - readyAt) / 1000).toFixed(1)} s, pages after ${((pagesBack - readyAt) / 1000).toFixed(1)} s`,
    );

    // The pool is back within seconds of the database (it took 7 s and more with postgres.js's default reconnect
    // backoff); pages within the 30 s of waitFor above (see bench/resilience/RESULTS.md for what still delays them).
    expect(healthy - readyAt).toBeLessThanOrEqual(5_000);

    // While it is down (the first 2 s aside): 503 everywhere, a French page for pages, JSON for the API.
    expect(during.length).toBeGreaterThan(20);
    expect(during.filter(({ answer }) => answer.status !== 503).map(({ kind, answer }) => `${kind} ${answer.status}`)).toEqual([]);
    for (const { kind, answer } of during) {
      expect(answer.headers.get("retry-after")).toMatch(/^\d+$/);
      if (kind === "page") expect(answer.body).toContain("Le service est momentanément indisponible");
      if (kind === "api" || kind === "write") expect((JSON.parse(answer.body) as { error: string }).error).toMatch(/indisponible/);
      if (kind === "health") expect((JSON.parse(answer.body) as { database: { ok: boolean } }).database.ok).toBe(false);
    }
    // Never a dropped connection, and no 5xx but 503 from the API at any time. A page whose render was under way
    // when the connection dropped (before the outage was known, within the first second) shows the French
    // "temporarily unavailable" error page with a 500: Next.js cannot give a render's error another status.
    const broken = log.filter(
      ({ kind, answer }) => answer.status === 0 || (answer.status >= 500 && answer.status !== 503 && (kind !== "page" || answer.at > stoppedAt + 1_500)),
    );
    const since = (at: number) => (at < restartedAt ? `${at - stoppedAt} ms after the stop` : `${at - readyAt} ms after the restart`);
    expect(broken.map(({ kind, answer }) => `${kind} ${answer.status} ${since(answer.at)} ${answer.body.slice(0, 120)}`)).toEqual([]);
    const racing = log.filter(({ kind, answer }) => kind === "page" && answer.status === 500);
    // The error page is in the HTML when the query failed before the page's first bytes; when it failed while the
    // page streamed, the HTML carries the error for the page's error boundary, which the browser then shows.
    for (const { answer } of racing) expect(answer.body).toMatch(/Le service est momentanément indisponible|E\{\\?"digest\\?":\\?"\d+\\?"\}/);
    note(`Pages caught rendering when the database stopped (500 with the French error page): ${racing.length}`);
    // Writes went on before and after the outage.
    expect(log.filter(({ kind, answer }) => kind === "write" && answer.at < stoppedAt && answer.status === 201).length).toBeGreaterThan(0);
    expect(log.filter(({ kind, answer }) => kind === "write" && answer.at > readyAt && answer.status === 201).length).toBeGreaterThan(0);

    // Every introduction stored is whole (its "submitted" event came with it) and every 201 was stored.
    const stored = await sql<{ id: string; events: number }[]>`
      SELECT i.id, (SELECT count(*)::int FROM introduction_events e WHERE e.introduction_id = i.id AND e.to_status = 'submitted') AS events
      FROM introductions i WHERE i.requested_by_user_id LIKE 'writer-%'`;
    expect(stored.filter((row) => row.events !== 1)).toEqual([]);
    const storedIds = new Set(stored.map((row) => row.id));
    expect(created.filter((id) => !storedIds.has(id))).toEqual([]);
    note(`Introduction requests during the outage: ${created.length} answered 201, ${stored.length} stored, each with its history`);

    // The same processes served before and after.
    expect([first.pid, second.pid]).toEqual(pids);
    for (const server of servers) expect((await send(`${server.url}/api/health`)).status).toBe(200);
  }, 180_000);
});
