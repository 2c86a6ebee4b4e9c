/** The same document with every character above U+00FF escaped for where it stands, stored one byte per character. */
export function toOneByteHtml(html: string): string;
