import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { createDatabase, dropDatabase } from "./database-admin";
import { startTestServer, type TestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

// One server for the run, and one migrated template database that each test
// file clones into a fresh database of its own (CREATE DATABASE … TEMPLATE).
// The integration and security projects both name this setup and run it in the
// same process: they share the server and the template, and the last project to
// finish drops the template and stops the server (the first one stopping it left
// the other's teardown facing a closed port).
type Shared = { server: TestServer; template: string; projects: number };
const SHARED = Symbol.for("careers.tests.global-setup");
const registry = globalThis as typeof globalThis & { [SHARED]?: Promise<Shared> };

async function start(): Promise<Shared> {
  const server = await startTestServer();
  const template = `careers_tpl_${process.pid}`;
  await migrateDatabase(await createDatabase(server.adminUrl, template));
  return { server, template, projects: 0 };
}

export default async function setup(project: TestProject) {
  registry[SHARED] ??= start();
  const shared = await registry[SHARED];
  shared.projects += 1;
  project.provide("adminUrl", shared.server.adminUrl);
  project.provide("templateDatabase", shared.template);
  return async () => {
    shared.projects -= 1;
    if (shared.projects > 0) return;
    delete registry[SHARED];
    await dropDatabase(shared.server.adminUrl, shared.template);
    await shared.server.stop();
  };
}
