import type { StepRow } from "../../calculators/ccd.ts";
import { formatNumber } from "../../calculators/format.ts";

interface Props {
  rows: readonly StepRow[];
  /** Why there is no table (shown instead of it). */
  reason?: string | undefined;
}

/** Long staircases start folded, so the results below them stay in reach. */
const OPEN_UP_TO_ROWS = 20;

/** The planned steps: current, half-cycle time, capacity, plated thickness and predicted polarization. */
export function CcdStepTable({ rows, reason }: Props) {
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
                <td>{r.polarization_mV === undefined ? "—" : formatNumber(r.polarization_mV, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
