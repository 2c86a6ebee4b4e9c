import type { Locale } from "@/lib/i18n/locales";
import type { IssueMap } from "../issues";
import { en } from "./en";
import { fr } from "./fr";

// The schema and the rules cannot know who reads them (zod has no per-parse context), so they speak
// in keys: msg("chooseDate", "dates.startWindow.earliest") is a token that validatePosting (and
// anything else that shows a message) renders in the reader's language with renderMessage.
// One place for each message: its text lives only in ./en.ts and ./fr.ts.

export type PostingMessages = typeof en;
export type MessageKey = keyof PostingMessages;
type Args<K extends MessageKey> = PostingMessages[K] extends (...args: infer A) => string ? A : [];

const CATALOGUES: Record<Locale, PostingMessages> = { en, fr };
const OPEN = "\u{E000}";
const SEPARATOR = "\u{E001}";

export function msg<K extends MessageKey>(key: K, ...args: Args<K>): string {
  return `${OPEN}${key}${SEPARATOR}${JSON.stringify(args)}`;
}

/** A message in `locale`; text that is not a token (zod's own, a server's) is returned as it is. */
export function renderMessage(text: string, locale: Locale = "en"): string {
  if (!text.startsWith(OPEN)) return text;
  const at = text.indexOf(SEPARATOR);
  const key = text.slice(OPEN.length, at);
  if (at < 0 || !Object.hasOwn(en, key)) return text;
  const entry = CATALOGUES[locale][key as MessageKey];
  if (typeof entry === "string") return entry;
  try {
    const args = JSON.parse(text.slice(at + SEPARATOR.length)) as unknown[];
    return (entry as (...values: unknown[]) => string)(...args);
  } catch {
    return text;
  }
}

export function renderIssueMap(map: IssueMap, locale: Locale = "en"): IssueMap {
  const rendered: IssueMap = {};
  for (const [path, messages] of Object.entries(map)) {
    Object.defineProperty(rendered, path, {
      value: [...new Set(messages.map((message) => renderMessage(message, locale)))],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return rendered;
}
