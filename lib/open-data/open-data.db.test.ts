import { getIssues } from "@placemarkio/check-geojson";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { catalysts, needsOffers, organisations, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { ADMIN_EXPORT_FILES, adminExport, adminExportCounts } from "@/lib/admin/exports";
import { streamGeoJsonExport } from "@/lib/open-data/geojson";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { streamHsdsExport } from "./hsds";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const PUBLIC_URL = "https://alliances.example";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let result = "";
  for await (const chunk of chunks) result += chunk;
  return result;
}

/** Recognisable personal data on a published organisation, on both kinds of catalyst, and on a user. */
const SECRETS = {
  organisationContact: "Philibert Contactprive",
  organisationRole: "Trésorier-Secretissime",
  organisationEmail: "philibert.contactprive@secret.example",
  organisationPhone: "06 12 98 76 54",
  hiddenCatalystContact: "Hortense Cachee-Catalyse",
  hiddenCatalystEmail: "hortense@cachee.example",
  hiddenCatalystPhone: "02 99 11 22 33",
  publicCatalystContact: "Publius Montre-Catalyse",
  publicCatalystEmail: "publius@montre.example",
  userEmail: "utilisatrice.secrete@compte.example",
  userName: "Ursule Comptesecret",
  draftName: "Brouillon Jamais Publie",
};

async function seedPersonalData(tx: Transaction) {
  const [rennes] = await queryRows<{ lat: number; lon: number }>(tx, sql`SELECT lat, lon FROM communes WHERE code = '35238'`);
  const place = { communeCode: "35238", lat: rennes!.lat, lon: rennes!.lon };
  const [published] = await tx
    .insert(organisations)
    .values({
      slug: "open-data-test-published",
      name: 'Café "Le Point"; virgule',
      kind: "association",
      description: "Une ligne\net une autre",
      status: "published",
      contactName: SECRETS.organisationContact,
      contactRole: SECRETS.organisationRole,
      contactEmail: SECRETS.organisationEmail,
      contactPhone: SECRETS.organisationPhone,
      ...place,
    })
    .returning({ id: organisations.id });
  await tx.insert(needsOffers).values([
    { organisationId: published!.id, direction: "offer", resourceKind: "premises", title: "Une salle de réunion", description: "Le mardi" },
    { organisationId: published!.id, direction: "need", resourceKind: "funding", title: "Financer un local" },
    { organisationId: published!.id, direction: "offer", resourceKind: "skills", title: "Offre close", status: "closed" },
  ]);
  await tx.insert(organisations).values({ slug: "open-data-test-draft", name: SECRETS.draftName, kind: "entreprise", status: "draft", ...place });
  await tx.insert(catalysts).values([
    {
      slug: "open-data-test-hidden",
      name: "Catalyseur discret",
      hostName: "Hôte",
      hostKind: "association",
      contactName: SECRETS.hiddenCatalystContact,
      contactEmail: SECRETS.hiddenCatalystEmail,
      contactPhone: SECRETS.hiddenCatalystPhone,
      contactPublic: false,
      ...place,
    },
    {
      slug: "open-data-test-public",
      name: "Catalyseur ouvert",
      hostName: "Hôte",
      hostKind: "association",
      contactName: SECRETS.publicCatalystContact,
      contactEmail: SECRETS.publicCatalystEmail,
      contactPublic: true,
      ...place,
    },
  ]);
  const [admin] = await tx.insert(users).values({ email: SECRETS.userEmail, name: SECRETS.userName, isAdmin: true }).returning({ id: users.id });
  const [member] = await tx.insert(users).values({ email: "membre.ordinaire@compte.example" }).returning({ id: users.id });
  return { organisationId: published!.id, rennes: rennes!, admin: (await loadViewer(tx, admin!.id))!, member: (await loadViewer(tx, member!.id))! };
}

