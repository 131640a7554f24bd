// SQL fragments for geo queries that run unchanged on PGlite and Postgres (no PostGIS): a bounding box on the
// indexed planar `geo` column, and the haversine distance in km for exact filtering and sorting.
import { sql, type SQL } from "drizzle-orm";
import { EARTH_RADIUS_KM, LONGITUDE_SCALE, planarBoxesAround, type LatLon, type PlanarBox } from "./distance";

/** A point in the planar space of the `geo` columns, for K-nearest ordering (`geo <-> point`). */
export const planarPoint = (point: LatLon): SQL => sql`point(${point.lon * LONGITUDE_SCALE}::float8, ${point.lat}::float8)`;

const planarBox = (box: PlanarBox): SQL => sql`box(point(${box.minX}::float8, ${box.minY}::float8), point(${box.maxX}::float8, ${box.maxY}::float8))`;

/** `column` inside any of the planar boxes (GiST-indexed). */
export const inAnyBox = (column: SQL, boxes: PlanarBox[]): SQL =>
  sql.join(
    boxes.map((box) => sql`${column} <@ ${planarBox(box)}`),
    sql` OR `,
  );

/** `alias.geo` inside the planar box(es) holding every point within `radiusKm` of `center` (GiST-indexed). */
export function geoWithinRadiusBox(alias: string, center: LatLon, radiusKm: number): SQL {
  const boxes = planarBoxesAround(center, radiusKm).map(
    (box) => sql`${sql.raw(alias)}.geo <@ box(point(${box.minX}, ${box.minY}), point(${box.maxX}, ${box.maxY}))`,
  );
  return sql`(${sql.join(boxes, sql` OR `)})`;
}

/** Great-circle distance in km between `alias`.lat/lon and a point. */
export function haversineKmSql(alias: string, center: LatLon): SQL {
  const a = sql.raw(alias);
  return sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${a}.lat - ${center.lat}::float8) / 2), 2)
    + cos(radians(${center.lat}::float8)) * cos(radians(${a}.lat)) * power(sin(radians(${a}.lon - ${center.lon}::float8) / 2), 2)
  ))))`;
}

/** A text[] literal from values, as bound parameters (drizzle would otherwise spread an array into a list). */
export function textArray(values: readonly (string | number)[]): SQL {
  if (values.length === 0) return sql`ARRAY[]::text[]`;
  return sql`ARRAY[${sql.join(
    values.map((value) => sql`${String(value)}`),
    sql`, `,
  )}]::text[]`;
}
