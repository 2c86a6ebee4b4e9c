import type { PostingInput } from "@/lib/postings";
import { PARIS_HQ } from "../offices";
import { TECHNOLOGY_TEAM } from "../teams";
import { BACK_MARKET_JOB_BOARD } from "./shared-text";

// Source: shared/seeds/003_0eb137e1a846ecc6.txt.
// "March 2025 - September 2025" read literally is 7 months, over the internship
// limit; the posting says 6 months, so the start window is March and the
// length is 6 months. No end date is stored: it follows the actual start day.
export const tpmIntern: PostingInput = {
  slug: "technical-program-management-intern",
  teamSlug: TECHNOLOGY_TEAM.slug,
  contract: {
    type: "STAGE",
    schedule: "FULL_TIME",
    weeklyHours: 35,
    durationMonths: { ideal: 6, min: null, max: null },
    durationReason: null,
    endDate: null,
    // The source states no gratification amount ("An attractive salary" only),
    // so none is invented; validation warns about it (Code de l'éducation L124-6).
    compensation: null,
  },
  dates: {
    // No dates in the source beyond the intake: a plausible posting day before
    // it. The source states no closing date, so none is shown.
    datePosted: "2025-01-13T09:00:00+01:00",
    validThrough: null,
    startWindow: { earliest: "2025-03-01", latest: "2025-03-31" },
  },
  location: {
    office: PARIS_HQ,
    // The source only says "flexible working hours and the opportunity to work
    // from home": hybrid, with no number of remote days (none is invented).
    remote: { policy: "HYBRID", daysPerWeek: null, note: null },
    // "EU Nationality or in possession of valid student visa/work permit".
    workAuthorization: "EU_OR_PERMIT",
  },
  // "Fluent" names no CEFR level: none is shown.
  languages: [{ code: "en", level: null, required: true, wording: "You are fluent in English." }],
  education: { requirements: ["MASTERS_STUDENT", "CONVENTION_DE_STAGE"], field: "Software engineering or computer science" },
  content: {
    en: {
      title: "Technical Program Management Intern",
      about: `Back Market is the world’s leading refurbished electronics marketplace with a team of 650 people, powering operations in 18 countries (and counting!).

Named one of the World's Most Innovative Companies by Fast Company in 2019 and again in 2021, our mission is simple: empowering people to consume tech sustainably by offering folks a high quality, accessible, and more eco-friendly alternative to buying new electronics. Why? Refurbished tech helps lower our collective environmental impact. We have indeed contributed to avoid the production of more than 1,000,000 tons of CO2e worldwide since our launch in 2014.

Be part of an exciting and growing international adventure that will change the way the world consumes tech.`,
      role: `As a Technical Program Management Intern, you’ll assist in managing high-impact technical projects across multiple teams, ensuring smooth execution from concept to delivery. This is a hands-on opportunity to learn project management techniques, support cross-functional collaboration, and contribute to our ambitious goals.

The TPM team is small but mighty, you will be joining a group of internationally seasoned professionals who are eager to help you grow. We each lead wide-reaching technical projects that involve the whole department, if not the company.`,
      missions: [
        "Own a cross-functional technical program end to end, from development to execution",
        "Work closely with Product and Engineering teams to align on priorities and execution of your program",
        "Assist in driving process improvements and removing blockers to ensure project success",
        "Help track and report on key performance indicators (KPIs) for engineering accountability",
        "Assist in identifying risks, proposing and executing mitigation strategies for ongoing initiatives",
      ],
      profile: [
        "You are a master’s degree student studying software engineering or computer science",
        "You have previous experience in project management",
        "You are an excellent written and verbal communicator",
        "You have knowledge of software development and quality assurance methodologies",
        "You have knowledge of basic coding languages and have basic programming experience (github, personal or student projects, other internships)",
        "You have the ability to learn new software and technologies quickly",
        "You are detail-oriented and have the desire and ability to work in a team in an international environment.",
        "You are fluent in English.",
        // The source adds "(March 2025 - September 2025)" after "internship": dates in
        // free text go stale when the posting is reposted, so the structured start
        // window and duration carry them instead.
        "You are looking for a 6 month, full-time role (35h/week), internship based in Paris, France",
        "Your school can provide an internship agreement & you are authorized to work in France (EU Nationality or in possession of valid student visa/work permit).",
      ],
      benefits: [
        "A meaningful job: through hard work, you will help avoid thousands of tons of electronic waste and fight against planned obsolescence. It counts!",
        "An attractive salary, multiple benefits (meal tickets, health insurance, etc...), internal events, etc…",
        "Be in an environment where you can make a difference: you will have the freedom to innovate and adopt new ideas!",
        "A booming scale-up: our environment is rapidly growing in Europe, the USA and in Asia!",
        "We embrace work life balance which includes flexible working hours and the opportunity to work from home.",
        "A lot of fun: you will have the opportunity to work in a fast-paced, open-minded and friendly environment.",
      ],
      additionalInfo: `Back Market is an Equal Opportunity Employer for any minority, disability, gender identity or sexual orientation.

Back Market is helping to address one of the biggest challenges of our time: climate change. We take this so seriously that we were awarded status as a “Société à Mission”, or company with a social mission, by the French government. We know we can’t tackle a global problem without a globally representative team so we are committed to embedding diversity, equity and inclusion principles in every aspect of our organization. But more importantly, being One Loving & Free Spirited Tribe is in our DNA as it is one of the five foundational values of our company since we got started way back in 2014. We are committed to hiring and supporting diverse teams of people from all backgrounds, experiences, and perspectives. We know our lofty goals cannot be reached unless everyone has a seat at the table along with the resources and opportunity to grow.`,
      steps: [
        { order: 1, kind: "VIDEO_CALL", label: "Interview", minutes: 30, withWhom: "The Campus Tech Manager", options: [] },
        {
          order: 2,
          kind: "VIDEO_CALL",
          label: "Technical fit interview: case study + open technical discussion",
          minutes: 60,
          withWhom: "The tutor",
          options: [],
        },
        { order: 3, kind: "VIDEO_CALL", label: "Team fit interview", minutes: 30, withWhom: "2 other members of the BOT team", options: [] },
      ],
    },
  },
  apply: { url: BACK_MARKET_JOB_BOARD, email: null },
};
