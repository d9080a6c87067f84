import { createElement, type ComponentChildren } from "preact";

/** A heading whose level fits where the calculator sits (h2 on its page, deeper inside a chapter). */
export function Heading({ level, id, children }: { level: number; id?: string; children: ComponentChildren }) {
  return createElement(`h${Math.min(Math.max(level, 1), 6)}`, { id }, children);
}
