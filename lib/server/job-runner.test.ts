import { describe, expect, it } from "vitest";
import { dueJobs, runDueJobs, type Job } from "./job-runner";

const job = (name: string, everySeconds: number, run: () => Promise<unknown> = async () => undefined): Job<null> => ({ name, everySeconds, run });

describe("background jobs", () => {
  it("are due at the first tick, then every so many ticks", () => {
    const jobs = [job("outbox", 10), job("schedule", 60), job("inactivity", 3600)];
    expect(dueJobs(jobs, 0, 10).map((item) => item.name)).toEqual(["outbox", "schedule", "inactivity"]);
    expect(dueJobs(jobs, 1, 10).map((item) => item.name)).toEqual(["outbox"]);
    expect(dueJobs(jobs, 6, 10).map((item) => item.name)).toEqual(["outbox", "schedule"]);
    expect(dueJobs(jobs, 360, 10).map((item) => item.name)).toEqual(["outbox", "schedule", "inactivity"]);
    // A job more frequent than the timer runs at every tick.
    expect(dueJobs([job("fast", 1)], 3, 10)).toHaveLength(1);
  });

  it("keep running when one fails: the outbox is sent even if the introductions' schedule throws", async () => {
    const ran: string[] = [];
    const jobs = [
      job("schedule", 10, async () => {
        ran.push("schedule");
        throw new Error("boom");
      }),
      job("outbox", 10, async () => {
        ran.push("outbox");
      }),
    ];
    const failures = await runDueJobs(jobs, null, 0, 10);
    expect(ran).toEqual(["schedule", "outbox"]);
    expect(failures.map((failure) => failure.name)).toEqual(["schedule"]);
    expect((failures[0]!.error as Error).message).toBe("boom");
  });
});
