import { describe, expect, it } from "vitest";
import { EnvError, databaseOptions, parseEnv } from "./env";

describe("STATEMENT_TIMEOUT_MS", () => {
  it("bounds the app's queries at 5 s by default; 0 turns it off; a negative value stops the start", () => {
    expect(parseEnv({}).STATEMENT_TIMEOUT_MS).toBe(5000);
    expect(parseEnv({ STATEMENT_TIMEOUT_MS: "0" }).STATEMENT_TIMEOUT_MS).toBe(0);
    expect(parseEnv({ STATEMENT_TIMEOUT_MS: "250" }).STATEMENT_TIMEOUT_MS).toBe(250);
    expect(() => parseEnv({ STATEMENT_TIMEOUT_MS: "-1" })).toThrow(EnvError);
  });

  it("is not part of the options CLI scripts and migrations open the database with", () => {
    const options = databaseOptions(parseEnv({ DATABASE_URL: "postgres://localhost/alliances", STATEMENT_TIMEOUT_MS: "250" }));
    expect(options).toEqual({ engine: "postgres", url: "postgres://localhost/alliances", maxConnections: 10 });
  });
});
