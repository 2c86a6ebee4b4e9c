import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ApplicationErrors, ApplicationValues } from "./application-schema";
import { DRAFT_KEEP_MS } from "./limits";

// A refused plain-form submission is answered with a redirect to the form (303), which must show what was
// typed and what to correct. That state is kept here for an hour, found by the sha256 of a random cookie
// (lib/applications/draft-cookie.ts) so only the browser that typed it can see it. Never the file.

export type DraftState = { values: ApplicationValues; errors: ApplicationErrors };

const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export async function saveDraft(db: PrismaClient, postingId: string, state: DraftState, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.applicationDraft.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DRAFT_KEEP_MS) } } });
  await db.applicationDraft.create({ data: { tokenHash: hashOf(token), postingId, state, createdAt: now } });
  return token;
}

export async function readDraft(db: PrismaClient, token: string | undefined, postingId: string, now: Date): Promise<DraftState | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.applicationDraft.findUnique({ where: { tokenHash: hashOf(token) } });
  if (!row || row.postingId !== postingId || row.createdAt.getTime() < now.getTime() - DRAFT_KEEP_MS) return null;
  return row.state as DraftState;
}

export async function deleteDraft(db: PrismaClient, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.applicationDraft.deleteMany({ where: { tokenHash: hashOf(token) } });
}

export const DRAFT_COOKIE = "apply_form";
