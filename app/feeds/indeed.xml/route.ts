import { connection } from "next/server";
import { FEED_CACHE_CONTROL } from "@/lib/feeds/feed-context";
import { buildIndeedXml } from "@/lib/feeds/indeed";
import { allOpenPostings } from "@/lib/public/feed-postings";
import { jobPostingSite } from "@/lib/public/job-posting-site";

// Every open posting in Indeed's XML feed format.
export async function GET(): Promise<Response> {
  await connection();
  const body = buildIndeedXml(await allOpenPostings(), jobPostingSite(), new Date());
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}
