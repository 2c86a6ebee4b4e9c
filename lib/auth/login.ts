import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { en } from "@/lib/i18n/admin-messages/en";
import { recordAuthEvent } from "./audit";
import { normalizeEmail } from "./email";
import { hashPassword, verifyPassword } from "./password";
import { countFromEnv, createWorkQueue } from "./work-queue";
import type { SessionUser } from "./session-user";

/**
 * Password sign-in with a login limit held in the database (login_attempts),
 * so it holds across app instances:
 * - per account (the submitted email normalised by email.ts, known or not, so
 *   every spelling of one address shares one count) and per client (IP, see
 *   client-ip.ts): after MAX_FAILURES failures within WINDOW, further tries are
 *   refused until the oldest of those failures leaves the window;
 * - per account whatever the client: after HOURLY_MAX_FAILURES failures within
 *   HOURLY_WINDOW (a success does not reset this one), further tries are refused
 *   until the oldest leaves the hour — a ceiling on guesses per account even
 *   from many addresses;
 * - a success resets the account's count (not the client's: one valid account
 *   must not let a client spray passwords at others);
 * - refused tries do not extend the lock, are not checked against the password
 *   (a right password is refused too) and look exactly like a wrong password:
 *   same generic message, one argon2 verification each;
 * - unknown emails are verified against a dummy argon2id hash, so they take the
 *   same time as known ones.
 * Concurrent tries are serialized per email and per IP with transaction-level
 * advisory locks, and an attempt counts as a failure while it is being checked
 * (PENDING), so parallel requests cannot slip past the limit.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const HOURLY_MAX_FAILURES = 20;
export const HOURLY_WINDOW_MS = 60 * 60 * 1000;
const KEEP_MS = 24 * 60 * 60 * 1000;
const MAX_PASSWORD_LENGTH = 1024;

/** The one message for every failed or refused sign-in (English; the form shows messagesText(locale).signIn). */
export const GENERIC_SIGN_IN_ERROR = en.signIn.generic;

export const MISSING_FIELDS_MESSAGE = en.signIn.missingFields;
export const UNAVAILABLE_MESSAGE = en.signIn.unavailable;

let dummyHash: Promise<string> | null = null;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

export { normalizeEmail };

type RefusedScope = "account" | "account-hour" | "client";
type Reservation = { attemptId: bigint } | { refused: RefusedScope };

async function reserveAttempt(email: string, ip: string, now: Date): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    // Always email first, then IP: a fixed order cannot deadlock.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:email:${email}`}, 0))::text AS locked`;
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:ip:${ip}`}, 0))::text AS locked`;
    const since = new Date(now.getTime() - WINDOW_MS);
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { email, outcome: "SUCCESS", createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
    // One after the other: a transaction is one connection (pg refuses overlapping queries on it).
    const accountFailures = await tx.loginAttempt.count({ where: { email, outcome: { in: ["FAILURE", "PENDING"] }, createdAt: { gte: accountSince } } });
    const hourlyFailures = await tx.loginAttempt.count({
      where: { email, outcome: { in: ["FAILURE", "PENDING"] }, createdAt: { gte: new Date(now.getTime() - HOURLY_WINDOW_MS) } },
    });
    const clientFailures = await tx.loginAttempt.count({ where: { ip, outcome: { in: ["FAILURE", "PENDING"] }, createdAt: { gte: since } } });
    const refused: RefusedScope | null =
      accountFailures >= MAX_FAILURES
        ? "account"
        : hourlyFailures >= HOURLY_MAX_FAILURES
          ? "account-hour"
          : clientFailures >= MAX_FAILURES
            ? "client"
            : null;
    const row = await tx.loginAttempt.create({
      data: { email, ip, outcome: refused ? "REFUSED" : "PENDING", createdAt: now },
      select: { id: true },
    });
    await tx.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
    return refused ? { refused } : { attemptId: row.id };
  });
}

