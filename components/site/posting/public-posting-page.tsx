import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { pairAlternates } from "@/lib/i18n/public/alternates";
import { serializeJsonLd, toJobPostingJsonLd, type ContentLocale } from "@/lib/postings";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { postingPath } from "@/lib/public/posting-urls";
import { shareDescription } from "@/lib/public/share-description";
import { getOpenPosting, getRelatedRoles } from "@/lib/public/public-posting";
import { listOpenSlugs } from "@/lib/public/open-slugs";
import { LanguageSwitch } from "../language-switch";
import { RelatedRoles } from "./related-roles";
import { PostingView } from "./posting-view";

// Shared by /jobs/[slug] and /fr/jobs/[slug]: the page, its metadata and its static params.

// The newest open postings are rendered at build time; the others on their first
// visit, then served from the cache like these (a build stays quick at 10,000 postings).
const PRERENDERED_POSTINGS = 100;

/** Build-time params. Cache Components needs at least one entry, hence the placeholder. */
export async function openPostingParams(locale: ContentLocale): Promise<{ slug: string }[]> {
  const slugs = await listOpenSlugs(locale, PRERENDERED_POSTINGS);
  return slugs.length ? slugs.map((slug) => ({ slug })) : [{ slug: "no-open-postings" }];
}

async function load(slug: string, locale: ContentLocale) {
  const found = await getOpenPosting(slug);
  if (!found || !found.posting.content[locale]) return null;
  return found;
}

export async function postingMetadata(slug: string, locale: ContentLocale): Promise<Metadata> {
  const found = await load(slug, locale);
  if (!found) return { title: publicWords(locale).posting.notFoundTitle, robots: { index: false } };
  const content = found.posting.content[locale] ?? found.posting.content.en;
  // Each posting's own first lines, not the greeting every posting opens with.
  const description = shareDescription(content);
  // hreflang pairs only when both versions are public; a posting in English only has no twin to announce.
  const alternates = found.posting.content.fr
    ? pairAlternates(locale, { en: postingPath(slug, "en"), fr: postingPath(slug, "fr") })
    : { canonical: postingPath(slug, locale), languages: { en: postingPath(slug, "en"), "x-default": postingPath(slug, "en") } };
  const image = `/og/jobs/${slug}`;
  return {
    title: content.title,
    description,
    alternates,
    openGraph: { type: "article", title: content.title, description, url: postingPath(slug, locale), images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title: content.title, description, images: [image] },
  };
}

export async function PublicPostingPage({ slug, locale }: { slug: string; locale: ContentLocale }) {
  const found = await load(slug, locale);
  if (!found) notFound();
  const { posting, team } = found;
  const url = `${jobPostingSite().url}${postingPath(slug, locale)}`;
  const jsonLd = serializeJsonLd(toJobPostingJsonLd(posting, jobPostingSite(), { locale, url }));
  const other = otherLocale(locale);
  const otherVersion = posting.content[other] ? postingPath(slug, other) : null;
  const related = await getRelatedRoles(slug, posting.teamSlug, posting.contract.type);
  return (
    <>
      {/* serializeJsonLd escapes <, >, &, U+2028/9: the JSON-LD cannot close its script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      {/* The other version, or the other language's listing when this posting has no other version. */}
      <LanguageSwitch locale={locale} href={otherVersion ?? publicWords(other).paths.jobs} />
      <PostingView
        posting={posting}
        locale={locale}
        teamName={locale === "fr" ? (team.nameFr ?? team.name) : team.name}
        otherLanguageHref={otherVersion}
        footer={<RelatedRoles roles={related} locale={locale} />}
      />
    </>
  );
}
