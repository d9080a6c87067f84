/**
 * Maccor text exports (.txt and numbered extensions such as .001, .052): one to a dozen preamble lines
 * ("Today's Date …"), tab-separated; time as seconds ("Test (Sec)") or as "Nd hh:mm:ss.s" ("TestTime");
 * "Volts", "Amps" without sign and a State column (C charge, D discharge, R rest) that gives it.
 */
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isHeader = (line: string) => {
  const cells = cellsOf(line);
  return /^Rec#?$/i.test(cells[0] ?? "") && cells.some((c) => /^(m?Amps|Current \[m?A\])$/i.test(c));
};

export const maccor: CyclerFormat = {
  id: "maccor",
  label: "Maccor text export",
  detect: (head) => lineIndex(head, isHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isHeader),
  units: { timeUnit: "s", voltageUnit: "V", currentUnit: "A" },
};
