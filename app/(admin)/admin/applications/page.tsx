import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationsTable, StatusFilter } from "@/components/admin/applications/applications-table";
import { statusFromParam } from "@/lib/applications/application-statuses";
import { listApplications } from "@/lib/applications/list-applications";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: applicationsText(await getAdminLocale()).inbox.title };
}

// Every application the user reaches (a hiring manager: their assigned postings'), newest first.
export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(rolesFor("application.view"));
  const status = statusFromParam((await searchParams).status);
  const [rows, locale] = await Promise.all([listApplications(db, user, { status }), getAdminLocale()]);
  const t = applicationsText(locale).inbox;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-4xl font-black tracking-tight">{t.title}</h1>
        <p className="flex flex-wrap gap-4 text-sm font-bold">
          <a href={`/admin/applications/export${status ? `?status=${status.toLowerCase()}` : ""}`} className="underline underline-offset-4">
            {t.exportCsv}
          </a>
          {can(user.role, "application.privacy") ? (
            <Link href="/admin/applications/privacy" className="underline underline-offset-4">
              {t.privacyLink}
            </Link>
          ) : null}
        </p>
      </div>
      <StatusFilter basePath="/admin/applications" current={status} locale={locale} />
      <ApplicationsTable rows={rows} showPosting locale={locale} />
    </div>
  );
}
