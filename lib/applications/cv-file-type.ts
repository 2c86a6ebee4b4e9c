/**
 * A CV's type, read from its bytes — never from its name or the type the browser claims, which the
 * candidate's machine (or an attacker) chooses. PDF: the "%PDF-" header. DOCX: a ZIP archive whose
 * central directory lists "[Content_Types].xml" and a "word/" part. Anything else (HTML or SVG renamed
 * .pdf, a plain ZIP, an old .doc) is refused.
 */
export type CvFileType = { kind: "pdf"; contentType: "application/pdf"; extension: "pdf" } | {
  kind: "docx";
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  extension: "docx";
};

const PDF: CvFileType = { kind: "pdf", contentType: "application/pdf", extension: "pdf" };
const DOCX: CvFileType = { kind: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 10_000;

export function sniffCvFileType(bytes: Uint8Array): CvFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && isWordArchive(bytes)) return DOCX; // PK\3\4
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Whether the ZIP's central directory names the parts every Word document has. */
function isWordArchive(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  if (!names) return false;
  return names.includes("[Content_Types].xml") && names.some((name) => name.startsWith("word/"));
}

function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return null;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
