// Reads db/seed/data/territories.json (written by build-territories.ts) into typed objects.
// No database code here: the seed, the tests and any tooling can share it.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { IntercommunalityKind, PointPrecision } from "../../lib/shared/vocabulary";

export interface Region {
  code: string;
  name: string;
  chefLieuCode: string;
}

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
  chefLieuCode: string;
}

/** An EPCI or one of the Grand Paris EPT, identified by its SIREN. */
export interface Intercommunality {
  code: string;
  name: string;
  kind: IntercommunalityKind;
  population: number | null;
}

export interface Commune {
  code: string;
  name: string;
  postcodes: string[];
  population: number | null;
  siren: string | null;
  departementCode: string;
  regionCode: string;
  epciCode: string | null;
  eptCode: string | null;
  lat: number;
  lon: number;
  precision: PointPrecision;
}

export interface TerritoriesData {
  version: 1;
  generatedFrom: { decoupage: string; geonames: string };
  regions: Region[];
  departements: Departement[];
  intercommunalities: Intercommunality[];
  communes: Commune[];
}

// Aliases for modules that also import db/schema, whose inferred row types use the same short names.
export type TerritoryRegion = Region;
export type TerritoryDepartement = Departement;
export type TerritoryIntercommunality = Intercommunality;
export type TerritoryCommune = Commune;

type RegionRow = [string, string, string];
type DepartementRow = [string, string, string, string];
type IntercommunalityRow = [string, string, IntercommunalityKind, number | null];
type CommuneRow = [string, string, string, number | null, string | null, string, string, string | null, string | null, number, number, PointPrecision];

interface TerritoriesFile {
  version: number;
  generatedFrom: { decoupage: string; geonames: string };
  regions: RegionRow[];
  departements: DepartementRow[];
  intercommunalities: IntercommunalityRow[];
  communes: CommuneRow[];
}

/** Absolute path of the data file, resolved from this module so scripts and tests run from any directory. */
export const TERRITORIES_FILE = fileURLToPath(new URL("./data/territories.json", import.meta.url));

export function readTerritoriesData(): TerritoriesData {
  const file = JSON.parse(readFileSync(TERRITORIES_FILE, "utf8")) as TerritoriesFile;
  // The rows are positional, so a file from another format version would be read into the wrong fields.
  if (file.version !== 1) throw new Error(`${TERRITORIES_FILE}: unsupported version ${file.version}`);
  return {
    version: 1,
    generatedFrom: file.generatedFrom,
    regions: file.regions.map(([code, name, chefLieuCode]) => ({ code, name, chefLieuCode })),
    departements: file.departements.map(([code, name, regionCode, chefLieuCode]) => ({
      code,
      name,
      regionCode,
      chefLieuCode,
    })),
    intercommunalities: file.intercommunalities.map(([code, name, kind, population]) => ({
      code,
      name,
      kind,
      population,
    })),
    communes: file.communes.map((row) => {
      const [code, name, postcodes, population, siren, departementCode, regionCode, epciCode, eptCode, lat, lon] = row;
      const precision = row[11];
      return {
        code,
        name,
        postcodes: postcodes === "" ? [] : postcodes.split(" "),
        population,
        siren,
        departementCode,
        regionCode,
        epciCode,
        eptCode,
        lat,
        lon,
        precision,
      };
    }),
  };
}
