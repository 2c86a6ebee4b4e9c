import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A posting row's French title, when its French version is public (the locales column says so: French is
 * listed only once translated, lib/postings/public-locales.ts), else null.
 */
export function publicFrenchTitle(row: { locales: string[]; content: Prisma.JsonValue }): string | null {
  if (!row.locales.includes("fr")) return null;
  const fr = (row.content as { fr?: { title?: unknown } } | null)?.fr;
  return typeof fr?.title === "string" ? fr.title : null;
}
