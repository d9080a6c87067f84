import "../../styles/calculator.css";
import type { ComponentChildren } from "preact";
import "./EnergyDensity.css";
import { useEffect, useMemo, useState } from "preact/hooks";
import { cathodePresets, cellPresets, type EnergyPreset } from "../../calculators/cathode-presets.ts";
import { breakdownBars, cellBreakdown, limitingSentence } from "../../calculators/energy-breakdown.ts";
import { bareFoilVersusHost } from "../../calculators/energy-compare.ts";
import {
  compute, defaultPackaging, defaults, fieldGroups, fields, inputNames, outputGroups, outputNames, outputSpecs, PACKAGING_PARAM,
  packagingInputs, packagingModes, packagingOptions, resultUncertainties, validDesign, type EnergyInput, type EnergyOutput, type PackagingMode,
} from "../../calculators/energy-density.ts";
import { formulaTex } from "../../calculators/energy-formula.ts";
import { hostMassSweep, NP_SWEEP_MAX, npRatioSweep } from "../../calculators/energy-sweeps.ts";
import { formatMeasured, formatNumber } from "../../calculators/format.ts";
import { readHidden } from "../../calculators/query.ts";
import { ChoiceInput } from "./kit/ChoiceInput.tsx";
import { LiveFormulas } from "./kit/LiveFormulas.tsx";
import { Heading } from "./kit/Heading.tsx";
import type { CalculatorIslandProps } from "./kit/props.ts";
import { NumberInput } from "./kit/NumberInput.tsx";
import { OutputValue } from "./kit/OutputValue.tsx";
import { ResultSummary } from "./kit/ResultSummary.tsx";
import { ShareLink } from "./kit/ShareLink.tsx";
import { UrlNotes } from "./kit/UrlNotes.tsx";
import { useTeacherMask } from "./kit/useTeacherMask.ts";
import { numberOrUndefined } from "./kit/teacher-mask.ts";
import { NeedsScript } from "./kit/NeedsScript.tsx";
import { defaultText, useCalculatorState, type CalculatorSpec } from "./kit/useCalculatorState.ts";
import { EnergyDensityBars } from "./EnergyDensityBars.tsx";
import { EnergyDensityCompare } from "./EnergyDensityCompare.tsx";
import { EnergyDensityCurve } from "./EnergyDensityCurve.tsx";

interface Props extends CalculatorIslandProps {
  /** Formulas for the default design, rendered with KaTeX at build time (Formulas.astro). */
  formulas?: ComponentChildren;
  /** The key to the formulas' symbols, rendered at build time. */
  symbols?: ComponentChildren;
}

type Values = Partial<Record<EnergyInput, number>>;

