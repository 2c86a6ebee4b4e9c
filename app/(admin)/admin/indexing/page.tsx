import type { Metadata } from "next";
import { formatUtc } from "@/lib/auth/format-utc";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { configuredSenders } from "@/lib/indexing/senders";
import { siteUrl } from "@/lib/public/site-url";

export const metadata: Metadata = { title: "Search engine notifications" };

const STATUS_WORDS = { PENDING: "waiting", SENT: "sent", RECORDED: "recorded (no engine configured)", FAILED: "failed" } as const;

// The URL-notification outbox (lib/indexing): what was, or would have been, sent to search engines.
export default async function IndexingPage() {
  await requireUser(rolesFor("audit.view"));
  const senders = configuredSenders(siteUrl()).map((sender) => sender.name);
  const [rows, counts] = await Promise.all([
    db.urlNotification.findMany({ orderBy: { createdAt: "desc" }, take: 200 }),
    db.urlNotification.groupBy({ by: ["status"], _count: true }),
  ]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">Search engine notifications</h1>
        <p className="text-muted">
          Each publish, public change, close and expiry queues its URLs here; the minute job sends them with retries.{" "}
          {senders.length
            ? `Configured: ${senders.join(", ")}.`
            : "No search engine is configured (INDEXNOW_KEY, GOOGLE_INDEXING_CREDENTIALS): notifications are recorded only."}
        </p>
      </div>
      <p className="text-sm font-bold" role="status">
        {counts.map((count) => `${count._count} ${STATUS_WORDS[count.status]}`).join(" · ") || "Nothing queued yet"}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">Queued (UTC)</th>
              <th scope="col" className="py-3 pr-4">Type</th>
              <th scope="col" className="py-3 pr-4">URL</th>
              <th scope="col" className="py-3 pr-4">Status</th>
              <th scope="col" className="py-3 pr-4">Attempts</th>
              <th scope="col" className="py-3 pr-4">Last error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 whitespace-nowrap">{formatUtc(row.createdAt)}</td>
                <td className="py-3 pr-4 font-mono">{row.type}</td>
                <td className="py-3 pr-4 break-all">{row.url}</td>
                <td className="py-3 pr-4">{STATUS_WORDS[row.status]}</td>
                <td className="py-3 pr-4">{row.attempts}</td>
                <td className="py-3 pr-4 break-all">{row.lastError ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
