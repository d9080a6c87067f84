import { useLayoutEffect } from "preact/hooks";
import { maskPattern, maskText, type MaskedValue } from "./teacher-mask.ts";

/** Where the page's own text is left alone: islands (each hides its own results), scripts and styles. */
const SKIP = "astro-island, script, style";

/**
 * Teacher mode: while `values` (the hidden results as printed) are hidden, the same numbers elsewhere on the
 * page — the documentation, preset notes, tables, drawings — read "[hidden]"; they come back on Reveal.
 */
export function useTeacherMask(values: readonly MaskedValue[]): void {
  const key = JSON.stringify(values);
  useLayoutEffect(() => {
    const pattern = maskPattern(values);
    const main = document.querySelector("main");
    if (!pattern || !main) return;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const changed: [Text, string][] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const before = node.nodeValue ?? "";
      const after = maskText(before, pattern, values);
      if (after !== before) changed.push([node, before]);
    }
    for (const [node, before] of changed) node.nodeValue = maskText(before, pattern, values);
    return () => {
      for (const [node, before] of changed) node.nodeValue = before;
    };
  }, [key]);
}
