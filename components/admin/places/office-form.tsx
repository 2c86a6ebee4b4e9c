"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonClass, FormField, FormMessage, secondaryButtonClass } from "@/components/admin/auth/form-field";
import { IDLE } from "@/lib/auth/action-state";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";
import { saveOfficeAction } from "@/lib/places/actions/office-actions";
import type { CountryOption } from "@/lib/places/country-names";
import { OFFICE_LIMITS } from "@/lib/places/office-schema";
import { SelectField } from "./select-field";

export type OfficeFormValues = Record<"name" | "street" | "postalCode" | "city" | "region" | "country" | "latitude" | "longitude", string>;

/** Add an office (no `id`) or change one. Errors sit under their field; what was typed stays. */
export function OfficeForm({ id, initial, countries, locale }: { id?: string; initial?: OfficeFormValues; countries: CountryOption[]; locale: Locale }) {
  const t = placesText(locale).offices;
  const [state, action, pending] = useActionState(saveOfficeAction, IDLE);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const field = (name: keyof OfficeFormValues) => ({ id: `office-${name}`, name, defaultValue: values?.[name] ?? "", errors: errors?.[name] });
  // A new key after each answer re-applies defaultValue (React resets a form after its action).
  const formKey = `${state.status}-${state.message ?? ""}`;
  return (
    <form key={formKey} action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormField {...field("name")} label={t.fields.name} hint={t.fields.nameHint} maxLength={OFFICE_LIMITS.name} autoComplete="off" />
      <FormField {...field("street")} label={t.fields.street} maxLength={OFFICE_LIMITS.street} autoComplete="off" />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField {...field("postalCode")} label={t.fields.postalCode} maxLength={OFFICE_LIMITS.postalCode} autoComplete="off" />
        <FormField {...field("city")} label={t.fields.city} maxLength={OFFICE_LIMITS.city} autoComplete="off" />
        <FormField {...field("region")} label={t.fields.region} maxLength={OFFICE_LIMITS.region} autoComplete="off" />
        <SelectField
          {...field("country")}
          label={t.fields.country}
          emptyLabel={t.fields.chooseCountry}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
      </div>
      <p id="office-coordinates-hint" className="text-sm text-muted">
        {t.fields.coordinatesHint}
      </p>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField {...field("latitude")} label={t.fields.latitude} inputMode="decimal" autoComplete="off" />
        <FormField {...field("longitude")} label={t.fields.longitude} inputMode="decimal" autoComplete="off" />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {id ? placesText(locale).common.save : t.create}
        </button>
        {id ? (
          <Link href="/admin/offices" className={secondaryButtonClass}>
            {placesText(locale).common.cancel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
