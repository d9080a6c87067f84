/**
 * Citations inside a problem's statement, written as in the review: "… at 0.5 mA cm⁻² [42] …",
 * "[9, 90]", "[5–8]". The page turns each bracket into a <Cite>; the schema checks them against `cite`.
 */
import { parseCitationList } from "../lib/citations.ts";

/** A piece of a statement: plain text, or a citation list as written ("9, 90"). */
export type Segment = { text: string } | { cite: string };

const BRACKET = /\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g;

/** Splits a statement into text and citations, in order; empty text pieces are left out. */
export function citationSegments(statement: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of statement.matchAll(BRACKET)) {
    if (m.index > last) segments.push({ text: statement.slice(last, m.index) });
    segments.push({ cite: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < statement.length) segments.push({ text: statement.slice(last) });
  return segments;
}

/** Every reference number a statement cites, ascending; throws on a malformed or unknown number. */
export function citedNumbers(statement: string): number[] {
  const numbers = new Set<number>();
  for (const s of citationSegments(statement)) {
    if ("cite" in s) for (const n of parseCitationList(s.cite)) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}