/** Whether the failure just recorded reached the limit (for the audit log's lockout row). */
async function lockedNow(email: string, ip: string, now: Date): Promise<RefusedScope[]> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, outcome: "SUCCESS", createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [accountFailures, hourlyFailures, clientFailures] = await Promise.all([
    db.loginAttempt.count({ where: { email, outcome: "FAILURE", createdAt: { gte: lastSuccess?.createdAt ?? since } } }),
    db.loginAttempt.count({ where: { email, outcome: "FAILURE", createdAt: { gte: new Date(now.getTime() - HOURLY_WINDOW_MS) } } }),
    db.loginAttempt.count({ where: { ip, outcome: "FAILURE", createdAt: { gte: since } } }),
  ]);
  const scopes: RefusedScope[] = [];
  if (accountFailures === MAX_FAILURES) scopes.push("account");
  if (hourlyFailures === HOURLY_MAX_FAILURES) scopes.push("account-hour");
  if (clientFailures === MAX_FAILURES) scopes.push("client");
  return scopes;
}

/**
 * Sign-ins run SIGN_IN_CONCURRENCY at a time (default 2), the rest wait their turn (at most
 * MAX_WAITING_SIGN_INS; beyond that, WorkQueueFullError before anything is recorded, which the login
 * form shows as "unavailable"). 200 simultaneous tries would otherwise all start their database work
 * at once and hold the event loop, the pool and the CPU away from the public pages and the health
 * check; queued, they cost a request's memory each while they wait.
 */
const MAX_WAITING_SIGN_INS = 500;
const signInQueue = createWorkQueue("sign-in", countFromEnv(process.env.SIGN_IN_CONCURRENCY, 2), MAX_WAITING_SIGN_INS);

export function attemptLogin(input: { email: unknown; password: unknown; ip: string }): Promise<SessionUser | null> {
  return signInQueue.run(() => attemptLoginNow(input));
}

async function attemptLoginNow(input: { email: unknown; password: unknown; ip: string }): Promise<SessionUser | null> {
  const email = normalizeEmail(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  const { ip } = input;
  const now = new Date();

  const reservation = await reserveAttempt(email, ip, now);
  // Exact equality on the normalised form (users.email is stored normalised): no wildcard can match.
  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
      })
    : null;

  if ("refused" in reservation) {
    await verifyPassword(await getDummyHash(), password.slice(0, MAX_PASSWORD_LENGTH));
    await recordAuthEvent({
      action: "auth.sign_in_refused",
      actorId: user?.id ?? null,
      actorEmail: email || null,
      entityType: user ? "user" : null,
      entityId: user?.id ?? null,
      data: { reason: "locked", scope: reservation.refused },
      ip,
    });
    return null;
  }

  const passwordOk =
    password.length > 0 &&
    password.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password)) &&
    Boolean(user?.passwordHash);
  if (password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    await verifyPassword(await getDummyHash(), "timing");
  }
  const ok = passwordOk && user !== null && !user.disabledAt;

  await db.loginAttempt.update({ where: { id: reservation.attemptId }, data: { outcome: ok ? "SUCCESS" : "FAILURE" } });

  if (ok && user) {
    await recordAuthEvent({
      action: "auth.sign_in",
      actorId: user.id,
      actorEmail: user.email,
      entityType: "user",
      entityId: user.id,
      data: { method: "password" },
      ip,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  const reason = !user ? "unknown-email" : user.disabledAt ? "disabled" : !user.passwordHash ? "no-password" : "wrong-password";
  await recordAuthEvent({
    action: "auth.sign_in_failed",
    actorId: user?.id ?? null,
    actorEmail: email || null,
    entityType: user ? "user" : null,
    entityId: user?.id ?? null,
    data: { method: "password", reason },
    ip,
  });
  for (const scope of await lockedNow(email, ip, now)) {
    await recordAuthEvent({
      action: "auth.locked_out",
      actorId: user?.id ?? null,
      actorEmail: email || null,
      entityType: user ? "user" : null,
      entityId: user?.id ?? null,
      data:
        scope === "account-hour"
          ? { scope, failures: HOURLY_MAX_FAILURES, windowMinutes: HOURLY_WINDOW_MS / 60_000 }
          : { scope, failures: MAX_FAILURES, windowMinutes: WINDOW_MS / 60_000 },
      ip,
    });
  }
  return null;
}

/** The active user with this email (for single sign-on, which never creates users). */
export async function findActiveUserByEmail(email: string): Promise<SessionUser | null> {
  const normalized = normalizeEmail(email);
  if (!normalized) return null;
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