describe("GeoJSON open data", () => {
  it("passes a GeoJSON checker for both layers: a FeatureCollection with ids, [lon, lat] numbers and no crs", async () => {
    await withRollback(handle.db, async (tx) => {
      const { organisationId, rennes } = await seedPersonalData(tx);
      for (const type of ["organisations", "catalysts"] as const) {
        const body = await text(streamGeoJsonExport(tx, type, PUBLIC_URL));
        expect(getIssues(body)).toEqual([]);
        const json = JSON.parse(body) as {
          type: string;
          crs?: unknown;
          licence: string;
          attribution: string;
          features: { type: string; id: unknown; geometry: { type: string; coordinates: unknown[] } }[];
        };
        expect(json.type).toBe("FeatureCollection");
        expect(json).not.toHaveProperty("crs");
        expect(json.licence).toContain("Licence Ouverte");
        expect(json.attribution).toContain("GeoNames");
        expect(json.features.length).toBeGreaterThan(0);
        const ids = json.features.map((feature) => feature.id);
        expect(ids.every((id) => typeof id === "string" && UUID.test(id))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        for (const feature of json.features) {
          expect(feature.geometry.type).toBe("Point");
          expect(feature.geometry.coordinates).toHaveLength(2);
          expect(feature.geometry.coordinates.every((value) => typeof value === "number" && Number.isFinite(value))).toBe(true);
        }
        if (type === "organisations") {
          // Rennes is at about 1.68° W, 48.11° N: longitude first.
          const rennesFeature = json.features.find((feature) => feature.id === organisationId)!;
          expect(rennesFeature.geometry.coordinates).toEqual([Number(rennes.lon.toFixed(6)), Number(rennes.lat.toFixed(6))]);
          expect(rennesFeature.geometry.coordinates[0]).toBeLessThan(0);
        }
      }
    });
  });

  it("gives each catalyst its coverage with territory names", async () => {
    const body = await text(streamGeoJsonExport(handle.db, "catalysts", PUBLIC_URL));
    const json = JSON.parse(body) as { features: { properties: { coverage: { kind: string; code: string; name: string | null }[] } }[] };
    const covered = json.features.filter((feature) => feature.properties.coverage.length > 0);
    expect(covered.length).toBeGreaterThan(json.features.length / 2);
    expect(covered[0]!.properties.coverage[0]).toMatchObject({
      kind: expect.stringMatching(/^(commune|intercommunality|departement)$/),
      code: expect.any(String),
      name: expect.any(String),
    });
  });
});

describe("HSDS open data", () => {
  it("has the fields HSDS requires, links that resolve, only published organisations and open offers, and its licence", async () => {
    await withRollback(handle.db, async (tx) => {
      const { organisationId } = await seedPersonalData(tx);
      const body = await text(streamHsdsExport(tx, PUBLIC_URL, new Date("2026-11-15T12:00:00Z")));
      const json = JSON.parse(body) as {
        hsds_version: string;
        license: { name: string; url: string };
        attribution: string;
        generated_at: string;
        organizations: {
          id: string;
          name: string;
          description: string;
          uri: string;
          organization_identifiers: { id: string; identifier_type: string; identifier: string }[];
        }[];
        locations: { id: string; location_type: string; organization_id: string; latitude: number; longitude: number }[];
        services: {
          id: string;
          organization_id: string;
          name: string;
          status: string;
          service_at_locations: { id: string; service_id: string; location_id: string }[];
          attributes: { taxonomy_term: { id: string; name: string; description: string } }[];
        }[];
      };
      expect(json.hsds_version).toBe("3.0");
      expect(json.license.name).toContain("Licence Ouverte");
      expect(json.attribution).toContain("Alliances");
      expect(json.generated_at).toBe("2026-11-15T12:00:00.000Z");

      const [published] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM organisations WHERE status = 'published'`);
      expect(json.organizations).toHaveLength(published!.count);
      for (const organization of json.organizations) {
        expect(organization.id).toMatch(UUID);
        expect(organization.name.length).toBeGreaterThan(0);
        expect(organization.description.length).toBeGreaterThan(0);
        for (const identifier of organization.organization_identifiers) {
          expect(identifier.id).toMatch(UUID);
          expect(identifier.identifier_type.length).toBeGreaterThan(0);
          expect(identifier.identifier.length).toBeGreaterThan(0);
        }
      }
      const organizationIds = new Set(json.organizations.map((organization) => organization.id));
      expect(organizationIds.size).toBe(json.organizations.length);

      expect(json.locations).toHaveLength(json.organizations.length);
      const locationIds = new Set<string>();
      for (const location of json.locations) {
        expect(location.id).toMatch(UUID);
        expect(location.location_type).toBe("physical");
        expect(organizationIds.has(location.organization_id)).toBe(true);
        expect(location.latitude).toBeGreaterThanOrEqual(-90);
        expect(location.latitude).toBeLessThanOrEqual(90);
        expect(location.longitude).toBeGreaterThanOrEqual(-180);
        expect(location.longitude).toBeLessThanOrEqual(180);
        locationIds.add(location.id);
      }
      expect(locationIds.size).toBe(json.locations.length);

      const [openOffers] = await queryRows<{ count: number }>(
        tx,
        sql`SELECT count(*)::int AS count FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id WHERE o.status = 'published' AND n.direction = 'offer' AND n.status = 'open'`,
      );
      expect(json.services).toHaveLength(openOffers!.count);
      for (const service of json.services) {
        expect(service.id).toMatch(UUID);
        expect(organizationIds.has(service.organization_id)).toBe(true);
        expect(service.name.length).toBeGreaterThan(0);
        expect(["active", "inactive", "defunct", "temporarily closed"]).toContain(service.status);
        for (const link of service.service_at_locations) {
          expect(link.service_id).toBe(service.id);
          expect(locationIds.has(link.location_id)).toBe(true);
        }
        expect(service.attributes[0]!.taxonomy_term.name.length).toBeGreaterThan(0);
      }
      const ours = json.services.filter((service) => service.organization_id === organisationId).map((service) => service.name);
      expect(ours).toEqual(["Une salle de réunion"]);
      expect(body).not.toContain(SECRETS.draftName);
    });
  });
});

describe("no personal data in exports", () => {
  it("no public export nor admin file holds a contact person, a catalyst's contact (published or not) or a user", async () => {
    await withRollback(handle.db, async (tx) => {
      const { admin } = await seedPersonalData(tx);
      const files: Record<string, string> = {
        "geojson organisations": await text(streamGeoJsonExport(tx, "organisations", PUBLIC_URL)),
        "geojson catalysts": await text(streamGeoJsonExport(tx, "catalysts", PUBLIC_URL)),
        hsds: await text(streamHsdsExport(tx, PUBLIC_URL)),
      };
      for (const file of ADMIN_EXPORT_FILES) files[`admin ${file}`] = await text(adminExport(tx, admin, file).chunks);
      const leaks: string[] = [];
      for (const [file, body] of Object.entries(files)) {
        expect(body.length, file).toBeGreaterThan(100);
        for (const [what, secret] of Object.entries(SECRETS)) if (body.includes(secret)) leaks.push(`${file}: ${what}`);
        if (/@[a-z0-9-]+\.example/i.test(body)) leaks.push(`${file}: an e-mail address`);
      }
      expect(leaks).toEqual([]);
      // The seeded rows are in the files (the test would prove nothing otherwise).
      expect(files["hsds"]).toContain("Une salle de réunion");
      expect(files["geojson catalysts"]).toContain("Catalyseur ouvert");
      expect(files["admin organisations.csv"]).toContain("open-data-test-published");
    });
  });
});

describe("admin exports", () => {
  it("are refused to anonymous visitors and to signed-in non-admins, before any row is read", async () => {
    await withRollback(handle.db, async (tx) => {
      const { member } = await seedPersonalData(tx);
      const catalystStaff: Viewer = { ...member, catalysts: [{ catalystId: "00000000-0000-0000-0000-000000000000", slug: "x", name: "x" }] };
      for (const viewer of [null, member, catalystStaff]) {
        for (const file of ADMIN_EXPORT_FILES) expect(() => adminExport(tx, viewer, file)).toThrow(ForbiddenError);
        await expect(adminExportCounts(tx, viewer)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });
  });

  it("write CSV for French spreadsheets: BOM, semicolons, quoted fields, one row per published organisation", async () => {
    await withRollback(handle.db, async (tx) => {
      const { admin } = await seedPersonalData(tx);
      const csv = await text(adminExport(tx, admin, "organisations.csv", new Date("2026-11-15T12:00:00Z")).chunks);
      expect(csv.startsWith("\uFEFFid;slug;name;kind;")).toBe(true);
      expect(csv).toContain(';open-data-test-published;"Café ""Le Point""; virgule";association;');
      expect(csv).toContain('"Une ligne\net une autre"');
      expect(csv).toMatch(/;funding;premises;3;/);
      expect(csv).not.toContain("open-data-test-draft");
      const counts = await adminExportCounts(tx, admin);
      // Header + one CRLF-ended line per organisation (a quoted line break is LF only).
      expect(csv.split("\r\n").length - 2).toBe(counts.organisations);

      const needsOffersCsv = await text(adminExport(tx, admin, "needs-offers.csv").chunks);
      expect(needsOffersCsv.split("\r\n").length - 2).toBe(counts.needsOffers);
      const catalystsCsv = await text(adminExport(tx, admin, "catalysts.csv").chunks);
      expect(catalystsCsv.split("\r\n").length - 2).toBe(counts.catalysts);
      expect(catalystsCsv.split("\r\n")[0]).toContain("coverage_departements;coverage_intercommunalities;coverage_communes");
    });
  });

  it("write JSON with organisations' needs and offers and catalysts' coverage", async () => {
    await withRollback(handle.db, async (tx) => {
      const { admin, organisationId } = await seedPersonalData(tx);
      const download = adminExport(tx, admin, "organisations.json", new Date("2026-11-15T12:00:00Z"));
      expect(download.filename).toBe("alliances-organisations-2026-11-15.json");
      const json = JSON.parse(await text(download.chunks)) as {
        exportedAt: string;
        organisations: { id: string; latitude: number; needsOffers: { title: string; status: string }[] }[];
      };
      const ours = json.organisations.find((organisation) => organisation.id === organisationId)!;
      expect(ours.needsOffers.map((item) => [item.title, item.status]).sort()).toEqual([
        ["Financer un local", "open"],
        ["Offre close", "closed"],
        ["Une salle de réunion", "open"],
      ]);
      const catalystsJson = JSON.parse(await text(adminExport(tx, admin, "catalysts.json").chunks)) as { catalysts: { coverage: unknown[] }[] };
      expect(catalystsJson.catalysts.some((catalyst) => catalyst.coverage.length > 0)).toBe(true);
    });
  });
});
