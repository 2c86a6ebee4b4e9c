import { revalidatePublicPostings } from "@/lib/cache/revalidate-public";
import { db } from "@/lib/db/client";
import { isInternalRequest } from "@/lib/internal/internal-token";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled-jobs";

// The minute tick (lib/internal/scheduler.ts): expiry, scheduled publishing and
// the URL-notification outbox, then the public pages they touched are expired.
// Only the app itself may call it: the token derives from AUTH_SECRET.
export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return new Response("Not found", { status: 404 });
  const summary = await runScheduledJobs(new Date());
  const startup = new URL(request.url).searchParams.get("startup") === "1";
  const slugs = startup
    ? [
        ...(await db.posting.findMany({ select: { slug: true } })).map((row) => row.slug),
        ...(await db.postingSlugRedirect.findMany({ select: { slug: true } })).map((row) => row.slug),
      ]
    : summary.changedSlugs;
  if (startup || slugs.length) revalidatePublicPostings(slugs);
  return Response.json({ ...summary, revalidated: startup ? "all" : slugs.length }, { headers: { "Cache-Control": "no-store" } });
}
