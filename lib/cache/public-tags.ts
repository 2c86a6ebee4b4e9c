// Cache tags of the public surface. Every cached read of postings tags itself
// with these; every write that changes what visitors or crawlers see expires them.
export const PUBLIC_TAGS = {
  /** Anything that lists postings: home, /jobs, feeds, sitemap, related roles. */
  listing: "postings:listing",
  /** One posting's own pages (both languages) and its closed page. */
  posting: (slug: string) => `posting:${slug}`,
} as const;

/** The addresses whose pages carry the listing tag, besides every posting page (related roles). */
export const LISTING_PATHS = ["/jobs", "/fr/jobs", "/", "/fr", "/sitemap.xml", "/feeds/jobs.json", "/feeds/jobs.rss", "/feeds/indeed.xml"] as const;

/** A posting's own addresses, in both languages. */
export function postingPaths(slug: string): string[] {
  const path = `/jobs/${encodeURIComponent(slug)}`;
  return [path, `/fr${path}`];
}

const POSTING_TAG_PREFIX = PUBLIC_TAGS.posting("");

/** The slug a posting tag names, or null for another tag. */
export function slugOfTag(tag: string): string | null {
  return tag.startsWith(POSTING_TAG_PREFIX) && tag.length > POSTING_TAG_PREFIX.length ? tag.slice(POSTING_TAG_PREFIX.length) : null;
}
