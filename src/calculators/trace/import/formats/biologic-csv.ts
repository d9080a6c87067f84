/**
 * BioLogic BT-Lab / BCS exports saved as CSV: semicolon-separated, the EC-Lab column names ("time/s",
 * "Ecell/V", "I/mA") but often no preamble, and a time/s column that may hold dates with times. Names that
 * differ only by case ("dq/mA.h", "dQ/mA.h") are different columns.
 */
import { restCode } from "../columns.ts";
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isHeader = (line: string) => {
  const cells = cellsOf(line);
  return cells.includes("time/s") && cells.some((c) => /^<?(Ecell|Ewe)>?\/V$/.test(c));
};

export const biologicCsv: CyclerFormat = {
  id: "biologic-csv",
  label: "BioLogic BT-Lab / BCS CSV export",
  detect: (head) => lineIndex(head, isHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isHeader),
  units: { timeUnit: "s", voltageUnit: "V", currentUnit: "mA" },
  state: restCode(3),
};
