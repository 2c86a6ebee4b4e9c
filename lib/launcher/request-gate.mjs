// Preloaded into the Next.js process by the launcher (lib/launcher/preload.mjs).
//
// A gate in front of Next's request handler, so that the pages rendered again after a change are served fresh
// and quickly under load. On a busy instance the render of a changed page shares the process with every
// visitor's request in flight: each of its awaits (a query, a cache read, one of React's render stages) waits
// behind the requests that came in meanwhile, and a render of ~60 ms takes a second or more — during which
// visitors are still served the page from before the change.
//
// The app (lib/internal/regenerate-pages.ts) sets `waitsFor`: which paths are about to be rendered again. A
// visitor's GET or HEAD of such a path waits here, before Next sees it, until the path is rendered (the app
// calls `update()`) or `maxWaitMs` has passed; then it goes on, in order of arrival, and is answered from the
// fresh page. Other methods (server actions) never wait; neither do the requests the app makes itself to
// render, which carry `token`. The object lives on globalThis: this file is loaded by Node as is and the
// app's side (lib/cache/request-gate-control.mjs) by Next's bundle.
import http from "node:http";
import { randomBytes } from "node:crypto";

const GATE = Symbol.for("careers.request-gate");

if (!globalThis[GATE]) {
  /** @type {{ pathname: string, until: number, go: () => void }[]} */
  let waiting = [];
  /** @type {NodeJS.Timeout | null} */
  let timer = null;

  const gate = {
    token: randomBytes(18).toString("base64url"),
    maxWaitMs: 300,
    /** @type {((pathname: string) => boolean) | null} */
    waitsFor: null,
    /** Lets go every waiting request whose path is no longer awaited or that has waited long enough. */
    update() {
      const now = Date.now();
      const released = [];
      const still = [];
      for (const entry of waiting) (now >= entry.until || !gate.waitsFor?.(entry.pathname) ? released : still).push(entry);
      waiting = still;
      if (timer) clearTimeout(timer);
      timer = still.length ? setTimeout(gate.update, Math.max(0, Math.min(...still.map((entry) => entry.until)) - now)) : null;
      for (const entry of released) entry.go();
    },
  };
  globalThis[GATE] = gate;

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitThroughGate(event, ...args) {
    if (event === "request" && gate.waitsFor) {
      const [request] = /** @type {[import("node:http").IncomingMessage]} */ (args);
      const pathname = (request.url ?? "/").split("?")[0];
      const waits =
        (request.method === "GET" || request.method === "HEAD") &&
        request.headers["x-careers-regeneration"] !== gate.token &&
        gate.waitsFor(pathname);
      if (waits) {
        waiting.push({ pathname, until: Date.now() + gate.maxWaitMs, go: () => emit.call(this, event, ...args) });
        if (!timer) timer = setTimeout(gate.update, gate.maxWaitMs);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  };
}
