import { describe, expect, it } from "vitest";
import {
  CONTRACT_WORDS,
  SCHEDULE_WORDS,
  SYNONYM_GROUPS,
  contractLexeme,
  editDistance,
  expandSearchQuery,
  normalizeSearchText,
  scheduleLexeme,
} from "@/lib/postings/search-synonyms";

describe("the search vocabulary", () => {
  it("normalizes accents, case and punctuation", () => {
    expect(normalizeSearchText("  Comptabilité / Trésorerie — CDI! ")).toBe("comptabilite tresorerie cdi");
    expect(normalizeSearchText("Part-time")).toBe("part time");
  });

  it("expands job vocabulary across French and English", () => {
    expect(expandSearchQuery("paie")[0]?.words).toEqual(expect.arrayContaining(["paie", "payroll"]));
    expect(expandSearchQuery("payroll")[0]?.words).toEqual(expect.arrayContaining(["payroll", "paie"]));
    expect(expandSearchQuery("compta")[0]?.words).toEqual(expect.arrayContaining(["compta", "comptable", "comptabilite", "accountant", "accounting"]));
    expect(expandSearchQuery("Comptabilité")[0]?.words[0]).toBe("comptabilite");
    expect(expandSearchQuery("RH")[0]?.words).toEqual(expect.arrayContaining(["rh", "hr", "human resources", "people"]));
  });

  it("maps contract and schedule words to the contract and schedule they name", () => {
    for (const word of ["stage", "internship", "intern", "stagiaire"]) expect(expandSearchQuery(word)[0]?.lexemes).toEqual([contractLexeme("STAGE")]);
    for (const word of ["apprentissage", "apprenti", "apprenticeship", "apprentice"]) {
      expect(expandSearchQuery(word)[0]?.lexemes).toEqual([contractLexeme("APPRENTISSAGE")]);
    }
    expect(expandSearchQuery("alternance")[0]?.lexemes).toEqual([contractLexeme("APPRENTISSAGE"), contractLexeme("PROFESSIONNALISATION")].sort());
    expect(expandSearchQuery("CDI")[0]?.lexemes).toEqual(["contract_cdi"]);
    expect(expandSearchQuery("fixed-term")[0]?.lexemes).toEqual(["contract_cdd"]);
    expect(expandSearchQuery("VIE")[0]?.lexemes).toEqual(["contract_vie"]);
    expect(expandSearchQuery("temps partiel")).toEqual([
      { words: [], lexemes: [scheduleLexeme("PART_TIME")], prefix: false, fuzzy: false },
    ]);
    expect(expandSearchQuery("part-time")[0]?.lexemes).toEqual(["schedule_part_time"]);
  });

  it("reads the longest known phrase first, then single words; every term must match", () => {
    const terms = expandSearchQuery("stage temps partiel Bordeaux");
    expect(terms.map((term) => term.lexemes[0] ?? term.words[0])).toEqual(["contract_stage", "schedule_part_time", "bordeaux"]);
    expect(terms[2]).toEqual({ words: ["bordeaux"], lexemes: [], prefix: true, fuzzy: true });
  });

  it("searches typed words as prefixes and lets PostgreSQL correct longer ones", () => {
    expect(expandSearchQuery("accoun")[0]).toMatchObject({ prefix: true, fuzzy: true });
    expect(expandSearchQuery("data")[0]).toMatchObject({ prefix: false, fuzzy: false });
  });

  it("corrects a misspelt vocabulary word to its synonyms and contract", () => {
    expect(editDistance("apprentisage", "apprentissage")).toBe(1);
    expect(editDistance("payrlol", "payroll")).toBe(1);
    expect(editDistance("stage", "sport", 1)).toBe(2);
    expect(expandSearchQuery("apprentisage")[0]?.lexemes).toEqual(["contract_apprentissage"]);
    expect(expandSearchQuery("payrol")[0]?.words).toEqual(expect.arrayContaining(["payrol", "payroll", "paie"]));
    expect(expandSearchQuery("internship")[0]?.words).toEqual([]);
    expect(expandSearchQuery("alternace")[0]?.lexemes).toContain("contract_apprentissage");
  });

  it("drops one- and two-letter words that mean nothing, and bounds the number of terms", () => {
    expect(expandSearchQuery("' OR 1=1--")).toEqual([]);
    expect(expandSearchQuery("a b c d")).toEqual([]);
    expect(expandSearchQuery("un deux trois quatre cinq six sept huit neuf dix")).toHaveLength(8);
  });

  it("holds only normalizable entries (no empty word, no duplicate group member)", () => {
    const all = [...SYNONYM_GROUPS.flat(), ...Object.values(CONTRACT_WORDS).flat(), ...Object.values(SCHEDULE_WORDS).flat()];
    for (const word of all) expect(normalizeSearchText(word)).not.toBe("");
    for (const group of SYNONYM_GROUPS) expect(new Set(group.map(normalizeSearchText)).size).toBe(group.length);
  });
});
