import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { forbiddenResponse } from "@/lib/auth/forbidden-response";
import { en as applicationsEn } from "@/lib/i18n/admin-applications/en";
import { fr as applicationsFr } from "@/lib/i18n/admin-applications/fr";
import { en as messagesEn } from "@/lib/i18n/admin-messages/en";
import { fr as messagesFr } from "@/lib/i18n/admin-messages/fr";
import { en as placesEn } from "@/lib/i18n/admin-places/en";
import { fr as placesFr } from "@/lib/i18n/admin-places/fr";

// The admin's other areas (offices/teams, applications/emails/privacy, actions' answers): both languages
// have every key, no text is empty, and the French is not the English left in place.
function leaves(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") {
    const args = Array.from({ length: node.length }, () => "2");
    return [[path, String((node as (...values: unknown[]) => unknown)(...args))]];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

// Words that read the same in both languages.
const SAME_IN_BOTH = new Set(["inbox.columns.cv", "application.cv", "offices.fields.latitude", "offices.columns.postings"]);

describe.each([
  ["admin-places", placesEn, placesFr],
  ["admin-applications", applicationsEn, applicationsFr],
  ["admin-messages", messagesEn, messagesFr],
])("%s catalogue", (_area, en, fr) => {
  test("French has every English key and no text is empty", () => {
    expect(leaves(fr).map(([path]) => path).sort()).toEqual(leaves(en).map(([path]) => path).sort());
    for (const [path, text] of [...leaves(en), ...leaves(fr)]) expect(text.trim(), path).not.toBe("");
  });
  test("the French is translated", () => {
    const english = new Map(leaves(en));
    const untranslated = leaves(fr).filter(([path, text]) => english.get(path) === text && !SAME_IN_BOTH.has(path)).map(([path]) => path);
    expect(untranslated.filter((path) => !/Hint$|^offices\.fields\.longitude$|^offices\.fields\.latitude$/.test(path))).toEqual([]);
  });
});

describe("the proxy's 403 page", () => {
  const request = (headers: Record<string, string>) => new NextRequest("http://localhost/admin/users", { headers });

  test("follows the admin_locale cookie", async () => {
    const response = forbiddenResponse(request({ cookie: "admin_locale=fr", "accept-language": "en-GB" }));
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Vous n’avez pas accès à cette page");
    expect(html).toContain("Retour aux offres");
  });

  test("without the cookie, the browser's language, else English", async () => {
    expect(await forbiddenResponse(request({ "accept-language": "fr-FR,fr;q=0.9" })).text()).toContain("Vous n’avez pas accès à cette page");
    const html = await forbiddenResponse(request({})).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("You don't have access to this page");
  });
});
