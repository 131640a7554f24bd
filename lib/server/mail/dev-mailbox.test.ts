import { describe, expect, it, vi } from "vitest";
import { parseEnv } from "../env";
import { PEER_ADDRESS_HEADER } from "../http/client-address";
import { canReadDevMailbox, isDevMailboxEnabled, isLoopbackUrl, mailDelivery, mailDeliveryWarning } from "./dev-mailbox";

const production = (extra: Record<string, string> = {}) => parseEnv({ NODE_ENV: "production", ...extra });
const request = (peer: string | null, extra: Record<string, string> = {}) => {
  const headers = new Headers(extra);
  if (peer) headers.set(PEER_ADDRESS_HEADER, peer);
  return headers;
};

describe("PUBLIC_URL", () => {
  it("defaults to this machine on the port served, so links in mails reach the running server", () => {
    expect(parseEnv({}).PUBLIC_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3300" }).PUBLIC_URL).toBe("http://localhost:3300");
    expect(parseEnv({ PORT: "3300", PUBLIC_URL: "https://alliances.example/" }).PUBLIC_URL).toBe("https://alliances.example");
  });
});

describe("mail delivery", () => {
  it("is SMTP when configured, else local on this machine's address, else none", () => {
    expect(mailDelivery(production({ SMTP_URL: "smtp://mail.example:25" }))).toBe("smtp");
    expect(mailDelivery(production())).toBe("local");
    expect(mailDelivery(production({ PUBLIC_URL: "http://127.0.0.1:8080" }))).toBe("local");
    expect(mailDelivery(production({ PUBLIC_URL: "http://[::1]:8080" }))).toBe("local");
    expect(mailDelivery(production({ PUBLIC_URL: "https://alliances.example" }))).toBe("none");
    expect(mailDelivery(production({ PUBLIC_URL: "http://192.168.1.10:3000" }))).toBe("none");
  });

  it("warns at start-up without SMTP, loudly when the site is public", () => {
    expect(mailDeliveryWarning(production({ SMTP_URL: "smtp://mail.example:25" }))).toBeNull();
    expect(mailDeliveryWarning(production())).toContain("http://localhost:3000/dev/mailbox");
    expect(mailDeliveryWarning(production({ PUBLIC_URL: "https://alliances.example" }))).toContain("NO MAIL LEAVES THIS SERVER");
  });

  it("knows which addresses are this machine", () => {
    expect(isLoopbackUrl("http://localhost:3000")).toBe(true);
    expect(isLoopbackUrl("http://app.localhost")).toBe(true);
    expect(isLoopbackUrl("http://127.0.0.2")).toBe(true);
    expect(isLoopbackUrl("http://localhost.example.com")).toBe(false);
    expect(isLoopbackUrl("http://127.0.0.1.example.com")).toBe(false);
  });
});

describe("the development mailbox", () => {
  it("on the first command's setup, answers requests from this machine only", () => {
    const env = production();
    expect(isDevMailboxEnabled(env)).toBe(true);
    expect(canReadDevMailbox(request("127.0.0.1"), env)).toBe(true);
    expect(canReadDevMailbox(request("::1"), env)).toBe(true);
    expect(canReadDevMailbox(request("::ffff:127.0.0.1"), env)).toBe(true);
    expect(canReadDevMailbox(request("203.0.113.7"), env)).toBe(false);
    expect(canReadDevMailbox(request(null), env)).toBe(false);
  });

  it("never trusts a request that came through a proxy, whatever the socket says", () => {
    const env = production();
    expect(canReadDevMailbox(request("127.0.0.1", { "x-forwarded-for": "203.0.113.7" }), env)).toBe(false);
    expect(canReadDevMailbox(request("127.0.0.1", { "x-forwarded-for": "127.0.0.1, 203.0.113.7" }), env)).toBe(false);
    // What Next adds itself to a request that came straight from this machine.
    expect(canReadDevMailbox(request("::1", { "x-forwarded-for": "::1" }), env)).toBe(true);
    expect(canReadDevMailbox(request("127.0.0.1", { forwarded: "for=203.0.113.7" }), env)).toBe(false);
    expect(canReadDevMailbox(request("127.0.0.1"), production({ TRUSTED_PROXIES: "1" }))).toBe(false);
  });

  it("does not exist on a production site with SMTP or a public address, unless DEV_MAILBOX opens it to all", () => {
    expect(isDevMailboxEnabled(production({ SMTP_URL: "smtp://mail.example:25" }))).toBe(false);
    expect(canReadDevMailbox(request("127.0.0.1"), production({ PUBLIC_URL: "https://alliances.example" }))).toBe(false);
    expect(canReadDevMailbox(request("203.0.113.7"), production({ DEV_MAILBOX: "true" }))).toBe(true);
  });
});

describe("a mail on a site without SMTP", () => {
  it("is printed on the console with its recipient, subject and each link once", async () => {
    const { printMail } = await import("./outbox");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      await printMail({
        id: 1,
        toAddress: "nouvelle@exemple.fr",
        subject: "Votre lien de connexion",
        textBody:
          "Ouvrez http://localhost:3300/api/auth/callback/email?token=abc pour vous connecter.\nhttp://localhost:3300/api/auth/callback/email?token=abc",
        htmlBody: null,
        attempts: 1,
      });
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([
      "[mail not sent: no SMTP_URL] to nouvelle@exemple.fr: Votre lien de connexion\n  http://localhost:3300/api/auth/callback/email?token=abc",
    ]);
  });
});
