import { lowestApprenticeMinimum, APPRENTICE_PAY_SOURCE } from "../apprentice-minimum-pay";
import type { IssueReporter } from "../issues";
import { msg } from "../messages/message";
import type { Posting } from "../posting-shape";

const PAY = ["contract", "compensation"] as const;

// Pay transparency: applicants are entitled to the pay range before the interview
// (EU directive 2023/970, art. 5). Internships are left to the gratification rule.
export function checkPay(posting: Posting, report: IssueReporter): void {
  const { type, compensation, weeklyHours } = posting.contract;
  if (type === "STAGE") return;
  if (!compensation || (compensation.minAmount === null && compensation.maxAmount === null)) {
    report.warning(PAY, msg("payMissing"));
    return;
  }
  if (type !== "APPRENTISSAGE" || compensation.currency !== "EUR") return;
  const start = compensation.minAmount ?? compensation.maxAmount;
  const lowest = lowestApprenticeMinimum(compensation.unit, weeklyHours);
  if (start !== null && start < lowest) {
    report.warning(
      [...PAY, compensation.minAmount !== null ? "minAmount" : "maxAmount"],
      msg("apprenticeBelowMinimum", lowest, APPRENTICE_PAY_SOURCE),
    );
  }
}
