import pg from "pg";
import type { ContentLocale } from "@/lib/postings/enums";

// What the proxy needs to answer a posting URL before any page renders:
// closed postings → 410, renamed slugs → 308. A small in-memory table of all
// postings that were ever public, loaded once and reloaded whenever PostgreSQL
// announces a change (NOTIFY public_postings, sent by triggers on postings and
// posting_slug_redirects), so a recruiter's unpublish shows within a second.
// If the notification connection drops, the table reloads every few seconds
// until it is back.
//
// A slug the table does not know (or a French address of a posting with no
// public French version) is "missing": the proxy answers the styled 404 page
// itself, because a page that calls notFound() while it is rendered on demand
// under Cache Components only gets a bare error document. A miss first reloads
// the table (at most once a second), so a posting published a moment ago is
// never answered 404 before its notification arrives.

type Entry = { slug: string; open: boolean; closed: boolean; french: boolean; validThrough: number | null };
type Table = { bySlug: Map<string, Entry>; redirects: Map<string, string> };

export type PublicRoute = { kind: "gone" } | { kind: "redirect"; to: string } | { kind: "missing" } | { kind: "page" };

const CHANNEL = "public_postings";
const FALLBACK_RELOAD_MS = 5_000;
const MISS_RELOAD_MS = 1_000;

const TABLE_SQL = `
  SELECT slug, status::text AS status, valid_through, first_published_at IS NOT NULL AS was_public, 'fr' = ANY(locales) AS french FROM postings
  WHERE status = 'PUBLISHED' OR first_published_at IS NOT NULL`;
// A slug the table does not know may have been published a moment ago (its NOTIFY not read yet):
// one lookup on the unique slug index before calling it unknown.
const OPEN_NOW_SQL = `SELECT 1 FROM postings WHERE slug = $1 AND status = 'PUBLISHED' AND ($2::text = 'en' OR 'fr' = ANY(locales))
  UNION ALL SELECT 1 FROM posting_slug_redirects WHERE slug = $1 LIMIT 1`;
const REDIRECTS_SQL = `SELECT r.slug AS old_slug, p.slug AS new_slug FROM posting_slug_redirects r JOIN postings p ON p.id = r.posting_id WHERE r.slug <> p.slug`;

async function readTable(client: pg.ClientBase): Promise<Table> {
  const [postings, redirects] = [await client.query(TABLE_SQL), await client.query(REDIRECTS_SQL)];
  const bySlug = new Map<string, Entry>();
  for (const row of postings.rows as { slug: string; status: string; valid_through: Date | null; was_public: boolean; french: boolean }[]) {
    bySlug.set(row.slug, {
      slug: row.slug,
      open: row.status === "PUBLISHED",
      closed: row.status !== "PUBLISHED" && row.was_public && ["UNPUBLISHED", "EXPIRED", "ARCHIVED"].includes(row.status),
      french: row.french,
      validThrough: row.valid_through ? row.valid_through.getTime() : null,
    });
  }
  const redirectMap = new Map<string, string>();
  for (const row of redirects.rows as { old_slug: string; new_slug: string }[]) redirectMap.set(row.old_slug, row.new_slug);
  return { bySlug, redirects: redirectMap };
}

class RoutingTable {
  private table: Table | null = null;
  private loading: Promise<void> | null = null;
  private listener: pg.Client | null = null;
  private fallback: NodeJS.Timeout | null = null;
  private loadedAt = 0;
  private missReload: Promise<void> | null = null;

  constructor(private readonly connectionString: string) {}

  private lookups: Promise<unknown> = Promise.resolve();
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  /** Runs on the listening connection, one query at a time (pg deprecates overlapping queries on a client); without it, on a connection of its own. */
  private async withClient<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    const listening = this.listener;
    if (listening) {
      const run = this.lookups.then(() => work(listening));
      this.lookups = run.catch(() => undefined);
      return run;
    }
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /**
   * Reads the table again. On the connection that already listens, so a change costs every instance one read
   * and no new connection (~20 ms). Notifications arriving during a read fold into one more read.
   */
  private reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.reloadAgain = false;
          const startedAt = Date.now();
          this.table = await this.withClient(readTable);
          this.loadedAt = startedAt;
        } while (this.reloadAgain);
      } finally {
        this.reloading = null;
      }
    })();
    return this.reloading;
  }

  private scheduleFallback(): void {
    if (this.fallback) return;
    this.fallback = setInterval(() => {
      void this.reload().catch(() => undefined);
      if (!this.listener) void this.listen().catch(() => undefined);
    }, FALLBACK_RELOAD_MS);
    this.fallback.unref();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    const lost = () => {
      if (this.listener === client) this.listener = null;
      this.scheduleFallback();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", () => void this.reload().catch(() => this.scheduleFallback()));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
    if (this.fallback) {
      clearInterval(this.fallback);
      this.fallback = null;
    }
    await this.reload();
  }

  private ready(): Promise<void> {
    this.loading ??= this.listen().catch((error: unknown) => {
      this.loading = null;
      this.scheduleFallback();
      throw error;
    });
    return this.loading;
  }

  /** Reload once for a miss unless the table is under a second old; concurrent misses share the reload. */
  private async reloadForMiss(): Promise<void> {
    if (Date.now() - this.loadedAt < MISS_RELOAD_MS) return;
    this.missReload ??= this.reload()
      .catch(() => undefined)
      .finally(() => {
        this.missReload = null;
      });
    await this.missReload;
  }

  private lookup(slug: string, locale: ContentLocale, now: number): PublicRoute | "miss" {
    const table = this.table;
    if (!table) return { kind: "page" };
    const target = table.redirects.get(slug);
    if (target && target !== slug) return { kind: "redirect", to: target };
    const entry = table.bySlug.get(slug);
    if (!entry) return "miss";
    if (entry.closed || (entry.open && entry.validThrough !== null && entry.validThrough <= now)) return { kind: "gone" };
    if (entry.open && locale === "fr" && !entry.french) return "miss";
    return { kind: "page" };
  }

  async resolve(slug: string, locale: ContentLocale, now: number): Promise<PublicRoute> {
    await this.ready();
    const first = this.lookup(slug, locale, now);
    if (first !== "miss") return first;
    await this.reloadForMiss();
    const second = this.lookup(slug, locale, now);
    if (second !== "miss") return second;
    // The table may be younger than a second and still miss a posting published a moment ago (its NOTIFY
    // not read yet): one indexed lookup decides. Without the live connection, the page decides.
    return (await this.isOpenNow(slug, locale)) ? { kind: "page" } : { kind: "missing" };
  }

  private async isOpenNow(slug: string, locale: ContentLocale): Promise<boolean> {
    if (!this.listener) return true;
    const result = await this.withClient((client) => client.query(OPEN_NOW_SQL, [slug, locale]));
    return (result.rowCount ?? 0) > 0;
  }
}

const globalTable = globalThis as unknown as { careersRoutingTable?: RoutingTable };

/** How to answer /jobs/<slug> (or /fr/jobs/<slug>): the page itself, 410 Gone, 404, or a 308 to the renamed slug. */
export async function resolvePublicRoute(slug: string, locale: ContentLocale = "en", now = Date.now()): Promise<PublicRoute> {
  const url = process.env.DATABASE_URL;
  if (!url) return { kind: "page" };
  globalTable.careersRoutingTable ??= new RoutingTable(url);
  try {
    return await globalTable.careersRoutingTable.resolve(slug, locale, now);
  } catch (error) {
    console.error("[careers] routing table unavailable, serving pages without it:", error);
    return { kind: "page" };
  }
}
