import { describe, expect, it } from "vitest";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "@/lib/shared/vocabulary";
import {
  availableActions,
  checkTransition,
  CONFIRMED_ACTIONS,
  defaultIntroductionBox,
  heldBackByConflict,
  needsConfirmation,
  contactsRevealed,
  INTRODUCTION_ACTIONS,
  pendingStep,
  STEP_DUE_DAYS,
  TRANSITIONS,
  type IntroductionAction,
  type IntroductionRole,
} from "./workflow";

const ROLES: IntroductionRole[] = ["requester", "target", "catalyst", "admin", "system"];

// The workflow written out by hand, independently of TRANSITIONS: "status action → new status: roles".
const EXPECTED = `
submitted forward → forwarded: catalyst admin
submitted reject → rejected: catalyst admin
forwarded accept → accepted: target
forwarded decline → declined: target
submitted withdraw → withdrawn: requester
forwarded withdraw → withdrawn: requester
accepted record_meeting → meeting_held: requester target catalyst admin
accepted start_alliance → alliance_started: requester target catalyst admin
meeting_held start_alliance → alliance_started: requester target catalyst admin
accepted close → closed: requester target catalyst admin
meeting_held close → closed: requester target catalyst admin
submitted expire → expired: system
forwarded expire → expired: system
`;

const allowed = new Map<string, { to: IntroductionStatus; roles: IntroductionRole[] }>();
for (const line of EXPECTED.trim().split("\n")) {
  const [, status, action, to, roles] = /^(\w+) (\w+) → (\w+): (.+)$/.exec(line)!;
  allowed.set(`${status} ${action}`, { to: to as IntroductionStatus, roles: roles!.split(" ") as IntroductionRole[] });
}

