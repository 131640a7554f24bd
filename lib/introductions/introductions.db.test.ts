import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { catalystStaff, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { countAwaitingAction, getIntroduction, listIntroductions } from "./reads";
import { IntroductionError } from "./errors";
import { requestIntroduction } from "./requests";
import { runIntroductionSchedule } from "./schedule";
import { transitionIntroduction } from "./transitions";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "../accounts/notifications";
import { getCatalystDashboard } from "../catalysts/dashboard";
import { setOrganisationStatusByAdmin } from "../admin/organisations";
import { MAX_PENDING_PER_ORGANISATION } from "./workflow";
import { consumeRateLimit } from "../server/rate-limit";
import { INTRODUCTIONS_PER_USER } from "./requests";
import { loadViewer, type Viewer } from "../auth/viewer";
import { REQUEST_CASES } from "../testing/introduction-cases";
import { introductionRequestSchema, NOTE_MAX_LENGTH } from "./schemas";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost:3000";
const DAY = 24 * 3600 * 1000;
const MESSAGE = "Bonjour, nous aimerions vous rencontrer pour monter un projet ensemble sur le territoire.";
// Recognisable contact values: they must appear nowhere before both sides agree.
const CONTACT_A = { name: "Aline Contact-Demandeur", email: "aline.secret@demandeur.example", phone: "+33 6 11 11 11 11" };
const CONTACT_B = { name: "Bruno Contact-Sollicité", email: "bruno.secret@sollicite.example", phone: "+33 6 22 22 22 22" };

async function newUser(db: Executor, email: string, options: { admin?: boolean } = {}): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email, name: email.split("@")[0], isAdmin: options.admin ?? false })
    .returning({ id: users.id });
  return row!.id;
}

interface Cast {
  requester: Viewer;
  target: Viewer;
  staff: Viewer;
  otherStaff: Viewer;
  stranger: Viewer;
  admin: Viewer;
  from: { id: string; slug: string };
  to: { id: string; slug: string };
  catalystId: string;
}

/**
 * Two fresh published organisations in two communes covered by a catalyst, a member for each, staff for the
 * routed catalyst and for another one, a member of an unrelated organisation and an admin.
 */
async function cast(db: Executor, tag = Math.random().toString(36).slice(2, 8)): Promise<Cast> {
  const [place] = await queryRows<{ catalystId: string; otherCatalystId: string; communeA: string; communeB: string }>(
    db,
    sql`SELECT cc.catalyst_id AS "catalystId",
               (SELECT id FROM catalysts WHERE id <> cc.catalyst_id ORDER BY id LIMIT 1) AS "otherCatalystId",
               (SELECT code FROM communes WHERE epci_code = cc.territory_code ORDER BY code LIMIT 1) AS "communeA",
               (SELECT code FROM communes WHERE epci_code = cc.territory_code ORDER BY code DESC LIMIT 1) AS "communeB"
        FROM catalyst_coverage cc WHERE cc.territory_kind = 'intercommunality'
          AND (SELECT count(*) FROM communes WHERE epci_code = cc.territory_code) > 3
        ORDER BY cc.catalyst_id LIMIT 1`,
  );
  const organisation = async (name: string, commune: string, contact: typeof CONTACT_A) => {
    const [row] = await queryRows<{ id: string; slug: string }>(
      db,
      sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, status, published_at, description, contact_name, contact_email, contact_phone, contact_consent_at)
          SELECT ${`${name}-${tag}`.toLowerCase()}, ${`${name} ${tag}`}, 'association', code, lat, lon, 'published', now(), 'Organisation de test',
                 ${contact.name}, ${contact.email}, ${contact.phone}, now()
          FROM communes WHERE code = ${commune}
          RETURNING id, slug`,
    );
    return row!;
  };
  const from = await organisation("Demandeur", place!.communeA, CONTACT_A);
  const to = await organisation("Sollicite", place!.communeB, CONTACT_B);
  const requesterId = await newUser(db, `a-${tag}@test.example`);
  const targetId = await newUser(db, `b-${tag}@test.example`);
  const staffId = await newUser(db, `k-${tag}@test.example`);
  const otherStaffId = await newUser(db, `k2-${tag}@test.example`);
  const strangerId = await newUser(db, `s-${tag}@test.example`);
  const adminId = await newUser(db, `admin-${tag}@test.example`, { admin: true });
  await db.execute(
    sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${requesterId}, ${from.id}, 'owner'), (${targetId}, ${to.id}, 'owner')`,
  );
  const [unrelated] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM organisations WHERE status = 'published' AND id NOT IN (${from.id}::uuid, ${to.id}::uuid) LIMIT 1`,
  );
  await db.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${strangerId}, ${unrelated!.id}, 'editor')`);
  await db.insert(catalystStaff).values([
    { userId: staffId, catalystId: place!.catalystId },
    { userId: otherStaffId, catalystId: place!.otherCatalystId },
  ]);
  const load = async (id: string) => (await loadViewer(db, id))!;
  return {
    requester: await load(requesterId),
    target: await load(targetId),
    staff: await load(staffId),
    otherStaff: await load(otherStaffId),
    stranger: await load(strangerId),
    admin: await load(adminId),
    from,
    to,
    catalystId: place!.catalystId,
  };
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof IntroductionError) return error.code;
    throw error;
  }
};

