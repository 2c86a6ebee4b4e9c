// Loaded into the Next.js process with the launcher's preload (lib/launcher/peer-address.mjs imports it).
//
// Next sends a cached page as one JavaScript string (`res.end(html)`). Node 20 writes a long string slowly when
// it holds any character beyond Latin-1 — V8 then stores the whole string with two bytes per character — and
// falls off a cliff past ~64,000 characters: a 68,000-character body with a single "’" goes out at ~1,100
// responses/s on this machine, against ~16,000 for the same length in Latin-1 and ~7,900 when the string is
// first turned into a Buffer (tests/bench/string-bodies.ts measures it). Careers pages are that size and full
// of ’, « », — and œ, so a long string body is handed to Node as the same UTF-8 bytes in a Buffer. Nothing else
// changes: same bytes, same headers, same callbacks.
import http from "node:http";

const MARKER = Symbol.for("careers.string-bodies-as-buffers");
/** Shorter strings are written fast either way; converting them would only copy. */
export const MIN_CHARS = 16 * 1024;

function asBuffer(chunk, encoding) {
  return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
}

/** `end` or `write` of http.ServerResponse, handing a long string chunk on as a Buffer (same arguments otherwise). */
function passingBuffers(original, name) {
  const wrapped = function (chunk, encoding, callback) {
    if (typeof chunk !== "string" || chunk.length < MIN_CHARS) return original.apply(this, arguments);
    return typeof encoding === "function" ? original.call(this, asBuffer(chunk), encoding) : original.call(this, asBuffer(chunk, encoding), callback);
  };
  return Object.defineProperty(wrapped, "name", { value: name });
}

if (!globalThis[MARKER]) {
  const response = http.ServerResponse.prototype;
  response.end = passingBuffers(response.end, "endWithBuffer");
  response.write = passingBuffers(response.write, "writeWithBuffer");
  globalThis[MARKER] = true;
}
