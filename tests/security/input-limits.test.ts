import { describe, expect, it } from "vitest";
import { validatePosting, type PostingInput } from "@/lib/postings";
import { tpmIntern } from "@/prisma/seed-data/postings";

// Hostile text reaches the schema from the form and from server actions alike:
// each case is a message on the field, never an exception.

function withTitleAndRole(title: string, role: string): PostingInput {
  return { ...tpmIntern, content: { en: { ...tpmIntern.content.en, title, role } } };
}

describe("hostile text in a posting → field errors", () => {
  it.each([
    ["a 10,000-character title", "x".repeat(10_000), "content.en.title", /120 characters/],
    ["a NUL byte in the title", "Intern\u0000", "content.en.title", /control or text-direction/],
    ["an RTL override in the title", "Intern \u202Egnp.exe", "content.en.title", /control or text-direction/],
  ])("%s", (_name, title, field, message) => {
    const result = validatePosting(withTitleAndRole(title, tpmIntern.content.en.role), { mode: "draft" });
    expect(result.ok).toBe(false);
    expect(result.errors[field]?.join(" ")).toMatch(message);
  });

  it("a NUL byte or a 200,000-character markdown body is refused on its field", () => {
    const nul = validatePosting(withTitleAndRole(tpmIntern.content.en.title, "Role\u0000"), { mode: "draft" });
    expect(nul.errors["content.en.role"]?.join(" ")).toMatch(/control or text-direction/);
    const huge = validatePosting(withTitleAndRole(tpmIntern.content.en.title, "word ".repeat(40_000)), { mode: "draft" });
    expect(huge.ok).toBe(false);
    expect(huge.errors["content.en.role"]).toBeDefined();
  });

  it("unknown keys (status, authorId, id, version) are refused, not silently stored", () => {
    const result = validatePosting({ ...tpmIntern, status: "PUBLISHED", authorId: "x", id: "y", version: 9 } as unknown as PostingInput, { mode: "draft" });
    expect(result.ok).toBe(false);
  });
});
