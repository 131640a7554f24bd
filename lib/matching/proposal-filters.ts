// Narrowing partner proposals as the proposals page offers it: by actor kind, by the resource exchanged, by distance,
// and a page at a time ("see more" adds one), all read from the URL so that it works without JavaScript. Pure.
import { ACTOR_KINDS, RESOURCE_KINDS, type ActorKind, type ResourceKind } from "@/lib/shared/vocabulary";

export const PROPOSALS_PAGE_SIZE = 10;
/** The most a list shows: the member's list is 50 long (lib/matching/proposals.ts). */
export const PROPOSALS_MAX_SHOWN = 50;
export const DISTANCE_CHOICES_KM = [5, 10, 20, 30, 50] as const;

export interface ProposalFilters {
  kind: ActorKind | null;
  resourceKind: ResourceKind | null;
  maxKm: number | null;
  /** How many cards to show: a multiple of the page size. */
  shown: number;
}

export interface FilterableProposal {
  kind: ActorKind;
  resourceKinds: readonly ResourceKind[];
  distanceKm: number;
}

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The filters a URL asks for; anything unknown is ignored rather than refused (a hand-edited link still shows a list). */
export function parseProposalFilters(query: Query): ProposalFilters {
  const kind = first(query.kind);
  const resourceKind = first(query.resource);
  const maxKm = Number(first(query.km));
  const shown = Number.parseInt(first(query.shown) ?? "", 10);
  return {
    kind: ACTOR_KINDS.includes(kind as ActorKind) ? (kind as ActorKind) : null,
    resourceKind: RESOURCE_KINDS.includes(resourceKind as ResourceKind) ? (resourceKind as ResourceKind) : null,
    maxKm: DISTANCE_CHOICES_KM.includes(maxKm as (typeof DISTANCE_CHOICES_KM)[number]) ? maxKm : null,
    shown: Number.isFinite(shown)
      ? Math.min(PROPOSALS_MAX_SHOWN, Math.max(PROPOSALS_PAGE_SIZE, Math.ceil(shown / PROPOSALS_PAGE_SIZE) * PROPOSALS_PAGE_SIZE))
      : PROPOSALS_PAGE_SIZE,
  };
}

export function filterProposals<T extends FilterableProposal>(proposals: readonly T[], filters: ProposalFilters): T[] {
  return proposals.filter(
    (proposal) =>
      (!filters.kind || proposal.kind === filters.kind) &&
      (!filters.resourceKind || proposal.resourceKinds.includes(filters.resourceKind)) &&
      (filters.maxKm === null || proposal.distanceKm <= filters.maxKm),
  );
}

/** The choices worth offering: the actor kinds and resources present in the list, in the vocabulary's order. */
export function filterChoices(proposals: readonly FilterableProposal[]): { kinds: ActorKind[]; resourceKinds: ResourceKind[] } {
  return {
    kinds: ACTOR_KINDS.filter((kind) => proposals.some((proposal) => proposal.kind === kind)),
    resourceKinds: RESOURCE_KINDS.filter((kind) => proposals.some((proposal) => proposal.resourceKinds.includes(kind))),
  };
}

/** The URL's query for these filters (and the focus), leaving out defaults so that the plain page keeps its plain URL. */
export function proposalFiltersQuery(filters: ProposalFilters, focusId: string | null | undefined): string {
  const params = new URLSearchParams();
  if (focusId) params.set("focus", focusId);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.resourceKind) params.set("resource", filters.resourceKind);
  if (filters.maxKm !== null) params.set("km", String(filters.maxKm));
  if (filters.shown > PROPOSALS_PAGE_SIZE) params.set("shown", String(filters.shown));
  const query = params.toString();
  return query ? `?${query}` : "";
}
