// What the launcher preloads into the Next.js process (NODE_OPTIONS="--import <this file>", for `next start`
// and `next dev`; lib/launcher/child-process.ts): both act on Node's HTTP server before Next sees a request.
import "./peer-address.mjs"; // the socket's address appended to X-Forwarded-For
import "./request-gate.mjs"; // requests for pages about to be rendered again wait for them
