// Which changes of a published profile its territory's catalyst must see, and which need a new review. The name and
// the website go live at once, and show in the catalyst's "recent changes" (who may revert them or suspend the
// organisation); the kind and the identifiers say *who* the organisation is, so changing them sends the profile
// back to moderation. Pure: no database, no framework.

export const WATCHED_FIELDS = ["name", "website", "kind", "siren", "siret", "rna"] as const;
export type WatchedField = (typeof WATCHED_FIELDS)[number];

/** Fields whose change makes a published organisation pending again, until its moderators approve it. */
export const REVIEWED_FIELDS: readonly WatchedField[] = ["kind", "siren", "siret", "rna"];

/** The audit action of a watched change, and of its reversal by a moderator. */
export const PROFILE_CHANGED = "organisation.profile_changed";
export const PROFILE_CHANGE_REVERTED = "organisation.profile_change_reverted";

/** How long a change stays in the catalyst's "recent changes". */
export const RECENT_CHANGES_DAYS = 30;

export interface FieldChange {
  field: WatchedField;
  from: string | null;
  to: string | null;
}

export type WatchedValues = Partial<Record<WatchedField, string | null | undefined>>;

const normalised = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === "" ? null : value.trim());

/** The watched fields that `after` changes (a field absent from `after` is not being edited), in a fixed order. */
export function watchedChanges(before: WatchedValues, after: WatchedValues): FieldChange[] {
  return WATCHED_FIELDS.filter((field) => field in after && normalised(before[field]) !== normalised(after[field])).map((field) => ({
    field,
    from: normalised(before[field]),
    to: normalised(after[field]),
  }));
}

export function needsReview(changes: readonly FieldChange[]): boolean {
  return changes.some((change) => REVIEWED_FIELDS.includes(change.field));
}

/**
 * What reverting a change does now: each field goes back to its old value, but only where nobody changed it since
 * (its current value is still the one the change wrote); the other fields are left as they are.
 */
export function revertibleFields(changes: readonly FieldChange[], current: WatchedValues): FieldChange[] {
  return changes.filter((change) => normalised(current[change.field]) === change.to);
}
