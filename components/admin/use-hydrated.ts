"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs the page. A form whose fields React
 * controls stays disabled until then: what is typed into server-rendered HTML before hydration would be reset
 * to the initial state by React, and a click would do nothing — so nothing can be typed that would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
