import { describe, expect, it } from "vitest";
import { describeFailure } from "./errors";

describe("describeFailure", () => {
  it("keeps the query and the driver's cause, never the bound values, and cuts a long message", () => {
    const secret = "philibert@secret.example";
    const failed = new Error(`Failed query: update "open_data_files" set "gzip" = $1 where "name" = $2\nparams: ${"\u0000".repeat(10_000)}${secret},hsds`, {
      cause: new Error("Cannot create a string longer than 0x1fffffe8 characters"),
    });
    const line = describeFailure(failed);
    expect(line).toBe(
      `Failed query: update "open_data_files" set "gzip" = $1 where "name" = $2 (cause: Cannot create a string longer than 0x1fffffe8 characters)`,
    );
    expect(line).not.toContain(secret);
    expect(describeFailure(new Error("x".repeat(2_000)))).toHaveLength(501);
    expect(describeFailure("plain")).toBe("plain");
  });
});
