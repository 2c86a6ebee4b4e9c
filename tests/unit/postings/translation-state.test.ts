import { describe, expect, test } from "vitest";
import { frenchVersionOf, publicLocales, validatePosting, withoutUnfinishedFrench, type PostingInput } from "@/lib/postings";
import { expectError, makePosting, validateValid } from "./fixtures";

const withFrench = (frenchTranslated: boolean | undefined, french?: Partial<PostingInput["content"]["en"]>) =>
  makePosting((posting) => {
    posting.content.fr = { ...structuredClone(posting.content.en), ...french };
    if (frenchTranslated !== undefined) posting.frenchTranslated = frenchTranslated;
  });

const TRANSLATED = { title: "Ingénieur·e backend", role: "Vous construisez des **services**.", missions: ["Construire des API"] };

describe("French version: to translate until a recruiter says otherwise", () => {
  test("a French version starts to translate: a warning, off the public site", () => {
    const result = validateValid(withFrench(undefined));
    expect(result.data.frenchTranslated).toBe(false);
    expect(result.warnings.frenchTranslated).toEqual([expect.stringContaining("stays off the French site")]);
    expect(frenchVersionOf(result.data)).toBe("TO_TRANSLATE");
    expect(publicLocales(result.data)).toEqual(["en"]);
    expect(withoutUnfinishedFrench(result.data).content.fr).toBeUndefined();
  });
  test("marked translated while it reads like the English text: publishing is refused", () => {
    expectError(withFrench(true), "frenchTranslated", "same as the English");
    // Spacing and letter case do not make a translation.
    expectError(withFrench(true, { title: "BACKEND   Engineer" }), "frenchTranslated", "same as the English");
  });
  test("translated and different: public in both languages, no message", () => {
    const result = validateValid(withFrench(true, TRANSLATED));
    expect(result.warnings).not.toHaveProperty("frenchTranslated");
    expect(frenchVersionOf(result.data)).toBe("TRANSLATED");
    expect(publicLocales(result.data)).toEqual(["en", "fr"]);
    expect(withoutUnfinishedFrench(result.data).content.fr?.title).toBe("Ingénieur·e backend");
  });
  test("no French version: nothing to say, and a stray tick makes nothing public", () => {
    const none = validatePosting(makePosting((p) => void (p.frenchTranslated = true)), { mode: "publish" });
    if (!none.ok) throw new Error("invalid");
    expect(none.warnings).not.toHaveProperty("frenchTranslated");
    expect(frenchVersionOf(none.data)).toBe("NONE");
    expect(publicLocales(none.data)).toEqual(["en"]);
  });
});
