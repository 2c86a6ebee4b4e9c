// A stand-in for a launcher, for tests/integration/embedded-postgres.test.ts:
// starts (or reuses) the embedded PostgreSQL on argv[2], prints what it got as
// one JSON line, holds it until SIGTERM, then stops it like the launcher does.
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const server = await startEmbeddedPostgres(process.argv[2] ?? ".data/hold");
console.log(JSON.stringify({ how: server.how, port: server.port, adminUrl: server.adminUrl }));
process.on("SIGTERM", () => {
  void server.stop().finally(() => process.exit(0));
});
setInterval(() => undefined, 60_000);
