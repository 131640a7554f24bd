// Catalysts in the back-office: create and edit them (the same field rules as the CSV import), set the territory
// they cover (communes, EPCI / EPT, départements), attach and detach staff. Admins only (requireAdmin); every
// change is audited in its transaction.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { auditLog, catalystCoverage, catalystStaff, catalysts, users, type Catalyst } from "@/db/schema";
import { resolveCollectivite } from "@/lib/territories/collectivites";
import { COVERAGE_KINDS, type CollectiviteLevel, type CoverageKind } from "@/lib/shared/vocabulary";
import { freeSlug } from "@/lib/server/free-slug";
import { catalystColumns, catalystFieldsSchema } from "@/lib/import/catalyst-row";
import { fieldErrorsOf, type FieldErrors } from "@/lib/organisations/registration/steps";
import { findCommuneByCode, resolveTypedCommune } from "@/lib/territories/territories";
import { slugify } from "@/lib/shared/slug";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "./access";
import { accountEmail } from "./account-email";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

export const CATALYST_ADMIN_PAGE_SIZE = 50;

const adminCatalystRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  hostName: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  coverageItems: z.number(),
  staff: z.number(),
  updatedAt: z.string(),
});
export type AdminCatalystRow = z.infer<typeof adminCatalystRow>;

export async function listCatalystsForAdmin(
  db: Executor,
  viewer: Viewer | null,
  search: { q: string; page: number },
): Promise<{ rows: AdminCatalystRow[]; total: number }> {
  requireAdmin(viewer);
  const text = search.q.trim().slice(0, 100);
  const where = text
    ? sql`(k.search_name % f_search_normalize(${text}) OR k.search_name LIKE '%' || f_search_normalize(${text}) || '%' OR c.departement_code = ${text})`
    : sql`TRUE`;
  const [count] = await parsedRows(
    db,
    sql`SELECT count(*)::int AS total FROM catalysts k JOIN communes c ON c.code = k.commune_code WHERE ${where}`,
    z.object({ total: z.number() }),
  );
  const rows = await parsedRows(
    db,
    sql`SELECT k.id, k.slug, k.name, k.host_name AS "hostName", c.name AS "communeName", c.departement_code AS "departementCode",
               (SELECT count(*)::int FROM catalyst_coverage cc WHERE cc.catalyst_id = k.id) AS "coverageItems",
               (SELECT count(*)::int FROM catalyst_staff s WHERE s.catalyst_id = k.id) AS staff,
               ${isoTimestamp("k.updated_at")} AS "updatedAt"
        FROM catalysts k JOIN communes c ON c.code = k.commune_code
        WHERE ${where}
        ORDER BY ${text ? sql`similarity(k.search_name, f_search_normalize(${text})) DESC,` : sql``} k.name
        LIMIT ${CATALYST_ADMIN_PAGE_SIZE} OFFSET ${(Math.max(1, search.page) - 1) * CATALYST_ADMIN_PAGE_SIZE}`,
    adminCatalystRow,
  );
  return { rows, total: count?.total ?? 0 };
}

const adminCoverageItemRow = z.object({ kind: z.enum(COVERAGE_KINDS), code: z.string(), name: z.string() });
export type AdminCoverageItem = z.infer<typeof adminCoverageItemRow>;

export interface AdminCatalyst {
  catalyst: Catalyst;
  communeLabel: string;
  coverage: AdminCoverageItem[];
  staff: { userId: string; email: string; name: string | null }[];
}

