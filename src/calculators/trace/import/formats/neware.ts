/**
 * Neware BTSDA CSV exports. Flat: one row per record, "Total Time" or "Cumulative Time" as hh:mm:ss past
 * 24 h, a "Time" that resets at each step, "Step Type" (Rest, CC_Chg, CC_DChg…). Nested: three header rows
 * (cycle, step, record); record rows start with two empty cells.
 */
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isFlatHeader = (line: string) => {
  const cells = cellsOf(line);
  return cells.some((c) => /^Step Type$/i.test(c)) && cells.some((c) => /^(Total|Cumulative) Time$/i.test(c));
};

export const neware: CyclerFormat = {
  id: "neware",
  label: "Neware BTSDA CSV export",
  detect: (head) => lineIndex(head, isFlatHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isFlatHeader),
  units: { timeUnit: "hms", voltageUnit: "V", currentUnit: "A" },
};

export const newareNested: CyclerFormat = {
  id: "neware-nested",
  label: "Neware BTSDA CSV export (cycle, step and record rows)",
  detect: ({ lines }) =>
    /^Cycle( Index|ID)\b/i.test(lines[0] ?? "") && /^[,\t]Step/i.test(lines[1] ?? "") && /^[,\t]{2}\S/.test(lines[2] ?? ""),
  headerIndex: () => 2,
  leadingEmpty: 2,
  units: { timeUnit: "hms", voltageUnit: "V", currentUnit: "A" },
};
