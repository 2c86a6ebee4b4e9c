import { defineConfig } from "prisma/config";

// The app never runs Prisma's migration engine (it cannot be downloaded here):
// lib/db/migrate.ts applies prisma/migrations itself and keeps Prisma's ledger.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
