import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IntroductionError } from "@/lib/introductions/errors";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, NotSignedInError } from "@/lib/server/errors";
import { setSecurityLogSink, type SecurityLogSink } from "@/lib/server/security-log";
import { actionErrorState, answerPageError, apiErrorResponse } from "./answers";

let lines: string[] = [];
let previous: SecurityLogSink;
beforeEach(() => {
  lines = [];
  previous = setSecurityLogSink((line) => lines.push(line));
});
afterEach(() => {
  setSecurityLogSink(previous);
});
const refusals = () =>
  lines.map((line) => JSON.parse(line) as { event: string; userId: string | null; what: string }).filter((entry) => entry.event === "permission_refused");
/** What Next's notFound() / redirect() throw: an error whose digest names the answer. */
const digestOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  return "returned";
};

describe("the one error model, answered at the boundary", () => {
  it("gives each kind its HTTP status, its field and its message in the client's language", async () => {
    const invalid = apiErrorResponse(new InvalidInputError("reason", { fr: "Donnez une raison.", en: "Give a reason." }), "en");
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({ error: "Give a reason.", fields: [{ parameter: "reason", message: "Give a reason." }] });
    expect(apiErrorResponse(new NotFoundError(), "fr").status).toBe(404);
    expect(apiErrorResponse(new ConflictError("published"), "fr").status).toBe(409);
    expect(apiErrorResponse(new NotSignedInError(), "fr").status).toBe(401);
    const limited = apiErrorResponse(new IntroductionError("rateLimited", { retryAfterSeconds: 120 }), "fr");
    expect([limited.status, limited.headers.get("Retry-After")]).toEqual([429, "120"]);
    expect(apiErrorResponse(new IntroductionError("message"), "fr").status).toBe(422);
    expect(actionErrorState(new IntroductionError("objective"), "fr")).toEqual({ error: expect.any(String), field: "objective" });
  });

  it("logs a refused permission once, where it is answered, and nothing else", () => {
    const error = new ForbiddenError({ id: "user-1" }, "moderation:decide");
    expect(refusals()).toEqual([]);
    expect(apiErrorResponse(error, "fr").status).toBe(403);
    expect(refusals()).toEqual([expect.objectContaining({ userId: "user-1", what: "moderation:decide" })]);
    actionErrorState(new IntroductionError("role", { viewerId: "user-2" }), "fr");
    apiErrorResponse(new NotFoundError(), "fr");
    actionErrorState(new InvalidInputError("reason"), "fr");
    expect(refusals().map((entry) => entry.what)).toEqual(["moderation:decide", "introduction:role"]);
  });

  it("on a page: 404 for what is not the viewer's to see or not there, sign-in when a session is needed", () => {
    expect(digestOf(() => answerPageError(new ForbiddenError(null, "admin")))).toMatch(/404/);
    expect(digestOf(() => answerPageError(new NotFoundError()))).toMatch(/404/);
    expect(digestOf(() => answerPageError(new NotSignedInError(), "/register"))).toMatch(/NEXT_REDIRECT.*\/sign-in\?callbackUrl=%2Fregister/);
    expect(refusals()).toHaveLength(1);
  });

  it("throws on anything that is not one of its errors (a real 500, never hidden)", () => {
    const bug = new TypeError("boom");
    expect(() => apiErrorResponse(bug, "fr")).toThrow(bug);
    expect(() => actionErrorState(bug, "fr")).toThrow(bug);
    expect(() => answerPageError(bug)).toThrow(bug);
    expect(() => answerPageError(new ConflictError("published"))).toThrow(ConflictError);
  });
});
