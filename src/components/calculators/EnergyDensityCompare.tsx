import { compareDesigns } from "../../calculators/energy-compare.ts";
import { fields, outputGroups, outputSpecs, type EnergyInput, type PackagingMode } from "../../calculators/energy-density.ts";
import { formatNumber } from "../../calculators/format.ts";

type Values = Partial<Record<EnergyInput, number>>;

interface Props {
  /** Design A, pinned earlier, and how to name it. */
  pinned: { label: string; values: Values };
  /** Design B: the inputs as they are now. */
  current: Values;
  /** How both designs count their packaging. */
  packaging: PackagingMode;
  onPin(): void;
  onExample(): void;
  idPrefix: string;
}

// A leading "+" makes a rise as plain as a fall; formatNumber already writes "-".
const signed = (text: string) => (/^[0-9]/.test(text) && Number(text) !== 0 ? `+${text}` : text);

/** Design A against design B: every result side by side with B − A, and the inputs that differ. */
export function EnergyDensityCompare({ pinned, current, packaging, onPin, onExample, idPrefix }: Props) {
  const { a, b, deltas, changedInputs } = compareDesigns(pinned.values, current, packaging);
  const show = (value: number | string | undefined) => (typeof value === "number" ? formatNumber(value, 4) : "—");
  const input = (value: number | undefined, unit: string) => (value === undefined ? "—" : `${formatNumber(value, 4)}${unit ? ` ${unit}` : ""}`);
  return (
    <div class="ed-compare">
      <div class="calc-presets">
        <button type="button" class="button" onClick={onPin}>Pin this design as A</button>
        <button type="button" class="button" onClick={onExample}>Example: bare Na foil (A) against Na in a carbon host (B)</button>
      </div>
      <p id={`${idPrefix}-compare-caption`} class="ed-compare-caption">
        A: {pinned.label}. B: the design in the form above.
      </p>
      <section class="calc-table-wrap" tabIndex={0} aria-labelledby={`${idPrefix}-compare-caption`}>
        <table class="calc-table" aria-labelledby={`${idPrefix}-compare-caption`} aria-describedby={`${idPrefix}-compare-inputs`}>
          <thead>
            <tr>
              <th scope="col">Result</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">B − A (change)</th>
            </tr>
          </thead>
          <tbody>
            {outputGroups.flatMap((g) => g.outputs).map((name) => {
              const spec = outputSpecs[name];
              const d = deltas[name];
              return (
                <tr key={name} data-output={name}>
                  <th scope="row">{spec.label}{spec.unit && <span class="calc-unit"> ({spec.unit})</span>}</th>
                  <td>{show(a.outputs[name])}</td>
                  <td>{show(b.outputs[name])}</td>
                  <td>
                    {d ? signed(formatNumber(d.delta, 3)) : "—"}
                    {d?.relative_pct !== undefined && <span class="ed-relative"> ({signed(formatNumber(d.relative_pct, 3))} %)</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p id={`${idPrefix}-compare-inputs`} class="ed-compare-inputs">
        {changedInputs.length === 0
          ? "A and B have the same inputs."
          : <>B differs from A in {changedInputs.length === 1 ? "one input" : `${changedInputs.length} inputs`}:{" "}
            {changedInputs.map((n, i) => (
              <span key={n}>
                {i > 0 && "; "}
                {fields[n].label}, {input(pinned.values[n], fields[n].unit)} → {input(current[n], fields[n].unit)}
              </span>
            ))}.</>}
      </p>
    </div>
  );
}
