import { FEED_CACHE_CONTROL, feedContext } from "@/lib/feeds/feed-context";
import { buildRss } from "@/lib/feeds/rss";
import { feedPostings } from "@/lib/public/feed-postings";

// RSS 2.0 of the open roles matching the listing's filters: a saved search is a feed.
export async function GET(request: Request): Promise<Response> {
  const context = feedContext(request, "/feeds/jobs.rss");
  const body = buildRss(await feedPostings(context.filters), context.site, context);
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}
