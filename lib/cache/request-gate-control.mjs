// The app's side of the request gate preloaded by the launcher (lib/launcher/request-gate.mjs): the same
// object, read from globalThis. Null when the server was started without the preload (then nothing waits).

/** @returns {import("./request-gate-control.d.mts").RequestGate | null} */
export function requestGate() {
  return globalThis[Symbol.for("careers.request-gate")] ?? null;
}
