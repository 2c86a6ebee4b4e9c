export type TagExpiryListener = (tags: string[]) => void;

/** The listeners told of tags that expired on this instance (one set per process, on globalThis). */
export function tagExpiryListeners(): Set<TagExpiryListener>;

/** Calls `listener` with the tags that expired here, once per turn of the event loop; returns the unsubscribe. */
export function onTagsExpired(listener: TagExpiryListener): () => void;
