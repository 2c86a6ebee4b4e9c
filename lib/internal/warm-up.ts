import pg from "pg";
import { LISTING_PATHS, postingPaths } from "@/lib/cache/public-tags";
import { internalToken } from "./internal-token";

// A freshly started instance renders its first pages 3–6× slower than later ones (V8 has not compiled the
// render path yet): measured here, the public surfaces an invalidation touches took 1.2 s together on a new
// instance, 0.55 s the second time and ~0.2 s from the fifth on. So after its first tick each instance renders
// them a few times in draft mode (no cache read or written), one request at a time, then once normally to
// fill its page cache: the first visitors after a deploy, and the first change after it, get warm renders.
// A closed role's page (410) is rendered too when there is one: an unpublishing or a closing leads to it.

const ROUNDS = 4;
const POSTINGS = 3;

// The newest open postings (their pages in both languages) and the latest closed one (its 410 page).
const POSTINGS_SQL = `
  (SELECT slug, true AS open FROM postings WHERE status = 'PUBLISHED' ORDER BY published_at DESC NULLS LAST LIMIT ${POSTINGS})
  UNION ALL
  (SELECT slug, false FROM postings WHERE status IN ('UNPUBLISHED', 'EXPIRED', 'ARCHIVED') AND first_published_at IS NOT NULL
   ORDER BY updated_at DESC LIMIT 1)`;

async function postingPagePaths(): Promise<string[]> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return [];
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; open: boolean }>(POSTINGS_SQL);
    return rows.flatMap((row) => (row.open ? postingPaths(row.slug) : postingPaths(row.slug).slice(0, 1)));
  } finally {
    await client.end();
  }
}

async function draftCookie(origin: string, token: string): Promise<string> {
  const response = await fetch(`${origin}/api/internal/warm-up`, { method: "POST", headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("__prerender_bypass="));
  if (response.status !== 204 || !cookie) throw new Error(`draft mode refused (HTTP ${response.status})`);
  return cookie.split(";")[0]!;
}

export async function warmUp(origin: string): Promise<void> {
  const token = internalToken();
  if (!token) return;
  if (process.env.CAREERS_WARM_UP === "off") {
    console.log("[careers] warm-up skipped (CAREERS_WARM_UP=off)");
    return;
  }
  const startedAt = performance.now();
  try {
    const paths = [...LISTING_PATHS, ...(await postingPagePaths())];
    const cookie = await draftCookie(origin, token);
    for (let round = 0; round <= ROUNDS; round++) {
      // The last round without the cookie: it fills the page cache.
      const headers = round < ROUNDS ? { cookie } : undefined;
      for (const path of paths) await (await fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(30_000) })).arrayBuffer();
    }
    console.log(`[careers] warmed up: ${paths.length} public pages rendered ${ROUNDS + 1} times in ${Math.round(performance.now() - startedAt)} ms`);
  } catch (error) {
    console.error("[careers] warm-up skipped:", error instanceof Error ? error.message : error);
  }
}
