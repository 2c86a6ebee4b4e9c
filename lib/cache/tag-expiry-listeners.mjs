// Who wants to know that cache tags expired on this instance — a change made here or announced by another
// instance (lib/cache/shared-tags-handler.mjs announces both). Kept on globalThis: the tag handler is loaded
// by Node as is and the app's instrumentation by Next's bundle, two copies of this module in one process.

/** @returns {Set<(tags: string[]) => void>} */
export function tagExpiryListeners() {
  return (globalThis.__careersTagExpiryListeners ??= new Set());
}

/** Calls `listener` with the tags that expired here, once per turn of the event loop; returns the unsubscribe. */
export function onTagsExpired(listener) {
  const listeners = tagExpiryListeners();
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
