import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { countFromEnv, createWorkQueue } from "./work-queue";

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Each hash or verification takes ~50–100 ms of one core and 19 MiB. At most
// PASSWORD_HASH_CONCURRENCY run at once (default: half the cores, at least one),
// so a burst of sign-ins or password changes queues here instead of taking
// every core and libuv thread from the pages and the health check. Sign-ins are
// also admitted a few at a time before any of their work starts (login.ts).
export const passwordQueue = createWorkQueue(
  "password hashing",
  countFromEnv(process.env.PASSWORD_HASH_CONCURRENCY, Math.max(1, Math.floor(availableParallelism() / 2))),
  1_000,
);

export function hashPassword(password: string): Promise<string> {
  return passwordQueue.run(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordQueue.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}