describe("introduction workflow", () => {
  it("allows exactly the written transitions, for exactly the written roles (every status × action × role)", () => {
    let checked = 0;
    for (const status of INTRODUCTION_STATUSES) {
      for (const action of INTRODUCTION_ACTIONS) {
        for (const role of ROLES) {
          const result = checkTransition(status, action, [role], { note: "une raison valable", partnershipType: "mecenat" });
          const expected = allowed.get(`${status} ${action}`);
          if (expected?.roles.includes(role)) expect(result, `${status} ${action} by ${role}`).toEqual({ ok: true, to: expected.to });
          else expect(result.ok, `${status} ${action} by ${role}`).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(INTRODUCTION_STATUSES.length * INTRODUCTION_ACTIONS.length * ROLES.length);
  });

  it("says why a transition is refused: the role first, then the status, then what is missing", () => {
    expect(checkTransition("submitted", "accept", ["requester"])).toEqual({ ok: false, problem: "role" });
    expect(checkTransition("submitted", "accept", ["target"])).toEqual({ ok: false, problem: "status" });
    expect(checkTransition("submitted", "reject", ["catalyst"], { note: "  " })).toEqual({ ok: false, problem: "note" });
    expect(checkTransition("accepted", "start_alliance", ["target"])).toEqual({ ok: false, problem: "partnershipType" });
    expect(checkTransition("forwarded", "decline", ["target"])).toEqual({ ok: true, to: "declined" });
  });

  it("offers the buttons of one's roles only, never the system's", () => {
    expect(availableActions("submitted", ["catalyst"])).toEqual(["forward", "reject"]);
    expect(availableActions("submitted", ["requester"])).toEqual(["withdraw"]);
    expect(availableActions("forwarded", ["target"])).toEqual(["accept", "decline"]);
    expect(availableActions("accepted", ["target"])).toEqual(["record_meeting", "start_alliance", "close"]);
    expect(availableActions("submitted", ["system"])).toEqual([]);
    for (const status of INTRODUCTION_STATUSES) {
      for (const action of availableActions(status, ["requester", "target", "catalyst", "admin"])) {
        expect(TRANSITIONS[action as IntroductionAction].from).toContain(status);
      }
    }
  });

  it("never lets one person hold both consents: the catalyst's side may not answer for the target, nor a party vet its own request", () => {
    // Staff of the introduction's catalyst who also belong to the target organisation.
    expect(checkTransition("forwarded", "accept", ["target", "catalyst"])).toEqual({ ok: false, problem: "conflict" });
    expect(checkTransition("forwarded", "decline", ["target", "catalyst"])).toEqual({ ok: false, problem: "conflict" });
    expect(availableActions("forwarded", ["target", "catalyst"])).toEqual([]);
    // An admin who forwarded it, and is a member of the target.
    expect(checkTransition("forwarded", "accept", ["target", "admin"], {}, { forwardedByViewer: true })).toEqual({ ok: false, problem: "conflict" });
    expect(checkTransition("forwarded", "accept", ["target", "admin"])).toEqual({ ok: true, to: "accepted" });
    // A catalyst (or an admin) who belongs to either organisation does not vet the request.
    for (const party of ["requester", "target"] as const) {
      for (const vetting of ["catalyst", "admin"] as const) {
        expect(checkTransition("submitted", "forward", [party, vetting])).toEqual({ ok: false, problem: "conflict" });
        expect(checkTransition("submitted", "reject", [party, vetting], { note: "une raison valable" })).toEqual({ ok: false, problem: "conflict" });
        expect(availableActions("submitted", [party, vetting])).not.toContain("forward");
      }
    }
    // Before forwarding the target's role is hidden from its members, but it still counts against vetting.
    expect(checkTransition("submitted", "forward", ["catalyst"], {}, { belongsToTarget: true })).toEqual({ ok: false, problem: "conflict" });
    expect(heldBackByConflict("forwarded", ["target", "catalyst"])).toBe(true);
    expect(heldBackByConflict("submitted", ["catalyst"], { belongsToTarget: true })).toBe(true);
    expect(heldBackByConflict("submitted", ["catalyst"])).toBe(false);
    expect(heldBackByConflict("forwarded", ["target"])).toBe(false);
    // What follows the acceptance is everyone's to record.
    expect(availableActions("accepted", ["target", "catalyst"])).toEqual(["record_meeting", "start_alliance", "close"]);
  });

  it("reveals contacts only once the target accepted", () => {
    expect(INTRODUCTION_STATUSES.filter(contactsRevealed)).toEqual(["accepted", "meeting_held", "alliance_started", "closed"]);
  });
});

describe("the delays of the pending steps", () => {
  const sent = new Date("2026-03-02T09:00:00Z");
  const day = (n: number) => new Date(sent.getTime() + n * 24 * 3600 * 1000);

  it("the catalyst's step is due on the first reminder's day, the target's on the second's", () => {
    expect(pendingStep("submitted", sent, day(1))).toMatchObject({
      waitingOn: "catalyst",
      dueAt: day(STEP_DUE_DAYS.submitted),
      overdue: false,
      daysWaiting: 1,
    });
    expect(pendingStep("forwarded", sent, day(8))).toMatchObject({ waitingOn: "target", dueAt: day(STEP_DUE_DAYS.forwarded), overdue: false, daysWaiting: 8 });
    expect(STEP_DUE_DAYS.submitted).toBeLessThan(STEP_DUE_DAYS.forwarded);
  });

  it("a step is overdue from its day on, and the request still expires on day 30", () => {
    expect(pendingStep("submitted", sent, day(7))?.overdue).toBe(true);
    expect(pendingStep("forwarded", sent, day(13.9))?.overdue).toBe(false);
    expect(pendingStep("forwarded", sent, day(14))?.overdue).toBe(true);
    expect(pendingStep("forwarded", sent, day(14))?.expiresAt).toEqual(day(30));
  });

  it("nothing is awaited once answered, refused or over", () => {
    for (const status of INTRODUCTION_STATUSES.filter((value) => value !== "submitted" && value !== "forwarded")) {
      expect(pendingStep(status, sent, day(20))).toBeNull();
    }
  });
});

describe("the box /introductions opens on", () => {
  const cases: [string, { handles: boolean; hasOrganisations: boolean }, { catalyst: number; received: number }, string][] = [
    ["a catalyst with requests to decide, who also has answers to give", { handles: true, hasOrganisations: true }, { catalyst: 2, received: 1 }, "catalyst"],
    ["a catalyst with nothing to decide but an answer to give", { handles: true, hasOrganisations: true }, { catalyst: 0, received: 1 }, "received"],
    ["a member with an answer to give", { handles: false, hasOrganisations: true }, { catalyst: 0, received: 3 }, "received"],
    ["a member with nothing to answer", { handles: false, hasOrganisations: true }, { catalyst: 0, received: 0 }, "sent"],
    ["a catalyst with nothing waiting, member of an organisation", { handles: true, hasOrganisations: true }, { catalyst: 0, received: 0 }, "sent"],
    ["staff of a catalyst who belong to no organisation", { handles: true, hasOrganisations: false }, { catalyst: 0, received: 0 }, "catalyst"],
    ["someone with no box of the catalyst, whatever the count says", { handles: false, hasOrganisations: true }, { catalyst: 5, received: 0 }, "sent"],
  ];
  it.each(cases)("%s", (_name, viewer, waiting, expected) => {
    expect(defaultIntroductionBox(viewer, waiting)).toBe(expected);
  });
});

describe("steps that ask for a confirmation", () => {
  it("are the ones that end an introduction from a single button, and only those", () => {
    expect([...CONFIRMED_ACTIONS].sort()).toEqual(["close", "withdraw"]);
    expect(INTRODUCTION_ACTIONS.filter((action) => needsConfirmation(action))).toEqual(["withdraw", "close"]);
    expect(needsConfirmation("forward")).toBe(false);
    expect(needsConfirmation("not-an-action")).toBe(false);
  });
});
