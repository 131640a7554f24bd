// Members keep their organisation up to date: its presentation, its needs and offers, and, after a moderator
// asked for changes, a new submission. Authorisation is checked here for the function (signed in) and for the
// object (a member of *this* organisation, or an admin); every change is one transaction with an audit entry
// and moves "last updated".
import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { isoTimestamp, type Executor } from "@/db/client";
import { auditLog, needsOffers, organisations } from "@/db/schema";
import type { Horizon, NeedOfferDirection, NeedOfferStatus, Objective, OrganisationStatus, ResourceKind, Theme } from "@/lib/shared/vocabulary";
import { enqueueMail } from "../server/mail/outbox";
import { getOrganisationMails } from "./mail-messages";
import { moderatorsFor } from "./registration/registration";
import { watchedChanges } from "./profile-changes";
import { recordProfileChanges } from "./profile-review";
import { aboutStep, fieldErrorsOf, identityStepFor, needOfferItem, themesOfItem, type FieldErrors } from "./registration/steps";
import type { Viewer } from "../auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

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
  themes: Theme[];
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
  identity: { name: string; siren: string | null; siret: string | null; rna: string | null };
  items: EditableItem[];
}

export type EditResult = { ok: true } | { ok: false; errors: FieldErrors };

/** The organisation if the viewer may edit it; throws otherwise (NotFound for an unknown slug). */
async function authorise(
  db: Executor,
  viewer: Viewer | null,
  slug: string,
): Promise<{ id: string; name: string; status: OrganisationStatus; communeCode: string }> {
  if (!viewer) throw new ForbiddenError(viewer, "organisation:edit");
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, status: organisations.status, communeCode: organisations.communeCode })
    .from(organisations)
    .where(eq(organisations.slug, slug.slice(0, 200)));
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
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        status: organisations.status,
        moderationNote: organisations.moderationNote,
        communeCode: organisations.communeCode,
        updatedAt: sql<string>`${isoTimestamp("updated_at")}`,
        themes: organisations.themes,
        odd: organisations.odd,
        objectives: organisations.objectives,
        description: organisations.description,
        website: organisations.website,
        siren: organisations.siren,
        siret: organisations.siret,
        rna: organisations.rna,
      })
      .from(organisations)
      .where(eq(organisations.id, organisation.id)),
    db
      .select({
        id: needsOffers.id,
        direction: needsOffers.direction,
        resourceKind: needsOffers.resourceKind,
        title: needsOffers.title,
        description: needsOffers.description,
        horizon: needsOffers.horizon,
        status: needsOffers.status,
        themes: needsOffers.themes,
      })
      .from(needsOffers)
      .where(eq(needsOffers.organisationId, organisation.id))
      .orderBy(desc(sql`(${needsOffers.status} = 'open')`), needsOffers.direction, needsOffers.createdAt, needsOffers.id),
  ]);
  const { themes, odd, objectives, description, website, siren, siret, rna, ...rest } = row!;
  return { ...rest, about: { themes, odd, objectives, description, website }, identity: { name: rest.name, siren, siret, rna }, items };
}

async function touch(tx: Executor, organisationId: string, actorUserId: string, action: string, changes: Record<string, unknown>) {
  await tx.update(organisations).set({ updatedAt: new Date() }).where(eq(organisations.id, organisationId));
  await tx.insert(auditLog).values({ actorUserId, action, entityType: "organisation", entityId: organisationId, changes });
}

