"use server";
// Back-office actions on a user. Public endpoints like any server action: lib/admin/users.ts checks that the
// caller is an admin and refuses what an admin may not do to their own account.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteUserAccount, getUserForAdmin, NotFoundError, OwnAccountError, setUserAdmin, setUserDisabled } from "@/lib/admin/users";
import { ForbiddenError } from "@/lib/admin/access";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

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

const MESSAGES = {
  fr: {
    invalid: "Demande incomplète : rechargez la page et recommencez.",
    forbidden: "Action réservée aux administrateurs.",
    own: "Vous ne pouvez pas faire cela sur votre propre compte (retirer votre rôle d'admin, le désactiver ou le supprimer d'ici).",
    gone: "Ce compte n'existe plus.",
    confirmation: "Recopiez exactement l'adresse e-mail du compte pour confirmer la suppression.",
    grant_admin: "Le compte est maintenant administrateur.",
    revoke_admin: "Le compte n'est plus administrateur.",
    disable: "Le compte est désactivé ; ses sessions sont fermées.",
    enable: "Le compte est réactivé.",
  },
  en: {
    invalid: "Incomplete request: reload the page and try again.",
    forbidden: "Only administrators may do this.",
    own: "You cannot do this to your own account (drop your admin role, disable it or delete it from here).",
    gone: "This account no longer exists.",
    confirmation: "Type the account's e-mail address exactly to confirm the deletion.",
    grant_admin: "The account is now an administrator.",
    revoke_admin: "The account is no longer an administrator.",
    disable: "The account is disabled; its sessions are closed.",
    enable: "The account is enabled again.",
  },
};

export async function manageUserAction(previous: ManageUserState, formData: FormData): Promise<ManageUserState> {
  assertState(previous);
  assertFormData(formData);
  const t = MESSAGES[await getLocale()];
  const parsed = operationForm.safeParse({
    userId: formData.get("userId"),
    operation: formData.get("operation"),
    confirmation: formData.get("confirmation") ?? "",
  });
  if (!parsed.success) return { userId: previous.userId, error: t.invalid };
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
    if (error instanceof ForbiddenError) return { userId, error: t.forbidden };
    if (error instanceof OwnAccountError) return { userId, error: t.own };
    if (error instanceof NotFoundError) return { userId, error: t.gone };
    throw error;
  }
  revalidatePath("/admin/users");
  if (operation === "delete") redirect("/admin/users?deleted=1");
  return { userId, done: t[operation] };
}
