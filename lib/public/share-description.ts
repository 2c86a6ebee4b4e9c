import { stripInlineMarkdown, type LocaleContent } from "@/lib/postings";

const MAX_LENGTH = 200;
// Words of a title that say nothing about the role (the company, the French inclusive endings).
const IGNORED = new Set(["back", "market", "anglais", "english", "french", "francais", "speaker"]);

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/**
 * The text a shared link shows (meta description, og:description): the posting's
 * own first lines. A role often opens with the company's greeting, the same in
 * every posting; the description starts at the first paragraph that names the
 * role (a word of its title), so each posting is told apart. Cut at a word
 * boundary to 200 characters.
 */
export function shareDescription(content: Pick<LocaleContent, "title" | "role">): string {
  const titleWords = fold(content.title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4 && !IGNORED.has(word));
  const paragraphs = stripInlineMarkdown(content.role)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const start = Math.max(
    0,
    paragraphs.findIndex((paragraph) => {
      const words = new Set(fold(paragraph).split(/[^\p{L}\p{N}]+/u));
      return titleWords.some((word) => words.has(word));
    }),
  );
  const text = paragraphs.slice(start).join(" ");
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH - 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > MAX_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.—-]+$/u, "")}…`;
}
