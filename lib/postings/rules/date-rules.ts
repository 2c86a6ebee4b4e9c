import type { IssueReporter } from "../issues";
import { compareDates, parisEndOfDay } from "../paris-time";
import type { Posting } from "../posting-shape";

export function checkDates(posting: Posting, report: IssueReporter): void {
  const { datePosted, validThrough, startWindow } = posting.dates;
  if (compareDates(startWindow.earliest, startWindow.latest) > 0) {
    report.error(["dates", "startWindow", "latest"], "The latest start date cannot be before the earliest start date.");
  }
  if (validThrough === null) return;
  if (Date.parse(validThrough) <= Date.parse(datePosted)) {
    report.error(["dates", "validThrough"], "Applications must close after the posting date.");
  }
  // Applying after the last possible start day makes no sense; the day ends at midnight in Paris.
  const lastDay = parisEndOfDay(startWindow.latest);
  if (Date.parse(validThrough) > Date.parse(lastDay)) {
    report.error(
      ["dates", "validThrough"],
      `Applications must close by the end of the latest start day (${lastDay}, Paris time).`,
    );
  }
}
