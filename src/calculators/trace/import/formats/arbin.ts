/**
 * Arbin exports: CSV from MITS Pro or Data Watcher, and the MITS Pro .xlsx (data on a sheet "Channel_…").
 * Columns "Test_Time(s)" or a bare "Test_Time", "Voltage(V)", "Current(A)"; the bare names are in s, V, A.
 */
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isHeader = (line: string) => {
  const cells = cellsOf(line);
  return cells.some((c) => /^Test_Time(\(s\))?$/i.test(c)) && cells.some((c) => /^Voltage(\(V\))?$/i.test(c));
};

export const arbin: CyclerFormat = {
  id: "arbin",
  label: "Arbin export",
  detect: (head) => lineIndex(head, isHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isHeader),
  units: { timeUnit: "s", voltageUnit: "V", currentUnit: "A" },
};
