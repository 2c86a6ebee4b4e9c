import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./database-admin";
import { startTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

// One server for the run, and one migrated template database that each test
// file clones into a fresh database of its own (CREATE DATABASE … TEMPLATE).
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = `careers_tpl_${process.pid}`;
  const url = await createDatabase(server.adminUrl, template);
  await migrateDatabase(url);
  project.provide("adminUrl", server.adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
