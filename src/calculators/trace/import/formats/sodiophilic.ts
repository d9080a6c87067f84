/** This site's own CSV: time_s or time_h, voltage_V and optionally current_mA_cm2; "#" comment lines. */
import { cellsOf, lineIndex, type CyclerFormat } from "./format.ts";

const isHeader = (line: string) => {
  const cells = cellsOf(line).map((c) => c.toLowerCase());
  return (cells.includes("time_s") || cells.includes("time_h")) && cells.includes("voltage_v");
};

export const sodiophilic: CyclerFormat = {
  id: "sodiophilic",
  label: "time_s/voltage_V CSV",
  detect: (head) => lineIndex(head, isHeader) !== undefined,
  headerIndex: (head) => lineIndex(head, isHeader),
};
