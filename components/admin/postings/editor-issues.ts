import type { IssueMap } from "@/lib/postings";

// Where each message of the posting schema (and of the server) is shown: on
// the field whose path it names, or, for an area as a whole, on the first
// field of that area. Every message also appears in the summary.

export type FieldMessages = { errors: string[]; warnings: string[] };

export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

export function mergeIssueMaps(...maps: IssueMap[]): IssueMap {
  const merged: IssueMap = {};
  for (const map of maps) {
    for (const [path, messages] of Object.entries(map)) {
      const current = Object.hasOwn(merged, path) ? merged[path]! : [];
      merged[path] = [...current, ...messages.filter((message) => !current.includes(message))];
    }
  }
  return merged;
}

/** Messages at exactly `path`, or at it and below when `nested` (a group such as the office). */
export function messagesAt(map: IssueMap, path: string, nested = false): string[] {
  return Object.entries(map)
    .filter(([key]) => key === path || (nested && key.startsWith(`${path}.`)))
    .flatMap(([, messages]) => messages);
}

/** Server messages go stale when their field changes: drop those at or under `path`. */
export function withoutPath(map: IssueMap, path: string): IssueMap {
  return Object.fromEntries(Object.entries(map).filter(([key]) => !(key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`))));
}
