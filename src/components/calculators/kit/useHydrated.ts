import { useEffect, useState } from "preact/hooks";

/**
 * False in the prerendered HTML and until the island has started in the browser, then true. Inputs use it to
 * stay read-only where nothing would answer them: JavaScript off, or the page opened from disk.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
