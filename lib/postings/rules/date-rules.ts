import type { IssueReporter } from "../issues";
import { msg } from "../messages/message";
import { compareDates, parisDateOf, parisEndOfDay } from "../paris-time";
import type { Posting } from "../posting-shape";

export function checkDates(posting: Posting, report: IssueReporter): void {
  const { datePosted, validThrough, startWindow } = posting.dates;
  if (compareDates(startWindow.earliest, startWindow.latest) > 0) {
    report.error(["dates", "startWindow", "latest"], msg("latestBeforeEarliest"));
  }
  // Rules never read the clock: the posting date stands for "now" (the editor sets it to today).
  if (startWindow.earliest && compareDates(startWindow.earliest, parisDateOf(datePosted)) < 0) {
    report.warning(["dates", "startWindow", "earliest"], msg("startBeforePosted"));
  }
  if (validThrough === null) return;
  if (Date.parse(validThrough) <= Date.parse(datePosted)) {
    report.error(["dates", "validThrough"], msg("closeAfterPosted"));
  }
  // Applying after the last possible start day makes no sense; the day ends at midnight in Paris.
  const lastDay = parisEndOfDay(startWindow.latest);
  if (Date.parse(validThrough) > Date.parse(lastDay)) {
    report.error(["dates", "validThrough"], msg("closeByLatestStart", startWindow.latest));
  }
}
