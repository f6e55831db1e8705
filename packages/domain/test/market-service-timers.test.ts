/**
 * Service-level timers with an injected "now" on the shipped calendar: deadlines across the Spring Festival, the
 * make-up Saturday, overdue after one working day, reminder timing, the compliance summary, and the properties that a
 * stage done by its deadline is never overdue and a reminder is only ever due on a pending stage.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarCoverageError,
  type ClaimProgress,
  DEFAULT_SERVICE_LEVEL_CONFIG,
  evaluateClaimTimers,
  type ServiceLevelConfig,
  summariseCompliance,
} from "../src/index";
import { calendar, sh } from "./market-service-fixture";

const stage = (claim: ClaimProgress, now: string, name: string, config?: ServiceLevelConfig) =>
  evaluateClaimTimers(calendar, claim, now, config).stages.find((s) => s.stage === name)!;

describe("a claim on the Friday before the 2026 Spring Festival (13 Feb, 16:00)", () => {
  const claim = { claimedAt: sh("2026-02-13T16:00:00"), completed: {} };

  it("has its response due at the end of the make-up Saturday, and the later stages after the holiday", () => {
    const timers = evaluateClaimTimers(calendar, claim, sh("2026-02-14T11:00:00"));
    expect(timers.stages.map((s) => [s.stage, s.dueAt, s.status])).toEqual([
      ["respond", "2026-02-14T15:59:59.999Z", "pending"],
      // Sat 14, Tue 24, Wed 25.
      ["visit", "2026-02-25T15:59:59.999Z", "pending"],
      // Sat 14, 24, 25, 26, 27, Sat 28 (make-up), Mon 2, Tue 3, Wed 4 March.
      ["decide", "2026-03-04T15:59:59.999Z", "pending"],
    ]);
    expect(timers.stages[0]?.explanation.en).toBe(
      "respond: 1 working day(s) from the claim at 2026-02-13T16:00:00.000+08:00 (end-of-day rule) → due 2026-02-14T23:59:59.999+08:00; pending",
    );
  });

  it("reminds half a working day before the deadline: from noon on the make-up Saturday", () => {
    const before = stage(claim, sh("2026-02-14T11:59:59"), "respond");
    expect(before.remindAt).toBe("2026-02-14T04:00:00.000Z");
    expect(before.reminderDue).toBe(false);
    expect(stage(claim, sh("2026-02-14T12:00:00"), "respond").reminderDue).toBe(true);
  });

  it("is overdue on the first day after the holiday if not answered, one working day late", () => {
    const respond = stage(claim, sh("2026-02-24T09:00:00"), "respond");
    expect(respond).toMatchObject({ status: "overdue", workingDaysLate: 1, reminderDue: false, doneAt: null });
    expect(respond.explanation.zh).toContain("已逾期，逾期1个工作日");
    // During the holiday no working time passes: still one day late on its last day.
    expect(stage(claim, sh("2026-02-23T18:00:00"), "respond").workingDaysLate).toBe(1);
    expect(stage(claim, sh("2026-02-25T09:00:00"), "respond").workingDaysLate).toBe(2);
  });

  it("records a late answer as done late, and an answer on the make-up Saturday as on time", () => {
    const late = { ...claim, completed: { respond: sh("2026-02-24T10:00:00") } };
    expect(stage(late, sh("2026-02-24T12:00:00"), "respond")).toMatchObject({
      status: "done-late",
      workingDaysLate: 1,
      doneAt: "2026-02-24T02:00:00.000Z",
    });
    const onTime = { ...claim, completed: { respond: sh("2026-02-14T23:00:00") } };
    expect(stage(onTime, sh("2026-03-10T12:00:00"), "respond")).toMatchObject({
      status: "done-on-time",
      workingDaysLate: 0,
    });
  });
});

describe("an ordinary week", () => {
  const claim = { claimedAt: sh("2026-03-09T10:00:00"), completed: {} };

  it("a claim not answered within one working day is overdue", () => {
    expect(stage(claim, sh("2026-03-10T23:59:59.999"), "respond")).toMatchObject({
      status: "pending",
      reminderDue: true,
    });
    expect(stage(claim, sh("2026-03-11T00:00:00"), "respond")).toMatchObject({ status: "overdue", workingDaysLate: 1 });
  });

  it("under the same-time rule a Friday 16:00 claim is due Monday 16:00 and reminded at 04:00", () => {
    const config = { ...DEFAULT_SERVICE_LEVEL_CONFIG, deadlineRule: "same-time" as const };
    const friday = { claimedAt: sh("2026-03-06T16:00:00"), completed: {} };
    const respond = stage(friday, sh("2026-03-09T03:00:00"), "respond", config);
    expect(respond).toMatchObject({ dueAt: "2026-03-09T08:00:00.000Z", remindAt: "2026-03-08T20:00:00.000Z" });
    expect(respond.reminderDue).toBe(false);
    expect(stage(friday, sh("2026-03-09T16:00:01"), "respond", config).status).toBe("overdue");
    // A one-day lead reaches back over the weekend to the claim itself; a longer one is held at the claim.
    const oneDay = { ...config, reminderLeadWorkingDays: 1 };
    expect(stage(friday, sh("2026-03-06T17:00:00"), "respond", oneDay)).toMatchObject({
      remindAt: "2026-03-06T08:00:00.000Z",
      reminderDue: true,
    });
    expect(
      stage(friday, sh("2026-03-06T17:00:00"), "respond", { ...config, reminderLeadWorkingDays: 2 }).remindAt,
    ).toBe("2026-03-06T08:00:00.000Z");
  });

  it("an end-of-day lead of 1.5 working days crosses the weekend", () => {
    const config = { ...DEFAULT_SERVICE_LEVEL_CONFIG, reminderLeadWorkingDays: 1.5 };
    const friday = { claimedAt: sh("2026-03-06T10:00:00"), completed: {} };
    // Due end of Monday 9 March; 24 h of Monday and 12 h of Friday before it.
    expect(stage(friday, sh("2026-03-06T11:00:00"), "respond", config).remindAt).toBe("2026-03-06T04:00:00.000Z");
  });

  it("takes the limits from configuration", () => {
    const config = { ...DEFAULT_SERVICE_LEVEL_CONFIG, limits: { respond: 2, visit: 5, decide: 15 } };
    expect(stage(claim, sh("2026-03-11T09:00:00"), "respond", config).status).toBe("pending");
    expect(() =>
      evaluateClaimTimers(calendar, claim, sh("2026-03-11T09:00:00"), {
        ...config,
        limits: { respond: 0, visit: 5, decide: 15 },
      }),
    ).toThrow(/respond limit/);
  });

  it("refuses inconsistent instants and instants outside the calendar", () => {
    expect(() => evaluateClaimTimers(calendar, claim, sh("2026-03-09T09:00:00"))).toThrow(/before the claim/);
    const future = { ...claim, completed: { respond: sh("2026-03-10T09:00:00") } };
    expect(() => evaluateClaimTimers(calendar, future, sh("2026-03-09T12:00:00"))).toThrow(/outside the claim/);
    const december = { claimedAt: sh("2026-12-21T10:00:00"), completed: {} };
    expect(() => evaluateClaimTimers(calendar, december, sh("2026-12-21T11:00:00"))).toThrow(CalendarCoverageError);
  });
});

describe("summariseCompliance", () => {
  it("gives on-time rates per stage, overdue counts and the median response in working hours", () => {
    const summary = summariseCompliance(
      calendar,
      [
        {
          institutionId: "inst-b",
          claimedAt: sh("2026-03-06T16:00:00"),
          completed: { respond: sh("2026-03-09T10:00:00"), visit: sh("2026-03-11T09:00:00") },
        },
        { institutionId: "inst-a", claimedAt: sh("2026-03-19T09:00:00"), completed: {} },
        {
          institutionId: "inst-b",
          claimedAt: sh("2026-03-16T09:00:00"),
          completed: { respond: sh("2026-03-18T09:00:00") },
        },
      ],
      sh("2026-03-20T12:00:00"),
    );
    expect(summary).toEqual([
      {
        institutionId: "inst-a",
        claims: 1,
        stages: {
          respond: { onTime: 0, late: 0, overdue: 0, pending: 1, onTimeRate: null },
          visit: { onTime: 0, late: 0, overdue: 0, pending: 1, onTimeRate: null },
          decide: { onTime: 0, late: 0, overdue: 0, pending: 1, onTimeRate: null },
        },
        overdueCount: 0,
        medianResponseWorkingHours: null,
      },
      {
        institutionId: "inst-b",
        claims: 2,
        stages: {
          // Claim 1 answered Monday 10:00 (due end of Monday); claim 2 answered Wednesday (due end of Tuesday).
          respond: { onTime: 1, late: 1, overdue: 0, pending: 0, onTimeRate: 0.5 },
          // Claim 1 visited Wednesday (due end of Wednesday 11th); claim 2 not visited by Thursday 19th.
          visit: { onTime: 1, late: 0, overdue: 1, pending: 0, onTimeRate: 0.5 },
          // Claim 1 due end of Thursday 19th, not decided; claim 2 due 27 March.
          decide: { onTime: 0, late: 0, overdue: 1, pending: 1, onTimeRate: 0 },
        },
        overdueCount: 2,
        // 8 + 10 = 18 hours and 15 + 24 + 9 = 48 hours.
        medianResponseWorkingHours: 33,
      },
    ]);
  });
});

// Claims from 2025-01-01 to 2026-10-31: 9 working days and 60 days of "now" stay inside the coverage.
const START = Date.UTC(2025, 0, 1);
const END = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

describe("properties", () => {
  it("a stage done by its deadline is never overdue, and is done on time whatever now is", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: START, max: END }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.constantFrom("end-of-day", "same-time"),
        (claimMs, fraction, after, rule) => {
          const config = { ...DEFAULT_SERVICE_LEVEL_CONFIG, deadlineRule: rule as "end-of-day" | "same-time" };
          const claimedAt = new Date(claimMs).toISOString();
          const due = Date.parse(stage({ claimedAt, completed: {} }, claimedAt, "respond", config).dueAt);
          const done = Math.floor(claimMs + fraction * (due - claimMs));
          const now = new Date(done + after).toISOString();
          const t = stage({ claimedAt, completed: { respond: new Date(done).toISOString() } }, now, "respond", config);
          expect(t.status).toBe("done-on-time");
          expect(t.workingDaysLate).toBe(0);
          expect(t.reminderDue).toBe(false);
        },
      ),
    );
  });

  it("an open stage is pending exactly until its deadline, and only a pending stage has a reminder due", () => {
    fc.assert(
      fc.property(fc.integer({ min: START, max: END }), fc.integer({ min: 0, max: 30 * DAY }), (claimMs, after) => {
        const claimedAt = new Date(claimMs).toISOString();
        const now = new Date(claimMs + after).toISOString();
        for (const t of evaluateClaimTimers(calendar, { claimedAt, completed: {} }, now).stages) {
          expect(t.status).toBe(claimMs + after > Date.parse(t.dueAt) ? "overdue" : "pending");
          if (t.reminderDue) expect(t.status).toBe("pending");
          expect(Date.parse(t.remindAt)).toBeLessThanOrEqual(Date.parse(t.dueAt));
          expect(Date.parse(t.remindAt)).toBeGreaterThanOrEqual(claimMs);
          expect(t.workingDaysLate > 0).toBe(t.status === "overdue");
        }
      }),
    );
  });
});
