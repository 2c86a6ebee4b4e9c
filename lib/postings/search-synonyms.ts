import type { ContractType, WorkSchedule } from "./enums";

// Recruiters' vocabulary for the public search: the one place it grows.
//
// A candidate types French or English, a contract word, an abbreviation or the
// start of a word; the posting may say it in the other language or only carry
// it as a structured field. Add a word here and /jobs?q=… finds it (no
// migration: the database only stems and matches what this module sends).
//
// - SYNONYM_GROUPS: words or phrases that mean the same job vocabulary in
//   either language. A query word found in a group also matches every other
//   member of the group. Write words as a candidate types them, accents or not.
// - CONTRACT_WORDS / SCHEDULE_WORDS: words that mean a contract type or a
//   working schedule. They match every posting of that contract or schedule,
//   and only those, whatever their text says (the trigger of migration
//   20261201000003_search_vocabulary puts the contract and schedule into each
//   posting's search document as the lexemes of contractLexeme/scheduleLexeme).

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["paie", "payroll", "salaires", "salaries"],
  ["comptable", "comptabilité", "compta", "accountant", "accounting", "accounts", "accountancy"],
  ["rh", "ressources humaines", "hr", "human resources", "people", "people ops", "people operations"],
  ["trésorerie", "treasury", "cash management"],
  ["finance", "financier", "financière", "financial"],
  ["fournisseurs", "fournisseur", "suppliers", "supplier", "providers", "provider"],
  ["facture", "factures", "facturation", "invoice", "invoices", "invoicing"],
  ["juridique", "droit", "legal"],
  ["recrutement", "recruitment", "recruiting", "talent acquisition"],
  ["chef de projet", "gestion de projet", "project manager", "project management", "program manager", "program management", "tpm"],
  ["ingénieur", "ingénieure", "engineer", "engineering"],
  ["développeur", "développeuse", "developer", "software engineer", "software development"],
  ["données", "data"],
  ["produit", "product"],
  ["qualité", "quality"],
  ["logistique", "logistics"],
  ["tarification", "pricing"],
  ["sécurité", "security"],
  ["service client", "customer care", "customer service", "support"],
  ["télétravail", "remote", "work from home", "home office", "hybride", "hybrid"],
];

export const CONTRACT_WORDS: Readonly<Record<ContractType, readonly string[]>> = {
  CDI: ["cdi", "permanent", "permanent contract", "contrat à durée indéterminée", "durée indéterminée", "full-time permanent"],
  CDD: ["cdd", "fixed-term", "fixed term", "temporary contract", "contrat à durée déterminée", "durée déterminée"],
  STAGE: ["stage", "stages", "stagiaire", "stagiaires", "internship", "internships", "intern", "interns", "convention de stage"],
  APPRENTISSAGE: [
    "alternance",
    "alternant",
    "alternante",
    "apprentissage",
    "apprenti",
    "apprentie",
    "apprentice",
    "apprentices",
    "apprenticeship",
    "apprenticeships",
    "work-study",
    "work study",
  ],
  PROFESSIONNALISATION: ["professionnalisation", "contrat pro", "alternance", "alternant", "alternante", "work-study", "work study"],
  VIE: ["vie", "v.i.e", "volontariat international", "volontariat international en entreprise", "international volunteer"],
  FREELANCE: ["freelance", "freelancer", "indépendant", "contractor", "contract work"],
};

export const SCHEDULE_WORDS: Readonly<Record<WorkSchedule, readonly string[]>> = {
  FULL_TIME: ["temps plein", "plein temps", "full-time", "full time", "fulltime"],
  PART_TIME: ["temps partiel", "mi-temps", "part-time", "part time", "parttime"],
};

/** The lexeme a posting's search document carries for its contract type (never produced by the text parser: it has an underscore). */
export const contractLexeme = (type: ContractType) => `contract_${type.toLowerCase()}`;
export const scheduleLexeme = (schedule: WorkSchedule) => `schedule_${schedule.toLowerCase()}`;

/**
 * One word (or phrase) of a query and what it may match: its alternatives
 * (stemmed in English and French by PostgreSQL, the first one also as a prefix
 * when `prefix`), the structured lexemes it stands for, and whether PostgreSQL
 * may correct a typo in it against the postings' vocabulary.
 */
