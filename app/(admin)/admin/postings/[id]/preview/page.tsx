import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostingView } from "@/components/site/posting/posting-view";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { getEditorPosting } from "@/lib/cms/queries/get-editor-posting";
import { requirePostingPage } from "@/lib/cms/require-posting-page";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

// Never indexed, whatever the posting's status.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.preview.title, robots: { index: false, follow: false, nocache: true } };
}

export default async function PreviewPostingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string }> }) {
  const user = await requireUser(rolesFor("posting.preview"));
  const { t } = await getAdminText();
  const found = await getEditorPosting((await params).id);
  if (!found) notFound();
  await requirePostingPage(user, found.id);
  const wanted = (await searchParams).locale === "fr" ? "fr" : "en";
  const locale = found.posting.content[wanted] ? wanted : "en";
  const team = found.teamName;
  return (
    <div>
      <div role="note" aria-label={t.preview.title} className="sticky top-0 z-20 flex flex-wrap items-center justify-between gap-3 bg-amber-300 px-6 py-3 text-ink" data-testid="preview-banner">
        <p className="font-black">
          {t.preview.banner(t.status[found.status], found.version, found.status === "PUBLISHED")}
        </p>
        <p className="flex gap-4 font-bold">
          {found.posting.content.fr ? (
            <Link href={`/admin/postings/${found.id}/preview?locale=${locale === "fr" ? "en" : "fr"}`} className="underline underline-offset-4">
              {locale === "fr" ? t.preview.english : t.preview.french}
            </Link>
          ) : null}
          <Link href={`/admin/postings/${found.id}`} className="underline underline-offset-4">
            {t.preview.back}
          </Link>
        </p>
      </div>
      <div lang={locale}>
        <PostingView posting={found.posting} locale={locale} teamName={team} />
      </div>
    </div>
  );
}
