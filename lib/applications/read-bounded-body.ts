/**
 * Reads a request body into memory only up to `limit` bytes: past it, the stream is cancelled and null is
 * returned, so an oversized upload sent without a Content-Length (chunked) is refused without ever being
 * held whole. (A declared Content-Length over the limit is refused before reading anything.)
 */
export async function readBoundedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const read = await reader.read();
    if (read.done) break;
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel("body too large").catch(() => undefined);
      return null;
    }
    parts.push(read.value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}
