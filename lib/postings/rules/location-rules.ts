import type { IssueReporter } from "../issues";
import type { Posting } from "../posting-shape";

const FRENCH_POSTAL_CODE = /^\d{5}$/;

export function checkLocation(posting: Posting, report: IssueReporter): void {
  const { office, remote } = posting.location;
  if (remote.policy === "HYBRID" && remote.daysPerWeek !== null && (remote.daysPerWeek < 1 || remote.daysPerWeek > 4)) {
    report.error(
      ["location", "remote", "daysPerWeek"],
      "A hybrid role has 1 to 4 remote days a week (0 is on site, 5 is fully remote).",
    );
  }
  if (remote.policy === "REMOTE") {
    if (remote.eligibleCountries.length === 0) {
      report.error(["location", "remote", "eligibleCountries"], "List at least one country a remote applicant may live in.");
    }
    remote.eligibleCountries.forEach((country, index) => {
      if (remote.eligibleCountries.indexOf(country) !== index) {
        report.error(["location", "remote", "eligibleCountries", index], `${country} is listed twice.`, { blocksDraft: true });
      }
    });
  } else if (office === null && posting.contract.type !== "VIE") {
    // A VIE without an office gets its own message (contract-rules.ts); one message per problem.
    report.error(["location", "office"], "In “Office”, choose the office this role is based in (only a fully remote role has none).");
  }
  if (office && office.country === "FR" && !FRENCH_POSTAL_CODE.test(office.postalCode)) {
    report.error(["location", "office", "postalCode"], "A French postal code has 5 digits, such as 75018.", { blocksDraft: true });
  }
}
