import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { demoViewer } from "@/lib/testing/demo-viewer";
import { requireAdmin } from "../admin/access";
import { allowSignIn, recordSignIn, recordSignInLinkRequest, recordSignOut } from "../auth/events";
import { requestIntroduction } from "../introductions/requests";
import { transitionIntroduction } from "../introductions/transitions";
import { listModerationQueue } from "../organisations/moderation";
import { consumeRateLimit } from "./rate-limit";
import { logSecurityEvent, pseudonym, setSecurityLogSink, type SecurityLogSink } from "./security-log";
import { ForbiddenError } from "@/lib/server/errors";
import { apiErrorResponse, logIfRefused } from "@/lib/server/http/answers";

let handle: DatabaseHandle;
let lines: string[] = [];
let previousSink: SecurityLogSink;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(() => {
  lines = [];
  previousSink = setSecurityLogSink((line) => lines.push(line));
});
afterEach(() => {
  setSecurityLogSink(previousSink);
});

const URL = "http://localhost:3000";
const MESSAGE = "Bonjour, nous aimerions vous rencontrer pour monter un projet ensemble sur le territoire.";

type Entry = Record<string, unknown> & { event: string };
const entries = (): Entry[] => lines.map((line) => JSON.parse(line) as Entry);
const eventsNamed = (name: string) => entries().filter((entry) => entry.event === name);

/** No line of the log holds an e-mail address, or the given secrets, in clear. */
function expectNothingInClear(secrets: string[] = []) {
  for (const line of lines) {
    expect(line).not.toMatch(/[^\s"]+@[^\s"]+\.[a-z]+/i);
    for (const secret of secrets) expect(line).not.toContain(secret);
  }
}

async function newUser(db: Executor, email: string, disabled = false): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email, name: "Test", disabledAt: disabled ? new Date() : null })
    .returning({ id: users.id });
  return row!.id;
}

