import type { StepRow } from "../../calculators/ccd.ts";
import { formatMeasured, formatNumber } from "../../calculators/format.ts";

interface Props {
  rows: readonly StepRow[];
  /** Why there is no table (shown instead of it). */
  reason?: string | undefined;
  /** Standard uncertainties by "step<i>.<field>" (i from 1), from ccd.ts resultUncertainties. */
  uncertainties?: Record<string, number>;
  /** Adds the liquid electrolyte's Sand's time at each step's current, against the half-cycle. */
  showSand?: boolean;
}

/** A step's number with its uncertainty when it has one: "39.8", "39.8 ± 1.2". */
function withUncertainty(value: number, u: number | undefined, digits: number): string {
  return u !== undefined && u > 0 ? formatMeasured(value, u).text : formatNumber(value, digits);
}

/** Sand's time at a step's current, or why the salt does not run out. */
function sandCell(row: StepRow, u: number | undefined): string {
  if (row.sandVerdict === undefined) return "—";
  if (row.sandVerdict === "steady" || row.sandTime_h === undefined) return "never (below j_lim)";
  const tau = withUncertainty(row.sandTime_h, u, 3);
  return row.sandVerdict === "depletes" ? `${tau}, within the half-cycle` : tau;
}

/** Long staircases start folded, so the results below them stay in reach. */
const OPEN_UP_TO_ROWS = 20;

/**
 * The planned steps: current, half-cycle time, capacity, plated thickness, predicted polarization and, with
 * a liquid electrolyte, Sand's time at the step's current to set against the half-cycle.
 */
export function CcdStepTable({ rows, reason, uncertainties = {}, showSand = false }: Props) {
  if (rows.length === 0) return <p class="calc-help">The table of steps appears once the staircase is valid. {reason}</p>;
  return (
    <details class="ccd-steps" open={rows.length <= OPEN_UP_TO_ROWS}>
      <summary>The {rows.length} steps, one row each</summary>
      {/* Focusable so that a table wider than a phone can be scrolled from the keyboard. */}
      <div class="calc-table-wrap" tabIndex={0} role="group" aria-label="The planned steps">
        <table class="calc-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Current density (mA cm⁻²)</th>
              <th scope="col">Starts at (h)</th>
              <th scope="col">Half-cycle (h)</th>
              <th scope="col">Capacity per half-cycle (mAh cm⁻²)</th>
              <th scope="col">Na plated per half-cycle (µm)</th>
              <th scope="col">Predicted polarization (mV)</th>
              {showSand && <th scope="col">Sand's time at this current, liquid cell (h)</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.index}>
                <th scope="row">{r.index + 1}</th>
                <td>{formatNumber(r.current_mA_cm2, 4)}</td>
                <td>{formatNumber(r.start_h, 4)}</td>
                <td>{formatNumber(r.halfCycle_h, 4)}</td>
                <td>{formatNumber(r.capacity_mAh_cm2, 4)}</td>
                <td>{formatNumber(r.thickness_um, 3)}</td>
                <td>
                  {r.polarization_mV === undefined
                    ? "—"
                    : withUncertainty(r.polarization_mV, uncertainties[`step${r.index + 1}.polarization_mV`], 4)}
                </td>
                {showSand && (
                  <td class={r.sandVerdict === "depletes" ? "ccd-depletes" : undefined}>
                    {sandCell(r, uncertainties[`step${r.index + 1}.sandTime_h`])}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
