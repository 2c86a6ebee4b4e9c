import { ENROLMENT_REQUIREMENTS } from "../enums";
import type { IssueReporter } from "../issues";
import type { Posting } from "../posting-shape";
import { addMonths, compareDates } from "../paris-time";
import {
  DURATION_LIMITS,
  GRATIFICATION_THRESHOLD_MONTHS,
  LEGAL_WEEKLY_HOURS,
  WORK_STUDY_TITLE,
  type DurationLimit,
} from "./contract-limits";

const DURATION = ["contract", "durationMonths"] as const;

function checkDurationValue(field: "ideal" | "min" | "max", months: number, limit: DurationLimit, hasReason: boolean, report: IssueReporter) {
  const path = [...DURATION, field];
  if (limit.min !== undefined && months < limit.min) {
    report.error(path, `${limit.noun} lasts at least ${limit.min} months (${limit.source}).`);
  } else if (limit.maxWithReason !== undefined && months > limit.max && months <= limit.maxWithReason) {
    if (!hasReason) {
      report.error(
        path,
        `${limit.noun} lasts at most ${limit.max} months; up to ${limit.maxWithReason} only in cases the law lists — state the reason in “Duration reason” (${limit.source}).`,
      );
    }
  } else if (months > (limit.maxWithReason ?? limit.max)) {
    report.error(path, `${limit.noun} lasts at most ${limit.maxWithReason ?? limit.max} months (${limit.source}).`);
  }
}

function checkDuration(posting: Posting, report: IssueReporter) {
  const { type, durationMonths, durationReason, endDate } = posting.contract;
  if (type === "CDI") {
    if (durationMonths) report.error(DURATION, "A CDI is open-ended: remove the duration.");
    if (endDate) report.error(["contract", "endDate"], "A CDI is open-ended: remove the end date.");
    return;
  }
  if (durationMonths) {
    const { ideal, min, max } = durationMonths;
    if (min !== null && min > ideal) report.error([...DURATION, "min"], "The minimum length cannot exceed the ideal length.");
    if (max !== null && max < ideal) report.error([...DURATION, "max"], "The maximum length cannot be below the ideal length.");
  }
  const limit = DURATION_LIMITS[type];
  if (!limit) return;
  if (!durationMonths) {
    report.error(DURATION, "State how many months this contract lasts.");
  } else {
    for (const field of ["ideal", "min", "max"] as const) {
      const months = durationMonths[field];
      if (months !== null) checkDurationValue(field, months, limit, durationReason !== null, report);
    }
  }
  if (endDate) {
    const { earliest, latest } = posting.dates.startWindow;
    const ceiling = durationReason !== null ? (limit.maxWithReason ?? limit.max) : limit.max;
    if (compareDates(endDate, latest) <= 0) {
      report.error(["contract", "endDate"], "The contract must end after the latest start date.");
    } else if (compareDates(endDate, addMonths(earliest, ceiling)) > 0) {
      report.error(
        ["contract", "endDate"],
        `${limit.noun} lasts at most ${ceiling} months: end it by ${addMonths(earliest, ceiling)} (${limit.source}).`,
      );
    }
  }
}

function checkSchedule(posting: Posting, report: IssueReporter) {
  const { type, schedule, weeklyHours } = posting.contract;
  if (schedule === "PART_TIME" && weeklyHours === null) {
    report.error(["contract", "weeklyHours"], "Give the weekly hours of this part-time contract.");
  }
  if (schedule === "PART_TIME" && weeklyHours !== null && weeklyHours >= LEGAL_WEEKLY_HOURS) {
    report.error(["contract", "weeklyHours"], "Part-time means fewer than 35 hours a week.");
  }
  if (type === "STAGE" && weeklyHours !== null && weeklyHours > LEGAL_WEEKLY_HOURS) {
    report.error(
      ["contract", "weeklyHours"],
      "An intern works at most 35 hours a week, like employees (Code de l'éducation L124-14).",
    );
  }
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
  const months = contract.durationMonths ? (contract.durationMonths.max ?? contract.durationMonths.ideal) : 0;
  if (months > GRATIFICATION_THRESHOLD_MONTHS && contract.compensation === null) {
    report.warning(
      ["contract", "compensation"],
      "An internship over 2 months must pay a gratification (Code de l'éducation L124-6): consider stating it.",
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
    if (office && office.country === "FR") {
      report.error(["location", "office", "country"], "A VIE is a mission abroad: choose an office outside France (Business France).");
    }
    if (posting.location.workAuthorization !== "EEA_NATIONALITY") {
      report.error(["location", "workAuthorization"], "A VIE is open to EEA nationals only: choose “EEA nationality” (Business France).");
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
