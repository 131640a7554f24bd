// Members keep their organisation up to date: its presentation, its needs and offers, and, after a moderator
// asked for changes, a new submission. Authorisation is checked here for the function (signed in) and for the
// object (a member of *this* organisation, or an admin); every change is one transaction with an audit entry
// and moves "last updated".
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { auditLog, needsOffers, organisations } from "@/db/schema";
import type { Horizon, NeedOfferDirection, NeedOfferStatus, Objective, OrganisationStatus, ResourceKind, Theme } from "@/lib/domain/vocabulary";
import { enqueueMail } from "./mail/outbox";
import { ForbiddenError, NotFoundError } from "./moderation";
import { moderatorEmailsFor } from "./registration/registration";
import { aboutStep, fieldErrorsOf, needOfferItem, type FieldErrors } from "./registration/steps";
import type { Viewer } from "./viewer";

/** Open needs and offers one organisation may hold at once: a profile, not a catalogue. */
export const MAX_OPEN_ITEMS = 20;

export interface EditableItem {
  id: string;
  direction: NeedOfferDirection;
  resourceKind: ResourceKind;
  title: string;
  description: string;
  horizon: Horizon;
  status: NeedOfferStatus;
}

export interface EditableOrganisation {
  id: string;
  slug: string;
  name: string;
  status: OrganisationStatus;
  moderationNote: string | null;
  communeCode: string;
  updatedAt: string;
  about: { themes: Theme[]; odd: number[]; objectives: Objective[]; description: string; website: string | null };
  items: EditableItem[];
}

export type EditResult = { ok: true } | { ok: false; errors: FieldErrors };

/** The organisation if the viewer may edit it; throws otherwise (NotFound for an unknown slug). */
async function authorise(db: Executor, viewer: Viewer | null, slug: string): Promise<{ id: string; name: string; status: OrganisationStatus; communeCode: string }> {
  if (!viewer) throw new ForbiddenError(viewer, "organisation:edit");
  const [row] = await queryRows<{ id: string; name: string; status: OrganisationStatus; communeCode: string }>(
    db,
    sql`SELECT id, name, status, commune_code AS "communeCode" FROM organisations WHERE slug = ${slug.slice(0, 200)}`,
  );
  if (!row) throw new NotFoundError();
  const member = viewer.memberships.some((membership) => membership.organisationId === row.id);
  if (!member && !viewer.isAdmin) throw new ForbiddenError(viewer, "organisation:edit");
  // A rejected or suspended organisation is closed to its members; only an admin may still change it.
  if (!viewer.isAdmin && (row.status === "rejected" || row.status === "suspended")) throw new ForbiddenError(viewer, "organisation:edit:status");
  return row;
}

export async function getOrganisationForEditing(db: Executor, viewer: Viewer | null, slug: string): Promise<EditableOrganisation> {
  const organisation = await authorise(db, viewer, slug);
  const [[row], items] = await Promise.all([
    queryRows<Omit<EditableOrganisation, "about" | "items"> & EditableOrganisation["about"]>(
      db,
      sql`SELECT id, slug, name, status, moderation_note AS "moderationNote", commune_code AS "communeCode",
                 to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
                 themes, odd, objectives, description, website
          FROM organisations WHERE id = ${organisation.id}`,
    ),
    queryRows<EditableItem>(
      db,
      sql`SELECT id, direction, resource_kind AS "resourceKind", title, description, horizon, status
          FROM needs_offers WHERE organisation_id = ${organisation.id}
          ORDER BY (status = 'open') DESC, direction, created_at, id`,
    ),
  ]);
  const { themes, odd, objectives, description, website, ...rest } = row!;
  return { ...rest, about: { themes, odd, objectives, description, website }, items };
}

async function touch(tx: Executor, organisationId: string, actorUserId: string, action: string, changes: Record<string, unknown>) {
  await tx.update(organisations).set({ updatedAt: new Date() }).where(eq(organisations.id, organisationId));
  await tx.insert(auditLog).values({ actorUserId, action, entityType: "organisation", entityId: organisationId, changes });
}

