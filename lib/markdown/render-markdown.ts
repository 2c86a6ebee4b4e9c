import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// The one markdown pipeline of the site (public pages and the CMS preview):
// remark → rehype → sanitize → HTML. Raw HTML in the source is dropped (never
// parsed), and the sanitizer keeps a small allow-list of elements and only
// http(s) and mailto links, so javascript: and data: URLs cannot survive.

const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: ["p", "br", "strong", "em", "del", "ul", "ol", "li", "a", "code", "pre", "blockquote", "h3", "h4", "hr"],
  attributes: { a: ["href", "title"] },
  protocols: { href: ["http", "https", "mailto"] },
  clobberPrefix: "md-",
  strip: ["script", "style"],
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Markdown → sanitized HTML, safe to inject. */
export function renderSanitizedMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