/** The IntroductionError a call fails with (the test fails if it succeeds). */
const failure = async (promise: Promise<unknown>): Promise<IntroductionError> => {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(IntroductionError);
  return outcome as IntroductionError;
};

const mailsTo = async (db: Executor, email: string) =>
  queryRows<{ subject: string; textBody: string; template: string }>(
    db,
    sql`SELECT subject, text_body AS "textBody", template FROM mail_outbox WHERE to_address = ${email} ORDER BY id`,
  );

describe("introductions", () => {
  it("go through the catalyst, and reveal contacts only once the target accepted, to the parties and the catalyst", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const { id } = await requestIntroduction(
        tx,
        c.requester,
        { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE, partnershipType: "economic_cooperation" },
        URL,
      );
      const [routed] = await queryRows<{ catalystId: string; status: string }>(
        tx,
        sql`SELECT catalyst_id AS "catalystId", status FROM introductions WHERE id = ${id}`,
      );
      expect(routed).toEqual({ catalystId: c.catalystId, status: "submitted" });
      // The catalyst is told, by notification and e-mail; the target is not, yet.
      expect(await unreadNotificationCount(tx, c.staff)).toBe(1);
      expect((await mailsTo(tx, c.staff.email)).map((mail) => mail.template)).toEqual(["intro.submitted"]);
      expect(await mailsTo(tx, c.target.email)).toEqual([]);

      // Before forwarding, the target does not even see it; strangers and other catalysts never do.
      for (const outsider of [c.target, c.stranger, c.otherStaff]) {
        expect(await codeOf(getIntroduction(tx, outsider, id))).toBe("not_found");
        expect(await codeOf(transitionIntroduction(tx, outsider, id, "accept", {}, URL))).toBe("not_found");
      }
      expect(await codeOf(getIntroduction(tx, null, id))).toBe("forbidden");
      expect(await codeOf(transitionIntroduction(tx, c.requester, id, "forward", {}, URL))).toBe("role");
      expect((await getIntroduction(tx, c.staff, id)).actions).toEqual(["forward", "reject"]);

      await transitionIntroduction(tx, c.staff, id, "forward", { note: "Je vous recommande cette rencontre." }, URL);
      expect((await mailsTo(tx, c.target.email)).map((mail) => mail.template)).toEqual(["intro.forwarded"]);
      expect((await mailsTo(tx, c.target.email))[0]!.textBody).toContain("Je vous recommande cette rencontre.");
      const forwarded = await getIntroduction(tx, c.target, id);
      expect(forwarded.actions).toEqual(["accept", "decline"]);

      // Nobody sees the contact persons while it is pending: not in the detail, not anywhere in its JSON.
      for (const viewer of [c.requester, c.target, c.staff, c.admin]) {
        const detail = await getIntroduction(tx, viewer, id);
        expect(detail.contacts).toBeNull();
        const json = JSON.stringify(detail);
        for (const secret of [CONTACT_A.email, CONTACT_B.email, CONTACT_A.phone, CONTACT_B.name]) expect(json).not.toContain(secret);
      }

      expect(await codeOf(transitionIntroduction(tx, c.staff, id, "accept", {}, URL))).toBe("role");
      await transitionIntroduction(tx, c.target, id, "accept", {}, URL);
      expect((await mailsTo(tx, c.requester.email)).map((mail) => mail.template)).toEqual(["intro.forwarded_requester", "intro.accepted"]);

      for (const party of [c.requester, c.target, c.staff]) {
        const contacts = (await getIntroduction(tx, party, id)).contacts;
        expect(contacts?.map((contact) => contact.email)).toEqual([CONTACT_A.email, CONTACT_B.email]);
      }
      // An admin who is not the catalyst of this introduction still does not see them; outsiders see nothing at all.
      expect((await getIntroduction(tx, c.admin, id)).contacts).toBeNull();
      expect(await codeOf(getIntroduction(tx, c.stranger, id))).toBe("not_found");

      // Outcome: an alliance needs its partnership type; afterwards nothing moves (409).
      expect(await codeOf(transitionIntroduction(tx, c.requester, id, "start_alliance", {}, URL))).toBe("partnershipType");
      await transitionIntroduction(tx, c.requester, id, "record_meeting", {}, URL);
      await transitionIntroduction(tx, c.requester, id, "start_alliance", { partnershipType: "mecenat" }, URL);
      const error = await failure(transitionIntroduction(tx, c.target, id, "close", {}, URL));
      expect(error.httpStatus).toBe(409);
      expect(error.messageIn("fr")).toBe("Cette action n'est plus possible : la mise en relation est au statut « Alliance engagée ».");

      const detail = await getIntroduction(tx, c.staff, id);
      expect(detail.status).toBe("alliance_started");
      expect(detail.outcomePartnershipType).toBe("mecenat");
      expect(detail.events.map((event) => [event.fromStatus, event.toStatus, event.by])).toEqual([
        [null, "submitted", "requester"],
        ["submitted", "forwarded", "catalyst"],
        ["forwarded", "accepted", "target"],
        ["accepted", "meeting_held", "requester"],
        ["meeting_held", "alliance_started", "requester"],
      ]);
      // Lists: the requester's "sent" box, the target's "received" box, the catalyst's box.
      expect((await listIntroductions(tx, c.requester, { box: "sent" })).items.map((item) => item.id)).toEqual([id]);
      expect((await listIntroductions(tx, c.target, { box: "received" })).items.map((item) => item.id)).toEqual([id]);
      // The catalyst's box holds only what awaits its decision; the status asked for shows the rest of its territory.
      expect((await listIntroductions(tx, c.staff, { box: "catalyst" })).items.map((item) => item.id)).not.toContain(id);
      expect((await listIntroductions(tx, c.staff, { box: "catalyst", status: "alliance_started" })).items.map((item) => item.id)).toContain(id);
      expect((await listIntroductions(tx, c.stranger, { box: "received" })).items.map((item) => item.id)).not.toContain(id);
    });
  });

  it("keeps the target's message on accepting: in the history on both sides, for the catalyst, and in the requester's mail", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const { id } = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, c.staff, id, "forward", { note: "Deux voisins qui gagneraient à se connaître." }, URL);
      const word = "Avec plaisir : appelez-nous la semaine prochaine, nous avons un local libre le mardi.";
      await transitionIntroduction(tx, c.target, id, "accept", { note: word }, URL);

      for (const viewer of [c.requester, c.target, c.staff]) {
        const accepted = (await getIntroduction(tx, viewer, id)).events.find((event) => event.toStatus === "accepted");
        expect(accepted).toMatchObject({ by: "target", note: word });
      }
      const mail = (await mailsTo(tx, c.requester.email)).find((item) => item.template === "intro.accepted");
      expect(mail?.textBody).toContain(word);
      expect(mail?.textBody).toContain("Le message de Sollicite");
      // The catalyst is told of the acceptance with the same words.
      expect((await mailsTo(tx, c.staff.email)).find((item) => item.template === "intro.accepted")?.textBody).toContain(word);
    });
  });

  it("counts and lists in the catalyst's box only the requests awaiting this person's decision", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      // A second cast lands in the same territory: its staff work for the same catalyst.
      const d = await cast(tx);
      expect(d.catalystId).toBe(c.catalystId);
      const before = (await listIntroductions(tx, c.staff, { box: "catalyst" })).counts.catalyst;
      expect((await listIntroductions(tx, d.staff, { box: "catalyst" })).counts.catalyst).toBe(before);

      const waiting = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      const forwarded = await requestIntroduction(tx, d.requester, { fromOrganisationId: d.from.id, toSlug: d.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, d.staff, forwarded.id, "forward", {}, URL);
      const rejected = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: d.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, d.staff, rejected.id, "reject", { note: "Hors du périmètre de la charte." }, URL);
      // c's staff member also belongs to the requester of this one: someone else decides it (conflict of interest).
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${c.staff.id}, ${d.from.id}, 'editor')`);
      const staff = (await loadViewer(tx, c.staff.id))!;
      const conflicted = await requestIntroduction(tx, d.requester, { fromOrganisationId: d.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);

      const box = await listIntroductions(tx, staff, { box: "catalyst" });
      const ids = box.items.map((item) => item.id);
      expect(ids).toContain(waiting.id);
      for (const other of [forwarded, rejected, conflicted]) expect(ids).not.toContain(other.id);
      expect(box.items.every((item) => item.status === "submitted")).toBe(true);
      expect(box.counts.catalyst).toBe(before + 1);
      expect(box.total).toBe(box.counts.catalyst);

      const colleague = await listIntroductions(tx, d.staff, { box: "catalyst" });
      expect(colleague.counts.catalyst).toBe(before + 2);
      expect(colleague.items.map((item) => item.id)).toEqual(expect.arrayContaining([waiting.id, conflicted.id]));

      // Looking back: a status asked for lists the territory's introductions in it, the count stays what awaits.
      const looked = await listIntroductions(tx, staff, { box: "catalyst", status: "rejected" });
      expect(looked.items.map((item) => item.id)).toContain(rejected.id);
      expect(looked.counts.catalyst).toBe(before + 1);
      // Someone with no catalyst has nothing to handle.
      expect((await listIntroductions(tx, c.requester, { box: "catalyst" })).counts.catalyst).toBe(0);
    });
  });

  it("lets the catalyst reject with a reason, the target decline, and only the requester withdraw while pending", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const first = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      expect(await codeOf(transitionIntroduction(tx, c.staff, first.id, "reject", { note: "" }, URL))).toBe("note");
      await transitionIntroduction(tx, c.staff, first.id, "reject", { note: "Hors du périmètre de la charte." }, URL);
      const rejected = (await mailsTo(tx, c.requester.email)).at(-1)!;
      expect(rejected.template).toBe("intro.rejected");
      expect(rejected.textBody).toContain("Hors du périmètre de la charte.");
      // The target never hears of a rejected request.
      expect(await codeOf(getIntroduction(tx, c.target, first.id))).toBe("not_found");

      const second = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, c.staff, second.id, "forward", {}, URL);
      expect(await codeOf(transitionIntroduction(tx, c.target, second.id, "withdraw", {}, URL))).toBe("role");
      await transitionIntroduction(tx, c.target, second.id, "decline", { note: "Pas de besoin en ce moment." }, URL);
      expect((await getIntroduction(tx, c.requester, second.id)).contacts).toBeNull();
      expect(await codeOf(transitionIntroduction(tx, c.requester, second.id, "withdraw", {}, URL))).toBe("status");

      const third = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, c.requester, third.id, "withdraw", {}, URL);
      expect((await getIntroduction(tx, c.requester, third.id)).status).toBe("withdrawn");
    });
  });

  it("refuses a withdrawal or a closing from a page that did not confirm it, after checking who may take it", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const pending = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      // Someone who may not withdraw learns that, not that a confirmation is missing.
      expect(await codeOf(transitionIntroduction(tx, c.target, pending.id, "withdraw", { confirmed: false }, URL))).toBe("not_found");
      const unconfirmed = await failure(transitionIntroduction(tx, c.requester, pending.id, "withdraw", { confirmed: false }, URL));
      expect(unconfirmed.code).toBe("unconfirmed");
      expect(unconfirmed.httpStatus).toBe(422);
      const untouched = await getIntroduction(tx, c.requester, pending.id);
      expect(untouched.status).toBe("submitted");
      expect(untouched.events).toHaveLength(1);
      // Steps that can be taken back are never held for a confirmation.
      await transitionIntroduction(tx, c.staff, pending.id, "forward", { confirmed: false }, URL);
      await transitionIntroduction(tx, c.target, pending.id, "accept", { confirmed: false }, URL);
      expect(await codeOf(transitionIntroduction(tx, c.target, pending.id, "close", { confirmed: false }, URL))).toBe("unconfirmed");
      expect((await getIntroduction(tx, c.target, pending.id)).status).toBe("accepted");
      await transitionIntroduction(tx, c.target, pending.id, "close", { confirmed: true }, URL);
      expect((await getIntroduction(tx, c.target, pending.id)).status).toBe("closed");

      const other = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, c.requester, other.id, "withdraw", { confirmed: true }, URL);
      expect((await getIntroduction(tx, c.requester, other.id)).status).toBe("withdrawn");
    });
  });

  it("counts what waits for each person's own action: the catalyst's decisions, the target's answers", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const before = await countAwaitingAction(tx, c.staff);
      const { id } = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      expect(await countAwaitingAction(tx, c.staff)).toEqual({ catalyst: before.catalyst + 1, received: 0 });
      // Not yet forwarded: the target has nothing to answer (and does not know of it).
      expect(await countAwaitingAction(tx, c.target)).toEqual({ catalyst: 0, received: 0 });
      await transitionIntroduction(tx, c.staff, id, "forward", {}, URL);
      expect(await countAwaitingAction(tx, c.staff)).toEqual(before);
      expect(await countAwaitingAction(tx, c.target)).toEqual({ catalyst: 0, received: 1 });
      // The requester waits, but has nothing to do.
      expect(await countAwaitingAction(tx, c.requester)).toEqual({ catalyst: 0, received: 0 });
      await transitionIntroduction(tx, c.target, id, "accept", {}, URL);
      expect(await countAwaitingAction(tx, c.target)).toEqual({ catalyst: 0, received: 0 });
      await expect(countAwaitingAction(tx, null)).rejects.toThrow(IntroductionError);
    });
  });

  it("refuses what the form's and the API's schema refuse, with the field at fault, and takes what it takes", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const codes = { message: "message", objective: "objective", partnershipType: "partnershipType", needOfferId: "needOffer", to: "targetUnavailable" };
      for (const { name, change, refusedField } of REQUEST_CASES) {
        const input = { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE, ...change };
        expect(introductionRequestSchema.safeParse(input).success, name).toBe(refusedField === null);
        const code = await codeOf(requestIntroduction(tx, c.requester, input as Parameters<typeof requestIntroduction>[2], URL));
        // Valid requests after the first one meet the pending one for the same pair.
        expect(code, name).toBe(refusedField === null ? (code === "ok" ? "ok" : "duplicate") : codes[refusedField]);
      }
      const [pending] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM introductions WHERE requester_organisation_id = ${c.from.id}`);
      const refused = await failure(transitionIntroduction(tx, c.staff, pending!.id, "reject", { note: "n".repeat(NOTE_MAX_LENGTH + 1) }, URL));
      expect([refused.code, refused.field]).toEqual(["noteTooLong", "note"]);
      expect(await codeOf(transitionIntroduction(tx, c.staff, "not-an-id", "forward", {}, URL))).toBe("not_found");
    });
  });

  it("refuses bad requests with the field at fault, duplicates, more than 5 pending, and too many per user", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const base = { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE };
      expect(await codeOf(requestIntroduction(tx, null, base, URL))).toBe("forbidden");
      expect(await codeOf(requestIntroduction(tx, c.stranger, base, URL))).toBe("forbidden");
      expect(await codeOf(requestIntroduction(tx, c.requester, { ...base, message: "Trop court" }, URL))).toBe("message");
      expect(await codeOf(requestIntroduction(tx, c.requester, { ...base, toSlug: c.from.slug }, URL))).toBe("self");
      expect(await codeOf(requestIntroduction(tx, c.requester, { ...base, toSlug: "no-such-organisation" }, URL))).toBe("targetUnavailable");
      const [foreignItem] = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM needs_offers WHERE organisation_id NOT IN (${c.from.id}::uuid, ${c.to.id}::uuid) LIMIT 1`,
      );
      expect(await codeOf(requestIntroduction(tx, c.requester, { ...base, needOfferId: foreignItem!.id }, URL))).toBe("needOffer");

      await requestIntroduction(tx, c.requester, base, URL);
      expect(await codeOf(requestIntroduction(tx, c.requester, base, URL))).toBe("duplicate");
      // The other way round is the same pair.
      expect(await codeOf(requestIntroduction(tx, c.target, { fromOrganisationId: c.to.id, toSlug: c.from.slug, message: MESSAGE }, URL))).toBe("duplicate");

      const others = await queryRows<{ slug: string }>(
        tx,
        sql`SELECT slug FROM organisations WHERE status = 'published' AND id NOT IN (${c.from.id}::uuid, ${c.to.id}::uuid)
              AND id NOT IN (SELECT target_organisation_id FROM introductions WHERE requester_organisation_id = ${c.from.id})
            ORDER BY slug LIMIT ${MAX_PENDING_PER_ORGANISATION}`,
      );
      for (const other of others.slice(0, MAX_PENDING_PER_ORGANISATION - 1)) {
        await requestIntroduction(tx, c.requester, { ...base, toSlug: other.slug }, URL);
      }
      const capped = await failure(requestIntroduction(tx, c.requester, { ...base, toSlug: others.at(-1)!.slug }, URL));
      expect(capped.code).toBe("cap");
      expect(capped.httpStatus).toBe(409);
      const [pending] = await queryRows<{ count: number }>(
        tx,
        sql`SELECT count(*)::int AS count FROM introductions WHERE requester_organisation_id = ${c.from.id} AND status = 'submitted'`,
      );
      expect(pending!.count).toBe(MAX_PENDING_PER_ORGANISATION);

      // Per-user rate limit, shared by all of the user's organisations.
      for (let index = 0; index < INTRODUCTIONS_PER_USER.limit; index += 1) await consumeRateLimit(tx, INTRODUCTIONS_PER_USER, c.target.id);
      const limited = await failure(requestIntroduction(tx, c.target, { fromOrganisationId: c.to.id, toSlug: others[0]!.slug, message: MESSAGE }, URL));
      expect(limited.code).toBe("rateLimited");
      expect(limited.httpStatus).toBe(429);
      expect(limited.detail.retryAfterSeconds).toBeGreaterThan(0);
    });
  });

  it("reminds at day 7 and 14 whoever must answer, and expires at day 30 (fake clock)", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const start = new Date(Date.now() + 400 * DAY); // later than any demo request, so ours is the one we follow
      const submitted = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL, start);
      const reminders = async () => (await mailsTo(tx, c.staff.email)).filter((mail) => mail.template === "intro.reminder").length;
      const at = (days: number) => new Date(start.getTime() + days * DAY);
      await runIntroductionSchedule(tx, URL, at(6.9));
      expect(await reminders()).toBe(0);
      await runIntroductionSchedule(tx, URL, at(7));
      expect(await reminders()).toBe(1);
      await runIntroductionSchedule(tx, URL, at(8));
      expect(await reminders()).toBe(1);
      // Once forwarded, reminders go to the target's members.
      await transitionIntroduction(tx, c.staff, submitted.id, "forward", {}, URL, at(9));
      await runIntroductionSchedule(tx, URL, at(14));
      expect(await reminders()).toBe(1);
      expect((await mailsTo(tx, c.target.email)).map((mail) => mail.template)).toEqual(["intro.forwarded", "intro.reminder"]);
      await runIntroductionSchedule(tx, URL, at(29.9));
      expect((await getIntroduction(tx, c.requester, submitted.id)).status).toBe("forwarded");
      await runIntroductionSchedule(tx, URL, at(30));
      const expired = await getIntroduction(tx, c.requester, submitted.id);
      expect(expired.status).toBe("expired");
      expect(expired.events.at(-1)).toMatchObject({ fromStatus: "forwarded", toStatus: "expired", by: "system" });
      expect((await mailsTo(tx, c.requester.email)).map((mail) => mail.template)).toEqual(["intro.forwarded_requester", "intro.expired"]);
      // A second run changes nothing.
      expect(await runIntroductionSchedule(tx, URL, at(31))).toMatchObject({ expired: 0 });
      expect((await mailsTo(tx, c.target.email)).length).toBe(2);

      // Notifications: listed in the reader's language, and marked read.
      const before = await unreadNotificationCount(tx, c.requester);
      expect(before).toBe(2);
      const { items } = await listNotifications(tx, c.requester, "en");
      expect(items[0]!.title).toContain("expired");
      await markNotificationsRead(tx, c.requester);
      expect(await unreadNotificationCount(tx, c.requester)).toBe(0);
    });
  });

  it("two app instances running the schedule at once remind each request exactly once", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const c = await cast(handle.db, tag);
    const ids: string[] = [];
    // Real time (the rows are committed, other files share the database): requested 7.5 days ago, reminded now.
    const start = new Date(Date.now() - 7.5 * DAY);
    // The job also reminds the demo's own pending requests: note what it may touch, to put it back afterwards.
    const [marks] = await queryRows<{ mail: number; notification: number }>(
      handle.db,
      sql`SELECT coalesce((SELECT max(id) FROM mail_outbox), 0)::int AS mail, coalesce((SELECT max(id) FROM notifications), 0)::int AS notification`,
    );
    const pendingBefore = await queryRows<{ id: string; remindersSent: number }>(
      handle.db,
      sql`SELECT id, reminders_sent AS "remindersSent" FROM introductions WHERE status IN ('submitted', 'forwarded')`,
    );
    try {
      ids.push((await requestIntroduction(handle.db, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL, start)).id);
      const target = inject("testDatabase");
      const other = target.engine === "postgres" ? await openDatabase({ engine: "postgres", url: target.url, maxConnections: 2 }) : handle;
      try {
        const when = new Date();
        await Promise.all([
          runIntroductionSchedule(handle.db, URL, when),
          runIntroductionSchedule(other.db, URL, when),
          runIntroductionSchedule(handle.db, URL, when),
        ]);
      } finally {
        if (other !== handle) await other.close();
      }
      const reminders = (await mailsTo(handle.db, c.staff.email)).filter((mail) => mail.template === "intro.reminder");
      expect(reminders).toHaveLength(1);
    } finally {
      await handle.db.execute(sql`DELETE FROM mail_outbox WHERE to_address LIKE ${`%-${tag}@test.example`}`);
      await handle.db.execute(sql`DELETE FROM organisations WHERE id IN (${c.from.id}::uuid, ${c.to.id}::uuid)`);
      await handle.db.execute(sql`DELETE FROM users WHERE email LIKE ${`%-${tag}@test.example`}`);
      await handle.db.execute(sql`DELETE FROM rate_limits WHERE key LIKE 'introductions:%'`);
      await handle.db.execute(sql`DELETE FROM mail_outbox WHERE id > ${marks!.mail}`);
      await handle.db.execute(sql`DELETE FROM notifications WHERE id > ${marks!.notification}`);
      for (const row of pendingBefore) {
        await handle.db.execute(
          sql`UPDATE introductions SET reminders_sent = ${row.remindersSent} WHERE id = ${row.id} AND reminders_sent <> ${row.remindersSent}`,
        );
      }
    }
  });

  it("show on the catalyst's dashboard, for its staff and admins only, with the figures they make", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const [catalyst] = await queryRows<{ slug: string }>(tx, sql`SELECT slug FROM catalysts WHERE id = ${c.catalystId}`);
      const before = await getCatalystDashboard(tx, c.staff, catalyst!.slug);
      const accepted = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, c.staff, accepted.id, "forward", {}, URL);
      await transitionIntroduction(tx, c.target, accepted.id, "accept", {}, URL);
      await transitionIntroduction(tx, c.target, accepted.id, "start_alliance", { partnershipType: "societal_innovation" }, URL);
      const waiting = await requestIntroduction(tx, c.target, { fromOrganisationId: c.to.id, toSlug: c.from.slug, message: MESSAGE }, URL);

      const after = await getCatalystDashboard(tx, c.staff, catalyst!.slug);
      expect(after.figures.requests - before.figures.requests).toBe(2);
      expect(after.figures.alliancesStarted - before.figures.alliancesStarted).toBe(1);
      expect((after.byStatus.alliance_started ?? 0) - (before.byStatus.alliance_started ?? 0)).toBe(1);
      await tx.execute(sql`UPDATE organisations SET status = 'pending' WHERE id = ${c.from.id}`);
      const moderated = await getCatalystDashboard(tx, c.staff, catalyst!.slug);
      expect(after.figures.publishedOrganisations - moderated.figures.publishedOrganisations).toBe(1);
      expect(moderated.figures.pendingOrganisations - after.figures.pendingOrganisations).toBe(1);
      expect(after.waiting.map((item) => item.id)).toContain(waiting.id);
      expect(after.waiting.map((item) => item.id)).not.toContain(accepted.id);
      expect(after.figures.acceptanceRate).not.toBeNull();
      expect((await getCatalystDashboard(tx, c.admin, catalyst!.slug)).figures.requests).toBe(after.figures.requests);
      for (const outsider of [null, c.requester, c.otherStaff, c.stranger]) {
        await expect(getCatalystDashboard(tx, outsider, catalyst!.slug)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });
  });

  it("never let the catalyst's side answer for the target, nor a party vet its own request (one person never holds both consents)", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      // The catalyst's staff member also belongs to the target organisation (e.g. it hosts the catalyst).
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${c.staff.id}, ${c.to.id}, 'editor')`);
      const staffAndTarget = (await loadViewer(tx, c.staff.id))!;
      const { id } = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      // It does not vet a request made to its own organisation: the admins (or other staff) do.
      expect(await codeOf(transitionIntroduction(tx, staffAndTarget, id, "forward", {}, URL))).toBe("conflict");
      expect((await getIntroduction(tx, staffAndTarget, id)).actions).toEqual([]);
      await transitionIntroduction(tx, c.admin, id, "forward", {}, URL);
      // Nor does it accept in the target's name, although it is a member: the contact stays hidden.
      const detail = await getIntroduction(tx, staffAndTarget, id);
      expect(detail.actions).toEqual([]);
      expect(detail.heldBack).toBe(true);
      expect((await getIntroduction(tx, c.target, id)).heldBack).toBe(false);
      const refused = await failure(transitionIntroduction(tx, staffAndTarget, id, "accept", {}, URL));
      expect([refused.code, refused.httpStatus]).toEqual(["conflict", 403]);
      expect(refused.messageIn("fr")).toMatch(/une autre personne doit décider/);
      expect(await codeOf(transitionIntroduction(tx, staffAndTarget, id, "decline", { note: "Pas pour nous" }, URL))).toBe("conflict");
      expect((await getIntroduction(tx, c.requester, id)).status).toBe("forwarded");
      // The target's own member (independent of the catalyst) answers.
      expect((await getIntroduction(tx, c.target, id)).actions).toEqual(["accept", "decline"]);
      await transitionIntroduction(tx, c.target, id, "accept", {}, URL);

      // An admin who belongs to the requester does not vet it either; belonging to the target alone does not stop
      // an admin from answering for it, but having forwarded it does.
      const d = await cast(tx);
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${d.admin.id}, ${d.from.id}, 'editor')`);
      const adminAndRequester = (await loadViewer(tx, d.admin.id))!;
      const own = await requestIntroduction(tx, d.requester, { fromOrganisationId: d.from.id, toSlug: d.to.slug, message: MESSAGE }, URL);
      expect(await codeOf(transitionIntroduction(tx, adminAndRequester, own.id, "forward", {}, URL))).toBe("conflict");
      const e = await cast(tx);
      const forwardedByAdmin = await requestIntroduction(tx, e.requester, { fromOrganisationId: e.from.id, toSlug: e.to.slug, message: MESSAGE }, URL);
      await transitionIntroduction(tx, e.admin, forwardedByAdmin.id, "forward", {}, URL);
      await tx.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${e.admin.id}, ${e.to.id}, 'editor')`);
      const forwarderAndTarget = (await loadViewer(tx, e.admin.id))!;
      expect((await getIntroduction(tx, forwarderAndTarget, forwardedByAdmin.id)).actions).toEqual([]);
      expect(await codeOf(transitionIntroduction(tx, forwarderAndTarget, forwardedByAdmin.id, "accept", {}, URL))).toBe("conflict");
      expect(await codeOf(transitionIntroduction(tx, e.target, forwardedByAdmin.id, "accept", {}, URL))).toBe("ok");
    });
  });

  it("are forwarded and accepted only while both organisations are published; suspending one withdraws its pending introductions", async () => {
    await withRollback(handle.db, async (tx) => {
      const c = await cast(tx);
      const toForward = await requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL);
      // Suspended (or otherwise unpublished) behind the workflow's back: the step is refused, nothing is revealed.
      await tx.execute(sql`UPDATE organisations SET status = 'suspended' WHERE id = ${c.to.id}`);
      const unavailable = await failure(transitionIntroduction(tx, c.staff, toForward.id, "forward", {}, URL));
      expect([unavailable.code, unavailable.httpStatus]).toEqual(["organisationUnavailable", 409]);
      await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE id = ${c.to.id}`);
      await transitionIntroduction(tx, c.staff, toForward.id, "forward", {}, URL);
      await tx.execute(sql`UPDATE organisations SET status = 'suspended' WHERE id = ${c.to.id}`);
      expect(await codeOf(transitionIntroduction(tx, c.target, toForward.id, "accept", {}, URL))).toBe("organisationUnavailable");
      const detail = await getIntroduction(tx, c.target, toForward.id);
      expect(detail.contacts).toBeNull();
      expect(JSON.stringify(detail)).not.toContain(CONTACT_A.email);
      await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE id = ${c.to.id}`);
      await tx.execute(sql`UPDATE organisations SET status = 'suspended' WHERE id = ${c.from.id}`);
      expect(await codeOf(transitionIntroduction(tx, c.target, toForward.id, "accept", {}, URL))).toBe("organisationUnavailable");
      await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE id = ${c.from.id}`);

      // Suspending through the app withdraws what is pending, with a history row, and tells the other side and the catalyst.
      const submitted = await requestIntroduction(tx, c.target, { fromOrganisationId: c.to.id, toSlug: c.from.slug, message: MESSAGE }, URL).catch(() => null);
      expect(submitted).toBeNull(); // one pending request per pair: the forwarded one above is still pending
      const before = {
        requester: (await mailsTo(tx, c.requester.email)).length,
        staff: (await mailsTo(tx, c.staff.email)).length,
        target: (await mailsTo(tx, c.target.email)).length,
      };
      await setOrganisationStatusByAdmin(tx, c.admin, { organisationId: c.to.id, action: "suspend", reason: "Site web frauduleux signalé" }, URL);
      const [row] = await queryRows<{ status: string }>(tx, sql`SELECT status FROM introductions WHERE id = ${toForward.id}`);
      expect(row!.status).toBe("withdrawn");
      const events = await queryRows<{ fromStatus: string; toStatus: string; actor: string }>(
        tx,
        sql`SELECT from_status AS "fromStatus", to_status AS "toStatus", actor_user_id AS actor FROM introduction_events WHERE introduction_id = ${toForward.id} ORDER BY created_at, id`,
      );
      expect(events.at(-1)).toEqual({ fromStatus: "forwarded", toStatus: "withdrawn", actor: c.admin.id });
      const requesterMails = (await mailsTo(tx, c.requester.email)).slice(before.requester);
      expect(requesterMails.map((mail) => mail.template)).toEqual(["intro.cancelled"]);
      expect(requesterMails[0]!.textBody).not.toContain("frauduleux");
      expect((await mailsTo(tx, c.staff.email)).slice(before.staff).map((mail) => mail.template)).toEqual(["intro.cancelled"]);
      // The suspended organisation's members are told of the suspension itself, with its reason.
      expect((await mailsTo(tx, c.target.email)).slice(before.target).map((mail) => mail.template)).toEqual(["organisation-suspended"]);
      expect(await codeOf(transitionIntroduction(tx, c.target, toForward.id, "accept", {}, URL))).toBe("status");
      // Nothing of it can be requested again while it is suspended.
      expect(await codeOf(requestIntroduction(tx, c.requester, { fromOrganisationId: c.from.id, toSlug: c.to.slug, message: MESSAGE }, URL))).toBe(
        "targetUnavailable",
      );
    });
  });
});
