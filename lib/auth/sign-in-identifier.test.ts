import { describe, expect, it } from "vitest";
// Auth.js's own normaliser (the one it uses when none is configured), to compare with.
import { defaultNormalizer } from "../../node_modules/@auth/core/lib/actions/signin/send-token.js";
import { signInIdentifier } from "./sign-in-identifier";

// Spellings of one mailbox: cases, spaces around, full-width letters, "@" and "." (NFKC folds them).
const SAME_MAILBOX = [
  "victim@example.org",
  "  Victim@Example.ORG ",
  "VICTIM@EXAMPLE.ORG\n",
  "ｖｉｃｔｉｍ@ｅｘａｍｐｌｅ.ｏｒｇ",
  "victim＠example．org",
  "\u00a0victim@example.org\t",
];

// What Auth.js would cut or change (the domain at a comma), and what is not one plain address.
const REFUSED = [
  "victim@example.org,1",
  "victim@example.org,attacker@evil.example",
  "victim@example.org，1", // a full-width comma, a comma once folded
  "a,b@example.org",
  "victim @example.org",
  "victim@exam ple.org",
  "victim@example.org\u3000x", // an ideographic space inside, a space once folded
  "victim@@example.org",
  "victim@example.org@evil.example",
  "victim＠example.org@evil.example",
  '"victim@example.org"@evil.example',
  "victim@exämple.org",
  "victim@",
  "@example.org",
  "victim",
  "",
  `${"a".repeat(250)}@example.org`,
];

describe("the sign-in identifier", () => {
  it("is the address folded (NFKC), trimmed and lower-cased: every spelling of one mailbox gives one identifier", () => {
    for (const raw of SAME_MAILBOX) expect(signInIdentifier(raw), JSON.stringify(raw)).toBe("victim@example.org");
    expect(signInIdentifier("Jean.O'Brien+alliances@Example.fr")).toBe("jean.o'brien+alliances@example.fr");
  });

  it("is null for anything the normaliser would have to cut, commas included, and for what is not one address", () => {
    for (const raw of REFUSED) expect(signInIdentifier(raw), JSON.stringify(raw)).toBeNull();
  });

  it("is what Auth.js's default normaliser makes of the same input, and a fixed point of both", () => {
    for (const raw of SAME_MAILBOX) {
      const identifier = signInIdentifier(raw)!;
      expect(defaultNormalizer(raw)).toBe(identifier);
      expect(defaultNormalizer(identifier)).toBe(identifier);
      expect(signInIdentifier(identifier)).toBe(identifier);
    }
  });
});
