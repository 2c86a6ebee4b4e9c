import { SEED_POSTINGS } from "@/prisma/seed-data/postings";

// Every public page type, in both languages: the one list the outside validators
// (tests/e2e/outside-validators.spec.ts) check, so a new public page is one line here.

export type PublicPage = { name: string; path: string; status: 200 | 404 | 410 };

/** A role that was public and is closed now (410), arranged by the validators spec. */
export const CLOSED_SLUG = "closed-role-validators-e2e";

const POSTINGS_EN = SEED_POSTINGS.map((posting) => ({ name: `posting ${posting.slug}`, path: `/jobs/${posting.slug}`, status: 200 as const }));
// The French posting pages that exist: the seeded postings with a French version.
const POSTINGS_FR = SEED_POSTINGS.filter((posting) => posting.content.fr).map((posting) => ({
  name: `posting (fr) ${posting.slug}`,
  path: `/fr/jobs/${posting.slug}`,
  status: 200 as const,
}));

export const PUBLIC_PAGES: readonly PublicPage[] = [
  { name: "home", path: "/", status: 200 },
  { name: "listing", path: "/jobs", status: 200 },
  { name: "filtered listing", path: "/jobs?city=Paris&contract=APPRENTISSAGE", status: 200 },
  { name: "search", path: "/jobs?q=payroll", status: 200 },
  { name: "empty search", path: "/jobs?q=zzqxw", status: 200 },
  ...POSTINGS_EN,
  { name: "closed posting", path: `/jobs/${CLOSED_SLUG}`, status: 410 },
  { name: "not found", path: "/no-such-page", status: 404 },
  { name: "unknown posting", path: "/jobs/no-such-role", status: 404 },
  { name: "accessibility", path: "/accessibility", status: 200 },
  { name: "home (fr)", path: "/fr", status: 200 },
  { name: "listing (fr)", path: "/fr/jobs", status: 200 },
  { name: "filtered listing (fr)", path: "/fr/jobs?city=Paris&contract=APPRENTISSAGE", status: 200 },
  { name: "search (fr)", path: "/fr/jobs?q=paie", status: 200 },
  { name: "empty search (fr)", path: "/fr/jobs?q=zzqxw", status: 200 },
  ...POSTINGS_FR,
  { name: "closed posting (fr)", path: `/fr/jobs/${CLOSED_SLUG}`, status: 410 },
  { name: "unknown posting (fr)", path: "/fr/jobs/no-such-role", status: 404 },
  ...SEED_POSTINGS.filter((posting) => !posting.content.fr).map((posting) => ({ name: `posting without a French version (fr) ${posting.slug}`, path: `/fr/jobs/${posting.slug}`, status: 404 as const })),
  { name: "not found (fr)", path: "/fr/no-such-page", status: 404 },
  { name: "accessibility (fr)", path: "/fr/accessibilite", status: 200 },
];

/** The feeds crawlers and job boards read. */
export const FEEDS = ["/feeds/jobs.rss", "/feeds/jobs.json", "/feeds/indeed.xml"] as const;
