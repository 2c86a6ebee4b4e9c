import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// Identities (emails) are compared with exact equality on their normalised form
// (lib/auth/email.ts). Prisma's `mode: "insensitive"` and its `contains` /
// `startsWith` / `endsWith` filters become ILIKE/LIKE, where `_`, `%` and `\`
// are wildcards: victim@example.co_ would match victim@example.com. This scan
// fails if any of them, or a LIKE/ILIKE in raw SQL, comes back in lib/ or app/.
// The only allowed use is the admin posting list's title search (not an identity).

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCANNED = ["lib", "app", "components", "proxy.ts", "prisma/seed"];
const SKIPPED = new Set(["lib/generated"]);
const ALLOWED: { file: string; line: RegExp }[] = [
  { file: "lib/cms/queries/list-admin-postings.ts", line: /^\s*\.\.\.\(filters\.q \? \{ title: \{ contains: filters\.q, mode: "insensitive" \} \} : \{\}\),$/ },
];

const PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'mode: "insensitive"', pattern: /mode\s*:\s*["'`]insensitive["'`]/ },
  { name: "Prisma contains/startsWith/endsWith filter", pattern: /\b(contains|startsWith|endsWith)\s*:/ },
  { name: "SQL LIKE/ILIKE/SIMILAR TO", pattern: /\b(I?LIKE|SIMILAR\s+TO)\b|\bilike\b/ },
];

/** Whole-line comments may name what they forbid. */
const COMMENT = /^\s*(\/\/|\/\*|\*|--)/;

function sourceFiles(relative: string): string[] {
  if (SKIPPED.has(relative)) return [];
  const absolute = path.join(ROOT, relative);
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return /\.(ts|tsx|mts|js|mjs|sql)$/.test(relative) ? [relative] : [];
  }
  return entries.flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    return /\.(ts|tsx|mts|js|mjs|sql)$/.test(entry.name) ? [child] : [];
  });
}

function findIdentityPatternMatches(files: { file: string; text: string }[]) {
  const found: string[] = [];
  for (const { file, text } of files) {
    text.split("\n").forEach((line, index) => {
      if (COMMENT.test(line)) return;
      for (const { name, pattern } of PATTERNS) {
        if (!pattern.test(line)) continue;
        if (ALLOWED.some((allowed) => allowed.file === file && allowed.line.test(line))) continue;
        found.push(`${file}:${index + 1} ${name}: ${line.trim()}`);
      }
    });
  }
  return found;
}

describe("no LIKE/ILIKE on identities", () => {
  const files = SCANNED.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));

  test("the scan sees the sign-in code and the allowed title search", () => {
    const names = files.map((entry) => entry.file);
    expect(names).toContain("lib/auth/login.ts");
    expect(names).toContain("lib/auth/user-admin.ts");
    expect(names).toContain("lib/cms/queries/list-admin-postings.ts");
    expect(names.some((name) => name.startsWith("lib/generated"))).toBe(false);
  });

  test("lib/, app/ and components/ use none outside the allow-list", () => {
    expect(findIdentityPatternMatches(files)).toEqual([]);
  });

  test("the scan catches what it must (the code this issue removed)", () => {
    const samples = [
      'where: { email: { equals: email, mode: "insensitive" } },',
      "where: { email: { startsWith: prefix } },",
      "SELECT id FROM users WHERE email ILIKE ${email}",
      "SELECT id FROM users WHERE lower(email) LIKE ${email}",
      "// a comment about ILIKE is fine",
      // The allowed line, anywhere else, is not allowed.
      '...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),',
    ].map((text, i) => ({ file: `lib/sample-${i}.ts`, text }));
    expect(findIdentityPatternMatches(samples)).toHaveLength(6);
  });
});
