import { Prisma } from "@/lib/generated/prisma/client";

// What "open" means everywhere public: published and not past its closing
// instant. The expiry job closes such postings for good; until it runs, the
// clock check here keeps an expired role off every public page.
export const OPEN_POSTING_SQL = Prisma.sql`p.status = 'PUBLISHED' AND (p.valid_through IS NULL OR p.valid_through > now())`;

export function openPostingWhere(now: Date): Prisma.PostingWhereInput {
  return { status: "PUBLISHED", OR: [{ validThrough: null }, { validThrough: { gt: now } }] };
}
