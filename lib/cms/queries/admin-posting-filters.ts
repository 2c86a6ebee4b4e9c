import { z } from "zod";
import { POSTING_STATUSES, SLUG_PATTERN, removeForbiddenCharacters } from "@/lib/postings";

// The postings table's filters live in the URL (a GET form works without
// JavaScript). Anything unknown or malformed is dropped, never an error.

export type AdminPostingFilters = { status: (typeof POSTING_STATUSES)[number] | null; team: string | null; q: string; page: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseAdminPostingFilters(params: Record<string, string | string[] | undefined>): AdminPostingFilters {
  const status = z.enum(POSTING_STATUSES).safeParse(first(params.status));
  const team = first(params.team);
  const page = z.coerce.number().int().min(1).max(1000).safeParse(first(params.page));
  return {
    status: status.success ? status.data : null,
    team: team && team.length <= 80 && SLUG_PATTERN.test(team) ? team : null,
    q: removeForbiddenCharacters(first(params.q) ?? "").trim().slice(0, 100),
    page: page.success ? page.data : 1,
  };
}

export function adminPostingFiltersToSearch(filters: AdminPostingFilters, page = filters.page): string {
  const search = new URLSearchParams();
  if (filters.status) search.set("status", filters.status);
  if (filters.team) search.set("team", filters.team);
  if (filters.q) search.set("q", filters.q);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `?${text}` : "";
}
