import { describe, expect, it } from "vitest";
import { applyFormPath, applyRetryPath, applyThanksPath, deletionPath } from "@/lib/applications/apply-paths";
import { en } from "@/lib/i18n/public/en";
import { fr } from "@/lib/i18n/public/fr";
import { parseListingFilters } from "@/lib/postings";
import { contractLabel, monthLabel, remoteLabel } from "@/lib/public/display";
import { isFrenchPagePath } from "@/lib/public/french-pages";
import { listingHref, listingRouteOf } from "@/lib/public/listing-view";

// The French listing runs on the same machinery as the English one: the same canonical query, under /fr.

describe("the listing's routes in both languages", () => {
  it("sends /fr/jobs?… to the French twin of the cached view or of the search route", () => {
    const search = new URLSearchParams("city=Bordeaux&contract=apprentissage");
    const view = listingRouteOf(search);
    expect(view).toMatch(/^\/listing\/[A-Za-z0-9_-]+$/);
    expect(listingRouteOf(search, "fr")).toBe(`/fr${view}`);
    expect(listingRouteOf(new URLSearchParams(), "fr")).toBe("/fr/listing/all");
    expect(listingRouteOf(new URLSearchParams("q=paie&city=Bordeaux"), "fr")).toBe("/fr/listing/search?city=Bordeaux&q=paie");
  });

  it("gives the same filters the same query in each language", () => {
    const filters = parseListingFilters(new URLSearchParams("startMonth=2027-09&team=people"));
    expect(listingHref(filters)).toBe("/jobs?team=people&startMonth=2027-09");
    expect(listingHref(filters, "fr")).toBe("/fr/jobs?team=people&startMonth=2027-09");
    expect(listingHref({}, "fr")).toBe("/fr/jobs");
  });
});

describe("the public catalogue", () => {
  it("keeps French pages French: paths, contract names, remote words and months through Intl fr-FR", () => {
    expect(Object.values(fr.paths).every((path) => path.startsWith("/fr"))).toBe(true);
    expect(Object.values(en.paths).some((path) => path.startsWith("/fr"))).toBe(false);
    expect(contractLabel("APPRENTISSAGE", "fr")).toBe("Alternance");
    expect(contractLabel("CDI", "en")).toBe("Permanent");
    expect(remoteLabel("HYBRID", 2, "fr")).toBe("Hybride · 2 j de télétravail / semaine");
    expect(remoteLabel("HYBRID", 1, "en")).toBe("Hybrid · 1 remote day a week");
    expect(monthLabel("2027-09", "fr")).toBe("septembre 2027");
    expect(fr.listing.count(1)).toBe("1 offre ouverte");
    expect(fr.listing.count(3)).toBe("3 offres ouvertes");
    expect(en.listing.count(1)).toBe("1 open role");
  });
});

describe("the French site's addresses the proxy lets through", () => {
  it("takes every French page, the application pages included, and nothing else under /fr", () => {
    const pages = [
      "/fr/",
      "/fr/accessibilite",
      "/fr/jobs/comptable-alternance",
      applyFormPath("comptable-alternance", "fr"),
      applyRetryPath("comptable-alternance", "fr"),
      applyThanksPath("comptable-alternance", "fr"),
      `${applyThanksPath("comptable-alternance", "fr")}/`,
      deletionPath("a1B2c3", "fr"),
    ];
    for (const page of pages) expect(isFrenchPagePath(page), page).toBe(true);
    const others = ["/fr/jobs/a/apply", "/fr/jobs/a/postuler/thanks", "/fr/jobs/a/b", "/fr/admin", "/fr/candidatures", "/fr/listing/all", "/fr/closed/a", "/fr/jobs/a/postuler/merci/x"];
    for (const other of others) expect(isFrenchPagePath(other), other).toBe(false);
  });
});
