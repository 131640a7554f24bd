import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { auditLog, memberships, needsOffers, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import { ForbiddenError } from "@/lib/server/errors";
import { DAY_MS } from "@/lib/shared/time";
import { loadViewer, type Viewer } from "../auth/viewer";
import { listModerationQueue } from "./moderation";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const NOW = new Date("2030-06-15T12:00:00Z");

async function viewerByEmail(db: Executor, email: string): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
}

/** The most populous commune covered by this catalyst and not by the other one. */
async function communeOnlyOf(db: Executor, catalystId: string, otherCatalystId: string): Promise<{ code: string; lat: number; lon: number }> {
  const [commune] = await queryRows<{ code: string; lat: number; lon: number }>(
    db,
    sql`SELECT c.code, c.lat, c.lon FROM communes c
        WHERE EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE cc.catalyst_id = ${catalystId} AND ${coverageContainsCommune("cc", "c")})
          AND NOT EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE cc.catalyst_id = ${otherCatalystId} AND ${coverageContainsCommune("cc", "c")})
        ORDER BY c.population DESC NULLS LAST, c.code LIMIT 1`,
  );
  return commune!;
}

interface Planted {
  name: string;
  status: string;
  commune: { code: string; lat: number; lon: number };
  siret?: string;
  siren?: string;
  rna?: string;
  website?: string;
  contact?: { name: string; role: string; email: string; phone: string };
  daysAgo?: number;
}

