// The HTTP accelerators in front of the app (CACHE_PURGE_URL, comma-separated; CACHE_PURGE_TOKEN): each
// accepts a ban of a cache tag (lib/cache/varnish/careers.vcl.template), the same tags the app expires in
// its own caches (lib/cache/public-tags.ts).

const TIMEOUT_MS = 10_000;

export function acceleratorTargets(): string[] {
  return (process.env.CACHE_PURGE_URL ?? "").split(",").map((value) => value.trim()).filter(Boolean);
}

/** Bans every object carrying one of `tags` from every accelerator; throws on the first refusal. */
export async function banCacheTags(tags: readonly string[]): Promise<void> {
  const token = process.env.CACHE_PURGE_TOKEN ?? "";
  if (!token) throw new Error("CACHE_PURGE_TOKEN is not set");
  for (const target of acceleratorTargets()) {
    for (const tag of new Set(tags)) {
      const response = await fetch(new URL("/", target), {
        method: "BAN",
        headers: { "x-purge-token": token, "x-ban-tag": tag },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`${target} refused the ban of ${tag}: HTTP ${response.status}`);
    }
  }
}
