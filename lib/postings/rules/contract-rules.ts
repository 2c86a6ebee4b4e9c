import { DURATION_REASONS, durationReasonsFor } from "../duration-reasons";
import { ENROLMENT_REQUIREMENTS } from "../enums";
import type { IssueReporter } from "../issues";
import type { Posting } from "../posting-shape";
import { CONTRACT_LABELS } from "../posting-labels";
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
const REASON_FIELD = "“Reason for a longer contract”";

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
    durationReasonsFor(type).length > 0
      ? `This case is for a ${CONTRACT_LABELS.en[rule.contract]}: choose one that applies to a ${CONTRACT_LABELS.en[type]}, or none.`
      : `A ${CONTRACT_LABELS.en[type]} has no legal case for another length: choose none.`,
  );
}

function checkMonths(field: "ideal" | "min" | "max", months: number, posting: Posting, limit: DurationLimit, report: IssueReporter) {
  const path = [...DURATION, field];
  if (limit.min !== undefined && months < limit.min) {
    report.error(path, `${limit.noun} lasts at least ${limit.min} months (${limit.source}).`);
    return;
  }
  const ceiling = ceilingOf(posting, limit);
  if (months <= ceiling.months) return;
  const longestCase = Math.max(0, ...durationReasonsFor(posting.contract.type).map((code) => DURATION_REASONS[code].maxMonths));
  if (!ceiling.inCase && months <= longestCase) {
    report.error(
      path,
      `${limit.noun} lasts at most ${ceiling.months} months; up to ${longestCase} only in the cases the law lists — choose the case in ${REASON_FIELD} (${ceiling.source}).`,
    );
  } else {
    report.error(path, `${limit.noun} lasts at most ${ceiling.months} months${ceiling.inCase ? " in this case" : ""} (${ceiling.source}).`);
  }
}

function checkInternshipLength(posting: Posting, report: IssueReporter) {
  const { durationMonths, weeklyHours, endDate } = posting.contract;
  const hours = weeklyPresence(weeklyHours);
  const most = maxInternshipMonths(weeklyHours);
  const rule = `at most 6 months of presence, ${MAX_PRESENCE_HOURS} hours counting 7 hours as a day and 22 days as a month (Code de l'éducation L124-5 and D124-6)`;
  for (const field of ["ideal", "min", "max"] as const) {
    const months = durationMonths?.[field] ?? null;
    if (months !== null && months > most) {
      report.error([...DURATION, field], `An internship lasts ${rule}: at ${hours} hours a week, that is ${most} months at most.`);
    }
  }
  if (endDate) {
    const { earliest } = posting.dates.startWindow;
    const lastDay = lastInternshipDay(earliest, weeklyHours);
    if (compareDates(endDate, lastDay) > 0) {
      report.error(END_DATE, `An internship lasts ${rule}: from ${earliest} at ${hours} hours a week, its last day is ${lastDay} at the latest.`);
    }
  }
}

function checkDuration(posting: Posting, report: IssueReporter) {
  const { type, durationMonths, endDate } = posting.contract;
  checkReason(posting, report);
  if (type === "CDI") {
    if (durationMonths) report.error(DURATION, "A CDI is open-ended: remove the length.");
    if (endDate) report.error(END_DATE, "A CDI is open-ended: remove the end date.");
    return;
  }
  if (durationMonths) {
    const { ideal, min, max } = durationMonths;
    if (min !== null && min > ideal) report.error([...DURATION, "min"], "“At least” cannot be more than “Length”.");
    if (max !== null && max < ideal) report.error([...DURATION, "max"], "“At most” cannot be less than “Length”.");
  }
  if (endDate && compareDates(endDate, posting.dates.startWindow.latest) <= 0) {
    report.error(END_DATE, "The contract must end after the latest start date.");
  }
  const limit = DURATION_LIMITS[type];
  if (!limit) return;
  if (!durationMonths) report.error(DURATION, "State how many months this contract lasts.");
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
      report.error(
        END_DATE,
        `${limit.noun} lasts at most ${ceiling.months} months${ceiling.inCase ? " in this case" : ""}: from ${earliest}, its last day is ${lastDay} at the latest (${ceiling.source}).`,
      );
    }
  }
}

function checkSchedule(posting: Posting, report: IssueReporter) {
  const { schedule, weeklyHours } = posting.contract;
  if (schedule === "PART_TIME" && weeklyHours === null) {
    report.error(["contract", "weeklyHours"], "Give the weekly hours of this part-time contract.");
  }
  if (schedule === "PART_TIME" && weeklyHours !== null && weeklyHours >= LEGAL_WEEKLY_HOURS) {
    report.error(["contract", "weeklyHours"], "Part-time means fewer than 35 hours a week.");
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
    report.error(
      ["contract", "type"],
      "Contract mismatch: this posting describes an apprenticeship (work-study programme or apprentice title) but the contract is an internship. An apprentice is an employee under a work contract, not an intern (Code du travail L6221-1): choose APPRENTISSAGE or PROFESSIONNALISATION.",
    );
  }
  if (!education.requirements.includes("CONVENTION_DE_STAGE")) {
    report.error(
      ["education", "requirements"],
      "An internship needs a convention de stage signed with the school: add it to the requirements (Code de l'éducation L124-1).",
    );
  }
  if (!education.requirements.some((requirement) => ENROLMENT_REQUIREMENTS.includes(requirement))) {
    report.error(
      ["education", "requirements"],
      "An intern must be an enrolled student: add an enrolment requirement (Code de l'éducation L124-1).",
    );
  }
  if (internshipPresenceHours(posting) > GRATIFICATION_AFTER_HOURS && contract.compensation === null) {
    report.warning(
      ["contract", "compensation"],
      `An internship over 2 months of presence must pay a gratification, from the ${GRATIFICATION_AFTER_HOURS + 1}th hour (Code de l'éducation L124-6 and D124-6): consider stating it.`,
    );
  }
}

function checkNonInternship(posting: Posting, report: IssueReporter) {
  const { type, compensation } = posting.contract;
  if (posting.education.requirements.includes("CONVENTION_DE_STAGE")) {
    report.error(
      ["education", "requirements"],
      "A convention de stage only exists for internships (Code de l'éducation L124-1): remove it or choose STAGE.",
    );
  }
  if (compensation?.kind === "GRATIFICATION") {
    report.error(
      ["contract", "compensation", "kind"],
      type === "FREELANCE"
        ? "A freelancer is paid fees under a commercial contract, not an internship gratification: choose SALARY."
        : "A gratification is what an intern receives; this contract pays a salary.",
    );
  }
  if (type === "VIE") {
    const office = posting.location.office;
    // Messages name the editor's fields ("Office", "Right to work") so the recruiter knows where to look.
    if (office === null) {
      report.error(["location", "office"], "A VIE is a mission abroad: in “Office”, choose an office outside France.");
    } else if (office.country === "FR") {
      report.error(["location", "office", "country"], "A VIE is a mission abroad: in “Office”, choose an office outside France.");
    }
    if (posting.location.workAuthorization !== "EEA_NATIONALITY") {
      report.error(["location", "workAuthorization"], "A VIE is open to EEA nationals only: in “Right to work”, choose “EEA nationality required”.");
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
    report.error(["contract", "compensation", "maxAmount"], "The maximum amount cannot be below the minimum.");
  }
}