async function plant(db: Executor, organisation: Planted): Promise<string> {
  const updatedAt = new Date(NOW.getTime() - (organisation.daysAgo ?? 0) * DAY_MS);
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, status, description, siret, siren, rna, website,
                                   contact_name, contact_role, contact_email, contact_phone, created_at, updated_at)
        VALUES (${`file-${organisation.name.toLowerCase().replace(/\W+/g, "-")}-${organisation.status}`}, ${organisation.name}, 'association',
                ${organisation.commune.code}, ${organisation.commune.lat}, ${organisation.commune.lon}, ${organisation.status}, 'Une organisation de test.',
                ${organisation.siret ?? null}, ${organisation.siren ?? null}, ${organisation.rna ?? null}, ${organisation.website ?? null},
                ${organisation.contact?.name ?? null}, ${organisation.contact?.role ?? null}, ${organisation.contact?.email ?? null},
                ${organisation.contact?.phone ?? null}, ${updatedAt.toISOString()}::timestamptz, ${updatedAt.toISOString()}::timestamptz)
        RETURNING id`,
  );
  return row!.id;
}

describe("the moderation queue's cards", () => {
  it("give a catalyst the needs and offers, contact, duplicates and waiting time of its own territory's pending organisations only", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const otherStaff = await viewerByEmail(tx, "catalyseur2@alliances.example");
      const admin = await viewerByEmail(tx, "admin@alliances.example");
      const member = await viewerByEmail(tx, "membre@alliances.example");
      const [ours, theirs] = [staff.catalysts[0]!.catalystId, otherStaff.catalysts[0]!.catalystId];
      const here = await communeOnlyOf(tx, ours, theirs);
      const elsewhere = await communeOnlyOf(tx, theirs, ours);

      // A registration of ten days ago by someone writing from the organisation's domain.
      const [applicant] = await tx.insert(users).values({ email: "accueil@jardins-file.example.fr" }).returning({ id: users.id });
      const contact = { name: "Camille Vérif", role: "Présidente", email: "camille@jardins-file.example.fr", phone: "+33 6 00 00 00 42" };
      const old = await plant(tx, {
        name: "Les Jardins de la File",
        status: "pending",
        commune: here,
        siret: "98765432100016",
        siren: "987654321",
        rna: "W999888777",
        website: "https://www.jardins-file.example.fr",
        contact,
        daysAgo: 10,
      });
      await tx.insert(memberships).values({ userId: applicant!.id, organisationId: old, role: "owner" });
      await tx.insert(auditLog).values({
        actorUserId: applicant!.id,
        action: "organisation.submitted",
        entityType: "organisation",
        entityId: old,
        createdAt: new Date(NOW.getTime() - 10 * DAY_MS),
      });
      await tx.insert(needsOffers).values([
        { organisationId: old, direction: "need", resourceKind: "premises", title: "Un abri pour nos outils" },
        { organisationId: old, direction: "offer", resourceKind: "volunteering", title: "Des bénévoles pour vos chantiers" },
        { organisationId: old, direction: "offer", resourceKind: "skills", title: "Une offre close", status: "closed" },
      ]);
      // A newer one, written from a public mailbox.
      const recent = await plant(tx, {
        name: "Atelier Vélo de la File",
        status: "pending",
        commune: here,
        website: "https://atelier-velo-file.example.fr",
        contact: { name: "Sam", role: "Bénévole", email: "atelier.velo.file@gmail.com", phone: "" },
        daysAgo: 2,
      });
      // Probable duplicates of the old one: published with its SIRET, published with its name in its commune; not a
      // rejected one, and not a pending one with its RNA in another catalyst's territory.
      const sameSiret = await plant(tx, {
        name: "Association des jardiniers",
        status: "published",
        commune: elsewhere,
        siret: "98765432100016",
        siren: "987654321",
      });
      const sameName = await plant(tx, { name: "Les jardins de la file", status: "published", commune: here });
      const rejected = await plant(tx, { name: "Jardins refusés", status: "rejected", commune: here, siret: "98765432100016", siren: "987654321" });
      const pendingElsewhere = await plant(tx, { name: "Autre inscription", status: "pending", commune: elsewhere, rna: "W999888777", daysAgo: 1 });

      const queue = await listModerationQueue(tx, staff, NOW);
      const ids = queue.map((item) => item.id);
      // Oldest first.
      expect(ids).toContain(old);
      expect(ids).toContain(recent);
      expect(ids.indexOf(old)).toBeLessThan(ids.indexOf(recent));
      expect(ids).not.toContain(pendingElsewhere);

      const card = queue.find((item) => item.id === old)!;
      expect(card.needsOffers.map(({ direction, resourceKind, title }) => ({ direction, resourceKind, title }))).toEqual([
        { direction: "need", resourceKind: "premises", title: "Un abri pour nos outils" },
        { direction: "offer", resourceKind: "volunteering", title: "Des bénévoles pour vos chantiers" },
      ]);
      expect(card.contact).toEqual(contact);
      expect(card.domainCheck).toEqual({ kind: "same", emailDomain: "jardins-file.example.fr", websiteDomain: "jardins-file.example.fr" });
      // The applicant's own address is not handed to the page, only its domain.
      expect(JSON.stringify(card)).not.toContain("accueil@");
      expect(card.duplicates.map(({ id, reason, status }) => ({ id, reason, status }))).toEqual([
        { id: sameSiret, reason: "siret", status: "published" },
        { id: sameName, reason: "same-name", status: "published" },
      ]);
      expect(card.duplicates.map((duplicate) => duplicate.id)).not.toContain(rejected);
      expect(card.waiting.days).toBe(10);
      expect(card.waiting.typicalDays).toBeGreaterThanOrEqual(1);
      expect(card.waiting.overdue).toBe(10 > card.waiting.typicalDays);

      const newer = queue.find((item) => item.id === recent)!;
      expect(newer.domainCheck.kind).toBe("webmail");
      expect(newer.waiting.days).toBe(2);
      expect(newer.duplicates).toEqual([]);

      // Another catalyst's staff gets none of them; its own pending registration shows no duplicate it may not see.
      const theirQueue = await listModerationQueue(tx, otherStaff, NOW);
      expect(theirQueue.map((item) => item.id)).not.toContain(old);
      expect(theirQueue.map((item) => item.id)).not.toContain(recent);
      const theirCard = theirQueue.find((item) => item.id === pendingElsewhere)!;
      expect(theirCard.duplicates.map((duplicate) => duplicate.id)).not.toContain(old);

      // An admin moderates everywhere: the pending registration with the same RNA is a duplicate for them.
      const adminCard = (await listModerationQueue(tx, admin, NOW)).find((item) => item.id === old)!;
      expect(adminCard.duplicates.map(({ id, reason }) => ({ id, reason }))).toContainEqual({ id: pendingElsewhere, reason: "rna" });

      await expect(listModerationQueue(tx, member, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listModerationQueue(tx, null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });
});
