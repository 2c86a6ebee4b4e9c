import { describe, expect, it } from "vitest";
import { LANGUAGE_NAMES } from "@/lib/i18n/language-names";
import { languageOptions } from "@/lib/i18n/admin/language-names";
import { LANGUAGE_CODES } from "@/lib/postings/language-codes";
import { languageName } from "@/lib/public/display";

// The language names ship as data so that the server's HTML and the browser's render agree (Chromium's trimmed
// ICU has no name for some languages, and the admin's language select is rendered on both sides).

describe("language names", () => {
  it("names every ISO 639-1 code in English and in French, capitalised, never as its code", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const code of LANGUAGE_CODES) {
        const name = LANGUAGE_NAMES[locale][code];
        expect(name, `${locale} ${code}`).toMatch(/^\p{Lu}/u);
        expect(name?.toLowerCase()).not.toBe(code);
      }
      expect(Object.keys(LANGUAGE_NAMES[locale]).sort()).toEqual([...LANGUAGE_CODES].sort());
    }
  });

  it("gives the public pages and the admin select the same names", () => {
    expect(languageName("en", "en")).toBe("English");
    expect(languageName("en", "fr")).toBe("Anglais");
    expect(languageName("aa", "en")).toBe("Afar");
    const { common, others } = languageOptions("fr");
    expect(common[0]).toEqual({ value: "en", label: "Anglais" });
    expect(others.find((option) => option.value === "za")?.label).toBe("Zhuang");
    expect(others.every((option) => option.label !== option.value.toUpperCase())).toBe(true);
  });
});
