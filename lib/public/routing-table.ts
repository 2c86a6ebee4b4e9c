import pg from "pg";

// What the proxy needs to answer a posting URL before any page renders:
// closed postings → 410, renamed slugs → 308. A small in-memory table of all
// postings that were ever public, loaded once and reloaded whenever PostgreSQL
// announces a change (NOTIFY public_postings, sent by triggers on postings and
// posting_slug_redirects), so a recruiter's unpublish shows within a second.
// If the notification connection drops, the table reloads every few seconds
// until it is back.

type Entry = { slug: string; open: boolean; closed: boolean; validThrough: number | null };
type Table = { bySlug: Map<string, Entry>; redirects: Map<string, string> };

export type PublicRoute = { kind: "gone" } | { kind: "redirect"; to: string } | { kind: "page" } | { kind: "unknown" };

const CHANNEL = "public_postings";
const FALLBACK_RELOAD_MS = 5_000;

const TABLE_SQL = `
  SELECT slug, status::text AS status, valid_through, first_published_at IS NOT NULL AS was_public FROM postings
  WHERE status = 'PUBLISHED' OR first_published_at IS NOT NULL`;
// A slug the table does not know may have been published a moment ago (its NOTIFY not read yet):
// one lookup on the unique slug index before calling it unknown.
const OPEN_NOW_SQL = `SELECT 1 FROM postings WHERE slug = $1 AND status = 'PUBLISHED'
  UNION ALL SELECT 1 FROM posting_slug_redirects WHERE slug = $1 LIMIT 1`;
const REDIRECTS_SQL = `SELECT r.slug AS old_slug, p.slug AS new_slug FROM posting_slug_redirects r JOIN postings p ON p.id = r.posting_id WHERE r.slug <> p.slug`;

async function readTable(client: pg.ClientBase): Promise<Table> {
  const [postings, redirects] = [await client.query(TABLE_SQL), await client.query(REDIRECTS_SQL)];
  const bySlug = new Map<string, Entry>();
  for (const row of postings.rows as { slug: string; status: string; valid_through: Date | null; was_public: boolean }[]) {
    bySlug.set(row.slug, {
      slug: row.slug,
      open: row.status === "PUBLISHED",
      closed: row.status !== "PUBLISHED" && row.was_public && ["UNPUBLISHED", "EXPIRED", "ARCHIVED"].includes(row.status),
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
  private lookups: Promise<unknown> = Promise.resolve();

  constructor(private readonly connectionString: string) {}

  private async reload(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    try {
      this.table = await readTable(client);
    } finally {
      await client.end();
    }
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

  /** Never public and not published now. Without the live connection, the page decides (as before). */
  private async isUnknown(slug: string): Promise<boolean> {
    const client = this.listener;
    if (!client) return false;
    // One query at a time on the listening connection (pg deprecates overlapping queries on a client).
    const lookup = this.lookups.then(() => client.query(OPEN_NOW_SQL, [slug]));
    this.lookups = lookup.catch(() => undefined);
    return (await lookup).rowCount === 0;
  }

  async resolve(slug: string, now: number): Promise<PublicRoute> {
    await this.ready();
    const table = this.table;
    if (!table) return { kind: "page" };
    const target = table.redirects.get(slug);
    if (target && target !== slug) return { kind: "redirect", to: target };
    const entry = table.bySlug.get(slug);
    if (!entry) return (await this.isUnknown(slug)) ? { kind: "unknown" } : { kind: "page" };
    if (entry.closed || (entry.open && entry.validThrough !== null && entry.validThrough <= now)) return { kind: "gone" };
    return { kind: "page" };
  }
}

const globalTable = globalThis as unknown as { careersRoutingTable?: RoutingTable };

/**
 * How to answer /jobs/<slug>: the page itself, 410 Gone, a 308 to the renamed slug, or unknown (never
 * public): the proxy answers that with the not-found page, since Next renders a posting route's
 * notFound() as an empty document (no title, no content without JavaScript) under cacheComponents.
 */
export async function resolvePublicRoute(slug: string, now = Date.now()): Promise<PublicRoute> {
  const url = process.env.DATABASE_URL;
  if (!url) return { kind: "page" };
  globalTable.careersRoutingTable ??= new RoutingTable(url);
  try {
    return await globalTable.careersRoutingTable.resolve(slug, now);
  } catch (error) {
    console.error("[careers] routing table unavailable, serving pages without it:", error);
    return { kind: "page" };
  }
}
