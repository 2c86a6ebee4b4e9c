import type { Metadata } from "next";
import Link from "next/link";
import { PostingEditor } from "@/components/admin/postings/posting-editor";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { blankPosting } from "@/lib/cms/blank-posting";
import { listFormOptions } from "@/lib/cms/queries/list-form-options";
import { COMPANY } from "@/lib/public/company";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.editPage.newTitle };
}

export default async function NewPostingPage() {
  const user = await requireUser(rolesFor("posting.create"));
  const [{ teams, offices }, { locale, t }] = await Promise.all([listFormOptions(), getAdminText()]);
  const posting = blankPosting(new Date(), { office: null, about: `${COMPANY.pitch}\n\n${COMPANY.mission}` });
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-8">
      <p className="text-sm">
        <Link href="/admin/postings" className="font-bold underline underline-offset-4">
          {t.common.backToPostings}
        </Link>
      </p>
      <h1 className="text-4xl font-black tracking-tight">{t.editPage.newTitle}</h1>
      <PostingEditor
        role={user.role}
        locale={locale}
        initial={{ id: null, version: 0, status: "DRAFT", posting, everPublished: false, scheduledPublishAt: null, redirectsFrom: [] }}
        teams={teams}
        offices={offices}
        site={jobPostingSite()}
      />
    </div>
  );
}
