// What every open-data download says about itself: licence, attribution, publisher, how often it changes.
// Pure module: the downloads, the /open-data page and the OpenAPI description read the same words.

export const OPEN_DATA_LICENCE = {
  name: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};

export const OPEN_DATA_PUBLISHER = "Alliances — réseau des catalyseurs territoriaux";

/** The mention reusers must keep (Licence Ouverte: "paternité"), with the sources the positions come from. */
export const OPEN_DATA_ATTRIBUTION =
  "Alliances — réseau des catalyseurs territoriaux. Positions des communes : GeoNames (CC BY 4.0) ; territoires : INSEE COG / DGCL (Licence Ouverte).";

/** The downloads are built from the live database at each request; intermediate caches keep them 5 minutes. */
export const OPEN_DATA_MAX_AGE_SECONDS = 300;

/** The members the GeoJSON and HSDS files carry at their top level. */
export const OPEN_DATA_NOTICE = {
  licence: OPEN_DATA_LICENCE.name,
  licenceUrl: OPEN_DATA_LICENCE.url,
  attribution: OPEN_DATA_ATTRIBUTION,
};

/** A stored download is rebuilt at most this often after changes, however often the directory changes. */
export const REBUILD_AFTER_MS = 3 * 60_000;
