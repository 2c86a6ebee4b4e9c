// The French site's addresses (app/(fr)/fr/…): proxy.ts answers any other /fr/… address with the French 404.
// The application pages (lib/applications/apply-paths.ts) are French pages too: a candidate who clicks
// "Postuler" lands on /fr/jobs/<slug>/postuler, and the form leads to …/merci or …/reessayer.
const FRENCH_PAGE =
  /^\/fr(?:\/|\/accessibilite\/?|\/jobs\/[^/]+(?:\/postuler(?:\/(?:merci|reessayer))?)?\/?|\/candidatures\/supprimer\/[^/]+\/?)?$/;

/** True when pathname is one of the French site's pages (its listing excepted: the proxy rewrites that first). */
export function isFrenchPagePath(pathname: string): boolean {
  return FRENCH_PAGE.test(pathname);
}
