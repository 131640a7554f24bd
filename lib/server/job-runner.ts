// Which background jobs are due at a tick, and running them so that one failing job never stops the others (an
// error in the introductions' schedule must not hold the outbox back). Pure: the jobs are handed in.

export interface Job<Context> {
  name: string;
  /** How often it runs; it always runs at the first tick. */
  everySeconds: number;
  run(context: Context): Promise<unknown>;
}

export interface JobFailure {
  name: string;
  error: unknown;
}

/** The jobs due at tick `tick` (0, 1, 2…) of a timer firing every `intervalSeconds`. */
export function dueJobs<Context>(jobs: readonly Job<Context>[], tick: number, intervalSeconds: number): Job<Context>[] {
  return jobs.filter((job) => tick % Math.max(1, Math.round(job.everySeconds / intervalSeconds)) === 0);
}

/** Runs the due jobs one after another, each in its own try, and returns the failures (the others still ran). */
export async function runDueJobs<Context>(jobs: readonly Job<Context>[], context: Context, tick: number, intervalSeconds: number): Promise<JobFailure[]> {
  const failures: JobFailure[] = [];
  for (const job of dueJobs(jobs, tick, intervalSeconds)) {
    try {
      await job.run(context);
    } catch (error) {
      failures.push({ name: job.name, error });
    }
  }
  return failures;
}
