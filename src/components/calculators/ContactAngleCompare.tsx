import {
  compareFields,
  compareRows,
  compareOutputFields,
  compareOutputNames,
  presetState,
  type CompareInputName,
  type CompareOutputName,
  type Comparison,
} from "../../calculators/contact-angle-compare.ts";
import { presets } from "../../calculators/contact-angle-presets.ts";
import { NumberInput } from "./kit/NumberInput.tsx";
import { OutputValue } from "./kit/OutputValue.tsx";
import { difference, measured, measuredText } from "./ContactAngleFormat.ts";

interface Props {
  comparison: Comparison;
  /** State A's inputs as typed, and their messages. */
  raw: Record<string, string>;
  errors: Partial<Record<CompareInputName, string>>;
  onInput(name: CompareInputName, text: string): void;
  /** Sets state A's inputs at once (a preset, or the calculator's state frozen). */
  onSet(values: Record<CompareInputName, string>): void;
  /** State A's values that freeze the calculator's state; undefined when it has no angle. */
  frozen: Record<CompareInputName, string> | undefined;
  /** Teacher mode: the table would give hidden results away, so only the changes are listed, each hideable. */
  hidden?: readonly string[] | undefined;
  onReveal(name: CompareOutputName): void;
  /** Standard uncertainties of the states' quantities ("stateA.theta_deg", …) and of the changes, by name. */
  uncertainties?: Record<string, number>;
  idPrefix: string;
}

// A leading "+" makes a rise as plain as a fall; the formatted number already carries "-".
const signed = (text: string) => (/^[1-9]|^0\.0*[1-9]/.test(text) ? `+${text}` : text);

/** State A (a reference) beside state B (the calculator's), with the changes B − A. */
export function ContactAngleCompare(p: Props) {
  const c = p.comparison;
  const u = p.uncertainties ?? {};
  const cell = (v: number | undefined, key: string) => (v === undefined ? "—" : measuredText(v, u[key]));
  /** The larger magnitude of a row's two states, which sets the precision of their difference. */
  const scaleOf = (change: string) => {
    const row = compareRows.find((r) => r.change === change)!;
    return Math.max(Math.abs(c.a[row.quantity] ?? 0), Math.abs(c.b[row.quantity] ?? 0));
  };
  const changeText = (name: string, v: number) => {
    const m = measured(v, u[name]);
    return m.uncertainty === undefined ? { value: signed(difference(v, scaleOf(name))) } : { value: signed(m.value), uncertainty: m.uncertainty };
  };
  const shown = (name: CompareOutputName) => {
    const v = c.outputs[name];
    return v === undefined ? undefined : changeText(name, v);
  };
  const referencePresets = presets.flatMap((preset) => {
    const values = presetState(preset);
    return values ? [{ preset, values }] : [];
  });
  const teacherMode = (p.hidden?.length ?? 0) > 0;
  return (
    <div class="ca-compare">
      <div class="calc-presets" role="group" aria-labelledby={`${p.idPrefix}-set-a`}>
        <span class="ca-presets-label" id={`${p.idPrefix}-set-a`}>Set state A to:</span>
        {referencePresets.map(({ preset, values }) => (
          <button type="button" class="button" key={preset.id} data-reference={preset.id} onClick={() => p.onSet(values)}>
            {preset.label}
          </button>
        ))}
        <button type="button" class="button" disabled={!p.frozen} onClick={() => p.frozen && p.onSet(p.frozen)}>
          State B as it is now
        </button>
      </div>
      <div class="ca-compare-fields">
        {(Object.keys(compareFields) as CompareInputName[]).map((name) => (
          <NumberInput
            key={name}
            field={compareFields[name]}
            value={p.raw[name] ?? ""}
            error={p.errors[name]}
            onInput={(text) => p.onInput(name, text)}
            idPrefix={p.idPrefix}
          />
        ))}
      </div>
      {teacherMode ? (
        <dl class="calc-results">
          {compareOutputNames.map((name) => (
            <OutputValue
              key={name}
              name={name}
              label={`${compareOutputFields[name].label} (B − A)`}
              unit={compareOutputFields[name].unit}
              value={shown(name)?.value}
              uncertainty={shown(name)?.uncertainty}
              reason={c.unavailable[name]}
              hidden={p.hidden?.includes(name)}
              onReveal={() => p.onReveal(name)}
            />
          ))}
        </dl>
      ) : (
        <>
          <p class="ca-compare-caption" id={`${p.idPrefix}-compare-caption`}>
            A: the state set here{c.aSharesGamma ? ", with the γ_LV of state B" : ""}. B: the calculator's state above.
          </p>
          <div class="calc-table-wrap">
            <table class="calc-table ca-compare-table" aria-describedby={`${p.idPrefix}-compare-caption`}>
              <thead>
                <tr>
                  <th scope="col">Quantity</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">B − A</th>
                </tr>
              </thead>
              <tbody>
                {compareRows.map((row) => (
                  <tr key={row.quantity}>
                    <th scope="row">{row.label} <span class="calc-unit">({row.unit})</span></th>
                    <td>{cell(c.a[row.quantity], `stateA.${row.quantity}`)}</td>
                    <td>{cell(c.b[row.quantity], `stateB.${row.quantity}`)}</td>
                    <td>
                      {row.change === "deltaGammaLV_mN_m" ? (
                        c.deltaGammaLV_mN_m === undefined ? "—" : (() => {
                          const t = changeText("deltaGammaLV_mN_m", c.deltaGammaLV_mN_m);
                          return t.uncertainty === undefined ? t.value : `${t.value} ± ${t.uncertainty}`;
                        })()
                      ) : (
                        <>
                          <output name={row.change}>{shown(row.change)?.value ?? "—"}</output>
                          {shown(row.change)?.uncertainty !== undefined && (
                            <span class="calc-uncertainty">
                              {" "}<span aria-hidden="true">±</span><span class="visually-hidden">plus or minus</span>{" "}
                              {shown(row.change)!.uncertainty}
                            </span>
                          )}
                          {c.unavailable[row.change] && <span class="calc-reason">{c.unavailable[row.change]}</span>}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="ca-compare-regimes">
            Wetting regime of A: {c.a.regime ?? "—"}; of B: {c.b.regime ?? "—"}.
          </p>
        </>
      )}
    </div>
  );
}
