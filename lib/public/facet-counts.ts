import { FACET_KEYS, type FacetCombination, type FacetKey } from "./search-page";

// The listing's total and facet counts, folded from the groups of matches that
// facetCombinationsSql returns (lib/public/search-page.ts). Each facet counts
// the groups that pass every filter but its own; a group counts once per month
// of its start window and once per required language.

/** labelFr: the French label where the data has one (team names), else the same as label. */
export type FacetCount = { value: string; count: number; label: string; labelFr: string };
export type FacetCounts = { total: number; facets: Record<FacetKey, FacetCount[]> };

function passesAllBut(combination: FacetCombination, except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => key === except || combination.flags[key]);
}

/** Every month from `first` to `last` (YYYY-MM), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let value = first; value <= last; ) {
    months.push(value);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

type Labels = { label: string; labelFr: string };

function values(combination: FacetCombination, key: FacetKey): [string, Labels][] {
  switch (key) {
    case "team":
      return [[combination.team, { label: combination.teamName, labelFr: combination.teamNameFr ?? combination.teamName }]];
    case "city":
      return combination.city === null ? [] : [[combination.city, { label: combination.city, labelFr: combination.city }]];
    case "contract":
      return [[combination.contract, { label: combination.contract, labelFr: combination.contract }]];
    case "remote":
      return [[combination.remote, { label: combination.remote, labelFr: combination.remote }]];
    case "language":
      return (combination.languages ?? []).map((code) => [code, { label: code, labelFr: code }]);
    case "startMonth":
      return monthsBetween(combination.firstMonth, combination.lastMonth).map((month) => [month, { label: month, labelFr: month }]);
  }
}

/** The total and each facet's values with their counts, ordered by value (code points, as the C collation). */
export function foldFacetCounts(combinations: readonly FacetCombination[]): FacetCounts {
  let total = 0;
  const tallies = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, FacetCount>()])) as Record<FacetKey, Map<string, FacetCount>>;
  for (const combination of combinations) {
    if (passesAllBut(combination)) total += combination.count;
    for (const key of FACET_KEYS) {
      if (!passesAllBut(combination, key)) continue;
      for (const [value, labels] of values(combination, key)) {
        const tally = tallies[key].get(value);
        if (tally) tally.count += combination.count;
        else tallies[key].set(value, { value, count: combination.count, ...labels });
      }
    }
  }
  const byValue = (a: FacetCount, b: FacetCount) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const facets = Object.fromEntries(FACET_KEYS.map((key) => [key, [...tallies[key].values()].sort(byValue)])) as Record<FacetKey, FacetCount[]>;
  return { total, facets };
}
