/**
 * Novonix CSV: "[Summary]" and "[Protocol]" sections, then "[Data]" with the column names on the next line;
 * some lines are wrapped whole in quotes. "Run Time (h)", "Potential (V)", signed "Current (A)", and a
 * numeric "Step Type" (0 is open circuit, a rest).
 */
import { restCode } from "../columns.ts";
import { lineIndex, type CyclerFormat } from "./format.ts";

export const novonix: CyclerFormat = {
  id: "novonix",
  label: "Novonix CSV export",
  detect: ({ lines }) => lines[0]?.trim() === "[Summary]" && lines.some((l) => /novonix/i.test(l)),
  headerIndex(head) {
    const i = lineIndex(head, (l) => l.trim() === "[Data]");
    return i === undefined ? undefined : i + 1;
  },
  units: { timeUnit: "h", voltageUnit: "V", currentUnit: "A" },
  state: restCode(0),
};
