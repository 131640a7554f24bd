import { describe, expect, it } from "vitest";
import { compareDomains, emailDomainOf, isOverdue, registerLinks, waitingDays, websiteDomainOf } from "./moderation-checks";

describe("the applicant's e-mail domain against the website's", () => {
  it.each([
    // The same domain, written in every way a website is typed.
    ["accueil@mairie-x.fr", "https://mairie-x.fr", "same"],
    ["accueil@mairie-x.fr", "https://www.mairie-x.fr/contact", "same"],
    ["Accueil@Mairie-X.FR", "mairie-x.fr", "same"],
    ["accueil@mairie-x.fr", "www.mairie-x.fr", "same"],
    ["accueil@mairie-x.fr", "http://www.mairie-x.fr./", "same"],
    // One inside the other: a service's site under the organisation's domain, or the other way round.
    ["contact@ville-x.fr", "https://jeunesse.ville-x.fr", "same"],
    ["contact@jeunesse.ville-x.fr", "https://www.ville-x.fr", "same"],
    // Different domains, including lookalikes that only end the same way.
    ["accueil@mairie-y.fr", "https://mairie-x.fr", "different"],
    ["accueil@faux-mairie-x.fr", "https://mairie-x.fr", "different"],
    ["contact@orange.com", "https://www.orange.fr", "different"],
    // Public mailboxes, whatever the website.
    ["jardins.solidaires@gmail.com", "https://jardins-solidaires.fr", "webmail"],
    ["asso@orange.fr", "https://asso.fr", "webmail"],
    ["asso@wanadoo.fr", null, "webmail"],
    ["asso@laposte.net", "https://asso.fr", "webmail"],
    ["asso@free.fr", "https://asso.fr", "webmail"],
    ["asso@sfr.fr", "https://asso.fr", "webmail"],
    ["asso@hotmail.fr", "https://asso.fr", "webmail"],
    ["asso@hotmail.com", "https://asso.fr", "webmail"],
    ["asso@outlook.fr", "https://asso.fr", "webmail"],
    ["asso@yahoo.co.uk", "https://asso.fr", "webmail"],
    ["asso@live.fr", "https://asso.fr", "webmail"],
    // Nothing to compare.
    ["accueil@mairie-x.fr", null, "unknown"],
    ["accueil@mairie-x.fr", "", "unknown"],
    [null, "https://mairie-x.fr", "unknown"],
    ["pas une adresse", "https://mairie-x.fr", "unknown"],
    ["accueil@mairie-x.fr", "http://", "unknown"],
  ] as const)("%s and %s: %s", (email, website, expected) => {
    expect(compareDomains(email, website).kind).toBe(expected);
  });

  it("names both domains it compared", () => {
    expect(compareDomains("accueil@mairie-x.fr", "https://www.mairie-x.fr")).toEqual({
      kind: "same",
      emailDomain: "mairie-x.fr",
      websiteDomain: "mairie-x.fr",
    });
    expect(compareDomains("asso@gmail.com", "https://asso.fr")).toEqual({ kind: "webmail", emailDomain: "gmail.com" });
  });

  it.each([
    ["a@b.fr", "b.fr"],
    [" a@B.fr ", "b.fr"],
    ["@b.fr", null],
    ["a@localhost", null],
    ["", null],
  ])("the domain of the address %j is %j", (email, expected) => {
    expect(emailDomainOf(email)).toBe(expected);
  });

  it.each([
    ["https://www.b.fr/page", "b.fr"],
    ["HTTPS://WWW.B.FR", "b.fr"],
    ["b.fr", "b.fr"],
    ["https://localhost", null],
    [null, null],
  ])("the domain of the website %j is %j", (website, expected) => {
    expect(websiteDomainOf(website)).toBe(expected);
  });
});

describe("links to the official register", () => {
  it.each([
    [
      { siret: "73282932000074", siren: "732829320", rna: null },
      [{ identifier: "SIRET", value: "73282932000074", href: "https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000074" }],
    ],
    [
      { siret: null, siren: "732829320", rna: null },
      [{ identifier: "SIREN", value: "732829320", href: "https://annuaire-entreprises.data.gouv.fr/entreprise/732829320" }],
    ],
    [
      { siret: null, siren: null, rna: "W571234567" },
      [{ identifier: "RNA", value: "W571234567", href: "https://annuaire-entreprises.data.gouv.fr/rechercher?terme=W571234567" }],
    ],
    [
      { siret: null, siren: "732829320", rna: "W571234567" },
      [
        { identifier: "SIREN", value: "732829320", href: "https://annuaire-entreprises.data.gouv.fr/entreprise/732829320" },
        { identifier: "RNA", value: "W571234567", href: "https://annuaire-entreprises.data.gouv.fr/rechercher?terme=W571234567" },
      ],
    ],
    [{ siret: null, siren: null, rna: null }, []],
  ])("for %j", (identifiers, expected) => {
    expect(registerLinks(identifiers)).toEqual(expected);
  });
});

describe("waiting time", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  it.each([
    ["2025-03-10T08:00:00Z", 0],
    ["2025-03-09T12:00:01Z", 0],
    ["2025-03-09T12:00:00Z", 1],
    ["2025-03-07T11:00:00Z", 3],
    ["2025-03-11T00:00:00Z", 0],
  ])("submitted %s: %i days", (submittedAt, days) => {
    expect(waitingDays(submittedAt, now)).toBe(days);
  });

  it.each([
    [7, 7, false],
    [8, 7, true],
    [0, 1, false],
    [2, 1, true],
  ])("%i days against a usual %i: late %s", (days, typical, expected) => {
    expect(isOverdue(days, typical)).toBe(expected);
  });
});
