"use server";
// Back-office actions on a user. Public endpoints like any server action: lib/admin/users.ts checks that the
// caller is an admin and refuses what an admin may not do to their own account.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteUserAccount, getUserForAdmin, OwnAccountError, setUserAdmin, setUserDisabled } from "@/lib/admin/users";
import { getAdminMessages } from "@/lib/admin/messages";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

const USER_OPERATIONS = ["grant_admin", "revoke_admin", "disable", "enable", "delete"] as const;

export interface ManageUserState {
  userId: string;
  error?: string;
  done?: string;
}

const operationForm = z.object({
  userId: z.string().min(1).max(100),
  operation: z.enum(USER_OPERATIONS),
  confirmation: z.string().max(300).default(""),
});

export async function manageUserAction(previous: ManageUserState, formData: FormData): Promise<ManageUserState> {
  assertState(previous);
  assertFormData(formData);
  const messages = getAdminMessages(await getLocale());
  const t = messages.userActions;
  const parsed = operationForm.safeParse({
    userId: formData.get("userId"),
    operation: formData.get("operation"),
    confirmation: formData.get("confirmation") ?? "",
  });
  if (!parsed.success) return { userId: previous.userId, error: messages.invalid };
  const { userId, operation, confirmation } = parsed.data;
  const db = await getDatabase();
  const viewer = await getViewer();
  try {
    if (operation === "delete") {
      const user = await getUserForAdmin(db, viewer, userId);
      if (!user) return { userId, error: t.gone };
      if (confirmation.trim().toLowerCase() !== user.email.toLowerCase()) return { userId, error: t.confirmation };
      await deleteUserAccount(db, viewer, userId);
    } else if (operation === "grant_admin" || operation === "revoke_admin") {
      await setUserAdmin(db, viewer, userId, operation === "grant_admin");
    } else {
      await setUserDisabled(db, viewer, userId, operation === "disable");
    }
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError) return { userId, error: t.forbidden };
    if (error instanceof OwnAccountError) return { userId, error: t.own };
    if (error instanceof NotFoundError) return { userId, error: t.gone };
    throw error;
  }
  revalidatePath("/admin/users");
  if (operation === "delete") redirect("/admin/users?deleted=1");
  return { userId, done: t.done[operation] };
}
