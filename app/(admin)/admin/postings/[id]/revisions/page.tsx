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
import { STATUS_LABELS } from "@/lib/cms/status-labels";

export const metadata: Metadata = { title: "Posting history" };

const ACTION_LABELS: Record<string, string> = {
  "posting.create": "Created",
  "posting.edit": "Edited",
  "posting.publish": "Published",
  "posting.approve": "Approved and published",
  "posting.submitForReview": "Sent for review",
  "posting.schedule": "Scheduled",
  "posting.returnToDraft": "Back to draft",
  "posting.unpublish": "Unpublished",
  "posting.archive": "Archived",
  "posting.repost": "Reposted for the next intake",
  "posting.restoreRevision": "Restored an old revision",
  "posting.renameSlug": "Address changed",
  "posting.scheduledPublishFailed": "Scheduled publication failed",
  "posting.seed": "Seeded",
};

const when = (date: Date) => date.toLocaleString("en-GB", { timeZone: "Europe/Paris", dateStyle: "medium", timeStyle: "medium" });

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string }> }) {
  const user = await requireUser(rolesFor("posting.view"));
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
          ← Back to the editor
        </Link>
      </p>
      <div>
        <h1 className="text-4xl font-black tracking-tight">History</h1>
        <p className="mt-1 text-muted">
          {current.posting.content.en.title} · every save is kept in full. Restoring saves an old revision as the newest version; nothing is erased.
        </p>
      </div>

      {compared ? (
        <section aria-labelledby="diff-title" className="flex flex-col gap-4 rounded-xl border-2 border-ink p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="diff-title" className="text-2xl font-black">
              Version {compared.version} compared with the current version {current.version}
            </h2>
            {canRestore && compared.version !== current.version ? (
              <RestoreRevisionButton postingId={current.id} version={current.version} revisionId={compareId!} revisionVersion={compared.version} />
            ) : null}
          </div>
          <RevisionDiff changes={diffPostings(compared.posting, current.posting)} />
        </section>
      ) : null}

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">Version</th>
              <th scope="col" className="py-3 pr-4">What happened</th>
              <th scope="col" className="py-3 pr-4">Status after</th>
              <th scope="col" className="py-3 pr-4">Who</th>
              <th scope="col" className="py-3 pr-4">When (Paris)</th>
              <th scope="col" className="py-3">Compare</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className={`border-b border-line ${revision.id === compareId ? "bg-mist" : ""}`} data-testid={`revision-${revision.version}`}>
                <td className="py-3 pr-4 font-bold">{revision.version}</td>
                <td className="py-3 pr-4">{(revision.action && ACTION_LABELS[revision.action]) ?? revision.action ?? "Saved"}</td>
                <td className="py-3 pr-4">{STATUS_LABELS[revision.status]}</td>
                <td className="py-3 pr-4">{revision.authorName ?? "The scheduler"}</td>
                <td className="whitespace-nowrap py-3 pr-4">{when(revision.createdAt)}</td>
                <td className="py-3">
                  {revision.version === current.version ? (
                    <span className="text-muted">Current</span>
                  ) : (
                    <Link href={`/admin/postings/${current.id}/revisions?compare=${revision.id}`} className="font-bold underline underline-offset-4">
                      Compare with current
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
