import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationsTable, StatusFilter } from "@/components/admin/applications/applications-table";
import { statusFromParam } from "@/lib/applications/application-statuses";
import { listApplications } from "@/lib/applications/list-applications";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { reachesPosting } from "@/lib/cms/assignments";
import { db } from "@/lib/db/client";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: applicationsText(await getAdminLocale()).postingInbox.metaTitle };
}

// One posting's inbox. A posting the user does not reach answers like one that does not exist.
export default async function PostingApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(rolesFor("application.view"));
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const posting = await db.posting.findUnique({ where: { id }, select: { id: true, title: true, slug: true } });
  if (!posting || !(await reachesPosting(db, user, posting.id))) notFound();
  const status = statusFromParam((await searchParams).status);
  const [rows, locale] = await Promise.all([listApplications(db, user, { postingId: posting.id, status }), getAdminLocale()]);
  const t = applicationsText(locale);
  const base = `/admin/postings/${posting.id}/applications`;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-10">
      <p className="text-sm">
        <Link href={`/admin/postings/${posting.id}`} className="font-bold underline underline-offset-4">
          ← {posting.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-4xl font-black tracking-tight">{t.postingInbox.title(posting.title)}</h1>
        <a href={`/admin/applications/export?posting=${posting.id}${status ? `&status=${status.toLowerCase()}` : ""}`} className="text-sm font-bold underline underline-offset-4">
          {t.inbox.exportCsv}
        </a>
      </div>
      <StatusFilter basePath={base} current={status} locale={locale} />
      <ApplicationsTable rows={rows} showPosting={false} locale={locale} />
    </div>
  );
}
