import { describe, expect, it } from "vitest";
import { postingSchema, toJobPostingJsonLd } from "@/lib/postings";
import { expectError, expectValid, makePosting } from "../postings/fixtures";

// How candidates apply, in the one posting schema: the method, its link or address, and the form's questions.

const SITE = { name: "Back Market", url: "https://careers.example", logoUrl: "/logo.png", sameAs: [] as string[] };

describe("apply method", () => {
  it("a posting saved before the method existed keeps its link, else its email", () => {
    expect(postingSchema.parse(makePosting()).apply.method).toBe("EXTERNAL_URL");
    expect(postingSchema.parse(makePosting((p) => void (p.apply = { url: null, email: "jobs@example.com" }))).apply).toEqual({ method: "EMAIL", url: null, email: "jobs@example.com", questions: [] });
  });

  it("publishes an on-site posting without link or email, with up to two questions", () => {
    expectValid(makePosting((p) => void (p.apply = { method: "ON_SITE", url: null, email: null, questions: ["Why us?", "Your notice period?"] })));
    expectError(makePosting((p) => void (p.apply = { method: "ON_SITE", url: null, email: null, questions: ["a", "b", "c"] })), "apply.questions", "2 questions or fewer");
    expectError(makePosting((p) => void (p.apply = { method: "ON_SITE", url: null, email: null, questions: [" "] })), "apply.questions.0", "Write the question");
  });

  it("requires the link or the address the method names", () => {
    expectError(makePosting((p) => void (p.apply = { method: "EMAIL", url: "https://jobs.example.com", email: null })), "apply.email", "Email address that receives");
    expectError(makePosting((p) => void (p.apply = { method: "EXTERNAL_URL", url: null, email: "jobs@example.com" })), "apply.url", "Application link");
  });

  it("says directApply only when candidates apply on the site", () => {
    const jsonLd = (method: "ON_SITE" | "EXTERNAL_URL") => {
      const posting = postingSchema.parse(makePosting((p) => void (p.apply = { ...p.apply, method })));
      return toJobPostingJsonLd(posting, SITE, { locale: "en", url: `${SITE.url}/jobs/${posting.slug}` });
    };
    expect(jsonLd("ON_SITE").directApply).toBe(true);
    expect(jsonLd("EXTERNAL_URL").directApply).toBe(false);
  });
});
