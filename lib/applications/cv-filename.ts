import { FIELD_LIMITS } from "./limits";

/**
 * A stored CV's name: the candidate's base name without path, control or quoting characters, with the
 * extension of the type its bytes have (never the one it claimed), e.g. "../../x.pdf.html" → "x.pdf.pdf".
 */
export function cvFilename(claimed: string, extension: "pdf" | "docx"): string {
  const base = (claimed.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[^\p{L}\p{N} ._()-]+/gu, "_")
    .replace(/^[.\s_]+/, "")
    .trim()
    .slice(0, FIELD_LIMITS.filename);
  return `${base || "cv"}.${extension}`;
}
