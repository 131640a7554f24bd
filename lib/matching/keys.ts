// The retrieval by fit's vocabulary (migration 0019, table match_keys): what an open need or offer meets, as a small
// number (direction, resource kind, theme), and where it sits, as a grid cell of 0.2 planar degrees (about 22 km).
// The SQL functions f_match_key and f_match_cell compute the same numbers; a db test compares them for every value.
import { LONGITUDE_SCALE } from "@/lib/geo/distance";
import { RESOURCE_KINDS, THEMES, type NeedOfferDirection, type ResourceKind, type Theme } from "@/lib/shared/vocabulary";

export const KM_PER_DEGREE = 111.195;
export const MATCH_CELL_DEGREES = 0.2;
const CELL_OFFSET = 2_000;
const CELL_ROW = 4_000;

export function matchKey(direction: NeedOfferDirection, kind: ResourceKind, theme: Theme): number {
  return (direction === "need" ? 0 : 1) * 1024 + (RESOURCE_KINDS.indexOf(kind) + 1) * 32 + (THEMES.indexOf(theme) + 1);
}

/** The direction and resource kind of a key, without its theme: two keys of one item share it. */
export const keyItem = (key: number) => Math.floor(key / 32);
export const isOfferKey = (key: number) => key >= 1024;

export function matchCell(lat: number, lon: number): number {
  return (Math.floor((lon * LONGITUDE_SCALE) / MATCH_CELL_DEGREES) + CELL_OFFSET) * CELL_ROW + (Math.floor(lat / MATCH_CELL_DEGREES) + CELL_OFFSET);
}

/** Every cell a circle of `radiusKm` around a place touches (a few cells at 30 km, a few hundred at 200 km). */
export function cellsWithin(lat: number, lon: number, radiusKm: number): number[] {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
  const x0 = Math.floor(((lon - dLon) * LONGITUDE_SCALE) / MATCH_CELL_DEGREES);
  const x1 = Math.floor(((lon + dLon) * LONGITUDE_SCALE) / MATCH_CELL_DEGREES);
  const y0 = Math.floor((lat - dLat) / MATCH_CELL_DEGREES);
  const y1 = Math.floor((lat + dLat) / MATCH_CELL_DEGREES);
  const cells: number[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cells.push((x + CELL_OFFSET) * CELL_ROW + (y + CELL_OFFSET));
  return cells;
}

interface KeyedResource {
  resourceKind: ResourceKind;
  themes: readonly Theme[];
}

/** The keys a need or offer is found under: one per theme (its own, else its organisation's). */
export function keysOfItem(direction: NeedOfferDirection, item: KeyedResource, organisationThemes: readonly Theme[]): number[] {
  const themes = item.themes.length ? item.themes : organisationThemes;
  return [...new Set(themes.map((theme) => matchKey(direction, item.resourceKind, theme)))];
}

/**
 * The keys of the candidates that would meet a subject: offers under its needs' themes, needs under its offers'
 * themes. With a focus, only that item's.
 */
export function wantedKeys(
  subject: { themes: readonly Theme[]; needs: readonly KeyedResource[]; offers: readonly KeyedResource[] },
  focus?: { direction: NeedOfferDirection; resource: KeyedResource },
): number[] {
  const wanted = focus
    ? keysOfItem(focus.direction === "need" ? "offer" : "need", focus.resource, subject.themes)
    : [
        ...subject.needs.flatMap((need) => keysOfItem("offer", need, subject.themes)),
        ...subject.offers.flatMap((offer) => keysOfItem("need", offer, subject.themes)),
      ];
  return [...new Set(wanted)].sort((a, b) => a - b);
}

/** The coarse fit the retrieval orders by: kinds of need met (counted twice), kinds of offer taken, both ways. */
export function coarseFit(keys: readonly number[]): { incoming: number; outgoing: number; rank: number } {
  const items = new Set(keys.map(keyItem));
  let incoming = 0;
  for (const item of items) if (isOfferKey(item * 32)) incoming++;
  const outgoing = items.size - incoming;
  return { incoming, outgoing, rank: 2 * incoming + outgoing + (incoming > 0 && outgoing > 0 ? 1 : 0) };
}
