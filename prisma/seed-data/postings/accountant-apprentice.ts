import type { PostingInput } from "@/lib/postings";
import { PARIS_HQ } from "../offices";
import { FINANCE_TEAM } from "../teams";
import { accountantApprenticeFr } from "./accountant-apprentice-fr";
import {
  ABOUT_BACK_MARKET_EN,
  APPRENTICE_ADDITIONAL_INFO_EN,
  APPRENTICE_BENEFITS_EN,
  BACK_MARKET_JOB_BOARD,
  HI_WE_ARE_BACK_MARKET_EN,
  HYBRID_REMOTE,
} from "./shared-text";

// Source: shared/seeds/001_1f8f147bcdf58e16.txt.
// The source footer says "Contract Type: Internship". That is wrong in law: the
// posting requires a work-study programme providing a "contrat d'apprentissage
// / contrat d'alternance", and an apprentice is an employee under a work
// contract (Code du travail L6221-1), not an intern. The true contract is stored.
export const accountantApprentice: PostingInput = {
  slug: "accountant-apprentice",
  teamSlug: FINANCE_TEAM.slug,
  contract: {
    type: "APPRENTISSAGE",
    schedule: "FULL_TIME",
    weeklyHours: null,
    // "Duration: 12 months apprenticeship".
    durationMonths: { ideal: 12, min: null, max: null },
    durationReason: null,
    endDate: null,
    compensation: null,
  },
  dates: {
    // No dates in the source: a plausible posting day before the intake, and
    // no closing date (none is shown).
    datePosted: "2025-05-19T09:00:00+02:00",
    validThrough: null,
    // "Starting date: September 2025".
    startWindow: { earliest: "2025-09-01", latest: "2025-09-30" },
  },
  location: { office: PARIS_HQ, remote: HYBRID_REMOTE, workAuthorization: "NONE" },
  languages: [
    // "Fully professional capability" names no CEFR level: none is shown. French: "a B2 level minimum".
    { code: "en", level: null, required: true, wording: "English is a no-brainer (fully professional capability)" },
    { code: "fr", level: "B2", required: true, wording: "B2 level minimum in French to handle our French partners" },
  ],
  education: { requirements: ["WORK_STUDY_PROGRAMME"], field: null },
  content: {
    en: {
      title: "Accountant Apprentice (English and French speaker)",
      about: ABOUT_BACK_MARKET_EN,
      role: `${HI_WE_ARE_BACK_MARKET_EN}

Back Market is now looking for its next Accountant Apprentice who will report to the Head of Accounting Transformation

You want to develop your skills in management and accounting tasks within a rapidly growing group. You're looking for a versatile and evolving position, so join us!`,
      missions: [
        "Managing provider invoices with purchase orders",
        "Analysis of open purchase orders",
        "Dealing with providers’ requests",
        "Conformity check and accounting recording with analytical imputation",
        "Analysis of providers auxiliary accounts",
        // The source lists this mission only in French ("Comptabilisation de la trésorerie
        // et suivi des emprunts…"): our translation.
        "Treasury accounting and loan follow-up (bank reconciliations, reconciliation with amortization schedules, entry of new loans where needed)",
        "Participation in monthly closings, accrual and prepaid expenses",
        "Calculation and posting of deferred expenses",
        "Support for the professional expenses tool (organizational updates and transaction accounting)",
        // Only in French in the source ("Amélioration constant de l’outil et de nos process"): our translation.
        "Continuous improvement of the tool and of our processes",
      ],
      profile: [
        "English is a no-brainer (fully professional capability). And you have a B2 level minimum in French to handle our French partners.",
        "You are adaptable and proactive approach",
        "You have great communication skills",
        "You are a genuine team player",
        "You are eager to learn and grow",
        "You are highly organized with a knack for bringing initiatives to life!",
      ],
      benefits: APPRENTICE_BENEFITS_EN,
      additionalInfo: APPRENTICE_ADDITIONAL_INFO_EN,
      steps: [
        { order: 1, kind: "VIDEO_CALL", label: "HR interview", minutes: 30, withWhom: "The Talent Acquisition Specialist", options: [] },
        {
          order: 2,
          kind: "ASSESSMENT",
          label: "Technical test (home assignment prior to the interview) or live case study during the technical interview",
          minutes: 45,
          withWhom: "The direct manager",
          options: ["HOME_ASSIGNMENT", "LIVE_CASE_STUDY"],
        },
        // The source does not say how this interview is held; domain.md reads the process as three video calls.
        { order: 3, kind: "VIDEO_CALL", label: "Team fit interview", minutes: 30, withWhom: "Another member of the team", options: [] },
      ],
    },
    fr: accountantApprenticeFr,
  },
  // The seed's French missions are the source's own words: a finished translation.
  frenchTranslated: true,
  apply: { url: BACK_MARKET_JOB_BOARD, email: null },
};