export async function getCatalystForAdmin(db: Executor, viewer: Viewer | null, id: string): Promise<AdminCatalyst> {
  requireAdmin(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [catalyst] = await db.select().from(catalysts).where(eq(catalysts.id, id));
  if (!catalyst) throw new NotFoundError();
  const [commune, coverage, staff] = await Promise.all([
    findCommuneByCode(db, catalyst.communeCode),
    parsedRows(
      db,
      sql`SELECT cc.territory_kind AS kind, cc.territory_code AS code,
                 coalesce(c.name || ' (' || c.departement_code || ')', i.name, d.code || ' — ' || d.name, cc.territory_code) AS name
          FROM catalyst_coverage cc
          LEFT JOIN communes c ON cc.territory_kind = 'commune' AND c.code = cc.territory_code
          LEFT JOIN intercommunalities i ON cc.territory_kind = 'intercommunality' AND i.code = cc.territory_code
          LEFT JOIN departements d ON cc.territory_kind = 'departement' AND d.code = cc.territory_code
          WHERE cc.catalyst_id = ${id}
          ORDER BY cc.territory_kind DESC, 3`,
      adminCoverageItemRow,
    ),
    db
      .select({ userId: users.id, email: users.email, name: users.name })
      .from(catalystStaff)
      .innerJoin(users, eq(users.id, catalystStaff.userId))
      .where(eq(catalystStaff.catalystId, id))
      .orderBy(users.email),
  ]);
  return { catalyst, communeLabel: commune ? `${commune.name} (${commune.postcodes[0] ?? commune.departementCode})` : catalyst.communeCode, coverage, staff };
}

export type SaveCatalystResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** Creates a catalyst (id null) or updates one from the back-office form. */
export async function saveCatalyst(db: Executor, viewer: Viewer | null, id: string | null, input: Record<string, unknown>): Promise<SaveCatalystResult> {
  const admin = requireAdmin(viewer);
  const parsed = catalystFieldsSchema.safeParse({
    ...input,
    trades: asList(input.trades),
    contactPublic: input.contactPublic === "on" || input.contactPublic === true,
  });
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  let communeCode = typeof input.communeCode === "string" ? input.communeCode : "";
  if (!communeCode) {
    const typed = await resolveTypedCommune(db, input.communeCodeText);
    if (typed && "error" in typed) errors.communeCode = typed.error;
    else if (typed) communeCode = typed.commune.code;
  }
  const commune = communeCode ? await findCommuneByCode(db, communeCode) : null;
  if (!commune) errors.communeCode ??= "Choisissez la commune du siège dans la liste";
  if (!parsed.success || !commune || Object.keys(errors).length) return { ok: false, errors };
  const fields = parsed.data;
  const values = { ...catalystColumns(fields), communeCode: commune.code, lat: commune.lat, lon: commune.lon };
  return db.transaction(async (tx) => {
    const now = new Date();
    if (!id) {
      const slug = await freeSlug(tx, "catalysts", slugify(fields.name));
      const [created] = await tx
        .insert(catalysts)
        .values({ ...values, slug, createdAt: now, updatedAt: now })
        .returning({ id: catalysts.id });
      await tx.insert(auditLog).values({
        actorUserId: admin.id,
        action: "catalyst.create",
        entityType: "catalyst",
        entityId: created!.id,
        changes: { name: fields.name, slug, communeCode: commune.code },
      });
      return { ok: true as const, id: created!.id };
    }
    const [existing] = await tx.select().from(catalysts).where(eq(catalysts.id, id)).for("update");
    if (!existing) throw new NotFoundError();
    // Personal contact fields are named in the audit, never copied into it.
    const changed = Object.entries(values)
      .filter(([key, value]) => JSON.stringify(existing[key as keyof Catalyst] ?? null) !== JSON.stringify(value ?? null))
      .map(([key]) => key);
    if (changed.length) {
      await tx
        .update(catalysts)
        .set({ ...values, updatedAt: now })
        .where(eq(catalysts.id, id));
      await tx
        .insert(auditLog)
        .values({ actorUserId: admin.id, action: "catalyst.update", entityType: "catalyst", entityId: id, changes: { fields: changed } });
    }
    return { ok: true as const, id };
  });
}

const COVERAGE_OF_LEVEL: Partial<Record<CollectiviteLevel, CoverageKind>> = {
  commune: "commune",
  epci: "intercommunality",
  ept: "intercommunality",
  departement: "departement",
};

/** Adds a territory to a catalyst's coverage: a commune, EPCI, EPT or département, by code or (no JavaScript) by name. */
export async function addCoverage(
  db: Executor,
  viewer: Viewer | null,
  catalystId: string,
  input: { level: string; code?: unknown; text?: unknown },
): Promise<{ ok: true; name: string } | { ok: false; error: string }> {
  const admin = requireAdmin(viewer);
  const kind = COVERAGE_OF_LEVEL[input.level as CollectiviteLevel];
  if (!kind) return { ok: false, error: "Choisissez le type de territoire : commune, intercommunalité (EPCI ou EPT) ou département" };
  const resolved = await resolveCollectivite(db, input.level as CollectiviteLevel, input.code, input.text);
  if ("error" in resolved) return { ok: false, error: resolved.error };
  if (!resolved.collectivite) return { ok: false, error: "Choisissez un territoire dans la liste" };
  const territory = resolved.collectivite;
  return db.transaction(async (tx) => {
    const [catalyst] = await tx.select({ id: catalysts.id }).from(catalysts).where(eq(catalysts.id, catalystId)).for("update");
    if (!catalyst) throw new NotFoundError();
    const inserted = await tx
      .insert(catalystCoverage)
      .values({ catalystId, territoryKind: kind, territoryCode: territory.code })
      .onConflictDoNothing()
      .returning({ code: catalystCoverage.territoryCode });
    if (!inserted.length) throw new ConflictError("covered");
    await tx.update(catalysts).set({ updatedAt: new Date() }).where(eq(catalysts.id, catalystId));
    await tx.insert(auditLog).values({
      actorUserId: admin.id,
      action: "catalyst.coverage.add",
      entityType: "catalyst",
      entityId: catalystId,
      changes: { kind, code: territory.code, name: territory.name },
    });
    return { ok: true as const, name: territory.name };
  });
}

export async function removeCoverage(db: Executor, viewer: Viewer | null, catalystId: string, item: { kind: string; code: string }): Promise<void> {
  const admin = requireAdmin(viewer);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(catalystCoverage)
      .where(
        and(eq(catalystCoverage.catalystId, catalystId), sql`${catalystCoverage.territoryKind} = ${item.kind}`, eq(catalystCoverage.territoryCode, item.code)),
      )
      .returning({ code: catalystCoverage.territoryCode });
    if (!removed.length) throw new NotFoundError();
    await tx.update(catalysts).set({ updatedAt: new Date() }).where(eq(catalysts.id, catalystId));
    await tx.insert(auditLog).values({
      actorUserId: admin.id,
      action: "catalyst.coverage.remove",
      entityType: "catalyst",
      entityId: catalystId,
      changes: { kind: item.kind, code: item.code },
    });
  });
}

