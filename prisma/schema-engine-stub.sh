#!/bin/sh
# Stands in for Prisma's schema engine, which cannot be downloaded here.
# `prisma generate` only needs the path to exist; nothing should run this.
echo "Prisma's schema engine is not installed: migrations are applied by 'npm run db:migrate' (lib/db/migrate.ts)." >&2
exit 1
