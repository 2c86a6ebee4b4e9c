// For tests on served HTML: the JSON-LD blocks a crawler would read. Parse
// errors are reported, not thrown, so a broken block fails the check visibly.
const LD_SCRIPT = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

export function extractJsonLdBlocks(html: string): { value?: unknown; error?: string }[] {
  return [...html.matchAll(LD_SCRIPT)].map((match) => {
    try {
      return { value: JSON.parse(match[1] ?? "") as unknown };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}
