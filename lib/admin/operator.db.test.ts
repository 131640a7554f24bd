import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { listActiveAdmins, setAdminFromCommandLine } from "./operator";
import { InvalidInputError, NotFoundError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("naming administrators from the command line", () => {
  it("creates the account when needed, changes nothing twice, revokes, and audits each change as the command line", async () => {
    await withRollback(handle.db, async (tx) => {
      expect(await listActiveAdmins(tx)).toEqual(["admin@alliances.example"]);
      expect(await setAdminFromCommandLine(tx, " Premiere.Admin@Reseau.example ", true)).toEqual({
        email: "premiere.admin@reseau.example",
        created: true,
        changed: true,
      });
      expect(await setAdminFromCommandLine(tx, "premiere.admin@reseau.example", true)).toEqual({
        email: "premiere.admin@reseau.example",
        created: false,
        changed: false,
      });
      expect(await listActiveAdmins(tx)).toEqual(["admin@alliances.example", "premiere.admin@reseau.example"]);
      expect(await setAdminFromCommandLine(tx, "admin@alliances.example", false)).toMatchObject({ changed: true });
      expect(await listActiveAdmins(tx)).toEqual(["premiere.admin@reseau.example"]);
      await expect(setAdminFromCommandLine(tx, "personne@nulle-part.example", false)).rejects.toThrow(NotFoundError);
      await expect(setAdminFromCommandLine(tx, "pas une adresse", true)).rejects.toThrow(InvalidInputError);
      const [created] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "premiere.admin@reseau.example"));
      const audit = await tx
        .select({ actor: auditLog.actorUserId, action: auditLog.action, changes: auditLog.changes })
        .from(auditLog)
        .where(eq(auditLog.entityId, created!.id));
      expect(audit).toEqual([{ actor: null, action: "user.grant_admin", changes: { via: "cli", accountCreated: true } }]);
    });
  });
});
