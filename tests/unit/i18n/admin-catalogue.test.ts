import { describe, expect, test } from "vitest";
import { en } from "@/lib/i18n/admin/en";
import { fr } from "@/lib/i18n/admin/fr";
import { fieldLabel } from "@/lib/i18n/admin/field-labels";
import { formatDay, formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { languageOptions } from "@/lib/i18n/admin/language-names";
import { localeFromAcceptLanguage, resolveAdminLocale } from "@/lib/i18n/admin/locale-cookie";
import { describePath } from "@/components/admin/postings/describe-path";

// Every leaf of a catalogue, with a sample value for messages with parts.
function leaves(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") {
    const args = Array.from({ length: node.length }, (_, index) => (index % 2 ? 2 : "x"));
    return [[path, String((node as (...values: unknown[]) => unknown)(...args))]];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe("admin catalogue", () => {
  test("no English or French text is empty", () => {
    for (const [path, text] of [...leaves(en), ...leaves(fr)]) expect(text.trim(), path).not.toBe("");
  });
  test("French has every English key, records included (the type checks the fixed ones)", () => {
    expect(leaves(fr).map(([path]) => path).sort()).toEqual(leaves(en).map(([path]) => path).sort());
  });
  test("the recruiter's words carry no HTTP codes, slugs or schema names", () => {
    for (const [path, text] of [...leaves(en), ...leaves(fr)]) {
      if (path.startsWith("actions.") || path === "editor.jsonLd.show") continue;
      expect(text, path).not.toMatch(/\b(308|410|slug|JobPosting|jobLocation|UTC)\b/);
    }
  });
  test("every posting status and role has a label in both languages", () => {
    expect(Object.keys(fr.status)).toEqual(Object.keys(en.status));
    expect(fr.status.PUBLISHED).toBe("Publiée");
    expect(fr.roles.RECRUITER).toBe("Recruteur");
  });
});

describe("locale choice", () => {
  test("the cookie wins; else the browser's first language the admin speaks; else English", () => {
    expect(resolveAdminLocale("fr", "en-GB,en;q=0.9")).toBe("fr");
    expect(resolveAdminLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(resolveAdminLocale("de", "de-DE,de;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE, fr;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0.2, fr;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("times and dates", () => {
  // 1 December 2026 13:05 UTC is 14:05 in Paris (winter time).
  const instant = new Date("2026-12-01T13:05:09Z");
  test("every time is Paris time, with the zone named, in the reader's language", () => {
    expect(formatParisTime(instant, "en")).toBe("1 Dec 2026, 14:05 Paris time");
    expect(formatParisTime(instant, "fr")).toBe("1 déc. 2026, 14 h 05, heure de Paris");
    expect(formatParisTime(instant, "en", { seconds: true })).toBe("1 Dec 2026, 14:05:09 Paris time");
    // Summer time: UTC+2.
    expect(formatParisTime(new Date("2026-07-14T08:30:00Z"), "en")).toBe("14 Jul 2026, 10:30 Paris time");
  });
  test("a day is written the reader's way, never as 2025-09-30", () => {
    expect(formatDay("2025-09-30", "fr")).toBe("30/09/2025");
    expect(formatDay("2025-09-30", "en")).toMatch(/^30 Sept? 2025$/);
  });
});

describe("field names", () => {
  test("paths read as the form labels them", () => {
    expect(fieldLabel("contract.durationReason", "en")).toBe("Reason for a longer contract");
    expect(fieldLabel("contract.durationReason", "fr")).toBe("Motif d’un contrat plus long");
    expect(describePath("content.en.steps.0.minutes", "en")).toBe("English › Step 1 › Length (minutes)");
    expect(describePath("dates.startWindow.earliest", "fr")).toBe("Début au plus tôt");
    expect(describePath("slug", "en")).toBe("Web address");
    expect(describePath("jsonLd", "en")).toBe("Google for Jobs listing");
  });
  test("languages are chosen by name, the common ones first", () => {
    const { common, others } = languageOptions("fr");
    expect(common.slice(0, 3).map((option) => option.label)).toEqual(["Anglais", "Français", "Allemand"]);
    expect(common.length + others.length).toBe(184);
    expect(languageOptions("en").common[3]).toEqual({ value: "es", label: "Spanish" });
  });
});
