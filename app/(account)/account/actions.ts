"use server";
// Actions on one's own account. Each checks the session itself (public endpoints by nature).
import { redirect } from "next/navigation";
import { deleteOwnAccount } from "@/lib/accounts/accounts";
import { signOut } from "@/lib/auth/auth";
import { getDatabase } from "@/lib/server/db";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export interface DeleteAccountState {
  confirmation: string;
  error?: string;
}

export async function deleteAccountAction(_previous: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  assertState(_previous);
  assertFormData(formData);
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  const confirmation = String(formData.get("confirmation") ?? "")
    .trim()
    .slice(0, 300);
  // lib checks the typed address against the account's: nothing is deleted without it.
  if ((await deleteOwnAccount(await getDatabase(), viewer, confirmation)) === "unconfirmed") {
    return { confirmation, error: getAccountMessages(await getLocale()).account.deleteMismatch };
  }
  // The session row is gone with the user; clear the cookie too.
  await signOut({ redirectTo: "/?account=deleted" });
  return { confirmation };
}
