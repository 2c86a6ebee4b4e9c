"use server";

import { unstable_rethrow } from "next/navigation";
import { deniedState, invalidState, NOTHING_CHANGED, readFields, fieldErrorState, type ActionState } from "../action-state";
import { authorize } from "../guard";
import { rolesFor } from "../permissions";
import { reissueSessionCookie } from "../session-cookie";
import { changeOwnPassword } from "../user-admin";
import { changeOwnPasswordSchema } from "../user-schemas";

/** Everyone changes their own password; every other session of theirs ends, this one continues. */
export async function changeOwnPasswordAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.changePassword"));
  if (!auth.ok) return deniedState(auth);
  const parsed = changeOwnPasswordSchema.safeParse(readFields(formData, ["currentPassword", "newPassword", "confirmPassword"] as const));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const outcome = await changeOwnPassword(auth.user, parsed.data.currentPassword, parsed.data.newPassword);
    if (!outcome.ok) return fieldErrorState(outcome.field ?? "currentPassword", outcome.message);
    await reissueSessionCookie(auth.user.id, outcome.changedAt.getTime());
    return { status: "ok", message: "Password changed. You stay signed in here; other sessions have ended." };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] password change failed", error);
    return { status: "error", message: NOTHING_CHANGED };
  }
}
