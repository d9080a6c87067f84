/**
 * The Battery Data Format (BDF) CSV: quantity and unit in each name, "Test Time / s" (or "/ h"),
 * "Voltage / V", "Current / A", "Step Type / 1" (charge, discharge, rest).
 */
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isHeader = (line: string) => {
  const cells = cellsOf(line);
  return cells.some((c) => /^Test Time \/ (s|h|min)$/i.test(c)) && cells.some((c) => /^Voltage \/ V$/i.test(c));
};

export const bdf: CyclerFormat = {
  id: "bdf",
  label: "Battery Data Format CSV",
  detect: (head) => lineIndex(head, isHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isHeader),
};
