import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HiringManagersPanel } from "@/components/admin/postings/hiring-managers-panel";
import { PostingEditor } from "@/components/admin/postings/posting-editor";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { listPostingAssignments } from "@/lib/cms/queries/list-posting-assignments";
import { getEditorPosting } from "@/lib/cms/queries/get-editor-posting";
import { requirePostingPage } from "@/lib/cms/require-posting-page";
import { listFormOptions } from "@/lib/cms/queries/list-form-options";
import type { PostingInput } from "@/lib/postings";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.editPage.title };
}

export default async function EditPostingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(rolesFor("posting.view"));
  const { locale, t } = await getAdminText();
  const found = await getEditorPosting((await params).id);
  if (!found) notFound();
  await requirePostingPage(user, found.id);
  const query = await searchParams;
  const notice = (["created", "duplicated", "restored"] as const).find((key) => query[key] !== undefined);
  const { teams, offices } = await listFormOptions({ teamSlug: found.posting.teamSlug, officeSlug: found.posting.location.office?.slug });
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-8">
      <p className="text-sm">
        <Link href="/admin/postings" className="font-bold underline underline-offset-4">
          {t.common.backToPostings}
        </Link>
      </p>
      <div>
        <p className="text-sm font-bold uppercase tracking-wider text-muted">{found.teamName}</p>
        <h1 className="text-4xl font-black tracking-tight">{found.posting.content.en.title || t.common.untitled}</h1>
        {found.authorName ? <p className="mt-1 text-sm text-muted">{t.editPage.createdBy(found.authorName)}</p> : null}
      </div>
      {notice ? <p className="rounded-xl bg-mist px-4 py-3 font-bold">{t.editPage.notices[notice]}</p> : null}
      <PostingEditor
        key={found.id}
        role={user.role}
        locale={locale}
        initial={{
          id: found.id,
          version: found.version,
          status: found.status,
          posting: found.posting as unknown as PostingInput,
          everPublished: found.everPublished,
          scheduledPublishAt: found.scheduledPublishAt,
          redirectsFrom: found.redirectsFrom,
        }}
        teams={teams}
        offices={offices}
        site={jobPostingSite()}
      />
      {can(user.role, "posting.assign") ? <HiringManagersPanel postingId={found.id} people={await listPostingAssignments(found.id)} locale={locale} /> : null}
    </div>
  );
}
