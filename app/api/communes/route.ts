// Commune autocomplete: by name (accents and a typo tolerated, a département or postcode after it narrowing it),
// postcode or its beginning, or INSEE code.
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { communeSearchSchema } from "@/lib/catalysts/finder-query";
import { getDatabase } from "@/lib/server/db";
import { searchPlaces } from "@/lib/territories/territories";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Adresse mal encodée / malformed URL", [{ parameter: "(query)", message: "encodage invalide / invalid encoding" }]);
  const parsed = parseQuery(communeSearchSchema, params);
  if (!parsed.ok) return parsed.response;
  const { communes } = await searchPlaces(await getDatabase(), parsed.data.q, parsed.data.limit);
  return Response.json(
    {
      communes: communes.map((commune) => ({
        code: commune.code,
        name: commune.name,
        postcodes: commune.postcodes,
        population: commune.population,
        departementCode: commune.departementCode,
        departementName: commune.departementName,
        regionCode: commune.regionCode,
        regionName: commune.regionName,
        epciCode: commune.epciCode,
        epciName: commune.epciName,
        lat: commune.lat,
        lon: commune.lon,
        precision: commune.precision,
      })),
    },
    // Reference data that changes once a year.
    { headers: { "Cache-Control": "public, max-age=3600" } },
  );
});
