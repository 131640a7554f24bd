import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { organisations, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { addNeedOffer, getOrganisationForEditing, MAX_OPEN_ITEMS, resubmitOrganisation, setNeedOfferStatus, updateOrganisationAbout } from "./editing";
import { loadViewer, type Viewer } from "../auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost";
const viewer = async (db: Executor, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
};
const about = {
  themes: ["youth", "education"],
  odd: ["4"],
  objectives: ["territory_project"],
  description: "Une description assez longue pour passer la validation.",
  website: "https://exemple.fr",
};
const need = { direction: "need", resourceKind: "premises", title: "Une salle pour nos ateliers du mercredi", description: "", horizon: "" };
const updatedAt = async (db: Executor, id: string) =>
  (await queryRows<{ at: string }>(db, sql`SELECT updated_at::text AS at FROM organisations WHERE id = ${id}`))[0]!.at;

describe("editing one's organisation", () => {
  it("is for its members and admins only: anonymous, another organisation's member and catalyst staff are refused", async () => {
    const member = await viewer(handle.db, "membre@alliances.example");
    const own = member.memberships[0]!;
    const other = await viewer(handle.db, "membre2@alliances.example");
    const staff = await viewer(handle.db, "catalyseur@alliances.example");
    const admin = await viewer(handle.db, "admin@alliances.example");
    expect((await getOrganisationForEditing(handle.db, member, own.slug)).id).toBe(own.organisationId);
    expect((await getOrganisationForEditing(handle.db, admin, own.slug)).id).toBe(own.organisationId);
    for (const stranger of [null, staff, other.memberships.some((item) => item.organisationId === own.organisationId) ? null : other]) {
      await expect(getOrganisationForEditing(handle.db, stranger, own.slug)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateOrganisationAbout(handle.db, stranger, own.slug, about, URL)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addNeedOffer(handle.db, stranger, own.slug, need)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(resubmitOrganisation(handle.db, stranger, own.slug, "http://localhost")).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getOrganisationForEditing(handle.db, member, "no-such-organisation")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("saves a valid presentation and moves 'last updated'; refuses markup and keeps nothing of a bad form", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = member.memberships[0]!;
      await tx.execute(sql`UPDATE organisations SET updated_at = now() - interval '400 days' WHERE id = ${own.organisationId}`);
      const before = await updatedAt(tx, own.organisationId);
      const bad = await updateOrganisationAbout(tx, member, own.slug, { ...about, description: "<script>alert(1)</script> et du texte en plus" }, URL);
      expect(bad).toEqual({ ok: false, errors: { description: "Les balises HTML et les scripts ne sont pas acceptés : écrivez un texte simple" } });
      const huge = await updateOrganisationAbout(tx, member, own.slug, { ...about, description: "x".repeat(10_000_000) }, URL);
      expect(huge.ok).toBe(false);
      expect(await updatedAt(tx, own.organisationId)).toBe(before);

      expect(await updateOrganisationAbout(tx, member, own.slug, about, URL)).toEqual({ ok: true });
      const [row] = await tx.select().from(organisations).where(eq(organisations.id, own.organisationId));
      expect(row!.themes).toEqual(["youth", "education"]);
      expect(row!.odd).toEqual([4]);
      expect(row!.website).toBe("https://exemple.fr");
      expect(await updatedAt(tx, own.organisationId)).not.toBe(before);
      const audit = await queryRows<{ action: string }>(tx, sql`SELECT action FROM audit_log WHERE entity_id = ${own.organisationId} ORDER BY id DESC LIMIT 2`);
      expect(audit.map((entry) => entry.action)).toContain("organisation.updated");
    });
  });

  it("adds needs and offers up to the cap, and closes only the organisation's own items", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = member.memberships[0]!;
      expect(await addNeedOffer(tx, member, own.slug, { ...need, title: "" })).toMatchObject({ ok: false, errors: { title: expect.any(String) } });
      expect(await addNeedOffer(tx, member, own.slug, need)).toEqual({ ok: true });
      const editable = await getOrganisationForEditing(tx, member, own.slug);
      const added = editable.items.find((item) => item.title === need.title)!;
      expect(added).toMatchObject({ direction: "need", resourceKind: "premises", status: "open", horizon: "months_18" });

      // Someone else's item id changes nothing.
      const [foreign] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM needs_offers WHERE organisation_id <> ${own.organisationId} LIMIT 1`);
      expect(await setNeedOfferStatus(tx, member, own.slug, foreign!.id, "closed")).toEqual({ ok: false, errors: { form: "Élément introuvable" } });
      expect(await setNeedOfferStatus(tx, member, own.slug, added.id, "deleted")).toMatchObject({ ok: false });
      expect(await setNeedOfferStatus(tx, member, own.slug, added.id, "fulfilled")).toEqual({ ok: true });
      expect((await getOrganisationForEditing(tx, member, own.slug)).items.find((item) => item.id === added.id)!.status).toBe("fulfilled");

      const open = (await getOrganisationForEditing(tx, member, own.slug)).items.filter((item) => item.status === "open").length;
      for (let index = open; index < MAX_OPEN_ITEMS; index++)
        expect((await addNeedOffer(tx, member, own.slug, { ...need, title: `Besoin numéro ${index}` })).ok).toBe(true);
      expect(await addNeedOffer(tx, member, own.slug, need)).toMatchObject({ ok: false, errors: { form: expect.stringContaining(`${MAX_OPEN_ITEMS}`) } });
    });
  });

  it("stores the themes chosen for a new need or offer, all the organisation's when none is chosen, and refuses unknown ones", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = member.memberships[0]!;
      expect(await updateOrganisationAbout(tx, member, own.slug, { ...about, themes: ["youth", "education", "sport"] }, URL)).toEqual({ ok: true });
      const themesOf = async (title: string) => (await getOrganisationForEditing(tx, member, own.slug)).items.find((item) => item.title === title)?.themes;

      expect(await addNeedOffer(tx, member, own.slug, { ...need, title: "Un gymnase le samedi matin", themes: ["sport", "health"] })).toEqual({ ok: true });
      expect(await themesOf("Un gymnase le samedi matin")).toEqual(["sport", "health"]);
      expect(await addNeedOffer(tx, member, own.slug, { ...need, title: "Une salle pour l'aide aux devoirs", themes: "education" })).toEqual({ ok: true });
      expect(await themesOf("Une salle pour l'aide aux devoirs")).toEqual(["education"]);
      expect(await addNeedOffer(tx, member, own.slug, need)).toEqual({ ok: true });
      expect(await themesOf(need.title)).toEqual(["youth", "education", "sport"]);

      const unknown = await addNeedOffer(tx, member, own.slug, { ...need, title: "Un local pour la chorale", themes: ["culture_heritage", "astrology"] });
      expect(unknown).toEqual({ ok: false, errors: { themes: "Thème inconnu « astrology » : choisissez dans la liste" } });
      const tooMany = await addNeedOffer(tx, member, own.slug, {
        ...need,
        title: "Un local pour la chorale",
        themes: ["culture_heritage", "youth", "education", "sport", "health", "ageing"],
      });
      expect(tooMany).toEqual({ ok: false, errors: { themes: "5 thèmes au plus pour un besoin ou une offre" } });
      expect(await themesOf("Un local pour la chorale")).toBeUndefined();
    });
  });

  it("sends an organisation back to moderation after changes were asked for, and tells its moderators", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = member.memberships[0]!;
      expect(await resubmitOrganisation(tx, member, own.slug, "http://localhost")).toMatchObject({ ok: false });
      await tx.update(organisations).set({ status: "draft", moderationNote: "Précisez vos besoins" }).where(eq(organisations.id, own.organisationId));
      const mailsBefore = (
        await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'moderation-resubmitted'`)
      )[0]!.count;
      expect(await resubmitOrganisation(tx, member, own.slug, "http://localhost")).toEqual({ ok: true });
      const [row] = await tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, own.organisationId));
      expect(row!.status).toBe("pending");
      const mailsAfter = (
        await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'moderation-resubmitted'`)
      )[0]!.count;
      expect(mailsAfter).toBeGreaterThan(mailsBefore);
      // Twice in a row: the second one has nothing to resubmit.
      expect(await resubmitOrganisation(tx, member, own.slug, "http://localhost")).toMatchObject({ ok: false });
    });
  });
});
