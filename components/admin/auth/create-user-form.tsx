"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { createUserAction } from "@/lib/auth/actions/user-actions";
import { ROLES } from "@/lib/auth/roles";
import { PASSWORD_MIN } from "@/lib/auth/user-schemas";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { buttonClass, FieldErrors, FormField, FormMessage } from "./form-field";
import { OneTimePassword } from "./one-time-password";

/** Create (invite) a user with a role; the password is generated and shown once, or set by the admin. */
export function CreateUserForm({ locale }: { locale: Locale }) {
  const t = adminCatalogue(locale);
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const [mode, setMode] = useState<"generate" | "set">("generate");
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {state.oneTimePassword ? <OneTimePassword {...state.oneTimePassword} locale={locale} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="new-user-email" name="email" type="email" label={t.users.email} autoComplete="off" defaultValue={values?.email ?? ""} errors={errors?.email} />
        <FormField id="new-user-name" name="name" label={t.users.name} autoComplete="off" defaultValue={values?.name ?? ""} errors={errors?.name} />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="new-user-role" className="text-sm font-bold">
          {t.users.role}
        </label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={values?.role ?? "HIRING_MANAGER"}
          aria-invalid={errors?.role ? true : undefined}
          aria-describedby={errors?.role ? "new-user-role-error" : undefined}
          className="rounded-lg border-2 border-ink bg-paper px-3 py-2.5"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
        <FieldErrors id="new-user-role-error" errors={errors?.role} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-bold">{t.users.initialPassword}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="passwordMode" value="generate" checked={mode === "generate"} onChange={() => setMode("generate")} />
          {t.users.generate}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="passwordMode" value="set" checked={mode === "set"} onChange={() => setMode("set")} />
          {t.users.setIt}
        </label>
      </fieldset>
      <FormField
        id="new-user-password"
        name="password"
        type="password"
        label={t.users.passwordWhenSet}
        hint={t.users.passwordHint(PASSWORD_MIN)}
        autoComplete="new-password"
        errors={errors?.password}
      />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t.users.pending : t.users.submit}
        </button>
      </div>
    </form>
  );
}
