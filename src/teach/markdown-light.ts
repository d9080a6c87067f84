/**
 * The little markup a problem's text may carry, rendered to HTML at build time: inline TeX between dollar
 * signs ($\gamma_{LV}$, through KaTeX, so it reads without JavaScript), *emphasis* and **strong**. Anything
 * else is text and is escaped.
 */
import katex from "katex";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// A number and its unit, and the parts of a unit ("0.3 mA cm⁻²"), should not be split across lines.
const NUMBER_THEN_UNIT = /(\d) (?=(?:µm|mm|nm|mV|V|h|s|min|mAh|mA|Ω|mS|mJ|mN|mWh|Wh|mg|g|M|°C|K|%|cm|m)(?![A-Za-z]))/g;
const UNIT_PART = / (?=(?:cm|m|kg|g|s)[⁻⁰¹²³]+(?![A-Za-z]))/g;

/** Non-breaking spaces between a number and its unit, and between the parts of a unit. */
export function keepUnitsTogether(text: string): string {
  return text.replace(NUMBER_THEN_UNIT, "$1\u00a0").replace(UNIT_PART, "\u00a0");
}

/** Emphasis in escaped text: **strong** first, then *em*. */
function emphasis(html: string): string {
  return html.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/\*(.+?)\*/g, "<em>$1</em>");
}

/** TeX as KaTeX HTML (with MathML for screen readers); a TeX error throws, so the build names it. */
export function texHtml(tex: string, display = false): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: "htmlAndMathml" });
}

/** A chain that prints this many characters or more is broken into lines, one "=" each (a phone shows about 35). */
const LONG_CHAIN = 28;

/** Roughly how many characters TeX prints: commands count as one symbol, spacing and grouping as none. */
export function printedLength(tex: string): number {
  return tex
    .replace(/\\(mathrm|text|left|right|big|Big)\b/g, "")
    .replace(/\\[,;:! ]/g, "")
    .replace(/\\[a-zA-Z]+/g, "x")
    .replace(/[{}^_&\s]/g, "").length;
}

/**
 * Breaks a long chain "a = b = c = d" into aligned lines at its top-level "=" signs (outside braces),
 * so that a derivation fits a phone's width. Short chains, and equations that arrange themselves with
 * \qquad or an arrow, are left as they are.
 */
export function alignEquals(tex: string): string {
  if (printedLength(tex) < LONG_CHAIN || /\\(qquad|Longrightarrow|begin)/.test(tex)) return tex;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "=" && depth === 0) {
      parts.push(tex.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(tex.slice(start).trim());
  if (parts.length < 3) return tex;
  const [first, ...rest] = parts;
  return `\\begin{aligned}${first} &= ${rest.join(" \\\\ &= ")}\\end{aligned}`;
}

/** One line of Markdown-light as HTML. */
export function inlineHtml(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) => (/^\$[^$]+\$$/.test(part) ? texHtml(part.slice(1, -1)) : emphasis(escapeHtml(keepUnitsTogether(part)))))
    .join("");
}
