"use server";
// Actions on one's own account. Each checks the session itself (public endpoints by nature).
import { redirect } from "next/navigation";
import { deleteOwnAccount } from "@/lib/accounts";
import { signOut } from "@/lib/auth";
import { getDatabase } from "@/lib/db";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/session";
import { assertFormData, assertState } from "@/lib/http/action-arguments";

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
  const confirmation = String(formData.get("confirmation") ?? "").trim().slice(0, 300);
  if (confirmation.toLowerCase() !== viewer.email.toLowerCase()) {
    return { confirmation, error: getAccountMessages(await getLocale()).account.deleteMismatch };
  }
  await deleteOwnAccount(await getDatabase(), viewer);
  // The session row is gone with the user; clear the cookie too.
  await signOut({ redirectTo: "/?account=deleted" });
  return { confirmation };
}
