import type { Metadata } from "next";
import { ErasePersonForm } from "@/components/admin/applications/erase-person-form";
import { retentionMonths } from "@/lib/applications/retention";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: applicationsText(await getAdminLocale()).privacy.title };
}

// A candidate's requests (GDPR): a copy of everything sent under one email address, or its erasure.
export default async function PrivacyPage() {
  await requireUser(rolesFor("application.privacy"));
  const locale = await getAdminLocale();
  const t = applicationsText(locale).privacy;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-10">
      <div>
        <h1 className="text-4xl font-black tracking-tight">{t.title}</h1>
        <p className="mt-2 text-muted">
          {t.retention(retentionMonths())}
        </p>
      </div>
      <form method="post" action="/admin/applications/privacy/export" className="flex max-w-xl flex-col gap-4 rounded-xl border-2 border-ink p-5">
        <h2 className="text-xl font-black">{t.exportHeading}</h2>
        <p className="text-sm">{t.exportBody}</p>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="export-email" className="text-sm font-bold">
            {t.email}
          </label>
          <input id="export-email" name="email" type="email" required className="rounded-lg border-2 border-ink bg-paper px-3 py-2.5 text-base" />
        </div>
        <p>
          <button type="submit" className="rounded-full bg-ink px-5 py-2 font-bold text-paper">
            {t.download}
          </button>
        </p>
      </form>
      <ErasePersonForm locale={locale} />
    </div>
  );
}
