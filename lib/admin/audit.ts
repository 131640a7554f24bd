// The audit log as admins read it: newest first, filtered by action, entity, actor and dates, each entry with
// enough about its entity (name, slug) to link to it. Admins only (requireAdmin).
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { auditLog } from "@/db/schema";
import { textArray } from "@/lib/geo/sql";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "./access";

export const AUDIT_PAGE_SIZE = 50;
/** Days in the filters are days in France, where the network's admins work. */
const AUDIT_TIME_ZONE = "Europe/Paris";

/** A filter value from the query string: trimmed, or absent when empty, repeated, too long or malformed. */
function optionalText(max: number, pattern?: RegExp) {
  const text = z.string().max(max);
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
    (pattern ? text.regex(pattern) : text).optional().catch(undefined),
  );
}

const isoDay = z.preprocess(
  (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day))
    .optional()
    .catch(undefined),
);

/** The filters of /admin/audit; anything malformed falls back to "no filter" (and page 1), never to an error. */
export const auditFilters = z.object({
  action: optionalText(100, /^[a-z0-9_.]+$/),
  entityType: optionalText(50, /^[a-z_]+$/),
  actor: optionalText(200),
  entityId: optionalText(100),
  from: isoDay,
  to: isoDay,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilters = z.infer<typeof auditFilters>;

/** What an entry is about, when it still exists: enough to name it and link to it. */
export interface AuditEntity {
  name: string;
  slug?: string;
  status?: string;
}

export interface AuditEntry {
  id: number;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
  createdAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  entity: AuditEntity | null;
}

const auditEntryRow: RowSchema<Omit<AuditEntry, "entity">> = z.object({
  id: z.number(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
});

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageCount: number;
}

/** Audit entries matching the filters, newest first, one page at a time. */
export async function listAuditEntries(db: Executor, viewer: Viewer | null, filters: AuditFilters): Promise<AuditPage> {
  requireAdmin(viewer);
  const conditions = [sql`TRUE`];
  if (filters.action) conditions.push(sql`a.action = ${filters.action}`);
  if (filters.entityType) conditions.push(sql`a.entity_type = ${filters.entityType}`);
  if (filters.entityId) conditions.push(sql`a.entity_id = ${filters.entityId}`);
  if (filters.actor) conditions.push(sql`strpos(lower(u.email), ${filters.actor.toLowerCase()}) > 0`);
  if (filters.from) conditions.push(sql`a.created_at >= (${filters.from}::date)::timestamp AT TIME ZONE ${AUDIT_TIME_ZONE}`);
  // "To" includes the whole day.
  if (filters.to) conditions.push(sql`a.created_at < (${filters.to}::date + 1)::timestamp AT TIME ZONE ${AUDIT_TIME_ZONE}`);
  const where = sql.join(conditions, sql` AND `);
  const from = sql`audit_log a LEFT JOIN users u ON u.id = a.actor_user_id`;
  const [{ total } = { total: 0 }] = await parsedRows(db, sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, z.object({ total: z.number() }));
  const rows = await parsedRows(
    db,
    sql`SELECT a.id::int AS id, a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.changes,
               ${isoTimestamp("a.created_at")} AS "createdAt", a.actor_user_id AS "actorUserId", u.email AS "actorEmail"
        FROM ${from} WHERE ${where}
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(filters.page - 1) * AUDIT_PAGE_SIZE}`,
    auditEntryRow,
  );
  const entities = await describeEntities(db, rows);
  return {
    entries: rows.map((row) => ({ ...row, entity: (row.entityId && entities.get(`${row.entityType}:${row.entityId}`)) || null })),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names (and slugs) of the organisations, catalysts and users a page of entries is about, looked up by primary key. */
async function describeEntities(db: Executor, rows: readonly Pick<AuditEntry, "entityType" | "entityId">[]): Promise<Map<string, AuditEntity>> {
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.entityType === type && row.entityId).map((row) => row.entityId!))];
  const organisationIds = idsOf("organisation").filter((id) => UUID.test(id));
  const catalystIds = idsOf("catalyst").filter((id) => UUID.test(id));
  const userIds = idsOf("user");
  const [organisationRows, catalystRows, userRows] = await Promise.all([
    organisationIds.length
      ? parsedRows(
          db,
          sql`SELECT id::text AS id, name, slug, status FROM organisations WHERE id = ANY(${textArray(organisationIds)}::uuid[])`,
          z.object({ id: z.string(), name: z.string(), slug: z.string(), status: z.string() }),
        )
      : [],
    catalystIds.length
      ? parsedRows(
          db,
          sql`SELECT id::text AS id, name, slug FROM catalysts WHERE id = ANY(${textArray(catalystIds)}::uuid[])`,
          z.object({ id: z.string(), name: z.string(), slug: z.string() }),
        )
      : [],
    userIds.length
      ? parsedRows(db, sql`SELECT id, email AS name FROM users WHERE id = ANY(${textArray(userIds)})`, z.object({ id: z.string(), name: z.string() }))
      : [],
  ]);
  const entities = new Map<string, AuditEntity>();
  for (const [type, found] of [
    ["organisation", organisationRows],
    ["catalyst", catalystRows],
    ["user", userRows],
  ] as const) {
    for (const { id, ...entity } of found) entities.set(`${type}:${id}`, entity);
  }
  return entities;
}

/** The actions and entity types present in the log, for the filters' choices. */
export async function listAuditVocabulary(db: Executor, viewer: Viewer | null): Promise<{ actions: string[]; entityTypes: string[] }> {
  requireAdmin(viewer);
  const [actions, entityTypes] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType),
  ]);
  return { actions: actions.map((row) => row.value), entityTypes: entityTypes.map((row) => row.value) };
}
