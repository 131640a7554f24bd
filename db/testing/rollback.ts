// Runs a test body in a transaction that is always rolled back, so tests can write to a database that other test
// files of the same lane share.
import { TransactionRollbackError } from "drizzle-orm/errors";
import type { Database, Transaction } from "../client";

export async function withRollback(db: Database, body: (tx: Transaction) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await body(tx);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
