import type { ColumnMapping } from "../../calculators/trace/import/columns.ts";
import type { ImportChoice, ImportPlan } from "../../calculators/trace/import/plan.ts";
import { currentUnits, timeUnits, unitLabels, voltageUnits } from "../../calculators/trace/import/units.ts";
import { formatNumber } from "../../calculators/format.ts";
import { NumberInput } from "./kit/NumberInput.tsx";
import { areaField, diameterField } from "./CcdImportStore.ts";

interface Props {
  /** The import plan of the file read last (also after an error, when one was made). */
  plan: ImportPlan | undefined;
  sentence: string | undefined;
  /** Rows with a time and a voltage, and their span in h, once a file is read. */
  rows: number | undefined;
  duration_h: number | undefined;
  needsArea: boolean;
  areaText: string;
  areaError: string | undefined;
  diameterText: string;
  onArea(text: string): void;
  onDiameter(text: string): void;
  onChoice(choice: ImportChoice): void;
}

type Role = "time" | "voltage" | "current";
const roles: { role: Role; label: string; units: readonly string[]; unitKey: keyof ColumnMapping }[] = [
  { role: "time", label: "Time", units: timeUnits, unitKey: "timeUnit" },
  { role: "voltage", label: "Voltage", units: voltageUnits, unitKey: "voltageUnit" },
  { role: "current", label: "Current", units: currentUnits, unitKey: "currentUnit" },
];

/**
 * What the import made of the file, and how to change it: the mapping in a sentence, a menu of columns and
 * one of units for time, voltage and current, the first rows of the chosen columns, and the electrode area
 * (typed, or from a diameter) that turns a current into a current density.
 */
export function CcdImportMapping(p: Props) {
  const { plan } = p;
  const m = plan?.mapping;
  const shown = m ? [m.time, m.voltage, m.current, m.state].filter((k) => k !== -1) : [];
  return (
    <div class="ccd-import">
      {p.sentence && <p class="ccd-mapping">{p.sentence}</p>}
      <div class="ccd-read">
        <p>
          Rows read: <output name="traceRows">{p.rows === undefined ? "—" : String(p.rows)}</output>
        </p>
        <p>
          Duration: <output name="traceDuration_h">{p.duration_h === undefined ? "—" : formatNumber(p.duration_h, 4)}</output>
          {p.duration_h === undefined ? "" : " h"}
        </p>
      </div>
      {plan && m && (
        <details class="ccd-columns" open={m.time === -1 || m.voltage === -1 || undefined}>
          <summary>Columns and units</summary>
          <div class="ccd-menus">
            {roles.map(({ role, label, units, unitKey }) => (
              <div key={role} class="ccd-menu">
                <label for={`ccd-column-${role}`}>{label} column</label>
                <select
                  id={`ccd-column-${role}`}
                  value={String(m[role])}
                  onChange={(e) => p.onChoice({ ...m, [role]: Number((e.currentTarget as HTMLSelectElement).value) })}
                >
                  {role === "current" || m[role] === -1 ? <option value="-1">{role === "current" ? "none" : "choose…"}</option> : null}
                  {plan.names.map((n, k) => (
                    <option key={k} value={String(k)}>
                      {n || `column ${k + 1}`}
                    </option>
                  ))}
                </select>
                <label for={`ccd-unit-${role}`} class="ccd-unit-label">
                  {label} unit
                </label>
                <select
                  id={`ccd-unit-${role}`}
                  value={String(m[unitKey])}
                  onChange={(e) => p.onChoice({ ...m, [unitKey]: (e.currentTarget as HTMLSelectElement).value })}
                >
                  {units.map((u) => (
                    <option key={u} value={u}>
                      {unitLabels[u as keyof typeof unitLabels]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {plan.preview.length > 0 && shown.length > 0 && (
            <p class="calc-help">The first rows of the chosen columns, below the header on line {plan.headerIndex + 1}:</p>
          )}
          {plan.preview.length > 0 && shown.length > 0 && (
            <div class="calc-table-wrap" tabIndex={0} role="group" aria-label="First rows of the chosen columns">
              <table class="calc-table">
                <thead>
                  <tr>
                    {shown.map((k) => (
                      <th scope="col" key={k}>
                        {plan.names[k] || `column ${k + 1}`}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {plan.preview.map((row, i) => (
                    <tr key={i}>
                      {shown.map((k) => (
                        <td key={k}>{row[k] ?? ""}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
      <fieldset class="ccd-area">
        <legend>From current to current density</legend>
        <NumberInput field={areaField} value={p.areaText} error={p.areaError} onInput={p.onArea} idPrefix="ccd" />
        <NumberInput field={diameterField} value={p.diameterText} onInput={p.onDiameter} idPrefix="ccd" />
        {p.needsArea && (
          <p class="calc-help" role="status">
            The current is in {m ? unitLabels[m.currentUnit] : "A"}: enter the electrode area (or its diameter) to turn it into a
            current density; until then the steps come from the planner.
          </p>
        )}
        {plan?.headerArea_cm2 !== undefined && (
          <p class="calc-help">
            The file's preamble states an electrode area of {formatNumber(plan.headerArea_cm2, 4)} cm² (EC-Lab writes 0.001 cm²
            unless it was set); it is not used unless you enter it above.
          </p>
        )}
      </fieldset>
    </div>
  );
}
