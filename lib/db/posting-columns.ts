import { frenchVersionOf, publicLocales, type Posting } from "@/lib/postings";
import type { Prisma } from "@/lib/generated/prisma/client";

// The posting as the zod schema defines it ↔ its columns. Every write goes
// through postingColumns and every read through reshapePosting, so the
// columns the listing filters on can never disagree with the document.

const toDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

export type PostingRefs = { teamId: string; officeId: string | null };

export function postingColumns(posting: Posting, refs: PostingRefs) {
  const { contract, dates, location, education, apply } = posting;
  const remote = location.remote;
  const pay = contract.compensation;
  return {
    slug: posting.slug,
    teamId: refs.teamId,
    officeId: refs.officeId,
    contractType: contract.type,
    schedule: contract.schedule,
    weeklyHours: contract.weeklyHours,
    durationIdealMonths: contract.durationMonths?.ideal ?? null,
    durationMinMonths: contract.durationMonths?.min ?? null,
    durationMaxMonths: contract.durationMonths?.max ?? null,
    durationReason: contract.durationReason,
    endDate: contract.endDate ? toDate(contract.endDate) : null,
    compensationKind: pay?.kind ?? null,
    compensationMin: pay?.minAmount ?? null,
    compensationMax: pay?.maxAmount ?? null,
    compensationCurrency: pay?.currency ?? null,
    compensationUnit: pay?.unit ?? null,
    compensationNote: pay?.note ?? null,
    datePosted: new Date(dates.datePosted),
    validThrough: dates.validThrough ? new Date(dates.validThrough) : null,
    startEarliest: toDate(dates.startWindow.earliest),
    startLatest: toDate(dates.startWindow.latest),
    remotePolicy: remote.policy,
    remoteDaysPerWeek: remote.policy === "HYBRID" ? remote.daysPerWeek : null,
    remoteNote: remote.policy === "HYBRID" ? remote.note : null,
    remoteEligibleCountries: remote.policy === "REMOTE" ? remote.eligibleCountries : [],
    workAuthorization: location.workAuthorization,
    educationRequirements: education.requirements,
    educationField: education.field,
    title: posting.content.en.title,
    content: posting.content as Prisma.InputJsonValue,
    frenchVersion: frenchVersionOf(posting),
    // The languages the public site serves (French only once translated): routes, sitemap and search read it.
    locales: publicLocales(posting),
    applyUrl: apply.url,
    applyEmail: apply.email,
    applyMethod: apply.method,
    applicationQuestions: apply.questions,
  } satisfies Omit<Prisma.PostingUncheckedCreateInput, "id" | "status" | "version">;
}

export function languageRows(posting: Posting) {
  return posting.languages.map((language, position) => ({ position, ...language }));
}
