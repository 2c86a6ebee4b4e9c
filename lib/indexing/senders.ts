import { createSign } from "node:crypto";
import { readFileSync } from "node:fs";
import { acceleratorTargets, banCacheTags } from "@/lib/cache/accelerator-bans";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import type { UrlNotificationType } from "./enqueue";

// Where URL notifications go. Each sender is configured by the environment and
// absent otherwise; endpoints can be pointed elsewhere (the tests use a local
// fake server, nothing reaches the network).
//   IndexNow: INDEXNOW_KEY (the key is served at /indexnow-key.txt), INDEXNOW_ENDPOINT.
//   Google Indexing API: GOOGLE_INDEXING_CREDENTIALS (a service account's JSON key,
//   inline or a file path), GOOGLE_INDEXING_ENDPOINT.
//   Cache purge: CACHE_PURGE_URL (the HTTP accelerators in front of the app, comma-separated) and
//   CACHE_PURGE_TOKEN (lib/cache/varnish/careers.vcl.template accepts bans only with it).

export type Sender = { name: string; send: (url: string, type: UrlNotificationType) => Promise<void> };

const TIMEOUT_MS = 10_000;

async function post(endpoint: string, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) {
    const detail = (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);
    throw new Error(`${endpoint} answered HTTP ${response.status}${detail ? `: ${detail}` : ""}`);
  }
}

function indexNowSender(siteUrl: string): Sender | null {
  const key = process.env.INDEXNOW_KEY;
  if (!key) return null;
  const endpoint = process.env.INDEXNOW_ENDPOINT ?? "https://api.indexnow.org/indexnow";
  return {
    name: "indexnow",
    // IndexNow has one call for changed and removed URLs alike: the engine re-crawls and sees 200 or 410.
    send: (url) => post(endpoint, { host: new URL(siteUrl).host, key, keyLocation: `${siteUrl}/indexnow-key.txt`, urlList: [url] }),
  };
}

type ServiceAccount = { client_email: string; private_key: string; token_uri?: string };

/** The service account from GOOGLE_INDEXING_CREDENTIALS, or why it cannot be used (the outbox shows it). */
function readServiceAccount(raw: string): ServiceAccount | Error {
  try {
    const parsed = JSON.parse(raw.trim().startsWith("{") ? raw : readFileSync(raw, "utf8")) as Partial<ServiceAccount>;
    if (typeof parsed.client_email !== "string" || typeof parsed.private_key !== "string") throw new Error("client_email or private_key is missing");
    return { client_email: parsed.client_email, private_key: parsed.private_key, token_uri: parsed.token_uri };
  } catch (error) {
    return new Error(`GOOGLE_INDEXING_CREDENTIALS is not a usable service account key (${error instanceof Error ? error.message : String(error)})`);
  }
}

// Access tokens live an hour: one per service account, renewed 5 minutes before it ends.
const tokens = new Map<string, { token: string; until: number }>();

async function googleAccessToken(account: ServiceAccount): Promise<string> {
  const tokenUri = account.token_uri ?? "https://oauth2.googleapis.com/token";
  const cacheKey = `${account.client_email} ${tokenUri}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.token;
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT" })}.${encode({
    iss: account.client_email,
    scope: "https://www.googleapis.com/auth/indexing",
    aud: tokenUri,
    iat: now,
    exp: now + 3600,
  })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(account.private_key).toString("base64url");
  const response = await fetch(tokenUri, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: `${unsigned}.${signature}` }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${tokenUri} answered HTTP ${response.status}`);
  const { access_token: token, expires_in: expiresIn } = (await response.json()) as { access_token?: string; expires_in?: number };
  if (!token) throw new Error("Google's token endpoint returned no access token");
  tokens.set(cacheKey, { token, until: Date.now() + (Math.min(expiresIn ?? 3600, 3600) - 300) * 1000 });
  return token;
}

function googleSender(): Sender | null {
  const raw = process.env.GOOGLE_INDEXING_CREDENTIALS;
  if (!raw) return null;
  const account = readServiceAccount(raw);
  const endpoint = process.env.GOOGLE_INDEXING_ENDPOINT ?? "https://indexing.googleapis.com/v3/urlNotifications:publish";
  return {
    name: "google",
    send: async (url, type) => {
      if (account instanceof Error) throw account;
      await post(endpoint, { url, type }, { authorization: `Bearer ${await googleAccessToken(account)}` });
    },
  };
}

/**
 * The "cache purge" engine: bans what a changed posting URL touches from every accelerator — the posting's
 * own pages (posting:<slug>) and everything that lists postings (postings:listing).
 */
export function cachePurgeSender(): Sender | null {
  if (acceleratorTargets().length === 0) return null;
  return {
    name: "cache-purge",
    send: async (url) => {
      const slug = /\/jobs\/([^/?#]+)/.exec(new URL(url).pathname)?.[1];
      await banCacheTags([...(slug ? [PUBLIC_TAGS.posting(decodeURIComponent(slug))] : []), PUBLIC_TAGS.listing]);
    },
  };
}

/** The senders configured in this environment (none: notifications are only recorded). */
export function configuredSenders(siteUrl: string): Sender[] {
  return [indexNowSender(siteUrl), googleSender(), cachePurgeSender()].filter((sender): sender is Sender => sender !== null);
}
