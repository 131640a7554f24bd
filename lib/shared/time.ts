// Durations in milliseconds, for the date arithmetic of schedules, expiries and seeds. Pure.

export const DAY_MS = 86_400_000;
