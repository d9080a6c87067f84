import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

/** A displayed equation: a stable key and its KaTeX source with the reader's values substituted. */
export interface FormulaLine {
  id: string;
  tex: string;
}

type Katex = typeof import("katex").default;

/**
 * Formulas with the reader's values. The page arrives with them rendered at build time for the default
 * state (`prerendered`); KaTeX itself (about 70 KB gzip) is fetched only when the values first change, so a
 * reader who just looks never downloads it.
 */
export function LiveFormulas({ lines, prerendered, changed }: { lines: FormulaLine[]; prerendered: ComponentChildren; changed: boolean }) {
  const [katex, setKatex] = useState<Katex | null>(null);
  useEffect(() => {
    if (changed && !katex) void import("katex").then((m) => setKatex(() => m.default));
  }, [changed]);
  if (!changed || !katex) return <div class={`calc-formulas${changed ? " is-updating" : ""}`}>{prerendered}</div>;
  return (
    <div class="calc-formulas">
      {lines.map((line) => (
        <div
          key={line.id}
          class="calc-formula"
          dangerouslySetInnerHTML={{ __html: katex.renderToString(line.tex, { displayMode: true, throwOnError: false }) }}
        />
      ))}
    </div>
  );
}
