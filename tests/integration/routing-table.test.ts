import { describe, expect, it } from "vitest";
import { insertPosting } from "@/lib/db/posting-writes";
import { validatePosting } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { tpmIntern } from "@/prisma/seed-data/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";

// The proxy's answer for a posting URL (lib/public/routing-table.ts): a slug that never was public
// is "missing" (the proxy serves the complete not-found page), but a posting published a moment
// ago is a page even before the table has read its NOTIFY.

const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
await seedDatabase(prisma, { repostForNextIntake: true });
const { resolvePublicRoute } = await import("@/lib/public/routing-table");

describe("the routing table", () => {
  it("calls a never-public slug missing and an open posting a page", async () => {
    expect(await resolvePublicRoute("no-such-role")).toEqual({ kind: "missing" });
    expect(await resolvePublicRoute(tpmIntern.slug)).toEqual({ kind: "page" });
  });

  it("answers a page for a posting published a moment ago, whatever the table has read", async () => {
    await resolvePublicRoute("warm-up"); // the table is loaded and listening
    const result = validatePosting({ ...tpmIntern, slug: "just-published-role" }, { mode: "draft" });
    if (!result.ok) throw new Error("fixture is invalid");
    const now = new Date();
    await prisma.$transaction((tx) =>
      insertPosting(tx, result.data, { status: "PUBLISHED", actor: { id: null, email: "test" }, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
    );
    const answers = await Promise.all([resolvePublicRoute("just-published-role"), resolvePublicRoute("just-published-role"), resolvePublicRoute("still-unknown")]);
    expect(answers).toEqual([{ kind: "page" }, { kind: "page" }, { kind: "missing" }]);
  });

  it("keeps a closed posting gone", async () => {
    await prisma.posting.update({ where: { slug: "just-published-role" }, data: { status: "UNPUBLISHED", closedAt: new Date() } });
    await expect.poll(() => resolvePublicRoute("just-published-role")).toEqual({ kind: "gone" });
  });
});
