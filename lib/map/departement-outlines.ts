// Which départements the offline outlines (public/map/departements.geojson, Natural Earth admin-1) can draw: the
// mainland and Corsica, and the five overseas départements. The overseas collectivités have none. Pure: pages use
// it to say on the server what the map will show, e.g. in a legend.

const OVERSEAS_WITH_OUTLINES = new Set(["971", "972", "973", "974", "976"]);

export function hasDepartementOutline(code: string): boolean {
  return /^(\d{2}|2[AB])$/.test(code) ? code !== "20" : OVERSEAS_WITH_OUTLINES.has(code);
}
