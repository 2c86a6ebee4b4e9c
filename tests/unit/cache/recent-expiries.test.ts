import { describe, expect, test } from "vitest";
import { expiredHereSince, noteExpiredHere, startNotingExpiries } from "@/lib/cache/recent-expiries";
import { applyTagEvent } from "@/lib/cache/shared-tags-handler.mjs";

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

  test("a posting expiry announced by another instance counts as expired here", async () => {
    const stop = startNotingExpiries();
    try {
      const changedAt = new Date(Date.now() - 5);
      // What the shared invalidation applies when another instance saved a change to this posting.
      applyTagEvent("posting:announced-elsewhere", Date.now(), Date.now());
      applyTagEvent("postings:listing", Date.now(), Date.now());
      await new Promise((resolve) => setImmediate(resolve));
      expect(expiredHereSince("announced-elsewhere", changedAt)).toBe(true);
      // A change after the announcement still needs the tick.
      expect(expiredHereSince("announced-elsewhere", new Date(Date.now() + 1_000))).toBe(false);
    } finally {
      stop();
    }
  });
});
