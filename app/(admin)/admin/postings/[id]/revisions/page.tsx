import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/admin/postings/restore-revision-button";
import { RevisionDiff } from "@/components/admin/postings/revision-diff";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { diffPostings } from "@/lib/cms/diff-postings";
import { postingAbilities } from "@/lib/cms/posting-permissions";
import { getEditorPosting } from "@/lib/cms/queries/get-editor-posting";
import { requirePostingPage } from "@/lib/cms/require-posting-page";
import { getRevisionSnapshot, listRevisions } from "@/lib/cms/queries/list-revisions";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.history.title };
}

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string }> }) {
  const user = await requireUser(rolesFor("posting.view"));
  const { locale, t } = await getAdminText();
  const current = await getEditorPosting((await params).id);
  if (!current) notFound();
  await requirePostingPage(user, current.id);
  const revisions = await listRevisions(current.id);
  const compareId = (await searchParams).compare;
  const compared = compareId ? await getRevisionSnapshot(current.id, compareId) : null;
  const canRestore = postingAbilities(user.role, current.status, current.everPublished).restoreRevision && can(user.role, "posting.restoreRevision");
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <p className="text-sm">
        <Link href={`/admin/postings/${current.id}`} className="font-bold underline underline-offset-4">
          {t.common.backToEditor}
        </Link>
      </p>
      <div>
        <h1 className="text-4xl font-black tracking-tight">{t.history.title}</h1>
        <p className="mt-1 text-muted">
          {t.history.intro(current.posting.content.en.title || t.common.untitled)}
        </p>
      </div>

      {compared ? (
        <section aria-labelledby="diff-title" className="flex flex-col gap-4 rounded-xl border-2 border-ink p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="diff-title" className="text-2xl font-black">
              {t.history.compared(compared.version, current.version)}
            </h2>
            {canRestore && compared.version !== current.version ? (
              <RestoreRevisionButton postingId={current.id} version={current.version} revisionId={compareId!} revisionVersion={compared.version} locale={locale} />
            ) : null}
          </div>
          <RevisionDiff changes={diffPostings(compared.posting, current.posting)} locale={locale} />
        </section>
      ) : null}

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">{t.history.columns.version}</th>
              <th scope="col" className="py-3 pr-4">{t.history.columns.what}</th>
              <th scope="col" className="py-3 pr-4">{t.history.columns.status}</th>
              <th scope="col" className="py-3 pr-4">{t.history.columns.who}</th>
              <th scope="col" className="py-3 pr-4">{t.history.columns.when}</th>
              <th scope="col" className="py-3">{t.history.columns.compare}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className={`border-b border-line ${revision.id === compareId ? "bg-mist" : ""}`} data-testid={`revision-${revision.version}`}>
                <td className="py-3 pr-4 font-bold">{revision.version}</td>
                <td className="py-3 pr-4">{(revision.action && t.actions[revision.action]) ?? t.history.saved}</td>
                <td className="py-3 pr-4">{t.status[revision.status]}</td>
                <td className="py-3 pr-4">{revision.authorName ?? t.history.scheduler}</td>
                <td className="whitespace-nowrap py-3 pr-4">{formatParisTime(revision.createdAt, locale, { seconds: true })}</td>
                <td className="py-3">
                  {revision.version === current.version ? (
                    <span className="text-muted">{t.history.current}</span>
                  ) : (
                    <Link href={`/admin/postings/${current.id}/revisions?compare=${revision.id}`} className="font-bold underline underline-offset-4">
                      {t.history.compare}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
