import { describe, expect, it } from "vitest";
import { buildIndeedXml } from "@/lib/feeds/indeed";
import { buildJsonFeed } from "@/lib/feeds/json-feed";
import { buildRss } from "@/lib/feeds/rss";
import { cdata, xmlEscape } from "@/lib/feeds/xml";
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

/** The character data of each CDATA section, joined the way an XML parser would read them. */
function readCdata(xml: string): string {
  return [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join("");
}

function expectWellFormed(xml: string): void {
  // A strict parser is not in Node (the e2e spec parses the served feeds with the browser's DOMParser):
  // check well-formedness the way a feed reader's tokenizer would, CDATA sections set aside.
  const text = xml.replace(/<\?xml[^>]*\?>/, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
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
    expect(xmlEscape("lone \uD800 surrogate, pair \uD83D\uDE00 kept, \uFFFE gone")).toBe("lone  surrogate, pair \uD83D\uDE00 kept,  gone");
    expect(xmlEscape("line\u2028sep\ttab\nnewline")).toBe("line\u2028sep\ttab\nnewline");
  });

  it("CDATA: ']]>' cannot end the section early, and the text reads back unchanged", () => {
    const text = "a ]]> b <script>alert(1)</script> & ]]]]> c\u0007";
    const section = cdata(text);
    expect(section.startsWith("<![CDATA[")).toBe(true);
    expect(section.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")).toBe("");
    expect(readCdata(section)).toBe(text.replace("\u0007", ""));
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
    expect(xml).toContain("<city><![CDATA[Bordeaux]]></city>");
    expect(xml).toContain("<country><![CDATA[FR]]></country>");
    expect(xml).toContain("<referencenumber><![CDATA[hostile]]></referencenumber>");
    expect(xml).toContain("<publisher><![CDATA[Back Market]]></publisher>");
  });

  it("Indeed XML: hostile text stays inside its CDATA section", () => {
    const xml = buildIndeedXml([hostile], SITE, new Date("2026-11-22T10:00:00Z"));
    const description = /<description>([\s\S]*?)<\/description>/.exec(xml)?.[1] ?? "";
    expect(description.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")).toBe("");
    expect(readCdata(description)).toContain("&lt;/description&gt;&lt;script&gt;");
    expect(readCdata(/<title>([\s\S]*?)<\/title>/.exec(xml)?.[1] ?? "")).toBe('Payroll & <Ops> "lead"');
  });

  it("Indeed XML: a fully remote role names its first eligible country", () => {
    const remote = entry({ ...first, slug: "remote", location: { office: null, remote: { policy: "REMOTE", eligibleCountries: ["DE", "FR"] }, workAuthorization: "NONE" } } as PostingInput);
    const xml = buildIndeedXml([remote], SITE, new Date("2026-11-22T10:00:00Z"));
    expect(xml).toContain("<country><![CDATA[DE]]></country>");
    expect(xml).not.toContain("<city>");
    expect(xml).toContain("<remotetype><![CDATA[Fully remote]]></remotetype>");
  });
});
