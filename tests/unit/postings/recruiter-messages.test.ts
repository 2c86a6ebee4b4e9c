import { describe, expect, test } from "vitest";
import { blankPosting } from "@/lib/cms/blank-posting";
import { fieldLabel } from "@/lib/i18n/admin/field-labels";
import { validatePosting } from "@/lib/postings";
import { en } from "@/lib/postings/messages/en";
import { fr } from "@/lib/postings/messages/fr";
import { msg, renderIssueMap, renderMessage } from "@/lib/postings/messages/message";
import { makeContract, makePosting } from "./fixtures";

const NOW = new Date("2026-12-01T10:00:00Z");

describe("message rendering", () => {
  test("a key renders in each language; plain text passes through", () => {
    expect(renderMessage(msg("chooseTeam"), "en")).toBe("Choose a team.");
    expect(renderMessage(msg("chooseTeam"), "fr")).toBe("Choisissez une équipe.");
    expect(renderMessage(msg("stepMinutes", 15, 240), "fr")).toBe("« Durée (minutes) » doit être comprise entre 15 et 240.");
    expect(renderMessage("Already plain.", "fr")).toBe("Already plain.");
    expect(renderIssueMap({ teamSlug: [msg("chooseTeam"), "Choose a team."] }, "en")).toEqual({ teamSlug: ["Choose a team."] });
  });
  test("every message has French text, none empty", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(fr)) {
      const text = typeof entry === "string" ? entry : (entry as (...values: unknown[]) => string)(...Array.from({ length: entry.length }, () => "CDD"));
      expect(text.trim(), key).not.toBe("");
    }
  });
  test("dates in messages are written the reader's way, never as 2025-09-30", () => {
    const text = renderMessage(msg("closeByLatestStart", "2025-09-30"), "fr");
    expect(text).toContain("30/09/2025");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("messages name the fields as the form labels them", () => {
  test("an empty new posting: every message names a field the form shows", () => {
    for (const locale of ["en", "fr"] as const) {
      const result = validatePosting(blankPosting(NOW, { office: null, about: "x" }), { mode: "draft", locale });
      expect(result.ok).toBe(false);
      for (const [path, messages] of Object.entries(result.errors)) {
        const label = fieldLabel(path, locale)!;
        expect(label, path).toBeTruthy();
        // "Choose a team" names the team field by the prompt the select shows.
        for (const message of messages) expect(message.includes(label) || /équipe|team/i.test(message), `${path}: ${message}`).toBe(true);
      }
    }
  });
  test("the team, the remote days and the duration reason", () => {
    const noTeam = validatePosting(makePosting((posting) => void (posting.teamSlug = "")), { mode: "draft" });
    expect(noTeam.errors.teamSlug).toEqual(["Choose a team."]);
    const sixDays = validatePosting(makePosting((posting) => void (posting.location.remote = { policy: "HYBRID", daysPerWeek: 6, note: null })), { mode: "draft" });
    expect(sixDays.errors["location.remote.daysPerWeek"]).toEqual(["“Remote days a week” must be between 0 and 5."]);
    const fr = validatePosting(makePosting((posting) => void (posting.location.remote = { policy: "HYBRID", daysPerWeek: 6, note: null })), { mode: "draft", locale: "fr" });
    expect(fr.errors["location.remote.daysPerWeek"]).toEqual(["« Jours de télétravail par semaine » doit être compris entre 0 et 5."]);
    const tooLong = validatePosting(makeContract({ type: "CDD", durationMonths: { ideal: 20, min: null, max: null } }), { mode: "publish" });
    expect(tooLong.errors["contract.durationMonths.ideal"]?.join(" ")).toContain("choose the case in “Reason for a longer contract” (Code du travail L1242-8-1)");
  });
  test("rules keep their legal references in French too", () => {
    const result = validatePosting(makeContract({ type: "CDD", durationMonths: { ideal: 20, min: null, max: null } }), { mode: "publish", locale: "fr" });
    expect(result.errors["contract.durationMonths.ideal"]?.join(" ")).toContain("(Code du travail L1242-8-1)");
    expect(result.errors["contract.durationMonths.ideal"]?.join(" ")).toContain("« Motif d’un contrat plus long »");
  });
});
