// Checks the body of a server-action request the way React's decodeReply /
// decodeAction would read it, without running anything, so junk answers 400 in
// the proxy instead of a 500 from inside Next (React rejects a reply whose
// references point at rows that do not exist with "Connection closed", and Next
// turns any decoding error into a 500).
//
// The reply format (React's encodeReply): row "0" is the JSON of the argument
// list; strings starting with "$" are references: "$$…" an escaped string,
// "$<hex>[:path]" another row (or a path inside one), "$@<hex>" a promise of a
// row, "$Q"/"$W"/"$i" a Map/Set/iterator built from a row, "$K<hex>" the
// FormData entries prefixed "_<hex>_", "$B<hex>" a Blob entry, "$T" a temporary
// reference, "$D" a date, "$n" a BigInt, and a few constants. A text body is row
// "0" alone (React only sends text when nothing else is needed); a multipart
// body has one field per row.
//
// Refused: rows that do not exist or are not JSON, paths that do not resolve,
// Map/Set/iterator rows that are not arrays (or are used twice), cycles, Blob
// references to text fields, FormData or row references in a text body, and
// the encodings this app never sends (server references, typed arrays and
// streams as arguments), which are the rare shapes React cannot decode safely
// from untrusted input.

export type ActionBodyVerdict = { ok: true } | { ok: false; reason: string };

type Entry = string | Blob;
type Rows = (key: string) => Entry | null;

class Refusal extends Error {}

const CONSTANT_MARKERS = new Set(["$", "H", "I", "-", "N", "u", "D"]);
// Typed arrays, streams and async iterables, and server references: never sent by this app's forms and calls.
const UNSUPPORTED_MARKERS = new Set(["A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V", "R", "r", "X", "x", "h"]);
const MAX_VALUES = 200_000;
const MAX_DEPTH = 64;

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === Array.prototype;
}

function rowId(hex: string): number {
  if (!/^[0-9a-f]{1,8}$/i.test(hex)) throw new Refusal(`bad reference ${JSON.stringify(hex.slice(0, 20))}`);
  return parseInt(hex, 16);
}

class ReplyChecker {
  private readonly parsed = new Map<number, unknown>();
  private readonly walking = new Set<number>();
  private readonly walked = new Set<number>();
  private readonly consumed = new Set<string>();
  private visits = 0;

  constructor(
    private readonly rows: Rows,
    private readonly prefix: string,
    private readonly options: { textOnly: boolean; temporaryReferences: boolean },
  ) {}

  private entry(id: number): Entry {
    const entry = this.rows(`${this.prefix}${id}`);
    if (entry === null) throw new Refusal(`reference to missing row ${id}`);
    return entry;
  }

  private row(id: number): unknown {
    if (this.parsed.has(id)) return this.parsed.get(id);
    if (this.options.textOnly && id !== 0) throw new Refusal(`reference to row ${id} in a text body`);
    const entry = this.entry(id);
    if (typeof entry !== "string") throw new Refusal(`row ${id} is a file`);
    let value: unknown;
    try {
      value = JSON.parse(entry) as unknown;
    } catch {
      throw new Refusal(`row ${id} is not JSON`);
    }
    this.parsed.set(id, value);
    return value;
  }

  /** Checks row `id` and everything it references; returns its raw JSON. */
  walkRow(id: number, depth = 0): unknown {
    const value = this.row(id);
    if (this.walked.has(id) || this.walking.has(id)) return value;
    this.walking.add(id);
    this.walk(value, depth + 1);
    this.walking.delete(id);
    this.walked.add(id);
    return value;
  }

