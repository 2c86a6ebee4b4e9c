import type { IssueReporter } from "../issues";
import { compareDates, parisDateOf, parisEndOfDay } from "../paris-time";
import type { Posting } from "../posting-shape";

export function checkDates(posting: Posting, report: IssueReporter): void {
  const { datePosted, validThrough, startWindow } = posting.dates;
  if (compareDates(startWindow.earliest, startWindow.latest) > 0) {
    report.error(["dates", "startWindow", "latest"], "The latest start date cannot be before the earliest start date.");
  }
  // Rules never read the clock: the posting date stands for "now" (the editor sets it to today).
  if (startWindow.earliest && compareDates(startWindow.earliest, parisDateOf(datePosted)) < 0) {
    report.warning(["dates", "startWindow", "earliest"], "The earliest start date is before the posting date: check the start dates.");
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
