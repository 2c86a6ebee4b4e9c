import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { addToIssueMap, formatIssuePath, type IssueMap } from "./issues";
import { draftPostingSchema, postingSchema, type PostingValidationMode } from "./posting-schema";
import type { Posting } from "./posting-shape";
import { msg, renderIssueMap, renderMessage } from "./messages/message";
import { recruiterErrorMap } from "./recruiter-messages";
import { collectPostingIssues } from "./rules/collect-posting-issues";

export type PostingValidationResult =
  | { ok: true; data: Posting; errors: IssueMap; warnings: IssueMap; publishBlockers: IssueMap }
  | { ok: false; data?: undefined; errors: IssueMap; warnings: IssueMap; publishBlockers: IssueMap };

function mapZodIssues(issues: readonly z.core.$ZodIssue[]): IssueMap {
  const errors: IssueMap = {};
  for (const issue of issues) {
    // Name each unknown key at its own path so a form can point at it.
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) addToIssueMap(errors, [...issue.path, key], msg("unknownKey", key));
    } else {
      addToIssueMap(errors, issue.path, issue.message);
    }
  }
  return errors;
}

/** The recruiter-facing warnings of a structurally valid posting: shown, never blocking. */
export function listPostingWarnings(posting: Posting, locale: Locale = "en"): { path: string; message: string }[] {
  return collectPostingIssues(posting)
    .filter((issue) => issue.severity === "warning")
    .map((issue) => ({ path: formatIssuePath(issue.path), message: renderMessage(issue.message, locale) }));
}

/**
 * Cheap enough for every keystroke, strict enough for a server action.
 * "draft": only junk blocks; rule errors come back as publishBlockers.
 * "publish": every rule error blocks; publishBlockers stays empty.
 * Messages come in `locale` (English unless asked), each naming its field as the form labels it.
 */
export function validatePosting(input: unknown, options: { mode: PostingValidationMode; locale?: Locale }): PostingValidationResult {
  const locale = options.locale ?? "en";
  const schema = options.mode === "publish" ? postingSchema : draftPostingSchema;
  const parsed = schema.safeParse(input, { error: recruiterErrorMap });
  if (!parsed.success) {
    return { ok: false, errors: renderIssueMap(mapZodIssues(parsed.error.issues), locale), warnings: {}, publishBlockers: {} };
  }
  const warnings: IssueMap = {};
  const publishBlockers: IssueMap = {};
  for (const issue of collectPostingIssues(parsed.data)) {
    if (issue.severity === "warning") addToIssueMap(warnings, issue.path, issue.message);
    else if (options.mode === "draft") addToIssueMap(publishBlockers, issue.path, issue.message);
  }
  return { ok: true, data: parsed.data, errors: {}, warnings: renderIssueMap(warnings, locale), publishBlockers: renderIssueMap(publishBlockers, locale) };
}
