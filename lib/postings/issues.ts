// A rule's finding. Zod has no warnings, so rules report to this collector and
// posting-schema.ts decides which findings become zod issues in which mode.

export type IssuePath = readonly (string | number)[];

export type PostingIssue = {
  path: IssuePath;
  message: string;
  severity: "error" | "warning";
  // Errors a draft may hold while being written (missing mission, a legal limit
  // not yet fixed) are deferred to publishing; data no store can hold blocks always.
  blocksDraft: boolean;
};

export type IssueReporter = {
  error(path: IssuePath, message: string, options?: { blocksDraft?: boolean }): void;
  warning(path: IssuePath, message: string): void;
};

export function createIssueCollector(): { issues: PostingIssue[]; report: IssueReporter } {
  const issues: PostingIssue[] = [];
  return {
    issues,
    report: {
      error(path, message, options) {
        issues.push({ path, message, severity: "error", blocksDraft: options?.blocksDraft ?? false });
      },
      warning(path, message) {
        issues.push({ path, message, severity: "warning", blocksDraft: false });
      },
    },
  };
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

export type IssueMap = Record<string, string[]>;

// Paths can come from unknown keys a visitor sent ("__proto__", "valueOf"), so
// the map is only ever read and written through own properties.
export function addToIssueMap(map: IssueMap, path: readonly PropertyKey[], message: string): void {
  const key = formatIssuePath(path);
  const messages = Object.hasOwn(map, key) ? map[key] : undefined;
  if (messages) {
    if (!messages.includes(message)) messages.push(message);
  } else {
    Object.defineProperty(map, key, { value: [message], enumerable: true, writable: true, configurable: true });
  }
}
