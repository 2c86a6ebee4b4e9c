import { DURATION_REASONS, durationReasonsFor } from "../duration-reasons";
import { ENROLMENT_REQUIREMENTS } from "../enums";
import type { IssueReporter } from "../issues";
import type { Posting } from "../posting-shape";
import { msg } from "../messages/message";
import { compareDates, lastDayAfterMonths } from "../paris-time";
import { DURATION_LIMITS, LEGAL_WEEKLY_HOURS, WORK_STUDY_TITLE, type DurationLimit } from "./contract-limits";
import {
  GRATIFICATION_AFTER_HOURS,
  MAX_PRESENCE_HOURS,
  lastInternshipDay,
  maxInternshipMonths,
  presenceHoursBetween,
  presenceHoursOverMonths,
  weeklyPresence,
} from "./internship-presence";

const DURATION = ["contract", "durationMonths"] as const;
const END_DATE = ["contract", "endDate"] as const;

type Ceiling = { months: number; source: string; inCase: boolean };

/** The longest this contract may last: its usual limit, or the one of the legal case chosen. */
function ceilingOf(posting: Posting, limit: DurationLimit): Ceiling {
  const { type, durationReason } = posting.contract;
  const rule = durationReason ? DURATION_REASONS[durationReason] : null;
  if (rule && rule.contract === type) return { months: rule.maxMonths, source: rule.source, inCase: true };
  return { months: limit.max, source: limit.source, inCase: false };
}

function checkReason(posting: Posting, report: IssueReporter) {
  const { type, durationReason } = posting.contract;
  if (!durationReason) return;
  const rule = DURATION_REASONS[durationReason];
  if (rule.contract === type) return;
  report.error(
    ["contract", "durationReason"],
    durationReasonsFor(type).length > 0 ? msg("reasonOtherContract", rule.contract, type) : msg("reasonNone", type),
  );
}

function checkMonths(field: "ideal" | "min" | "max", months: number, posting: Posting, limit: DurationLimit, report: IssueReporter) {
  const path = [...DURATION, field];
  const type = posting.contract.type;
  if (limit.min !== undefined && months < limit.min) {
    report.error(path, msg("lengthAtLeast", type, limit.min, limit.source));
    return;
  }
  const ceiling = ceilingOf(posting, limit);
  if (months <= ceiling.months) return;
  const longestCase = Math.max(0, ...durationReasonsFor(posting.contract.type).map((code) => DURATION_REASONS[code].maxMonths));
  if (!ceiling.inCase && months <= longestCase) {
    report.error(path, msg("lengthNeedsCase", type, ceiling.months, longestCase, ceiling.source));
  } else {
    report.error(path, msg("lengthAtMost", type, ceiling.months, ceiling.inCase, ceiling.source));
  }
}

function checkInternshipLength(posting: Posting, report: IssueReporter) {
  const { durationMonths, weeklyHours, endDate } = posting.contract;
  const hours = weeklyPresence(weeklyHours);
  const most = maxInternshipMonths(weeklyHours);
  for (const field of ["ideal", "min", "max"] as const) {
    const months = durationMonths?.[field] ?? null;
    if (months !== null && months > most) {
      report.error([...DURATION, field], msg("internshipMonths", MAX_PRESENCE_HOURS, hours, most));
    }
  }
  if (endDate) {
    const { earliest } = posting.dates.startWindow;
    const lastDay = lastInternshipDay(earliest, weeklyHours);
    if (compareDates(endDate, lastDay) > 0) {
      report.error(END_DATE, msg("internshipEndDate", MAX_PRESENCE_HOURS, earliest, hours, lastDay));
    }
  }
}

