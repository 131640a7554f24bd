// The demo network the e2e server loads (fixed seed), generated again here so journeys can name its people and
// organisations without asking the server.
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";

export const demo = generateDemoNetwork(readTerritoriesData());

/** The organisation a demo user is a member of. */
export function organisationOf(email: string) {
  const user = demo.users.find((item) => item.email === email)!;
  return demo.organisations.find((organisation) => organisation.id === demo.memberships.find((item) => item.userId === user.id)!.organisationId)!;
}
