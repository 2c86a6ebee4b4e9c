import type { Posting } from "@/lib/postings";

// Field-by-field differences between two postings, for the revisions page and
// for knowing whether a save changed what the public reads. Pure.

export type PostingChange = { path: string; before: string | null; after: string | null };

function flatten(value: unknown, path: string, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, "(none)");
    value.forEach((item, index) => flatten(item, `${path}.${index + 1}`, into));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, into);
  } else if (value !== null && value !== undefined && value !== "") {
    into.set(path, String(value));
  }
}

export function flattenPosting(posting: Posting): Map<string, string> {
  const fields = new Map<string, string>();
  flatten(posting, "", fields);
  return fields;
}

/** Paths that differ, in the order the posting lists its fields. Lists are compared item by item (1-based). */
export function diffPostings(before: Posting, after: Posting): PostingChange[] {
  const a = flattenPosting(before);
  const b = flattenPosting(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}

export function samePosting(before: Posting, after: Posting): boolean {
  return diffPostings(before, after).length === 0;
}

/** The top-level areas a change touched ("content.en", "dates"…), for the audit log. */
export function changedAreas(changes: readonly PostingChange[]): string[] {
  return [...new Set(changes.map((change) => change.path.split(".").slice(0, change.path.startsWith("content.") ? 2 : 1).join(".")))];
}
