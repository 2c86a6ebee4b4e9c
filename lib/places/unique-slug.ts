import { slugFromTitle } from "@/lib/cms/blank-posting";

/**
 * A web-address identifier derived from a name ("Paris — Saint-Ouen" → "paris-saint-ouen"), with -2, -3…
 * when taken. Never asked of the recruiter, and kept when the name changes later, so the links already
 * shared keep working.
 */
export async function uniqueSlug(name: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugFromTitle(name).slice(0, 60).replace(/-+$/, "") || "place";
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** Names compared as a recruiter would: case, accents and spacing aside. */
export function sameName(a: string, b: string): boolean {
  const fold = (value: string) => slugFromTitle(value);
  return fold(a) === fold(b);
}
