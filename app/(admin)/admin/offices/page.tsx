import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveButton } from "@/components/admin/places/archive-button";
import { OfficeForm } from "@/components/admin/places/office-form";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { setOfficeArchivedAction } from "@/lib/places/actions/office-actions";
import { countryName, countryOptions } from "@/lib/places/country-names";
import { listOffices } from "@/lib/places/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: placesText(await getAdminLocale()).offices.title };
}

export default async function OfficesPage() {
  const user = await requireUser(rolesFor("office.view"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  const manage = can(user.role, "office.manage");
  const offices = await listOffices();
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-12 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.offices.title}</h1>
        <p className="text-muted">{t.offices.intro}</p>
        {manage ? null : <p className="font-bold">{t.common.readOnly}</p>}
      </div>
      <section aria-labelledby="offices-list" className="flex flex-col gap-4">
        <h2 id="offices-list" className="text-2xl font-black">
          {t.offices.listHeading(offices.length)}
        </h2>
        {offices.length === 0 ? <p>{t.offices.empty}</p> : null}
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-3 pr-4">{t.offices.columns.office}</th>
                <th scope="col" className="py-3 pr-4">{t.offices.columns.address}</th>
                <th scope="col" className="py-3 pr-4">{t.offices.columns.country}</th>
                <th scope="col" className="py-3 pr-4">{t.offices.columns.postings}</th>
                <th scope="col" className="py-3 pr-4">{t.offices.columns.status}</th>
                {manage ? <th scope="col" className="py-3">{t.offices.columns.manage}</th> : null}
              </tr>
            </thead>
            <tbody>
              {offices.map((office) => (
                <tr key={office.id} className="border-b border-line align-top" data-testid={`office-row-${office.slug}`}>
                  <td className="py-4 pr-4 font-bold">{office.name}</td>
                  <td className="py-4 pr-4">
                    {office.street ? `${office.street}, ` : ""}
                    {office.postalCode} {office.city}
                    {office.region ? `, ${office.region}` : ""}
                  </td>
                  <td className="py-4 pr-4">{countryName(office.country, locale)}</td>
                  <td className="py-4 pr-4">{t.common.postings(office.postings)}</td>
                  <td className="py-4 pr-4">{office.archived ? <strong>{t.common.archived}</strong> : t.common.live}</td>
                  {manage ? (
                    <td className="flex flex-wrap items-start gap-3 py-4">
                      <Link href={`/admin/offices/${office.id}`} className="py-2 font-bold underline underline-offset-4" aria-label={`${t.common.edit}: ${office.name}`}>
                        {t.common.edit}
                      </Link>
                      <ArchiveButton id={office.id} name={office.name} archived={office.archived} action={setOfficeArchivedAction} locale={locale} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {manage ? (
        <section aria-labelledby="create-office" className="flex max-w-3xl flex-col gap-4">
          <h2 id="create-office" className="text-2xl font-black">
            {t.offices.createHeading}
          </h2>
          <OfficeForm countries={countryOptions(locale)} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
