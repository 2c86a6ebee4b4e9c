// Cache tags of the public surface. Every cached read of postings tags itself
// with these; every write that changes what visitors or crawlers see expires them.
export const PUBLIC_TAGS = {
  /** Anything that lists postings: home, /jobs, feeds, sitemap, related roles. */
  listing: "postings:listing",
  /** One posting's own pages (both languages) and its closed page. */
  posting: (slug: string) => `posting:${slug}`,
} as const;
