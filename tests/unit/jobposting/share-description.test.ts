import { describe, expect, it } from "vitest";
import { shareDescription } from "@/lib/public/share-description";
import { SEED_POSTINGS } from "@/prisma/seed-data/postings";

// The text of a shared link: each posting's own first lines.

describe("shareDescription", () => {
  const descriptions = SEED_POSTINGS.flatMap((posting) =>
    Object.entries(posting.content).map(([locale, content]) => [`${posting.slug}/${locale}`, shareDescription(content)] as const),
  );

  it("starts each seeded posting at the lines that name its role, past the shared greeting", () => {
    expect(Object.fromEntries(descriptions.map(([key, text]) => [key, text.slice(0, 60)]))).toEqual({
      "people-ops-payroll-apprentice/en": "We're offering a great position for a People Operations Spec",
      "accountant-apprentice/en": "Back Market is now looking for its next Accountant Apprentic",
      "accountant-apprentice/fr": "Back Market recherche son ou sa prochain·e apprenti·e compta",
      "technical-program-management-intern/en": "As a Technical Program Management Intern, you’ll assist in m",
    });
  });

  it("differs for every posting and language, at most 200 characters, cut at a word", () => {
    expect(new Set(descriptions.map(([, text]) => text)).size).toBe(descriptions.length);
    for (const [, text] of descriptions) {
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text).not.toContain("Hi, we’re Back Market");
    }
    expect(shareDescription({ title: "Data Analyst", role: `${"word ".repeat(60)}` })).toMatch(/^(word ){38}word…$/);
  });

  it("falls back to the role's first lines when no paragraph names the role", () => {
    expect(shareDescription({ title: "Analyst", role: "First **paragraph**.\n\nSecond." })).toBe("First paragraph. Second.");
  });
});
