import { describe, expect, it } from "vitest";
import { buildIndeedXml } from "@/lib/feeds/indeed";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { buildRss } from "@/lib/feeds/rss";
import { xmlEscape } from "@/lib/feeds/xml";
import { checkJobPostingJsonLd, validatePosting, type PostingInput } from "@/lib/postings";
import type { PublicPosting } from "@/lib/public/public-posting";
import { SEED_POSTINGS } from "@/prisma/seed-data/postings";

// The feeds from the postings the seed carries, plus one with hostile text.

const SITE = { url: "https://careers.example", name: "Back Market", logoUrl: "https://careers.example/logo.png", sameAs: "https://www.backmarket.com" };
const FEED = { title: "Back Market open roles", selfUrl: "https://careers.example/feeds/jobs.rss", pageUrl: "https://careers.example/jobs" };

function entry(input: PostingInput): PublicPosting {
  const result = validatePosting(input, { mode: "draft" });
  if (!result.ok) throw new Error(`invalid fixture ${input.slug}`);
  return { posting: result.data, team: { slug: input.teamSlug, name: "Team", nameFr: null }, lastPublicChangeAt: "2026-11-01T10:00:00.000Z" };
}

const first = SEED_POSTINGS[0] as PostingInput;
const hostile = entry({
  ...first,
  slug: "hostile",
  content: { en: { ...first.content.en, title: 'Payroll & <Ops> "lead"', role: "</description><script>alert(1)</script> & more" } },
});
const entries = [...SEED_POSTINGS.map(entry), hostile];

function expectWellFormed(xml: string): void {
  // A strict parser is not in Node: check well-formedness the way a feed reader's tokenizer would.
  const text = xml.replace(/<\?xml[^>]*\?>/, "");
  const stack: string[] = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name as string);
  }
  expect(stack).toEqual([]);
  expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
}

describe("feeds", () => {
  it("escapes XML text and drops characters XML forbids", () => {
    expect(xmlEscape('a & <b> "c" \u0001')).toBe("a &amp; &lt;b&gt; &quot;c&quot; ");
  });

  it("RSS 2.0: one well-formed item per posting, with link, guid and date", () => {
    const rss = buildRss(entries, SITE, FEED);
    expectWellFormed(rss);
    expect(rss.match(/<item>/g)).toHaveLength(entries.length);
    expect(rss).toContain("<link>https://careers.example/jobs/people-ops-payroll-apprentice</link>");
    expect(rss).toContain("Payroll &amp; &lt;Ops&gt; &quot;lead&quot;");
    expect(rss).not.toContain("<script>");
  });

  it("JSON Feed 1.1: items carry a JobPosting that passes the checker", () => {
    const feed = buildJsonFeed(entries.slice(0, 3), SITE, FEED);
    const parsed = JSON.parse(JSON.stringify(feed)) as typeof feed;
    expect(parsed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(parsed.items).toHaveLength(3);
    for (const item of parsed.items) expect(checkJobPostingJsonLd(item._job_posting)).toEqual([]);
  });

  it("Indeed XML: a well-formed <source> with the elements Indeed reads", () => {
    const xml = buildIndeedXml(entries, SITE, new Date("2026-11-22T10:00:00Z"));
    expectWellFormed(xml);
    expect(xml.match(/<job>/g)).toHaveLength(entries.length);
    for (const element of ["title", "date", "referencenumber", "url", "company", "city", "country", "postalcode", "description", "jobtype"]) {
      expect(xml.match(new RegExp(`<${element}>`, "g")), element).toHaveLength(entries.length);
    }
    expect(xml).toContain("<city>Bordeaux</city>");
    expect(xml).toContain("<country>FR</country>");
  });
});
