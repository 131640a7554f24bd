import { describe, expect, it } from "vitest";
import { getOrganisationMails } from "@/lib/organisations/mail-messages";
import { notificationText } from "@/lib/introductions/messages";
import { composeMail, notificationMail, signInMail } from "./templates";

const HOSTILE = `<script>alert("x")</script> & 'co'`;
const FRENCH_TYPOGRAPHY = /\s[:;!?](?=\s|$)|[«»\u202f]/;

describe("the HTML part of a mail", () => {
  const mail = composeMail({
    locale: "fr",
    subject: `Sujet ${HOSTILE}`,
    paragraphs: [`Bonjour ${HOSTILE}`],
    quote: { label: "Son message", text: `Ligne 1\n${HOSTILE}` },
    next: "la suite",
    action: { label: "Ouvrir", url: "https://alliances.example/a?b=1&c=2" },
    footer: { text: "Pourquoi ce message :", link: { label: "réglages", url: "https://alliances.example/account" } },
  });

  it("is a document in the recipient's language", () => {
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(composeMail({ locale: "en", subject: "s", paragraphs: ["p"], action: { label: "Open", url: "https://x.example" } }).html).toContain(
      '<html lang="en">',
    );
  });

  it("escapes every text that comes from a person", () => {
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
  });

  it("links the main action with a real <a href>, and writes the address out", () => {
    const href = 'href="https://alliances.example/a?b=1&amp;c=2"';
    expect(mail.html.split(href).length - 1).toBe(2);
    expect(mail.html).toContain(">Ouvrir</a>");
    expect(mail.html).toContain(">https://alliances.example/a?b=1&amp;c=2</a>");
  });

  it("loads nothing from elsewhere", () => {
    expect(mail.html).not.toMatch(/<img|<link|<script|url\(/i);
  });

  it("says in the text part what the HTML part says, links included", () => {
    expect(mail.text).toContain(`Bonjour ${HOSTILE}`);
    expect(mail.text).toContain(`Son message :\n« Ligne 1\n${HOSTILE} »`);
    expect(mail.text).toContain("Et ensuite : la suite");
    expect(mail.text).toContain("Ouvrir :\nhttps://alliances.example/a?b=1&c=2");
    expect(mail.text).toContain("https://alliances.example/account");
    expect(mail.text).not.toMatch(/<p>|<a |&amp;/);
  });
});

describe("the organisation mails", () => {
  it("tell an approved organisation where its proposed partners are, with the moderator's note", () => {
    const mail = getOrganisationMails("fr").approved(
      "Atelier <b>",
      "https://a.example/organisations/atelier",
      "https://a.example/organisations/atelier/partners",
      "Bienvenue !",
    );
    expect(mail.subject).toBe("Atelier <b> est publiée");
    expect(mail.html).toContain('<a href="https://a.example/organisations/atelier/partners"');
    expect(mail.html).toContain("Voir vos partenaires proposés");
    expect(mail.html).toContain("Atelier &lt;b&gt;");
    expect(mail.text).toContain("Le mot du catalyseur :\n« Bienvenue ! »");
    expect(mail.text).toContain("https://a.example/organisations/atelier/partners");
    const english = getOrganisationMails("en").approved("Atelier", "https://a.example/o", "https://a.example/o/partners", "  ");
    expect(english.html).toContain("See your proposed partners");
    expect(english.text).not.toContain("note");
  });

  it("elide de before a vowel", () => {
    expect(getOrganisationMails("fr").received("Atelier du Lien", "https://a.example/account").text).toContain("L'inscription d'Atelier du Lien");
    expect(getOrganisationMails("fr").rejected("Hameau vert", "Hors charte.", "https://a.example/account").text).toContain("L'inscription de Hameau vert");
  });

  it("are written the English way in English", () => {
    const mails = getOrganisationMails("en");
    const all = [
      mails.approved("A", "https://a.example/o", "https://a.example/o/p", "Welcome!"),
      mails.changesRequested("A", "Add a website.", "https://a.example/account"),
      mails.rejected("A", "Out of scope.", "https://a.example/account"),
      mails.suspended("A", "Fraud.", "https://a.example/account"),
      mails.submitted("A", "Muret", "https://a.example/moderation"),
      mails.received("A", "https://a.example/account"),
      mails.resubmitted("A", "https://a.example/moderation"),
      mails.changed("A", ["name", "siren"], "https://a.example/moderation"),
      mails.reverted("A", ["website"], "https://a.example/edit"),
    ];
    for (const mail of all) {
      for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(FRENCH_TYPOGRAPHY);
      expect(mail.html).toContain('<html lang="en">');
    }
  });
});

describe("the notification and sign-in mails", () => {
  it("keep the link, the settings link and the body in both parts", () => {
    const mail = notificationMail({
      to: "x@example.org",
      locale: "en",
      subject: "S",
      body: "First.\n\nSecond <i>.",
      link: "https://a.example/introductions/1",
      settingsLink: "https://a.example/account#notifications",
      template: "intro.accepted",
    });
    expect(mail.text).toContain("First.\n\nSecond <i>.");
    expect(mail.text).toContain("See the introduction:\nhttps://a.example/introductions/1");
    expect(mail.text).not.toMatch(FRENCH_TYPOGRAPHY);
    expect(mail.html).toContain("<p>Second &lt;i&gt;.</p>");
    expect(mail.html).toContain('<a href="https://a.example/introductions/1"');
    expect(mail.html).toContain('<a href="https://a.example/account#notifications"');
  });

  it("write every introduction notification the English way in English", () => {
    const data = { requester: "A", target: "B", catalyst: "C", organisation: "A", person: "P", note: "Hi" };
    for (const kind of ["intro.submitted", "intro.forwarded", "intro.rejected", "intro.accepted", "intro.declined", "intro.cancelled", "join.requested"]) {
      const { title, body } = notificationText(kind, data, "Alliance started", "en");
      expect(`${title}\n${body}`, kind).not.toMatch(FRENCH_TYPOGRAPHY);
    }
  });

  it("sends the sign-in link as a button and written out, with its English part marked as English", () => {
    const mail = signInMail("x@example.org", "https://a.example/api/auth/callback/email?token=a&b", 10);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('<div lang="en">');
    expect(mail.html!.split('href="https://a.example/api/auth/callback/email?token=a&amp;b"').length - 1).toBe(2);
    expect(mail.text).toContain("https://a.example/api/auth/callback/email?token=a&b");
  });
});
