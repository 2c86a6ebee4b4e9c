import { formatParisDateTime, isDurationReason, type Posting } from "@/lib/postings";
import type { Prisma } from "@/lib/generated/prisma/client";

// Columns → the posting as the zod schema defines it: the inverse of
// postingColumns. Every read of a posting goes through here.

export const postingInclude = {
  team: { select: { slug: true, name: true, nameFr: true } },
  office: true,
  languages: { orderBy: { position: "asc" } },
} satisfies Prisma.PostingInclude;

export type PostingRow = Prisma.PostingGetPayload<{ include: typeof postingInclude }>;

const dateOnly = (value: Date) => value.toISOString().slice(0, 10);
const decimal = (value: Prisma.Decimal | null) => (value === null ? null : Number(value));

export function reshapePosting(row: PostingRow): Posting {
  const remote: Posting["location"]["remote"] =
    row.remotePolicy === "HYBRID"
      ? { policy: "HYBRID", daysPerWeek: row.remoteDaysPerWeek, note: row.remoteNote }
      : row.remotePolicy === "REMOTE"
        ? { policy: "REMOTE", eligibleCountries: row.remoteEligibleCountries }
        : { policy: "ON_SITE" };
  const office = row.office;
  return {
    slug: row.slug,
    teamSlug: row.team.slug,
    contract: {
      type: row.contractType,
      schedule: row.schedule,
      weeklyHours: decimal(row.weeklyHours),
      durationMonths:
        row.durationIdealMonths === null
          ? null
          : { ideal: row.durationIdealMonths, min: row.durationMinMonths, max: row.durationMaxMonths },
      // A text column: anything but a legal case the schema knows (an old free-text reason) reads as none.
      durationReason: isDurationReason(row.durationReason) ? row.durationReason : null,
      endDate: row.endDate ? dateOnly(row.endDate) : null,
      compensation:
        row.compensationKind === null
          ? null
          : {
              kind: row.compensationKind,
              minAmount: decimal(row.compensationMin),
              maxAmount: decimal(row.compensationMax),
              currency: row.compensationCurrency as NonNullable<Posting["contract"]["compensation"]>["currency"],
              unit: row.compensationUnit ?? "MONTH",
              note: row.compensationNote,
            },
    },
    dates: {
      datePosted: formatParisDateTime(row.datePosted),
      validThrough: row.validThrough ? formatParisDateTime(row.validThrough) : null,
      startWindow: { earliest: dateOnly(row.startEarliest), latest: dateOnly(row.startLatest) },
    },
    location: {
      office: office
        ? {
            slug: office.slug,
            name: office.name,
            street: office.street,
            postalCode: office.postalCode,
            city: office.city,
            region: office.region,
            country: office.country,
          }
        : null,
      remote,
      workAuthorization: row.workAuthorization,
    },
    languages: row.languages.map(({ code, level, required, wording }) => ({ code, level, required, wording })),
    education: {
      requirements: row.educationRequirements as Posting["education"]["requirements"],
      field: row.educationField,
    },
    content: row.content as Posting["content"],
    frenchTranslated: row.frenchVersion === "TRANSLATED",
    apply: { method: row.applyMethod, url: row.applyUrl, email: row.applyEmail, questions: applicationQuestionsOf(row.applicationQuestions) },
  };
}

/** The stored questions (a JSON array of strings); anything else reads as none. */
function applicationQuestionsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