/**
 * Attaches a person to a catalyst's staff by e-mail. Someone without an account gets one, which they use by signing
 * in with that address (a magic link); their staff role is there from the first sign-in.
 */
export async function addStaff(
  db: Executor,
  viewer: Viewer | null,
  catalystId: string,
  rawEmail: string,
): Promise<{ ok: true; created: boolean } | { ok: false; error: string }> {
  const admin = requireAdmin(viewer);
  const email = accountEmail(rawEmail);
  if (!email) return { ok: false, error: "Adresse e-mail invalide" };
  return db.transaction(async (tx) => {
    const [catalyst] = await tx.select({ id: catalysts.id }).from(catalysts).where(eq(catalysts.id, catalystId));
    if (!catalyst) throw new NotFoundError();
    const [created] = await tx.insert(users).values({ email }).onConflictDoNothing().returning({ id: users.id });
    const [user] = created ? [created] : await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    const attached = await tx.insert(catalystStaff).values({ userId: user!.id, catalystId }).onConflictDoNothing().returning({ userId: catalystStaff.userId });
    if (!attached.length) return { ok: false as const, error: "Cette personne fait déjà partie de l'équipe" };
    await tx.insert(auditLog).values({
      actorUserId: admin.id,
      action: "catalyst.staff.add",
      entityType: "catalyst",
      entityId: catalystId,
      changes: { userId: user!.id, accountCreated: Boolean(created) },
    });
    return { ok: true as const, created: Boolean(created) };
  });
}

export async function removeStaff(db: Executor, viewer: Viewer | null, catalystId: string, userId: string): Promise<void> {
  const admin = requireAdmin(viewer);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(catalystStaff)
      .where(and(eq(catalystStaff.catalystId, catalystId), eq(catalystStaff.userId, userId)))
      .returning({ userId: catalystStaff.userId });
    if (!removed.length) throw new NotFoundError();
    await tx
      .insert(auditLog)
      .values({ actorUserId: admin.id, action: "catalyst.staff.remove", entityType: "catalyst", entityId: catalystId, changes: { userId } });
  });
}
