import type { IssueReporter } from "../issues";
import { msg } from "../messages/message";
import type { Posting } from "../posting-shape";

const FRENCH_POSTAL_CODE = /^\d{5}$/;

export function checkLocation(posting: Posting, report: IssueReporter): void {
  const { office, remote } = posting.location;
  if (remote.policy === "HYBRID" && remote.daysPerWeek !== null && (remote.daysPerWeek < 1 || remote.daysPerWeek > 4)) {
    report.error(["location", "remote", "daysPerWeek"], msg("hybridDays"));
  }
  if (remote.policy === "REMOTE") {
    if (remote.eligibleCountries.length === 0) {
      report.error(["location", "remote", "eligibleCountries"], msg("countriesMissing"));
    }
    remote.eligibleCountries.forEach((country, index) => {
      if (remote.eligibleCountries.indexOf(country) !== index) {
        report.error(["location", "remote", "eligibleCountries", index], msg("countryTwice", country), { blocksDraft: true });
      }
    });
  } else if (office === null && posting.contract.type !== "VIE") {
    // A VIE without an office gets its own message (contract-rules.ts); one message per problem.
    report.error(["location", "office"], msg("officeMissing"));
  }
  if (office && office.country === "FR" && !FRENCH_POSTAL_CODE.test(office.postalCode)) {
    report.error(["location", "office", "postalCode"], msg("postalCode"), { blocksDraft: true });
  }
}
