// Preloaded into the Next.js process by the launcher (through lib/launcher/preload.mjs, for `next start` and
// `next dev`).
//
// Next only fills X-Forwarded-For with the socket's address when the request
// has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so a
// client that sends its own header hides its real address from the app. This
// module does what a reverse proxy does: it APPENDS the address of the peer it
// received the request from (the TCP socket's) to X-Forwarded-For, creating the
// header when absent. Node's public diagnostics channel
// 'http.server.request.start' fires for every request before the server's
// 'request' event, so the header is in place before Next reads it.
//
// The last X-Forwarded-For entry is then always the socket's address, and
// lib/auth/client-ip.ts reads the entry TRUSTED_PROXY_COUNT places before it.
// The marker below tells client-ip.ts this ran; without it (Next started some
// other way) client-ip.ts does not trust the last entry.
import diagnosticsChannel from "node:diagnostics_channel";

const MARKER = Symbol.for("careers.peer-address-appended");

if (!globalThis[MARKER]) {
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { request, socket } = /** @type {{ request: import("node:http").IncomingMessage, socket: import("node:net").Socket }} */ (message);
    const peer = socket?.remoteAddress ?? request?.socket?.remoteAddress ?? "unknown";
    const current = request.headers["x-forwarded-for"];
    const claimed = Array.isArray(current) ? current.join(", ") : current;
    request.headers["x-forwarded-for"] = claimed && claimed.trim() ? `${claimed}, ${peer}` : peer;
  });
  globalThis[MARKER] = true;
}
