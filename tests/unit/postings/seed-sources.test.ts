import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { LocaleContentInput, PostingInput } from "@/lib/postings";
import { accountantApprentice, SEED_POSTINGS } from "@/prisma/seed-data/postings";

// The seeded postings say what their sources say, section by section: every
// title, paragraph and bullet is the source's text (tests/fixtures/seeds/, copies
// of the original postings), except the edits and translations listed here with
// the source text they come from; every mission the source lists appears; and no
// closing date, CEFR level or remote-day count appears that the source does not state.

const SOURCES: Record<string, string> = Object.fromEntries(
  SEED_POSTINGS.map((posting) => [posting.slug, readFileSync(path.resolve(import.meta.dirname, `../../fixtures/seeds/${posting.slug}.txt`), "utf8")]),
);

const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

// Our text → the source text it stands for (a documented edit, or a translation).
const EDITS: Record<string, string> = {
  // Free-text dates go stale when reposted: the start window carries them (tpm-intern.ts).
  "You are looking for a 6 month, full-time role (35h/week), internship based in Paris, France":
    "You are looking for a 6 month, full-time role (35h/week), internship (March 2025 - September 2025) based in Paris, France",
  // The benefits follow as their own list (shared-text.ts).
  "No matter your role and seniority level, you'll enjoy impact-driven work with hands-on career development in an innovative, driven, and fast-paced environment — with benefits to match.":
    "No matter your role and seniority level, you'll enjoy impact-driven work with hands-on career development in an innovative, driven, and fast-paced environment — with benefits to match, like:",
  // Missions the source gives in one language only, translated.
  "Treasury accounting and loan follow-up (bank reconciliations, reconciliation with amortization schedules, entry of new loans where needed)":
    "Comptabilisation de la trésorerie et suivi des emprunts (rapprochements bancaires, réconciliation avec les tableaux d'amortissements, saisie éventuelle des nouveaux emprunts).",
  "Continuous improvement of the tool and of our processes": "Amélioration constant de l'outil et de nos process",
  "Calcul et comptabilisation des charges à étaler": "Calculation and posting of deferred expenses",
};

function missing(slug: string, pieces: readonly string[]): string[] {
  const source = normalize(SOURCES[slug] as string);
  return pieces.map(normalize).filter((piece) => !source.includes(normalize(EDITS[piece] ?? piece)));
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());

// The bullets of the source's mission section ("YOUR MISSION (IF YOU ACCEPT IT)" up to the next heading).
function sourceMissions(slug: string): string[] {
  const lines = (SOURCES[slug] as string).split("\n").map((line) => line.trim());
  const start = lines.findIndex((line) => /^your mission/i.test(line));
  const end = lines.findIndex(
    (line, index) => index > start && /^(you.?re at the right place|you are in the right place|about this|recruitment process)/i.test(line.replace(/^[•-]\s*/, "")),
  );
  return lines
    .slice(start + 1, end)
    .filter((line) => /^[•-]\s/.test(line))
    .map((line) => line.replace(/^[•-]\s+/, ""))
    .filter((line) => !/^(in french below|you.?re at the right place)/i.test(line));
}

describe.each(SEED_POSTINGS.map((posting) => [posting.slug, posting] as const))("%s against its source", (slug, posting: PostingInput) => {
  const locales = Object.entries(posting.content) as [string, LocaleContentInput][];

  test("title, about, role and additional information: the source's paragraphs", () => {
    const english = posting.content.en;
    expect(missing(slug, [english.title, ...paragraphs(english.about), ...paragraphs(english.role), ...paragraphs(english.additionalInfo ?? "")])).toEqual([]);
  });

  test("missions, profile and benefits: the source's bullets", () => {
    expect(missing(slug, [...posting.content.en.missions, ...posting.content.en.profile, ...posting.content.en.benefits])).toEqual([]);
    // The French locale's missions are the source's own French (the rest of it is our translation).
    for (const [, content] of locales.filter(([locale]) => locale !== "en")) expect(missing(slug, content.missions)).toEqual([]);
  });

  test("every mission the source lists appears, in every language of the posting", () => {
    const bullets = sourceMissions(slug);
    expect(bullets.length).toBeGreaterThanOrEqual(5);
    const all = locales.flatMap(([, content]) => content.missions.map((mission) => normalize(EDITS[mission] ?? mission)));
    expect(bullets.map(normalize).filter((bullet) => !all.includes(bullet))).toEqual([]);
    if (locales.length === 1) expect(posting.content.en.missions).toHaveLength(bullets.length);
  });

  test("recruitment steps: the source's durations and interviewers", () => {
    const source = normalize(SOURCES[slug] as string).toLowerCase();
    for (const step of posting.content.en.steps) {
      expect(source).toContain(`(${step.minutes}min)`);
      expect(source).toContain(normalize(step.withWhom ?? "").replace(/^the /i, "").toLowerCase());
    }
  });

  test("no closing date, CEFR level or remote-day count the source does not state", () => {
    const source = SOURCES[slug] as string;
    expect(posting.dates.validThrough).toBeNull();
    for (const language of posting.languages) if (language.level) expect(source).toContain(language.level);
    const remote = posting.location.remote;
    if (remote.policy === "HYBRID" && remote.daysPerWeek !== null) expect(source).toContain(`${remote.daysPerWeek} remote days a week`);
  });
});

test("the sources' mission lists as read: 5, 8 in English + 9 in French, 5", () => {
  expect(SEED_POSTINGS.map((posting) => [posting.slug, sourceMissions(posting.slug).length])).toEqual([
    ["people-ops-payroll-apprentice", 5],
    ["accountant-apprentice", 17],
    ["technical-program-management-intern", 5],
  ]);
});

test("the Accountant lists the same ten missions in English and French", () => {
  expect(accountantApprentice.content.en.missions).toHaveLength(10);
  expect(accountantApprentice.content.fr?.missions).toHaveLength(10);
});
