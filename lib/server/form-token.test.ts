import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken } from "./form-token";

const SECRET = "s".repeat(32);
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, seconds));

describe("form tokens", () => {
  it("accept a form sent a few seconds to a day after it was shown", () => {
    const token = issueFormToken(SECRET, "contact", at(0));
    expect(checkFormToken(SECRET, "contact", token, at(3))).toBe("ok");
    expect(checkFormToken(SECRET, "contact", token, at(23 * 3600))).toBe("ok");
  });

  it("refuse a form sent at once, or more than a day later", () => {
    const token = issueFormToken(SECRET, "contact", at(0));
    expect(checkFormToken(SECRET, "contact", token, at(1))).toBe("too_fast");
    expect(checkFormToken(SECRET, "contact", token, at(25 * 3600))).toBe("expired");
  });

  it("refuse a token signed with another secret or for another form, a changed time, or none", () => {
    const token = issueFormToken(SECRET, "contact", at(0));
    expect(checkFormToken("t".repeat(32), "contact", token, at(10))).toBe("missing");
    expect(checkFormToken(SECRET, "other", token, at(10))).toBe("missing");
    const [issued, signed] = token.split(".");
    expect(checkFormToken(SECRET, "contact", `${Number(issued) - 3600}.${signed}`, at(10))).toBe("missing");
    expect(checkFormToken(SECRET, "contact", "", at(10))).toBe("missing");
    expect(checkFormToken(SECRET, "contact", undefined, at(10))).toBe("missing");
    expect(checkFormToken(SECRET, "contact", "x".repeat(5000), at(10))).toBe("missing");
  });
});