/** Themes, ODD, objectives, description and website, validated as at registration. */
export async function updateOrganisationAbout(db: Executor, viewer: Viewer | null, slug: string, values: unknown): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  const parsed = aboutStep.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const about = parsed.data;
  await db.transaction(async (tx) => {
    await tx
      .update(organisations)
      .set({ themes: about.themes, odd: about.odd, objectives: about.objectives, description: about.description, website: about.website ?? null })
      .where(eq(organisations.id, organisation.id));
    await touch(tx, organisation.id, viewer!.id, "organisation.updated", { fields: ["themes", "odd", "objectives", "description", "website"] });
  });
  return { ok: true };
}

export async function addNeedOffer(db: Executor, viewer: Viewer | null, slug: string, values: unknown): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  const parsed = needOfferItem.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  return db.transaction(async (tx) => {
    // Counted inside the transaction, with the organisation's row locked, so two tabs cannot pass the cap together.
    await tx.execute(sql`SELECT 1 FROM organisations WHERE id = ${organisation.id} FOR UPDATE`);
    const [count] = await queryRows<{ open: number }>(tx, sql`SELECT count(*)::int AS open FROM needs_offers WHERE organisation_id = ${organisation.id} AND status = 'open'`);
    if ((count?.open ?? 0) >= MAX_OPEN_ITEMS) return { ok: false as const, errors: { form: `${MAX_OPEN_ITEMS} besoins et offres ouverts au plus : clôturez-en avant d'en ajouter.` } };
    const [themes] = await queryRows<{ themes: Theme[] }>(tx, sql`SELECT themes FROM organisations WHERE id = ${organisation.id}`);
    const [created] = await tx
      .insert(needsOffers)
      .values({ ...parsed.data, organisationId: organisation.id, themes: (themes?.themes ?? []).slice(0, 1) })
      .returning({ id: needsOffers.id });
    await touch(tx, organisation.id, viewer!.id, `organisation.${parsed.data.direction}_added`, { item: created!.id, title: parsed.data.title });
    return { ok: true as const };
  });
}

export const CLOSING_STATUSES = ["fulfilled", "closed", "open"] as const satisfies readonly NeedOfferStatus[];

/** Marks one of the organisation's needs or offers fulfilled or closed (or reopens it). */
export async function setNeedOfferStatus(db: Executor, viewer: Viewer | null, slug: string, itemId: string, status: string): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  if (!(CLOSING_STATUSES as readonly string[]).includes(status)) return { ok: false, errors: { form: "Statut inconnu" } };
  if (!/^[0-9a-f-]{36}$/i.test(itemId)) return { ok: false, errors: { form: "Élément introuvable" } };
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(needsOffers)
      .set({ status: status as NeedOfferStatus, updatedAt: new Date() })
      // The item must belong to this organisation: an id from another one changes nothing.
      .where(and(eq(needsOffers.id, itemId), eq(needsOffers.organisationId, organisation.id)))
      .returning({ id: needsOffers.id });
    if (!updated.length) return { ok: false as const, errors: { form: "Élément introuvable" } };
    await touch(tx, organisation.id, viewer!.id, "organisation.item_status", { item: itemId, status });
    return { ok: true as const };
  });
}

/** After "changes requested", the members send the organisation back to moderation; its moderators are told. */
export async function resubmitOrganisation(db: Executor, viewer: Viewer | null, slug: string, publicUrl: string): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  if (organisation.status !== "draft") return { ok: false, errors: { form: "Seule une organisation à compléter peut être soumise à nouveau." } };
  await db.transaction(async (tx) => {
    await tx.update(organisations).set({ status: "pending", updatedAt: new Date() }).where(and(eq(organisations.id, organisation.id), eq(organisations.status, "draft")));
    await tx.insert(auditLog).values({ actorUserId: viewer!.id, action: "organisation.resubmitted", entityType: "organisation", entityId: organisation.id, changes: { from: "draft", to: "pending" } });
    for (const email of await moderatorEmailsFor(tx, organisation.communeCode)) {
      await enqueueMail(tx, {
        to: email,
        subject: `Organisation modifiée, à valider : ${organisation.name}`,
        text: `${organisation.name} a été complétée après votre demande de modifications.\n\nFile de modération : ${publicUrl}/moderation\n`,
        template: "moderation-resubmitted",
      });
    }
  });
  return { ok: true };
}
