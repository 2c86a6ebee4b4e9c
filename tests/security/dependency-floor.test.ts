import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The versions that carry the fixes for the 2025–26 Next.js and React advisories
// (CVE-2025-29927 proxy bypass, CVE-2025-55182 "React2Shell", CVE-2026-27978
// server-action CSRF with Origin: null): installed, not just declared.

function installed(name: string): string {
  return (JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

function atLeast(version: string, floor: string): boolean {
  const parse = (value: string) => value.split("-")[0]!.split(".").map(Number);
  const [a, b] = [parse(version), parse(floor)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

describe("dependency floor", () => {
  it.each([
    ["next", "16.4.5"],
    ["react", "19.3.1"],
    ["react-dom", "19.3.1"],
  ])("%s is at least %s", (name, floor) => {
    expect(atLeast(installed(name), floor), `${name} ${installed(name)}`).toBe(true);
  });

  it("next-auth is exactly 5.0.0-beta.32", () => {
    expect(installed("next-auth")).toBe("5.0.0-beta.32");
  });

  it("package.json pins them exactly (no ranges that could resolve lower)", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    for (const name of ["next", "react", "react-dom", "next-auth"]) expect(manifest.dependencies[name]).toMatch(/^\d/);
  });
});
