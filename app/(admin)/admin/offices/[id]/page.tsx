import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfficeForm } from "@/components/admin/places/office-form";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { countryOptions } from "@/lib/places/country-names";
import { getOffice } from "@/lib/places/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: placesText(await getAdminLocale()).offices.editTitle };
}

export default async function EditOfficePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(rolesFor("office.manage"));
  const office = await getOffice((await params).id);
  if (!office) notFound();
  const locale = await getAdminLocale();
  const t = placesText(locale);
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-10">
      <p className="text-sm">
        <Link href="/admin/offices" className="font-bold underline underline-offset-4">
          ← {t.offices.title}
        </Link>
      </p>
      <h1 className="text-4xl font-black tracking-tight">{office.name}</h1>
      <OfficeForm
        id={office.id}
        locale={locale}
        countries={countryOptions(locale)}
        initial={{
          name: office.name,
          street: text(office.street),
          postalCode: office.postalCode,
          city: office.city,
          region: text(office.region),
          country: office.country,
          latitude: text(office.latitude),
          longitude: text(office.longitude),
        }}
      />
    </div>
  );
}
