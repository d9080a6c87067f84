/**
 * Finds the figures a chapter states without a source. A "figure" is a number with a unit (300 °C,
 * 8.9 µm, 99.9 %), any decimal number (0.46), or a multiple in words ("four times"). It counts as sourced
 * when its sentence carries a <Cite>, when it sits in an <Aside> that names its sources (or cites inside),
 * or when code renders it (<Value …/>, equations, calculators). Cross-references (Figure 2.1, Table 1,
 * Equation (3.2), chapter 4), years and reference numbers are not figures.
 */

export interface UnsourcedFigure {
  /** 1-based line of the MDX file where the sentence starts. */
  line: number;
  /** The figure as written, e.g. "8.9 µm". */
  figure: string;
  /** The sentence it sits in, markup removed. */
  sentence: string;
}

const UNIT =
  "(?:°C|°|K\\b|mAh|mA|mV|V\\b|Ω|µm|nm|mm|cm|m²|%|wt|h\\b|kJ|eV|mN|mJ|mS|S\\s?cm|kPa|Pa\\b|Wh|mg|g\\b|ppm|C\\b|A\\s?g|s\\b|ms\\b|kg)";
const FIGURE = new RegExp(
  [
    // number (or range) followed by a unit
    `(?<![\\w.\\-−/₀-₉])[−-]?\\d+(?:\\.\\d+)?(?:\\s*(?:–|to)\\s*[−-]?\\d+(?:\\.\\d+)?)?\\s*${UNIT}`,
    // any decimal number
    `(?<![\\w.\\-−/₀-₉])\\d+\\.\\d+(?![\\w.])`,
    // multiples in words
    `\\b(?:twice|(?:two|three|four|five|six|ten|hundred)\\s+times|\\d+-?fold|tenfold|hundredfold)\\b`,
  ].join("|"),
  "g",
);

const CROSS_REFERENCE =
  /\b(?:Figures?|Tables?|Equations?|[Cc]hapters?|[Ss]ections?|Fig\.|Eq\.)\s*\(?\d+(?:\.\d+)?\)?(?:\s*(?:and|,|–)\s*\(?\d+(?:\.\d+)?\)?)*/g;
const ABBREVIATIONS = /\b(et al|e\.g|i\.e|vs|ref|refs|approx|ca)\./g;
const CITE = "\u27E6cite\u27E7";
const BACKGROUND = "\u27E6background\u27E7";

/** Replaces a match by spaces and the same newlines, so that line numbers survive. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, " ");
}

/** Keeps the newlines of a removed span, drops the rest. */
function keepLines(s: string, replacement = " "): string {
  const n = (s.match(/\n/g) ?? []).length;
  return replacement + "\n".repeat(n);
}

/** The prose of a chapter with markup removed, figures to check still in place, line breaks kept. */
export function chapterProse(mdx: string): string {
  let text = mdx;
  // Front matter and imports.
  text = text.replace(/^---\n[\s\S]*?\n---\n/, blank);
  text = text.replace(/^import .*$/gm, blank);
  // Asides that name a source, or cite inside, are sourced as a whole; others are checked like prose.
  text = text.replace(/<Aside\b([^>]*)>([\s\S]*?)<\/Aside>/g, (all, attrs: string, body: string) =>
    /sources="[^"]*\w/.test(attrs) || /<Cite\b/.test(body) ? blank(all) : keepLines(attrs) + body,
  );
  // Values rendered by code, equations (typeset from their own tex) and embedded calculators or charts.
  text = text.replace(/<Value\b[^>]*\/>/g, (m) => keepLines(m, " value "));
  text = text.replace(/<Equation\b[\s\S]*?\/>/g, blank);
  // Figure captions are prose: pull the caption out and check it as its own block.
  text = text.replace(/<Figure\b([\s\S]*?)>/g, (all, attrs: string) => {
    const caption = /caption="([^"]*)"/.exec(attrs)?.[1] ?? "";
    return keepLines(all, `\n\n${caption}\n\n`);
  });
  text = text.replace(/<\/Figure>/g, blank);
  text = text.replace(/<Cite\b[^>]*\/>/g, (m) => keepLines(m, ` ${CITE} `));
  text = text.replace(/<BackgroundRef\b[^>]*\/>/g, (m) => keepLines(m, ` ${BACKGROUND} `));
  // Other components and tags: drop the tags, keep what they wrap.
  text = text.replace(/<[A-Z][\w.]*\b[\s\S]*?\/>/g, (m) => keepLines(m));
  text = text.replace(/<\/?[a-z][^>]*>/g, (m) => keepLines(m));
  // Links keep their text; inline math loses its delimiters; emphasis markers go.
  text = text.replace(/\]\([^)]*\)/g, "]");
  text = text.replace(/[$*]/g, "");
  text = text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return text;
}

interface Block {
  line: number;
  text: string;
}

function blocks(prose: string): Block[] {
  const out: Block[] = [];
  const lines = prose.split("\n");
  let current: Block | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const startsItem = /^(?:[-*]|\d+\.)\s/.test(line);
    if (line === "" || line.startsWith("#") || startsItem) {
      if (current) out.push(current);
      current = null;
      if (line === "" || line.startsWith("#")) {
        if (line.startsWith("#")) out.push({ line: i + 1, text: line.replace(/^#+\s*/, "") });
        return;
      }
    }
    if (!current) current = { line: i + 1, text: line.replace(/^(?:[-*]|\d+\.)\s/, "") };
    else current.text += " " + line;
  });
  if (current) out.push(current);
  return out;
}

function sentences(text: string): string[] {
  const guarded = text.replace(ABBREVIATIONS, (_, abbr: string) => `${abbr}\u2024`);
  return guarded
    .split(/(?<=[.!?])\s+(?=[A-Z"“(\[\u27E6])/)
    .map((s) => s.replace(/\u2024/g, ".").replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/**
 * A sentence is sourced when it cites a reference of the review (<Cite>, or "[7]" in a caption), names a
 * background source ("[B1]"), attributes its figures to the review itself ("the review gives …"), or
 * reports from Table 1 or Table 2, whose rows carry their references.
 */
function isSourced(sentence: string): boolean {
  return (
    sentence.includes(CITE) ||
    sentence.includes(BACKGROUND) ||
    /\[(?:B?\d+)(?:\s*[,–-]\s*B?\d+)*\]/.test(sentence) ||
    /\b(?:the review|the review's|its authors)\b/i.test(sentence) ||
    /\bTable [12]\b/.test(sentence)
  );
}

/** Every figure in the chapter that has no source, in reading order. */
export function unsourcedFigures(mdx: string): UnsourcedFigure[] {
  const found: UnsourcedFigure[] = [];
  for (const block of blocks(chapterProse(mdx))) {
    for (const sentence of sentences(block.text)) {
      if (isSourced(sentence)) continue;
      const checked = sentence.replace(CROSS_REFERENCE, " ").replace(/\[\(\d+(?:\.\d+)?\)\]/g, " ");
      for (const m of checked.matchAll(FIGURE)) {
        found.push({ line: block.line, figure: m[0].trim(), sentence: sentence.replaceAll(CITE, "[n]").replaceAll(BACKGROUND, "[B]") });
      }
    }
  }
  return found;
}
