import type { PostingInput } from "@/lib/postings";
import { BORDEAUX } from "../offices";
import { PEOPLE_TEAM } from "../teams";
import {
  ABOUT_BACK_MARKET_EN,
  APPRENTICE_ADDITIONAL_INFO_EN,
  APPRENTICE_BENEFITS_EN,
  BACK_MARKET_JOB_BOARD,
  HI_WE_ARE_BACK_MARKET_EN,
  HYBRID_REMOTE,
} from "./shared-text";

// Source: shared/seeds/000_8a594fbebb0c3308.txt.
// The source footer says "Contract Type: Internship". That is wrong in law: the
// posting asks for a work-study programme providing an apprenticeship contract,
// and an apprentice is an employee under a work contract (Code du travail
// L6221-1), not an intern under a convention de stage. The true contract is
// stored; the schema rejects the footer's STAGE as a contract mismatch.
// The footer's "Location: Bordeaux" is carried by location.office.
export const peopleOpsPayrollApprentice: PostingInput = {
  slug: "people-ops-payroll-apprentice",
  teamSlug: PEOPLE_TEAM.slug,
  contract: {
    type: "APPRENTISSAGE",
    schedule: "FULL_TIME",
    weeklyHours: null,
    // "Duration: 12 months ideally".
    durationMonths: { ideal: 12, min: null, max: null },
    durationReason: null,
    endDate: null,
    compensation: null,
  },
  dates: {
    // The source gives no posting or closing date: a plausible posting day
    // before the intake, and no closing date (none is shown).
    datePosted: "2025-05-12T09:00:00+02:00",
    validThrough: null,
    // "Starting date: August or September 2025".
    startWindow: { earliest: "2025-08-01", latest: "2025-09-30" },
  },
  location: { office: BORDEAUX, remote: HYBRID_REMOTE, workAuthorization: "NONE" },
  languages: [
    // "english is a no brainer" makes English required without naming a level:
    // none is shown.
    { code: "en", level: null, required: true, wording: "english is a no brainer" },
  ],
  education: { requirements: ["WORK_STUDY_PROGRAMME"], field: null },
  content: {
    en: {
      title: "People Ops and Payroll Apprentice",
      about: ABOUT_BACK_MARKET_EN,
      role: `${HI_WE_ARE_BACK_MARKET_EN}

We're offering a great position for a People Operations Specialist in Bordeaux for an apprenticeship. So, if you’ve got a way with human resources in a challenging environment and a genuine desire to build a first-class People organization, we'd love to hear from you!`,
      missions: [
        "Build, maintain and enhance the administrative experience at Back Market",
        "Create contracts, amendments and generate exit documents",
        "Handle our legal declarations",
        "Manage employees’ requests relative to People Operations & Payroll in a timely manner and with an empathetic and solution-oriented approach",
        "Update and upgrade our internal knowledge hub to ensure transparency and comfort to our employees",
      ],
      profile: [
        "You have a first experience (internship, apprenticeship) in a similar role or polyvalent HR role",
        "You ideally have an expertise/curiosity in payroll management",
        "You are willing to work in an international environment (english is a no brainer)",
        "You are a great communicator (verbally & in writing) and an active listener: you've always delivered a strong service and support to your clients and to your team",
        "You are very organized and able to manage multiple subjects at the same time in autonomy",
        "You are outgoing and enthusiastic, excited about being a core member of a rockstar team!",
      ],
      benefits: APPRENTICE_BENEFITS_EN,
      additionalInfo: APPRENTICE_ADDITIONAL_INFO_EN,
      steps: [
        { order: 1, kind: "VIDEO_CALL", label: "Technical interview", minutes: 45, withWhom: "The direct manager", options: [] },
        { order: 2, kind: "VIDEO_CALL", label: "HR interview", minutes: 30, withWhom: "The Talent Acquisition Specialist", options: [] },
        { order: 3, kind: "VIDEO_CALL", label: "Team fit interview", minutes: 30, withWhom: "Another person in the team", options: [] },
      ],
    },
  },
  apply: { url: BACK_MARKET_JOB_BOARD, email: null },
};
