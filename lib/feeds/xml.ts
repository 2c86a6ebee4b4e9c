// XML text and attribute escaping, and removal of characters XML 1.0 forbids
// (a recruiter's pasted control characters must not break a feed).
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters outside XML 1.0's Char production (lone surrogates included).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, "");
}

export function xmlEscape(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** <name>escaped text</name>, or nothing for an empty value. */
export function element(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "" : `<${name}>${xmlEscape(String(value))}</${name}>`;
}

/** A CDATA section (what Indeed's feed uses): "]]>" in the text is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlText(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** <name><![CDATA[text]]></name>, or nothing for an empty value. */
export function cdataElement(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "" : `<${name}>${cdata(String(value))}</${name}>`;
}