const spec: CalculatorSpec = { numbers: fields, choices: { [PACKAGING_PARAM]: packagingModes }, extra: ["hide"] };
const defaultsText: Record<string, string> = { [PACKAGING_PARAM]: defaultPackaging, ...defaultText(fields) };
const naIonGroup = outputGroups.find((g) => g.id === "na-ion")!;
/** The side-by-side table: each row's Na-metal result, its Na-ion counterpart and Na metal's gain. */
const versus: readonly [label: string, metal: EnergyOutput, ion: EnergyOutput, gain: EnergyOutput][] = [
  ["Specific energy", "specificEnergy_Wh_kg", "naIonSpecificEnergy_Wh_kg", "specificEnergyGain_pct"],
  ["Energy density, charged", "chargedEnergyDensity_Wh_L", "naIonEnergyDensity_Wh_L", "energyDensityGain_pct"],
];
const asText = (values: Values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
const EXAMPLE_A = "the same cell with bare Na foil (no host, no wetting agent)";
// A gain reads as a gain with its sign: "+36.4", "-12.0".
const signedIfGain = (name: EnergyOutput, text: string | undefined) =>
  text !== undefined && name.endsWith("Gain_pct") && /^[0-9]/.test(text) && Number(text) !== 0 ? `+${text}` : text;



/**
 * The energy-density calculator: 32 inputs in five groups and a packaging choice, the cell's results with the
 * part that limits it, the Na-ion cell beside it, its mass and volume breakdown, two sweeps, a comparison of
 * two designs and the formulas with the reader's numbers. Every number comes from src/calculators/energy-*.ts; this component only lays them out.
 */
export default function EnergyDensityCalculator({
  embedded = false, pageHref, root, headingLevel = 2, title, formulas, symbols,
}: Props) {
  const idPrefix = embedded ? "ed-embedded" : "ed";
  const sub = headingLevel + 1;
  const state = useCalculatorState(spec, defaultsText, !embedded);
  const values = state.values as Values;
  const packaging: PackagingMode = state.raw[PACKAGING_PARAM] === "pouch" ? "pouch" : "fractions";
  const outcome = useMemo(() => compute(values, packaging), [values, packaging]);
  const given = state.uncertainties as Partial<Record<EnergyInput, number>>;
  const uncertainties = useMemo(() => resultUncertainties(values, given, packaging), [values, given, packaging]);
  const errors: Partial<Record<string, string>> = { ...outcome.errors, ...state.errors };

  // The packaging inputs of the way not chosen are not shown, so a bad one must not hide the breakdown: defaults stand in.
  const unused = packagingInputs[packaging === "pouch" ? "fractions" : "pouch"];
  const design = useMemo(
    () => validDesign({ ...values, ...Object.fromEntries(unused.map((n) => [n, defaults[n]])) }),
    [values, packaging],
  );
  const breakdown = useMemo(() => (design ? cellBreakdown(design, packaging) : undefined), [design, packaging]);
  const npSweep = useMemo(() => npRatioSweep(values, 101, packaging, given), [values, packaging, given]);
  const hostSweep = useMemo(() => hostMassSweep(values, 101, packaging, given), [values, packaging, given]);
  const changed = [PACKAGING_PARAM, ...inputNames].some((n) => state.raw[n] !== defaultsText[n]);
  // A bad value a link gave a packaging input that is not shown is reported here instead.
  const unusedNotes = unused.filter((n) => state.errors[n])
    .map((n) => `${fields[n].label} is not used with this packaging, and the value the link gave it was not valid: ${state.errors[n]}`);

  const [loaded, setLoaded] = useState<EnergyPreset | undefined>();
  const [pinned, setPinned] = useState<{ label: string; values: Values }>({ label: EXAMPLE_A, values: bareFoilVersusHost.a });
  const [hidden, setHidden] = useState<readonly EnergyOutput[]>([]);
  const [hideNotes, setHideNotes] = useState<string[]>([]);
  useEffect(() => {
    if (embedded) return;
    const reading = readHidden(location.search, outputNames);
    setHidden(reading.hidden);
    setHideNotes(reading.notes);
  }, []);

  const applyPreset = (preset: EnergyPreset) => {
    state.load({ ...state.raw, ...asText(preset.values) });
    setLoaded(preset);
  };
  /** A result as text: four significant figures, or rounded to its uncertainty when the inputs carry one. */
  const measured = (name: EnergyOutput): { value?: string; uncertainty?: string } => {
    const value = outcome.outputs[name];
    if (typeof value !== "number") return {};
    const u = uncertainties[name];
    if (u === undefined || !(u > 0)) return { value: formatNumber(value, 4) };
    const m = formatMeasured(value, u);
    return { value: m.value, uncertainty: m.uncertainty };
  };
  const show = (name: EnergyOutput) => measured(name).value;
  /** " ± δ" after a result in the side-by-side table, read out as "plus or minus δ", as OutputValue does. */
  const pm = (name: EnergyOutput) => {
    const u = measured(name).uncertainty;
    return u === undefined ? null : (
      <span class="calc-uncertainty"> <span aria-hidden="true">±</span><span class="visually-hidden">plus or minus</span> {u}</span>
    );
  };
  const anyUncertainty = Object.keys(uncertainties).length > 0;
  const reveal = (name?: EnergyOutput) => setHidden((h) => (name ? h.filter((n) => n !== name) : []));
  const teacherMode = hidden.length > 0;
  // The same numbers elsewhere on the page (documentation, preset notes) stay hidden too.
  useTeacherMask(hidden.map((n) => ({ text: show(n), unit: outputSpecs[n].unit, value: numberOrUndefined(outcome.outputs[n]) })));

  return (
    <section class="calc ed" aria-labelledby={`${idPrefix}-title`}>
      <Heading level={headingLevel} id={`${idPrefix}-title`}>{title}</Heading>
      {embedded && (
        <p class="calc-help ed-intro">
          Per cm² of cathode coating in a stack of double-sided electrodes, discharged unless marked charged. The
          model and its assumptions are set out on <a href={pageHref}>the calculator's own page</a>.
        </p>
      )}
      <NeedsScript task="change the values" />
      <UrlNotes notes={[...state.notes, ...hideNotes, ...unusedNotes]} />

      <div class="ed-presets">
        <div class="calc-presets" role="group" aria-labelledby={`${idPrefix}-cathodes`}>
          <span class="ed-presets-label" id={`${idPrefix}-cathodes`}>Cathode:</span>
          {cathodePresets.map((p) => (
            <button type="button" class="button" key={p.id} data-preset={p.id} onClick={() => applyPreset(p)}>{p.label}</button>
          ))}
        </div>
        <div class="calc-presets" role="group" aria-labelledby={`${idPrefix}-cells`}>
          <span class="ed-presets-label" id={`${idPrefix}-cells`}>Cell design:</span>
          {cellPresets.map((p) => (
            <button type="button" class="button" key={p.id} data-preset={p.id} onClick={() => applyPreset(p)}>{p.label}</button>
          ))}
          <button type="button" class="button" onClick={() => { state.load({}); setLoaded(undefined); }}>Default design</button>
        </div>
        <p class="ed-preset-status" role="status">
          {loaded && (
            <>
              <strong>Loaded: {loaded.label}.</strong> {loaded.note} Source: {loaded.source}
              {loaded.ref !== undefined && <> <a href={`${root}references/#ref-${loaded.ref}`}>[{loaded.ref}]</a></>}.
            </>
          )}
        </p>
      </div>

      <div class="ed-layout">
        <div class="ed-inputs">
          <ResultSummary
            items={([["specificEnergy_Wh_kg", "Specific energy"], ["energyDensity_Wh_L", "Energy density"], ["naUtilization_pct", "Na utilization"]] as const).map(([name, label]) => ({
              label,
              value: show(name),
              unit: outputSpecs[name].unit,
              hidden: hidden.includes(name),
            }))}
          />
          {fieldGroups.map((group) => (
            <fieldset class="ed-group" key={group.id}>
              <legend>{group.label}</legend>
              {group.id === "packaging" && (
                <ChoiceInput
                  name={PACKAGING_PARAM}
                  legend="Count the packaging"
                  options={packagingOptions}
                  value={packaging}
                  onChange={(m) => state.set(PACKAGING_PARAM, m)}
                  idPrefix={idPrefix}
                />
              )}
              <div class="ed-fields">
                {group.inputs.filter((name) => !unused.includes(name)).map((name) => (
                  <NumberInput
                    key={name}
                    field={fields[name]}
                    value={state.raw[name] ?? ""}
                    error={errors[name]}
                    onInput={(text) => state.set(name, text)}
                    idPrefix={idPrefix}
                  />
                ))}
              </div>
            </fieldset>
          ))}
        </div>

        <div class="ed-results">
          <Heading level={sub}>Results</Heading>
          {teacherMode && (
            <p class="ed-teacher">
              Some results are hidden until you reveal them.{" "}
              <button type="button" class="button" onClick={() => reveal()}>Reveal all</button>
            </p>
          )}
          {outputGroups.filter((g) => g !== naIonGroup).map((group) => (
            <div class="ed-result-group" key={group.id}>
              <p class="ed-result-group-label">{group.label}</p>
              <dl class="calc-results">
                {group.outputs.map((name) => (
                  <OutputValue
                    key={name}
                    name={name}
                    label={outputSpecs[name].label}
                    unit={outputSpecs[name].unit}
                    {...measured(name)}
                    reason={outcome.unavailable[name]}
                    hidden={hidden.includes(name)}
                    onReveal={() => reveal(name)}
                  />
                ))}
              </dl>
            </div>
          ))}
          <div class="ed-result-group ed-versus">
            <p class="ed-result-group-label" id={`${idPrefix}-versus`}>{naIonGroup.label}</p>
            <table class="calc-table" aria-labelledby={`${idPrefix}-versus`}>
              <thead>
                <tr>
                  <td />
                  <th scope="col">Na metal</th>
                  <th scope="col">Na ion</th>
                  <th scope="col">Na metal's gain (%)</th>
                </tr>
              </thead>
              <tbody>
                {versus.map(([label, metal, ion, gain]) => (
                  <tr key={ion}>
                    <th scope="row">{label} <span class="calc-unit">({outputSpecs[metal].unit})</span></th>
                    <td>{hidden.includes(metal) ? "—" : <>{show(metal) ?? "—"}{pm(metal)}</>}</td>
                    {[ion, gain].map((name) => (
                      <td key={name}>
                        {hidden.includes(name)
                          ? <button type="button" class="button" onClick={() => reveal(name)}>Reveal<span class="visually-hidden"> {outputSpecs[name].label}</span></button>
                          : <>
                            <output name={name}>{signedIfGain(name, show(name)) ?? "—"}</output>
                            {pm(name)}
                          </>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {typeof outcome.outputs.naIonSpecificEnergy_Wh_kg !== "number" && (
              <p class="calc-reason">{outcome.unavailable.naIonSpecificEnergy_Wh_kg}</p>
            )}
          </div>
          {anyUncertainty && (
            <p class="calc-help" data-uncertainty-note>
              ± is one standard uncertainty, propagated to first order from the inputs typed with ± (taken as
              independent); the curves below draw it as a band.
            </p>
          )}
          {!teacherMode && (
            <p class="ed-limit" data-limiting>
              {breakdown
                ? limitingSentence(breakdown)
                : "Once every input is valid, this line names the inactive part that costs the cell the most."}
            </p>
          )}
          {outcome.warnings.length > 0 && (
            <div class="calc-warnings" role="status">
              <p>Note</p>
              <ul>{outcome.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </div>
          )}
          <ShareLink pageHref={pageHref} query={state.query} />
        </div>
      </div>

      {teacherMode ? (
        <p class="ed-teacher">
          The breakdown, curves, comparison and formulas would give the hidden results away; they appear once every
          result is revealed.
        </p>
      ) : (
        <>
          <Heading level={sub}>Where the mass and volume go</Heading>
          {breakdown
            ? <EnergyDensityBars rows={breakdownBars(breakdown)} idPrefix={idPrefix} />
            : <p class="ed-placeholder">The breakdown appears once every input is valid.</p>}

          <Heading level={sub}>Specific energy as one input changes</Heading>
          <p class="calc-help">
            Every other input as above; the ringed dot is this design and the dashed line the Na-ion cell with a
            hard-carbon anode, which neither input changes.
          </p>
          <div class="ed-charts">
            <EnergyDensityCurve
              id={`${idPrefix}-np`}
              title="Cell specific energy against the N/P ratio"
              points={npSweep.points}
              current={npSweep.current}
              reference={npSweep.naIon}
              band={npSweep.band}
              x={{ name: "N/P ratio", unit: "" }}
              y={{ name: "Cell specific energy", unit: "Wh kg⁻¹" }}
              xDomain={[0, NP_SWEEP_MAX]}
            />
            <EnergyDensityCurve
              id={`${idPrefix}-host`}
              title="Cell specific energy against the host's areal mass"
              points={hostSweep.points}
              current={hostSweep.current}
              reference={hostSweep.naIon}
              band={hostSweep.band}
              x={{ name: "Host areal mass", unit: "mg cm⁻²" }}
              y={{ name: "Cell specific energy", unit: "Wh kg⁻¹" }}
            />
          </div>

          <Heading level={sub}>Compare two designs</Heading>
          <EnergyDensityCompare
            pinned={pinned}
            current={values}
            packaging={packaging}
            idPrefix={idPrefix}
            onPin={() => setPinned({ label: "the design you pinned", values: { ...values } })}
            onExample={() => {
              setPinned({ label: EXAMPLE_A, values: bareFoilVersusHost.a });
              state.load(asText(bareFoilVersusHost.b));
              setLoaded(undefined);
            }}
          />

          <Heading level={sub}>The formulas with these numbers</Heading>
          <LiveFormulas lines={formulaTex(values, outcome, packaging)} prerendered={formulas} changed={changed} />
          {symbols}
        </>
      )}
    </section>
  );
}
