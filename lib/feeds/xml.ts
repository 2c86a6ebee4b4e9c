// XML text and attribute escaping, and removal of characters XML 1.0 forbids
// (a recruiter's pasted control characters must not break a feed).
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function xmlEscape(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** <name>escaped text</name>, or nothing for an empty value. */
export function element(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "" : `<${name}>${xmlEscape(String(value))}</${name}>`;
}
