import { addMonths, addYearsToParisDateTime, formatParisDateTime, parisToday } from "./paris-time";
import type { Posting } from "./posting-shape";

function shiftYears(posting: Posting, years: number, now: Date): Posting {
  const { dates, contract } = posting;
  return {
    ...posting,
    contract: { ...contract, endDate: contract.endDate ? addMonths(contract.endDate, 12 * years) : null },
    dates: {
      datePosted: formatParisDateTime(now),
      validThrough: dates.validThrough ? addYearsToParisDateTime(dates.validThrough, years) : null,
      startWindow: {
        earliest: addMonths(dates.startWindow.earliest, 12 * years),
        latest: addMonths(dates.startWindow.latest, 12 * years),
      },
    },
  };
}

/**
 * The same intake, next time it can still be applied for: the start window
 * keeps its months and moves by whole years until it starts after today
 * (Paris) and applications (if they close) close after now. A window still
 * ahead does not move.
 */
export function repostForNextIntake(posting: Posting, now: Date): Posting {
  const today = parisToday(now);
  const { earliest } = posting.dates.startWindow;
  // Start just before the answer instead of counting up from the original year.
  let years = Math.max(0, Number(today.slice(0, 4)) - Number(earliest.slice(0, 4)) - 1);
  for (;;) {
    const candidate = shiftYears(posting, years, now);
    const { startWindow, validThrough } = candidate.dates;
    const opensAfterToday = startWindow.earliest > today;
    const closesAfterNow = validThrough === null || Date.parse(validThrough) > now.getTime();
    if (opensAfterToday && closesAfterNow) return candidate;
    years += 1;
    if (years > 10_000) throw new Error("repostForNextIntake: the posting's dates never reach the future");
  }
}