/** The watched fields of the organisation as they are, the row locked until the caller's transaction ends. */
async function lockedIdentity(tx: Executor, organisationId: string) {
  const [row] = await tx
    .select({
      kind: organisations.kind,
      name: organisations.name,
      website: organisations.website,
      siren: organisations.siren,
      siret: organisations.siret,
      rna: organisations.rna,
      status: organisations.status,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Themes, ODD, objectives, description and website, validated as at registration. A new website of a published
 * organisation goes live, and is shown to its territory's catalyst (lib/organisations/profile-review.ts).
 */
export async function updateOrganisationAbout(db: Executor, viewer: Viewer | null, slug: string, values: unknown, publicUrl: string): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  const parsed = aboutStep.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const about = parsed.data;
  await db.transaction(async (tx) => {
    const before = await lockedIdentity(tx, organisation.id);
    await tx
      .update(organisations)
      .set({ themes: about.themes, odd: about.odd, objectives: about.objectives, description: about.description, website: about.website ?? null })
      .where(eq(organisations.id, organisation.id));
    await touch(tx, organisation.id, viewer!.id, "organisation.updated", { fields: ["themes", "odd", "objectives", "description", "website"] });
    await recordProfileChanges(tx, { ...organisation, status: before.status }, viewer!, watchedChanges(before, { website: about.website ?? null }), publicUrl);
  });
  return { ok: true };
}

/**
 * The name and identifiers (SIREN, SIRET, RNA), validated as at registration for the organisation's kind. On a
 * published organisation a new name goes live and is shown to the territory's catalyst; new identifiers send it
 * back to moderation (unless an admin made the change): `review` says so.
 */
export async function updateOrganisationIdentity(
  db: Executor,
  viewer: Viewer | null,
  slug: string,
  values: Record<string, unknown>,
  publicUrl: string,
): Promise<EditResult & { review?: boolean }> {
  const organisation = await authorise(db, viewer, slug);
  return db.transaction(async (tx) => {
    const before = await lockedIdentity(tx, organisation.id);
    const parsed = identityStepFor(before.kind).safeParse({ name: values.name, siren: values.siren, siret: values.siret, rna: values.rna });
    if (!parsed.success) return { ok: false as const, errors: fieldErrorsOf(parsed.error) };
    const identity = { name: parsed.data.name, siren: parsed.data.siren ?? null, siret: parsed.data.siret ?? null, rna: parsed.data.rna ?? null };
    const changes = watchedChanges(before, identity);
    if (changes.length === 0) return { ok: true as const, review: false };
    await tx.update(organisations).set(identity).where(eq(organisations.id, organisation.id));
    await touch(tx, organisation.id, viewer!.id, "organisation.updated", { fields: changes.map((change) => change.field) });
    const review = await recordProfileChanges(tx, { ...organisation, status: before.status }, viewer!, changes, publicUrl);
    return { ok: true as const, review };
  });
}

export async function addNeedOffer(db: Executor, viewer: Viewer | null, slug: string, values: unknown): Promise<EditResult> {
  const organisation = await authorise(db, viewer, slug);
  const parsed = needOfferItem.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  return db.transaction(async (tx) => {
    // Counted inside the transaction, with the organisation's row locked, so two tabs cannot pass the cap together.
    await tx.execute(sql`SELECT 1 FROM organisations WHERE id = ${organisation.id} FOR UPDATE`);
    const [counted] = await tx
      .select({ open: count() })
      .from(needsOffers)
      .where(and(eq(needsOffers.organisationId, organisation.id), eq(needsOffers.status, "open")));
    if ((counted?.open ?? 0) >= MAX_OPEN_ITEMS)
      return { ok: false as const, errors: { form: `${MAX_OPEN_ITEMS} besoins et offres ouverts au plus : clôturez-en avant d'en ajouter.` } };
    const [current] = await tx.select({ themes: organisations.themes }).from(organisations).where(eq(organisations.id, organisation.id));
    const [created] = await tx
      .insert(needsOffers)
      .values({ ...parsed.data, organisationId: organisation.id, themes: themesOfItem(parsed.data.themes, current?.themes ?? []) })
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
    await tx
      .update(organisations)
      .set({ status: "pending", updatedAt: new Date() })
      .where(and(eq(organisations.id, organisation.id), eq(organisations.status, "draft")));
    await tx.insert(auditLog).values({
      actorUserId: viewer!.id,
      action: "organisation.resubmitted",
      entityType: "organisation",
      entityId: organisation.id,
      changes: { from: "draft", to: "pending" },
    });
    for (const moderator of await moderatorsFor(tx, organisation.communeCode, viewer!.id)) {
      const mail = getOrganisationMails(moderator.locale).resubmitted(organisation.name, `${publicUrl}/moderation`);
      await enqueueMail(tx, { to: moderator.email, ...mail, template: "moderation-resubmitted" });
    }
  });
  return { ok: true };
}
