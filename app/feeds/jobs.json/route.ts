import { FEED_CACHE_CONTROL, feedContext } from "@/lib/feeds/feed-context";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { feedPostings } from "@/lib/public/feed-postings";

// JSON Feed 1.1 of the open roles matching the listing's filters, with their JobPosting objects.
export async function GET(request: Request): Promise<Response> {
  const context = feedContext(request, "/feeds/jobs.json");
  const body = buildJsonFeed(await feedPostings(context.filters), context.site, context);
  return Response.json(body, { headers: { "Content-Type": "application/feed+json; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}
