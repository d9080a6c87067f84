/**
 * BioLogic EC-Lab (and BT-Lab) text export, `.mpt`: "EC-Lab ASCII FILE", then "Nb header lines : N" counting
 * the preamble and the column names on line N; tab-separated, decimal point or comma by the PC's locale,
 * Windows-1252 text. The preamble's electrode area is EC-Lab's default (0.001 cm²) unless someone set it.
 */
import { restCode } from "../columns.ts";
import type { CyclerFormat } from "./format.ts";

const AREA = /^Electrode surface area\s*:\s*([\d.,]+)\s*cm/i;

export const eclab: CyclerFormat = {
  id: "biologic-eclab",
  label: "BioLogic EC-Lab text export",
  detect: ({ lines }) => /^(EC|BT)-Lab ASCII FILE/i.test(lines[0] ?? ""),
  headerIndex({ lines }) {
    const m = /^Nb header lines\s*:\s*(\d+)/i.exec(lines[1] ?? "");
    return m ? Number(m[1]) - 1 : undefined;
  },
  units: { timeUnit: "s", voltageUnit: "V", currentUnit: "mA" },
  // EC-Lab's "mode" column: 1 galvanostatic, 2 potentiostatic, 3 rest.
  state: restCode(3),
  headerArea_cm2({ lines }) {
    for (const line of lines) {
      const m = AREA.exec(line);
      if (m) return Number(m[1]!.replace(",", "."));
    }
    return undefined;
  },
};
