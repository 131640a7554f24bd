// The outline drawn around a catalyst's covered communes when no département outline says it: their points' convex
// hull, pushed out a little so that the edge communes' points sit inside it rather than on it. Communes have no
// outlines here (only reference points), so this is an approximate shape, and the map's legend says so.

/** [lon, lat] points; the hull counter-clockwise, without repeating its first point. Fewer than 3 distinct: none. */
export function convexHull(points: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...new Map(points.map(([lon, lat]) => [`${lon},${lat}`, [lon, lat] as [number, number]])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (sorted.length < 3) return [];
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, point) <= 0) lower.pop();
    lower.push(point);
  }
  const upper: [number, number][] = [];
  for (const point of [...sorted].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) <= 0) upper.pop();
    upper.push(point);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  return hull.length >= 3 ? hull : [];
}

/** Each corner moved away from the hull's centre by about `km` (longitudes shrink with latitude). */
export function padHull(hull: readonly (readonly [number, number])[], km: number): [number, number][] {
  if (!hull.length) return [];
  const centre = hull.reduce((sum, [lon, lat]) => [sum[0] + lon / hull.length, sum[1] + lat / hull.length], [0, 0]);
  const kmPerDegreeLat = 111.32;
  const kmPerDegreeLon = kmPerDegreeLat * Math.cos((centre[1] * Math.PI) / 180);
  return hull.map(([lon, lat]) => {
    const dx = (lon - centre[0]) * kmPerDegreeLon;
    const dy = (lat - centre[1]) * kmPerDegreeLat;
    const length = Math.hypot(dx, dy) || 1;
    return [lon + ((dx / length) * km) / kmPerDegreeLon, lat + ((dy / length) * km) / kmPerDegreeLat];
  });
}
