// The introduction workflow as a pure state machine: which action moves which status to which, and who may take
// it. No database and no framework here; lib/introductions/transitions.ts applies it in transactions with an event row.
import type { IntroductionStatus, PartnershipType } from "@/lib/shared/vocabulary";
import { DAY_MS } from "@/lib/shared/time";

/** Who someone is *for one introduction*: a member of the requesting or the target organisation, staff of its catalyst… */
export type IntroductionRole = "requester" | "target" | "catalyst" | "admin" | "system";

export const INTRODUCTION_ACTIONS = ["forward", "reject", "accept", "decline", "withdraw", "record_meeting", "start_alliance", "close", "expire"] as const;
export type IntroductionAction = (typeof INTRODUCTION_ACTIONS)[number];

export interface Transition {
  from: readonly IntroductionStatus[];
  to: IntroductionStatus;
  by: readonly IntroductionRole[];
  /** What the action must carry: a reason (catalyst's rejection), a partnership type (alliance started). */
  requires?: "note" | "partnershipType";
}

const PARTIES: readonly IntroductionRole[] = ["requester", "target", "catalyst", "admin"];

/**
 * The whole workflow. Admins act as the catalyst everywhere (and are the catalyst when no catalyst covers either
 * organisation); only the target's members answer for the target; only the requester withdraws.
 */
export const TRANSITIONS: Record<IntroductionAction, Transition> = {
  forward: { from: ["submitted"], to: "forwarded", by: ["catalyst", "admin"] },
  reject: { from: ["submitted"], to: "rejected", by: ["catalyst", "admin"], requires: "note" },
  accept: { from: ["forwarded"], to: "accepted", by: ["target"] },
  decline: { from: ["forwarded"], to: "declined", by: ["target"] },
  withdraw: { from: ["submitted", "forwarded"], to: "withdrawn", by: ["requester"] },
  record_meeting: { from: ["accepted"], to: "meeting_held", by: PARTIES },
  start_alliance: { from: ["accepted", "meeting_held"], to: "alliance_started", by: PARTIES, requires: "partnershipType" },
  close: { from: ["accepted", "meeting_held"], to: "closed", by: PARTIES },
  expire: { from: ["submitted", "forwarded"], to: "expired", by: ["system"] },
};

/** The lists of introductions: sent by one's organisations, received by them, to handle as catalyst (or admin). */
export const INTRODUCTION_BOXES = ["sent", "received", "catalyst"] as const;
export type IntroductionBox = (typeof INTRODUCTION_BOXES)[number];

/**
 * The box /introductions opens on when none is asked for: where something waits for this person. The catalyst's
 * decisions first (a request waits on them before anyone else can act), then the answers owed as a target, else
 * their own requests (or the catalyst's box for staff who belong to no organisation, where their work always is).
 */
export function defaultIntroductionBox(
  viewer: { handles: boolean; hasOrganisations: boolean },
  waiting: { catalyst: number; received: number },
): IntroductionBox {
  if (viewer.handles && waiting.catalyst > 0) return "catalyst";
  if (viewer.hasOrganisations && waiting.received > 0) return "received";
  return viewer.handles && !viewer.hasOrganisations ? "catalyst" : "sent";
}

/**
 * Steps that end an introduction for good from a single button: the pages ask "are you sure?" first, and lib
 * refuses them from a page that did not say the person confirmed (API callers send one deliberate request).
 */
export const CONFIRMED_ACTIONS = ["withdraw", "close"] as const satisfies readonly IntroductionAction[];
export type ConfirmedAction = (typeof CONFIRMED_ACTIONS)[number];
export const needsConfirmation = (action: string): action is ConfirmedAction => (CONFIRMED_ACTIONS as readonly string[]).includes(action);

/** Waiting for someone's answer: counts towards the cap, gets reminders, expires. */
export const PENDING_STATUSES: readonly IntroductionStatus[] = ["submitted", "forwarded"];
/** Both sides agreed: the contact persons are revealed to each other and to the catalyst. */
export const CONTACT_REVEALED_STATUSES: readonly IntroductionStatus[] = ["accepted", "meeting_held", "alliance_started", "closed"];

export const MAX_PENDING_PER_ORGANISATION = 5;
export const REMINDER_DAYS = [7, 14] as const;
export const EXPIRY_DAYS = 30;

/**
 * The day, counted from the request, by which each pending step should be done: the schedule (schedule.ts) reminds
 * whoever must answer on these days, so they are the delays the pages can honestly promise.
 */
export const STEP_DUE_DAYS = { submitted: REMINDER_DAYS[0], forwarded: REMINDER_DAYS[1] } as const satisfies Partial<Record<IntroductionStatus, number>>;