  private walk(value: unknown, depth: number): void {
    if (++this.visits > MAX_VALUES) throw new Refusal("too many values");
    if (depth > MAX_DEPTH) throw new Refusal("nested too deep");
    if (typeof value === "string") {
      if (value.startsWith("$")) this.reference(value, depth);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, depth + 1);
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) this.walk(item, depth + 1);
    }
  }

  private reference(value: string, depth: number): void {
    const marker = value.charAt(1);
    if (CONSTANT_MARKERS.has(marker)) return;
    if (UNSUPPORTED_MARKERS.has(marker)) throw new Refusal(`unsupported reference $${marker}`);
    switch (marker) {
      case "n":
        if (!/^-?\d{1,300}$/.test(value.slice(2))) throw new Refusal("bad BigInt");
        return;
      case "T":
        if (!this.options.temporaryReferences) throw new Refusal("temporary reference outside a fetch call");
        return;
      case "K":
        if (this.options.textOnly) throw new Refusal("FormData reference in a text body");
        rowId(value.slice(2));
        return;
      case "B": {
        if (this.options.textOnly) throw new Refusal("Blob reference in a text body");
        if (typeof this.entry(rowId(value.slice(2))) === "string") throw new Refusal("Blob reference to a text field");
        return;
      }
      case "@": {
        const id = rowId(value.slice(2).split(":")[0] ?? "");
        if (this.walking.has(id)) throw new Refusal("promise of a row being read");
        this.walkRow(id, depth);
        return;
      }
      case "Q":
      case "W":
      case "i": {
        const target = this.resolve(value.slice(2), depth);
        if (!Array.isArray(target)) throw new Refusal(`$${marker} of something other than an array`);
        if (marker === "Q" && !target.every((item) => isPlainContainer(item))) throw new Refusal("$Q entries that are not pairs");
        if (this.consumed.has(value.slice(2))) throw new Refusal(`$${marker} used twice`);
        this.consumed.add(value.slice(2));
        return;
      }
      default:
        this.resolve(value.slice(1), depth);
    }
  }

  /** "<hex>[:key…]": the raw value a reference points at, with its rows checked. */
  private resolve(reference: string, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Refusal("references nested too deep");
    const [head = "", ...path] = reference.split(":");
    const id = rowId(head);
    if (path.length === 0 && this.walking.has(id)) throw new Refusal("cyclic reference");
    let current = this.walkRow(id, depth);
    for (const key of path) {
      if (typeof current === "string" && current.startsWith("$") && !current.startsWith("$$")) {
        const marker = current.charAt(1);
        if (!/[0-9a-f]/i.test(marker)) throw new Refusal("path through a special value");
        current = this.resolve(current.slice(1), depth + 1);
      }
      if (!isPlainContainer(current) || !Object.prototype.hasOwnProperty.call(current, key)) throw new Refusal("path that does not resolve");
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  }
}

function verdict(check: () => void): ActionBodyVerdict {
  try {
    check();
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}

function formRows(form: FormData): Rows {
  return (key) => {
    const values = form.getAll(key);
    if (values.length === 0) return null;
    if (values.length > 1) throw new Refusal(`row ${key} sent twice`);
    return values[0] ?? null;
  };
}

/** A fetch call (Next-Action header): a text body (row 0 alone) or a multipart one (one field per row). */
export function checkActionReply(body: string | FormData): ActionBodyVerdict {
  return verdict(() => {
    const textOnly = typeof body === "string";
    const rows: Rows = typeof body === "string" ? (key) => (key === "0" ? body : null) : formRows(body);
    const checker = new ReplyChecker(rows, "", { textOnly, temporaryReferences: true });
    if (!Array.isArray(checker.walkRow(0))) throw new Refusal("the arguments are not a list");
  });
}

/**
 * A form post without JavaScript (no Next-Action header): "$ACTION_ID_<id>" needs no decoding;
 * "$ACTION_REF_<n>" names "$ACTION_<n>:0", {"id": …, "bound": …} with its bound arguments in
 * "$ACTION_<n>:<row>". A form without either is not an action and is left to the page.
 */
export function checkFormActionBody(form: FormData): ActionBodyVerdict {
  return verdict(() => {
    for (const key of new Set(form.keys())) {
      if (!key.startsWith("$ACTION_REF_")) continue;
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const checker = new ReplyChecker(formRows(form), prefix, { textOnly: false, temporaryReferences: false });
      const descriptor = checker.walkRow(0);
      if (!isPlainContainer(descriptor) || Array.isArray(descriptor) || typeof (descriptor as { id?: unknown }).id !== "string") {
        throw new Refusal("action descriptor without an id");
      }
      const bound = (descriptor as { bound?: unknown }).bound;
      if (bound !== null && bound !== undefined && typeof bound !== "string") throw new Refusal("bound arguments that are not a reference");
      if (typeof bound === "string") {
        if (!bound.startsWith("$@")) throw new Refusal("bound arguments that are not a promise");
        if (!Array.isArray(checker.walkRow(rowId(bound.slice(2))))) throw new Refusal("bound arguments that are not a list");
      }
    }
  });
}
