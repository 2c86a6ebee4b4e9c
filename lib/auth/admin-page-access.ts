import "server-only";
import type { NextRequest } from "next/server";
import { reachesPosting } from "@/lib/cms/assignments";
import { db } from "@/lib/db/client";
import { ADMIN_PAGE_RULES } from "./admin-page-rules";
import { can } from "./permissions";
import { isLoginPath, normalizePath } from "./proxy-redirect";
import { sessionClaimsFrom } from "./session-token";
import { resolveSessionUser } from "./session-user";

/**
 * "forbidden" when the signed-in user may not open this admin page, else "go on" (signed out, unknown paths,
 * anything but GET/HEAD, or a failed check: the page decides then, and fails closed).
 */
export async function adminPageAccess(request: NextRequest): Promise<"forbidden" | "go on"> {
  if (request.method !== "GET" && request.method !== "HEAD") return "go on";
  const path = normalizePath(request.nextUrl.pathname);
  if (isLoginPath(path)) return "go on";
  const rule = ADMIN_PAGE_RULES.find((candidate) => candidate.pattern.test(path));
  if (!rule) return "go on";
  try {
    const user = await resolveSessionUser(await sessionClaimsFrom(request.cookies.getAll()));
    if (!user) return "go on";
    if (!can(user.role, rule.permission)) return "forbidden";
    const postingId = rule.posting ? rule.pattern.exec(path)?.[1] : undefined;
    if (postingId && !(await reachesPosting(db, user, postingId))) {
      // An unknown posting is the page's 404, not a 403.
      const exists = await db.posting.findUnique({ where: { id: postingId }, select: { id: true } });
      if (exists) return "forbidden";
    }
    return "go on";
  } catch (error) {
    console.error("[proxy] admin access check failed; the page checks for itself", error);
    return "go on";
  }
}
