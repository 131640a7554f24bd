// The objects the access tests use, taken from the demo data (the same fixed seed the server loads): the
// member's organisation and its catalyst, organisations in every status, a catalyst elsewhere, the demo users.
// What the demo lacks (introductions, join requests) the spec creates through the app itself.
import { generateDemoNetwork } from "../../db/seed/demo-network";
import { readTerritoriesData } from "../../db/seed/territories-data";
import type { Role } from "./matrix";

export interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
  communeCode: string;
  siren: string | null;
  siret: string | null;
  rna: string | null;
}

export interface Fixtures {
  /** Owned by the member (membre@), in the covering catalyst's territory. */
  memberOrganisation: OrganisationRef;
  /** Owned by the other member (membre2@), in the same territory: the target of the member's introductions. */
  otherOrganisation: OrganisationRef;
  /** Pending organisations of the covering catalyst's territory, outside the other catalyst's. */
  pendingOrganisation: OrganisationRef;
  pendingOrganisations: OrganisationRef[];
  draftOrganisation: OrganisationRef;
  suspendedOrganisation: OrganisationRef;
  /** Published organisations of that territory with no members, to request introductions to. */
  spareOrganisations: OrganisationRef[];
  /** Staffed by catalyseur@, covers the organisations above. */
  catalyst: { id: string; slug: string };
  /** Staffed by catalyseur2@, covers none of them. */
  otherCatalyst: { id: string; slug: string };
  users: Record<Exclude<Role, "anonymous">, string>;
  /** An open need or offer of the member's organisation. */
  memberItem: string;
  // Created by the spec through the app:
  acceptedIntroduction: string;
  submittedIntroduction: string;
  /** An accepted demo introduction that no catalyst handles: the admins stand in for one. */
  adminIntroduction: string;
  /** For the roles that may forward: an introduction each, for the server action and for the API. */
  forwardable: Partial<Record<Role, string>>;
  forwardableByApi: Partial<Record<Role, string>>;
  /** Requests to join the member's organisation, for the roles that may decide them. */
  joinRequests: Partial<Record<Role, string>>;
  // Written into the database before the server starts:
  /** Each signed-in role's own request to join an ownerless organisation of the covering catalyst's territory. */
  ownJoinRequests: Partial<Record<Role, string>>;
  /** Newcomers' requests to join that ownerless organisation, one for each role that may decide them. */
  ownerlessJoinRequests: Partial<Record<Role, string>>;
  /** A pending organisation of the territory that catalyseur@ registered itself (it owns it). */
  ownPendingOrganisation: OrganisationRef;
  /** Forwarded to the other member's organisation by an organisation that has since been suspended. */
  suspendedRequesterIntroduction: string;
  /** Recent changes of published profiles of the territory, one for each role that may revert one. */
  profileChanges: Partial<Record<Role, { id: number; organisationId: string }>>;
}

export const ROLE_EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  member: "membre@alliances.example",
  otherMember: "membre2@alliances.example",
  catalyst: "catalyseur@alliances.example",
  otherCatalyst: "catalyseur2@alliances.example",
  admin: "admin@alliances.example",
};

export type DemoFixtures = Omit<
  Fixtures,
  | "acceptedIntroduction"
  | "submittedIntroduction"
  | "adminIntroduction"
  | "forwardable"
  | "forwardableByApi"
  | "joinRequests"
  | "ownJoinRequests"
  | "ownerlessJoinRequests"
  | "ownPendingOrganisation"
  | "suspendedRequesterIntroduction"
  | "profileChanges"
>;

export function demoFixtures(): DemoFixtures {
  const territories = readTerritoriesData();
  const demo = generateDemoNetwork(territories);
  const communes = new Map(territories.communes.map((commune) => [commune.code, commune]));
  const userId = (email: string) => demo.users.find((user) => user.email === email)!.id;
  const ref = (organisation: (typeof demo.organisations)[number]): OrganisationRef => ({
    id: organisation.id,
    slug: organisation.slug!,
    name: organisation.name,
    communeCode: organisation.communeCode,
    siren: organisation.siren ?? null,
    siret: organisation.siret ?? null,
    rna: organisation.rna ?? null,
  });
  const organisationOf = (email: string) => {
    const membership = demo.memberships.find((item) => item.userId === userId(email))!;
    return demo.organisations.find((organisation) => organisation.id === membership.organisationId)!;
  };
  const catalystOf = (email: string) => {
    const staff = demo.catalystStaff.find((item) => item.userId === userId(email))!;
    return demo.catalysts.find((catalyst) => catalyst.id === staff.catalystId)!;
  };
  const covers = (catalystId: string, communeCode: string) => {
    const commune = communes.get(communeCode);
    return demo.coverage.some(
      (item) =>
        item.catalystId === catalystId &&
        ((item.territoryKind === "commune" && item.territoryCode === communeCode) ||
          (item.territoryKind === "intercommunality" && (item.territoryCode === commune?.epciCode || item.territoryCode === commune?.eptCode)) ||
          (item.territoryKind === "departement" && item.territoryCode === commune?.departementCode)),
    );
  };
  const member = organisationOf(ROLE_EMAILS.member);
  const other = organisationOf(ROLE_EMAILS.otherMember);
  const catalyst = catalystOf(ROLE_EMAILS.catalyst);
  const otherCatalyst = catalystOf(ROLE_EMAILS.otherCatalyst);
  // Requests go to the most local catalyst covering the target: keep away from communes a city catalyst covers.
  const cityCovered = new Set(demo.coverage.filter((item) => item.territoryKind === "commune").map((item) => item.territoryCode));
  const introduced = new Set(demo.introductions.flatMap((item) => [item.requesterOrganisationId, item.targetOrganisationId]));
  const members = new Set(demo.memberships.map((item) => item.organisationId));
  const inTerritory = (status: string) =>
    demo.organisations.filter(
      (organisation) => organisation.status === status && covers(catalyst.id, organisation.communeCode) && !covers(otherCatalyst.id, organisation.communeCode),
    );
  const spare = inTerritory("published").filter(
    (organisation) => !members.has(organisation.id) && !introduced.has(organisation.id) && !cityCovered.has(organisation.communeCode),
  );
  const memberItem = demo.needsOffers.find((item) => item.organisationId === member.id && (item.status ?? "open") === "open")!;
  const pending = inTerritory("pending");
  return {
    memberOrganisation: ref(member),
    otherOrganisation: ref(other),
    pendingOrganisation: ref(pending[0]!),
    pendingOrganisations: pending.map(ref),
    draftOrganisation: ref(inTerritory("draft")[0]!),
    suspendedOrganisation: ref(inTerritory("suspended")[0]!),
    spareOrganisations: spare.slice(0, 12).map(ref),
    catalyst: { id: catalyst.id, slug: catalyst.slug! },
    otherCatalyst: { id: otherCatalyst.id, slug: otherCatalyst.slug! },
    users: {
      member: userId(ROLE_EMAILS.member),
      otherMember: userId(ROLE_EMAILS.otherMember),
      catalyst: userId(ROLE_EMAILS.catalyst),
      otherCatalyst: userId(ROLE_EMAILS.otherCatalyst),
      admin: userId(ROLE_EMAILS.admin),
    },
    memberItem: memberItem.id!,
  };
}
