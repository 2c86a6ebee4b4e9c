import { describe, expect, test } from "vitest";
import { draftPostingSchema, listPostingWarnings, postingSchema, validatePosting } from "@/lib/postings";
import { makePosting } from "./fixtures";

const incomplete = () =>
  makePosting((p) => {
    p.content.en.missions = [];
    p.content.en.title = "";
    p.apply = { url: null, email: null };
    p.languages = [];
  });

describe("draft and publish modes", () => {
  test("a draft may be incomplete: the gaps come back as publish blockers", () => {
    const result = validatePosting(incomplete(), { mode: "draft" });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual({});
    expect(Object.keys(result.publishBlockers).sort()).toEqual(["apply.url", "content.en.missions", "content.en.title", "languages"]);
  });
  test("publishing the same posting is blocked by the same messages", () => {
    const draft = validatePosting(incomplete(), { mode: "draft" });
    const publish = validatePosting(incomplete(), { mode: "publish" });
    expect(publish.ok).toBe(false);
    expect(publish.errors).toEqual(draft.publishBlockers);
    expect(publish.publishBlockers).toEqual({});
  });
  test("warnings are returned and never block", () => {
    const internship = makePosting((p) => {
      p.contract = { ...p.contract, type: "STAGE", durationMonths: { ideal: 4, min: null, max: null } };
      p.education.requirements = ["ENROLLED_STUDENT", "CONVENTION_DE_STAGE"];
    });
    const result = validatePosting(internship, { mode: "publish" });
    expect(result.ok).toBe(true);
    expect(Object.keys(result.warnings)).toEqual(["contract.compensation"]);
    const parsed = postingSchema.parse(internship);
    expect(listPostingWarnings(parsed)).toEqual([{ path: "contract.compensation", message: expect.stringContaining("L124-6") }]);
  });
  test("the zod schemas agree with validatePosting", () => {
    expect(draftPostingSchema.safeParse(incomplete()).success).toBe(true);
    const failure = postingSchema.safeParse(incomplete());
    expect(failure.success).toBe(false);
    expect(failure.error?.issues.map((issue) => issue.path.join("."))).toContain("content.en.missions");
  });
  test("junk input is answered, not thrown", () => {
    for (const junk of [null, undefined, 42, "posting", [], { slug: 1 }]) {
      const result = validatePosting(junk, { mode: "draft" });
      expect(result.ok).toBe(false);
      expect(Object.keys(result.errors).length).toBeGreaterThan(0);
    }
  });
  test("output is JSON-serialisable and parses to itself", () => {
    const result = validatePosting(makePosting(), { mode: "publish" });
    if (!result.ok) throw new Error("expected a valid posting");
    expect(postingSchema.parse(JSON.parse(JSON.stringify(result.data)))).toEqual(result.data);
  });
});

describe("hostile keys", () => {
  test.each(["valueOf", "__proto__", "constructor", "toString"])("an unknown %s key is reported at its own path", (key) => {
    const input = JSON.parse(`{"${key}": {"polluted": true}}`) as unknown;
    const result = validatePosting(input, { mode: "draft" });
    expect(Object.hasOwn(result.errors, key)).toBe(true);
    expect(result.errors[key]).toEqual([`“${key}” cannot be set from this form.`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
