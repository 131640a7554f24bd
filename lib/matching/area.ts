// The local territory of a commune for matching's proximity bonus: the EPT in the Grand Paris, else the
// intercommunality unless it is a métropole (tens of communes, a whole conurbation: "same intercommunality" says
// nothing there), else the commune itself, unless it is a city of its own. Pure: the data layer and the evaluation both use it.
import type { IntercommunalityKind } from "@/lib/shared/vocabulary";
import type { LocalAreaKind } from "./score";

const CONURBATION_KINDS = new Set<IntercommunalityKind>(["METRO", "MET69"]);

/**
 * A commune this populous is a city of its own (Paris, Marseille, Lyon, Toulouse, Nice…): being "in the same
 * commune" there says no more than being in the same métropole, so it earns no bonus (distance still counts).
 */
export const CITY_SCALE_POPULATION = 150_000;

export function localAreaOf(
  commune: { code: string; epciCode: string | null; eptCode: string | null; population?: number | null } | undefined,
  communeCode: string,
  epciKind: IntercommunalityKind | null | undefined,
): { areaCode: string | null; areaKind: LocalAreaKind } {
  if (commune?.eptCode) return { areaCode: commune.eptCode, areaKind: "ept" };
  if (commune?.epciCode && !(epciKind && CONURBATION_KINDS.has(epciKind))) return { areaCode: commune.epciCode, areaKind: "epci" };
  return { areaCode: (commune?.population ?? 0) >= CITY_SCALE_POPULATION ? null : communeCode, areaKind: "commune" };
}
