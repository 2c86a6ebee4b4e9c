import { z } from "zod";
import { normalizeEmail } from "./email";
import { ROLES } from "./roles";

/** Rules for passwords people choose: long enough, not absurdly long, printable. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` })
  .refine((value) => !CONTROL.test(value), { error: "Remove invisible or control characters." });

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .overwrite(normalizeEmail) // trim, NFC, lower-case: the one normalisation (email.ts)
  .min(1, { error: "Enter an email address." })
  .max(254, { error: "Use at most 254 characters." })
  .pipe(z.email({ error: "Enter a valid email address, like name@backmarket.com." }));

export const nameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(120, { error: "Use at most 120 characters." })
  .refine((value) => !CONTROL.test(value), { error: "Remove invisible or control characters." });

export const roleSchema = z.enum(ROLES, { error: "Choose a role." });
export const userIdSchema = z.uuid({ error: "Unknown user." });

/** "generate" (a random password shown once) or "set" (typed by the admin, then checked). */
const passwordModeSchema = z.enum(["generate", "set"], { error: "Choose how to set the password." });

function requirePasswordWhenSet(value: { passwordMode: "generate" | "set"; password?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.passwordMode !== "set") return;
  const result = passwordSchema.safeParse(value.password ?? "");
  for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: "custom", path: ["password"], message: issue.message });
}

export const createUserSchema = z
  .strictObject({
    email: emailSchema,
    name: nameSchema,
    role: roleSchema,
    passwordMode: passwordModeSchema,
    password: z.string().max(PASSWORD_MAX * 4).optional(),
  })
  .superRefine(requirePasswordWhenSet);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.strictObject({ userId: userIdSchema, role: roleSchema });
export const userRefSchema = z.strictObject({ userId: userIdSchema });
export const resetPasswordSchema = z
  .strictObject({ userId: userIdSchema, passwordMode: passwordModeSchema, password: z.string().max(PASSWORD_MAX * 4).optional() })
  .superRefine(requirePasswordWhenSet);

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(PASSWORD_MAX),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], error: "The two new passwords differ." })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], error: "Choose a password different from the current one." });
