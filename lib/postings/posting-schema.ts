import type { z } from "zod";
import { postingShape } from "./posting-shape";
import { collectPostingIssues } from "./rules/collect-posting-issues";

export type PostingValidationMode = "draft" | "publish";

/**
 * One structure, one rule set; the mode only decides which rule errors block.
 * A draft is blocked by junk (and by data the database cannot hold), a
 * published posting by every error. Warnings never block.
 */
export function buildPostingSchema(mode: PostingValidationMode) {
  return postingShape.superRefine(
    (posting, ctx) => {
      for (const issue of collectPostingIssues(posting)) {
        if (issue.severity !== "error") continue;
        if (mode === "draft" && !issue.blocksDraft) continue;
        ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path], input: undefined });
      }
    },
    // Rules compare fields, so they only run once every field has its type and format.
    { when: (payload) => payload.issues.length === 0 },
  );
}

export const postingSchema = buildPostingSchema("publish");
export const draftPostingSchema = buildPostingSchema("draft");

export type PostingSchema = typeof postingSchema;
export type ParsedPosting = z.output<PostingSchema>;