export type SearchTerm = { words: string[]; lexemes: string[]; prefix: boolean; fuzzy: boolean };

/** Lowercase, accents off, apostrophes and hyphens as spaces, punctuation dropped. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

type Entry = { words: string[]; lexemes: Set<string> };

// Every phrase of the vocabulary, normalized, with what it expands to.
function buildVocabulary(): Map<string, Entry> {
  const vocabulary = new Map<string, Entry>();
  const entry = (phrase: string) => {
    const key = normalizeSearchText(phrase);
    let found = vocabulary.get(key);
    if (!found) {
      found = { words: [], lexemes: new Set() };
      vocabulary.set(key, found);
    }
    return found;
  };
  const addWords = (entryFor: Entry, words: readonly string[]) => {
    for (const word of words.map(normalizeSearchText)) if (!entryFor.words.includes(word)) entryFor.words.push(word);
  };
  for (const group of SYNONYM_GROUPS) for (const phrase of group) addWords(entry(phrase), group);
  // Contract and schedule words match the structured field only, not the text: "internship" must not
  // find an apprenticeship whose profile asks for "a first experience (internship, apprenticeship)".
  for (const [type, words] of Object.entries(CONTRACT_WORDS) as [ContractType, readonly string[]][]) {
    for (const phrase of words) entry(phrase).lexemes.add(contractLexeme(type));
  }
  for (const [schedule, words] of Object.entries(SCHEDULE_WORDS) as [WorkSchedule, readonly string[]][]) {
    for (const phrase of words) entry(phrase).lexemes.add(scheduleLexeme(schedule));
  }
  return vocabulary;
}

const VOCABULARY = buildVocabulary();

/** Edit distance with transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

// The single-word vocabulary entry within one typo (two from eight letters), if any.
function nearestVocabularyWord(word: string): string | undefined {
  const limit = word.length >= 8 ? 2 : 1;
  let found: { key: string; distance: number } | undefined;
  for (const key of VOCABULARY.keys()) {
    if (key.includes(" ") || key.length < 4) continue;
    const distance = editDistance(word, key, limit);
    if (distance <= limit && (!found || distance < found.distance)) found = { key, distance };
  }
  return found?.key;
}
const LONGEST_PHRASE = Math.max(...Array.from(VOCABULARY.keys(), (key) => key.split(" ").length));
export const MAX_SEARCH_TERMS = 8;

/**
 * A query as search terms: the longest known phrases first ("temps partiel",
 * "human resources"), then single words; each with its synonyms and the
 * contract or schedule it names. Every term must match (AND); within a term any
 * alternative may (OR). Words of one or two letters that are not in the
 * vocabulary are dropped (stop words and initials would match everything).
 */
export function expandSearchQuery(query: string): SearchTerm[] {
  const tokens = normalizeSearchText(query).split(" ").filter(Boolean);
  const terms: SearchTerm[] = [];
  let index = 0;
  while (index < tokens.length && terms.length < MAX_SEARCH_TERMS) {
    let matched = false;
    for (let length = Math.min(LONGEST_PHRASE, tokens.length - index); length >= 1; length--) {
      const phrase = tokens.slice(index, index + length).join(" ");
      const known = VOCABULARY.get(phrase);
      if (!known) continue;
      // A word that only names a contract or schedule is matched through it alone.
      const words = known.words.length === 0 ? [] : [phrase, ...known.words.filter((word) => word !== phrase)];
      terms.push({ words, lexemes: [...known.lexemes].sort(), prefix: words.length > 0 && length === 1 && phrase.length >= 5, fuzzy: false });
      index += length;
      matched = true;
      break;
    }
    if (matched) continue;
    const word = tokens[index] as string;
    index += 1;
    if (word.length <= 2) continue;
    // A misspelt vocabulary word ("apprentisage", "alternace") still brings its synonyms and contract.
    const near = word.length >= 5 ? nearestVocabularyWord(word) : undefined;
    const known = near ? VOCABULARY.get(near) : undefined;
    terms.push({
      words: [word, ...(known?.words ?? []).filter((alternative) => alternative !== word)],
      lexemes: known ? [...known.lexemes].sort() : [],
      prefix: word.length >= 4,
      fuzzy: word.length >= 5,
    });
  }
  return terms;
}
