import { describe, expect, test } from "vitest";
import { expiredHereSince, noteExpiredHere } from "@/lib/cache/recent-expiries";

// What the tick skips (app/api/internal/tick): a change this instance expired itself after it was made.
describe("recent expiries", () => {
  test("a change expired here at or after it was made needs nothing more; a later change does", () => {
    const changedAt = new Date("2026-12-01T10:00:00.000Z");
    noteExpiredHere(["accountant-apprentice", "old-slug"], changedAt.getTime() + 40);
    expect(expiredHereSince("accountant-apprentice", changedAt)).toBe(true);
    expect(expiredHereSince("old-slug", changedAt)).toBe(true);
    // Changed again afterwards (a script, another instance while the shared invalidation was down).
    expect(expiredHereSince("accountant-apprentice", new Date(changedAt.getTime() + 41))).toBe(false);
    // Never expired here.
    expect(expiredHereSince("tpm-intern", changedAt)).toBe(false);
  });

  test("entries older than ten minutes are forgotten", () => {
    const at = Date.parse("2026-12-01T12:00:00.000Z");
    noteExpiredHere(["people-ops"], at);
    noteExpiredHere(["someone-else"], at + 10 * 60_000 + 1);
    expect(expiredHereSince("people-ops", new Date(at - 1))).toBe(false);
    expect(expiredHereSince("someone-else", new Date(at))).toBe(true);
  });
});