describe("the security log", () => {
  it("records sign-in link requests, sign-ins, refused sign-ins and sign-outs, with addresses hashed", async () => {
    await withRollback(handle.db, async (tx) => {
      const email = "journal.connexion@test.example";
      const id = await newUser(tx, email);
      await newUser(tx, "journal.desactive@test.example", true);

      recordSignInLinkRequest(email);
      expect(await allowSignIn(tx, email, { linkRequest: false })).toBe(true);
      await recordSignIn(tx, id, false);
      expect(await allowSignIn(tx, "Journal.Desactive@test.example", { linkRequest: false })).toBe(false);
      recordSignOut(id);

      expect(eventsNamed("sign_in_link_requested")).toEqual([expect.objectContaining({ type: "security", emailHash: pseudonym(email) })]);
      expect(eventsNamed("sign_in")).toEqual([expect.objectContaining({ userId: id, isNewUser: false })]);
      expect(eventsNamed("sign_in_refused")).toEqual([expect.objectContaining({ reason: "disabled", emailHash: pseudonym("journal.desactive@test.example") })]);
      expect(eventsNamed("sign_out")).toEqual([expect.objectContaining({ userId: id })]);
      // Each line is one JSON object with its time.
      for (const entry of entries()) expect(Date.parse(String(entry.time))).not.toBeNaN();
      expectNothingInClear([email]);
    });
  });

  it("records refused permissions with who and what, once, where they are answered (not where they are thrown)", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await demoViewer(tx, "membre@alliances.example");
      const refusals: unknown[] = [];
      const caught = (run: () => unknown) => {
        try {
          run();
        } catch (error) {
          refusals.push(error);
        }
      };
      await listModerationQueue(tx, member).catch((error: unknown) => refusals.push(error));
      caught(() => requireAdmin(member));
      caught(() => requireAdmin(null));
      expect(refusals.every((error) => error instanceof ForbiddenError)).toBe(true);
      expect(refusals).toHaveLength(3);
      // Thrown, not yet answered: nothing logged (an error caught and retried inside lib is no refusal).
      expect(eventsNamed("permission_refused")).toEqual([]);
      for (const error of refusals) logIfRefused(error);
      expect(eventsNamed("permission_refused")).toEqual([
        expect.objectContaining({ userId: member.id, what: "moderation:queue" }),
        expect.objectContaining({ userId: member.id, what: "admin" }),
        expect.objectContaining({ userId: null, what: "admin" }),
      ]);
      expectNothingInClear([member.email]);
    });
  });

  it("records a rate limit reached, with the subject hashed", async () => {
    await withRollback(handle.db, async (tx) => {
      const rule = { name: "test:journal", limit: 2, windowSeconds: 60 };
      const subject = "limite.journal@test.example";
      const now = new Date("2026-11-30T10:00:10Z");
      for (let attempt = 0; attempt < 2; attempt += 1) expect((await consumeRateLimit(tx, rule, subject, now)).allowed).toBe(true);
      expect(lines).toEqual([]);
      expect(await consumeRateLimit(tx, rule, subject, now)).toEqual({ allowed: false, retryAfterSeconds: 50 });
      expect(eventsNamed("rate_limited")).toEqual([expect.objectContaining({ rule: "test:journal", subject: pseudonym(subject), retryAfterSeconds: 50 })]);
      expectNothingInClear([subject]);
    });
  });

  it("records consent given, refused and withdrawn in introductions, and a refused action on one", async () => {
    await withRollback(handle.db, async (tx) => {
      const requester = await demoViewer(tx, "membre@alliances.example");
      const target = await demoViewer(tx, "membre2@alliances.example");
      const staff = await demoViewer(tx, "catalyseur@alliances.example");
      const from = requester.memberships[0]!;
      const to = target.memberships[0]!;
      const ask = () => requestIntroduction(tx, requester, { fromOrganisationId: from.organisationId, toSlug: to.slug, message: MESSAGE }, URL);

      const first = await ask();
      await transitionIntroduction(tx, staff, first.id, "forward", {}, URL);
      // Only the target answers for the target.
      const refused = await transitionIntroduction(tx, requester, first.id, "accept", {}, URL).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: "role" });
      // The API answers it (403) and logs it, once.
      expect(apiErrorResponse(refused, "fr").status).toBe(403);
      await transitionIntroduction(tx, target, first.id, "accept", {}, URL);
      await transitionIntroduction(tx, requester, first.id, "close", {}, URL);
      const second = await ask();
      await transitionIntroduction(tx, staff, second.id, "forward", {}, URL);
      await transitionIntroduction(tx, target, second.id, "decline", { note: "Pas maintenant" }, URL);
      const third = await ask();
      await transitionIntroduction(tx, requester, third.id, "withdraw", {}, URL);

      const consents = entries()
        .filter((entry) => entry.event.startsWith("consent_"))
        .map(({ event, role, userId, introductionId }) => ({ event, role, userId, introductionId }));
      expect(consents).toEqual([
        { event: "consent_given", role: "requester", userId: requester.id, introductionId: first.id },
        { event: "consent_given", role: "target", userId: target.id, introductionId: first.id },
        { event: "consent_given", role: "requester", userId: requester.id, introductionId: second.id },
        { event: "consent_refused", role: "target", userId: target.id, introductionId: second.id },
        { event: "consent_given", role: "requester", userId: requester.id, introductionId: third.id },
        { event: "consent_withdrawn", role: "requester", userId: requester.id, introductionId: third.id },
      ]);
      expect(eventsNamed("permission_refused")).toEqual([expect.objectContaining({ userId: requester.id, what: "introduction:role" })]);
      const [contact] = await tx.select({ email: users.email }).from(users).where(eq(users.id, target.id));
      expectNothingInClear([contact!.email]);
    });
  });

  it("hashes addresses and cuts tokens and signed links found in any field", () => {
    const token = "Zk3v9QwLmN0pR7sT2uV5xY8zA1bC4dE6fG";
    logSecurityEvent({
      event: "permission_refused",
      userId: "0b3f7c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b",
      what: `by someone@example.org with ${token} via http://localhost:3000/api/auth/callback/email?token=abc&email=x`,
    });
    const [entry] = entries();
    expect(entry!.userId).toBe("0b3f7c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b");
    expect(entry!.what).toBe(`by email:${pseudonym("someone@example.org")} with [redacted] via [url]`);
    expectNothingInClear([token, "token=abc"]);
  });

  it("never fails the request it logs for when the log cannot be written", () => {
    setSecurityLogSink(() => {
      throw new Error("EPIPE");
    });
    expect(() => new ForbiddenError(null, "test")).not.toThrow();
  });
});