function checkDuration(posting: Posting, report: IssueReporter) {
  const { type, durationMonths, endDate } = posting.contract;
  checkReason(posting, report);
  if (type === "CDI") {
    if (durationMonths) report.error(DURATION, msg("cdiLength"));
    if (endDate) report.error(END_DATE, msg("cdiEndDate"));
    return;
  }
  if (durationMonths) {
    const { ideal, min, max } = durationMonths;
    if (min !== null && min > ideal) report.error([...DURATION, "min"], msg("minOverIdeal"));
    if (max !== null && max < ideal) report.error([...DURATION, "max"], msg("maxUnderIdeal"));
  }
  if (endDate && compareDates(endDate, posting.dates.startWindow.latest) <= 0) {
    report.error(END_DATE, msg("endBeforeStart"));
  }
  const limit = DURATION_LIMITS[type];
  if (!limit) return;
  if (!durationMonths) report.error(DURATION, msg("lengthMissing"));
  if (type === "STAGE") {
    checkInternshipLength(posting, report);
    return;
  }
  if (durationMonths) {
    for (const field of ["ideal", "min", "max"] as const) {
      const months = durationMonths[field];
      if (months !== null) checkMonths(field, months, posting, limit, report);
    }
  }
  if (endDate && compareDates(endDate, posting.dates.startWindow.latest) > 0) {
    const { earliest } = posting.dates.startWindow;
    const ceiling = ceilingOf(posting, limit);
    // A contract's end date is its last day: 1 September + 36 months ends on 31 August.
    const lastDay = lastDayAfterMonths(earliest, ceiling.months);
    if (compareDates(endDate, lastDay) > 0) {
      report.error(END_DATE, msg("endDateTooLate", type, ceiling.months, ceiling.inCase, earliest, lastDay, ceiling.source));
    }
  }
}

function checkSchedule(posting: Posting, report: IssueReporter) {
  const { schedule, weeklyHours } = posting.contract;
  if (schedule === "PART_TIME" && weeklyHours === null) {
    report.error(["contract", "weeklyHours"], msg("partTimeHours"));
  }
  if (schedule === "PART_TIME" && weeklyHours !== null && weeklyHours >= LEGAL_WEEKLY_HOURS) {
    report.error(["contract", "weeklyHours"], msg("partTimeUnder35"));
  }
}

/** Hours of presence the internship will reach: to its end date, else over its longest stated length. */
function internshipPresenceHours(posting: Posting): number {
  const { durationMonths, weeklyHours, endDate } = posting.contract;
  if (endDate) return presenceHoursBetween(posting.dates.startWindow.earliest, endDate, weeklyHours);
  const months = durationMonths ? (durationMonths.max ?? durationMonths.ideal) : 0;
  return presenceHoursOverMonths(months, weeklyHours);
}

function describesWorkStudy(posting: Posting): boolean {
  const titles = [posting.content.en.title, posting.content.fr?.title ?? ""];
  return posting.education.requirements.includes("WORK_STUDY_PROGRAMME") || titles.some((title) => WORK_STUDY_TITLE.test(title));
}

function checkInternship(posting: Posting, report: IssueReporter) {
  const { contract, education } = posting;
  if (describesWorkStudy(posting)) {
    report.error(["contract", "type"], msg("internshipIsWorkStudy"));
  }
  if (!education.requirements.includes("CONVENTION_DE_STAGE")) {
    report.error(["education", "requirements"], msg("internshipConvention"));
  }
  if (!education.requirements.some((requirement) => ENROLMENT_REQUIREMENTS.includes(requirement))) {
    report.error(["education", "requirements"], msg("internshipEnrolment"));
  }
  if (internshipPresenceHours(posting) > GRATIFICATION_AFTER_HOURS && contract.compensation === null) {
    report.warning(["contract", "compensation"], msg("internshipGratification", GRATIFICATION_AFTER_HOURS));
  }
}

function checkNonInternship(posting: Posting, report: IssueReporter) {
  const { type, compensation } = posting.contract;
  if (posting.education.requirements.includes("CONVENTION_DE_STAGE")) {
    report.error(["education", "requirements"], msg("conventionNotInternship"));
  }
  if (compensation?.kind === "GRATIFICATION") {
    report.error(
      ["contract", "compensation", "kind"],
      type === "FREELANCE" ? msg("freelanceGratification") : msg("gratificationNotSalary"),
    );
  }
  if (type === "VIE") {
    const office = posting.location.office;
    // Messages name the editor's fields ("Office", "Right to work") so the recruiter knows where to look.
    if (office === null || office.country === "FR") {
      report.error(office === null ? ["location", "office"] : ["location", "office", "country"], msg("vieAbroad"));
    }
    if (posting.location.workAuthorization !== "EEA_NATIONALITY") {
      report.error(["location", "workAuthorization"], msg("vieEea"));
    }
  }
}

export function checkContract(posting: Posting, report: IssueReporter): void {
  checkDuration(posting, report);
  checkSchedule(posting, report);
  if (posting.contract.type === "STAGE") checkInternship(posting, report);
  else checkNonInternship(posting, report);
  const compensation = posting.contract.compensation;
  if (compensation && compensation.minAmount !== null && compensation.maxAmount !== null && compensation.minAmount > compensation.maxAmount) {
    report.error(["contract", "compensation", "maxAmount"], msg("maxBelowMin"));
  }
}
