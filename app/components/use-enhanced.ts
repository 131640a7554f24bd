// True once client JavaScript runs (false on the server and during hydration): components render their plain HTML
// fallback first and switch to the enhanced widget without a hydration mismatch.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useEnhanced(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
