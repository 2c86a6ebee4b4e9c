import { renderSanitizedMarkdown } from "@/lib/markdown/render-markdown";

/** Recruiter markdown, rendered through the sanitizing pipeline (no raw HTML, http(s)/mailto links only). */
export function MarkdownBlock({ source, className = "" }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  // Sanitized by renderSanitizedMarkdown: rehype-sanitize with an allow-list schema.
  return <div className={`prose-posting ${className}`} dangerouslySetInnerHTML={{ __html: renderSanitizedMarkdown(source) }} />;
}
