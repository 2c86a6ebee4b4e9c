// Teams the three seed postings belong to; postings reference them by slug.
export type SeedTeam = { slug: string; name: string; nameFr: string | null };

export const PEOPLE_TEAM = { slug: "people", name: "People", nameFr: "People" } satisfies SeedTeam;
export const FINANCE_TEAM = { slug: "finance", name: "Finance / Accounting", nameFr: "Finance / Comptabilité" } satisfies SeedTeam;
// "BOT" in the TPM seed's recruitment process is Back Market's Bureau of Technology.
export const TECHNOLOGY_TEAM = { slug: "technology", name: "Bureau of Technology", nameFr: "Bureau of Technology" } satisfies SeedTeam;

export const SEED_TEAMS: readonly SeedTeam[] = [PEOPLE_TEAM, FINANCE_TEAM, TECHNOLOGY_TEAM];
