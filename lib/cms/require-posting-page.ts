import "server-only";
import { forbidden } from "next/navigation";
import type { SessionUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { reachesPosting } from "./assignments";

/** For posting pages (editor, preview, revisions): a hiring manager not assigned to the posting gets the 403 page. */
export async function requirePostingPage(user: SessionUser, postingId: string): Promise<void> {
  if (!(await reachesPosting(db, user, postingId))) forbidden();
}
