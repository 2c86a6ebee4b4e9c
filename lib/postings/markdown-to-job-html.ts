// A deliberately small markdown → HTML conversion for the JobPosting
// description: Google reads p, ul, li and br only, so every block becomes one
// of those, inline markup becomes plain text, and all text is HTML-escaped.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+/;

/** Inline markdown to the text a reader sees: links keep their label, emphasis and code their content. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function stripBlockPrefix(line: string): string {
  return line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/, "");
}

function renderBlock(lines: string[]): string {
  const html: string[] = [];
  let items: string[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const text = stripInlineMarkdown(paragraph.map(stripBlockPrefix).join(" "));
    if (text) html.push(`<p>${escapeHtml(text)}</p>`);
    paragraph = [];
  };
  const flushItems = () => {
    if (items.length) html.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`);
    items = [];
  };
  for (const line of lines) {
    if (LIST_ITEM.test(line)) {
      flushParagraph();
      const item = stripInlineMarkdown(line.replace(LIST_ITEM, ""));
      if (item) items.push(item);
    } else if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      flushParagraph();
      flushItems();
    } else {
      flushItems();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushItems();
  return html.join("");
}

/** Markdown prose → p/ul/li HTML with escaped text. */
export function markdownToJobHtml(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return blocks.map((block) => renderBlock(block.split("\n").filter((line) => line.trim() !== ""))).join("");
}

/** A plain list (missions, profile…) → one ul, each item's inline markdown stripped. */
export function listToJobHtml(items: readonly string[]): string {
  const cleaned = items.map(stripInlineMarkdown).filter((item) => item !== "");
  return cleaned.length ? `<ul>${cleaned.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "";
}
