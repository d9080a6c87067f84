/**
 * PEC (SBT) CSV export: a long "Key:,value" preamble, then "Test,Cell,…" with "Total Time (Seconds)",
 * "Voltage (mV)" and "Current (mA)".
 */
import { lineIndex, type CyclerFormat } from "./format.ts";

export const pec: CyclerFormat = {
  id: "pec",
  label: "PEC CSV export",
  detect: ({ lines }) => /^Request Year:/i.test(lines[0] ?? "") || lines.slice(0, 10).some((l) => /^TestRegime Name:/i.test(l)),
  headerIndex: (head) => lineIndex(head, (l) => /^Test,Cell,/i.test(l)),
  units: { timeUnit: "s", voltageUnit: "mV", currentUnit: "mA" },
};
