import { createIssueCollector, type PostingIssue } from "../issues";
import type { Posting } from "../posting-shape";
import { checkContent } from "./content-rules";
import { checkContract } from "./contract-rules";
import { checkDates } from "./date-rules";
import { checkLanguages } from "./language-rules";
import { checkLocation } from "./location-rules";
import { checkPay } from "./pay-rules";
import { checkTranslation } from "./translation-rules";

/** Every rule of hiring in France and of the careers site, run on a structurally valid posting. */
export function collectPostingIssues(posting: Posting): PostingIssue[] {
  const { issues, report } = createIssueCollector();
  checkContract(posting, report);
  checkPay(posting, report);
  checkDates(posting, report);
  checkLocation(posting, report);
  checkLanguages(posting, report);
  checkContent(posting, report);
  checkTranslation(posting, report);
  return issues;
}