export interface PendingStep {
  /** Who must act now: the catalyst forwards (or rejects), the target accepts (or declines). */
  waitingOn: "catalyst" | "target";
  /** The step's delay, in days from the request, and the day it falls on. */
  dueDays: number;
  dueAt: Date;
  expiresAt: Date;
  /** The step's delay has passed: the reminder is due or sent, the request still waits. */
  overdue: boolean;
  /** Whole days since the request was sent. */
  daysWaiting: number;
}

/** Where a pending introduction stands against its delays; null once nobody's answer is awaited. */
export function pendingStep(status: IntroductionStatus, createdAt: Date, now: Date): PendingStep | null {
  if (status !== "submitted" && status !== "forwarded") return null;
  const dueDays = STEP_DUE_DAYS[status];
  const dueAt = new Date(createdAt.getTime() + dueDays * DAY_MS);
  return {
    waitingOn: status === "submitted" ? "catalyst" : "target",
    dueDays,
    dueAt,
    expiresAt: new Date(createdAt.getTime() + EXPIRY_DAYS * DAY_MS),
    overdue: now.getTime() >= dueAt.getTime(),
    daysWaiting: Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS)),
  };
}

export type TransitionCheck = { ok: true; to: IntroductionStatus } | { ok: false; problem: "status" | "role" | "conflict" | "note" | "partnershipType" };

/**
 * What the roles alone do not say: whether this person forwarded the introduction themselves, and whether they
 * belong to the target while its "target" role is still hidden from them (before forwarding).
 */
export interface TransitionContext {
  forwardedByViewer?: boolean;
  belongsToTarget?: boolean;
}

/** The catalyst's decisions, and the target's answers: the two consents that must come from different people. */
const CATALYST_DECISIONS: readonly IntroductionAction[] = ["forward", "reject"];
const TARGET_ANSWERS: readonly IntroductionAction[] = ["accept", "decline"];

/**
 * Double opt-in needs independent sides. Whoever vets a request (the catalyst's staff, an admin standing in) must
 * not belong to either organisation, and whoever answers for the target must be neither the introduction's
 * catalyst nor the person who forwarded it: otherwise one person could ask, vet and accept, and read the other
 * side's contact alone.
 */
export function isConflictOfInterest(action: IntroductionAction, roles: readonly IntroductionRole[], context: TransitionContext = {}): boolean {
  if (CATALYST_DECISIONS.includes(action)) return roles.includes("requester") || roles.includes("target") || Boolean(context.belongsToTarget);
  if (TARGET_ANSWERS.includes(action)) return roles.includes("catalyst") || Boolean(context.forwardedByViewer);
  return false;
}

/** Whether `roles` may take `action` on an introduction in `status`, with what it carries. */
export function checkTransition(
  status: IntroductionStatus,
  action: IntroductionAction,
  roles: readonly IntroductionRole[],
  input: { note?: string | null; partnershipType?: PartnershipType | null } = {},
  context: TransitionContext = {},
): TransitionCheck {
  const transition = TRANSITIONS[action];
  if (!transition.by.some((role) => roles.includes(role))) return { ok: false, problem: "role" };
  if (isConflictOfInterest(action, roles, context)) return { ok: false, problem: "conflict" };
  if (!transition.from.includes(status)) return { ok: false, problem: "status" };
  if (transition.requires === "note" && (input.note ?? "").trim().length < 5) return { ok: false, problem: "note" };
  if (transition.requires === "partnershipType" && !input.partnershipType) return { ok: false, problem: "partnershipType" };
  return { ok: true, to: transition.to };
}

/** The actions someone with these roles can take now, in the workflow's order (for the buttons of a page). */
export function availableActions(status: IntroductionStatus, roles: readonly IntroductionRole[], context: TransitionContext = {}): IntroductionAction[] {
  return INTRODUCTION_ACTIONS.filter((action) => {
    const transition = TRANSITIONS[action];
    return (
      transition.from.includes(status) &&
      transition.by.some((role) => role !== "system" && roles.includes(role)) &&
      !isConflictOfInterest(action, roles, context)
    );
  });
}

/** Whether a step the viewer's roles would allow now is held back because they stand on both sides. */
export function heldBackByConflict(status: IntroductionStatus, roles: readonly IntroductionRole[], context: TransitionContext = {}): boolean {
  return INTRODUCTION_ACTIONS.some((action) => {
    const transition = TRANSITIONS[action];
    const allowedByRole =
      transition.by.some((role) => role !== "system" && roles.includes(role)) || (CATALYST_DECISIONS.includes(action) && Boolean(context.belongsToTarget));
    return transition.from.includes(status) && allowedByRole && isConflictOfInterest(action, roles, context);
  });
}

export function isPending(status: IntroductionStatus): boolean {
  return PENDING_STATUSES.includes(status);
}

export function contactsRevealed(status: IntroductionStatus): boolean {
  return CONTACT_REVEALED_STATUSES.includes(status);
}
