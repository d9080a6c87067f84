import "../../styles/calculator.css";
import type { ComponentChildren } from "preact";
import "./Ccd.css";
import { useEffect, useMemo, useState } from "preact/hooks";
import {
  compute,
  defaultProtocol,
  fieldGroups,
  fields,
  inputNames,
  outputLabels,
  outputNames,
  protocolInputs,
  protocolLabels,
  protocols,
  defaultResistanceConvention,
  resistanceConventionLabels,
  resistanceConventions,
  resultUncertainties,
  type CcdInput,
  type CcdOutput,
  type Protocol,
  type ResistanceConvention,
} from "../../calculators/ccd.ts";
import { formulaTex } from "../../calculators/ccd-tex.ts";
import { formatMeasured, formatNumber } from "../../calculators/format.ts";
import { presetFromTable1Row } from "../../calculators/polarization.ts";
import { readHidden } from "../../calculators/query.ts";
import { ChoiceInput } from "./kit/ChoiceInput.tsx";
import { LiveFormulas } from "./kit/LiveFormulas.tsx";
import { Heading } from "./kit/Heading.tsx";
import type { CalculatorIslandProps } from "./kit/props.ts";
import { NumberInput } from "./kit/NumberInput.tsx";
import { OutputValue } from "./kit/OutputValue.tsx";
import { SelectInput } from "./kit/SelectInput.tsx";
import { ResultSummary } from "./kit/ResultSummary.tsx";
import { ShareLink } from "./kit/ShareLink.tsx";
import { UrlNotes } from "./kit/UrlNotes.tsx";
import { useTeacherMask } from "./kit/useTeacherMask.ts";
import { numberOrUndefined } from "./kit/teacher-mask.ts";
import { NeedsScript } from "./kit/NeedsScript.tsx";
import { defaultText, useCalculatorState, type CalculatorSpec } from "./kit/useCalculatorState.ts";
import { publishPlanner, snapshotOf } from "./CcdPlanStore.ts";
import { CcdPresets, type PresetRow } from "./CcdPresets.tsx";
import { CcdStepTable } from "./CcdStepTable.tsx";

/** The three parts of the calculator, in the order of `fieldGroups`. */
export type CcdSection = "staircase" | "polarization" | "sand";
const sectionKeys: CcdSection[] = ["staircase", "polarization", "sand"];

interface Props extends CalculatorIslandProps {
  /** Parts shown; all three by default (a chapter on solid electrolytes leaves out Sand's time). */
  sections?: CcdSection[];
  /** Table 1 rows offered as polarization presets. */
  presetRows: PresetRow[];
  /** Formulas of each part for the default state, rendered with KaTeX at build time (Formulas.astro). */
  staircaseFormulas?: ComponentChildren;
  polarizationFormulas?: ComponentChildren;
  sandFormulas?: ComponentChildren;
}

/** Outputs of each part. */
const sectionOutputs: Record<CcdSection, CcdOutput[]> = {
  staircase: ["steps", "totalTime_h", "cumulativeCapacity_mAh_cm2"],
  polarization: ["polarizationAtMax_mV"],
  sand: ["limitingCurrent_mA_cm2", "diffusionTime_s", "sandTime_s"],
};

const spec: CalculatorSpec = {
  numbers: fields,
  choices: { protocol: protocols, resistanceConvention: resistanceConventions },
  extra: ["hide", "electrodeArea_cm2"],
};
const defaultsText: Record<string, string> = {
  protocol: defaultProtocol,
  resistanceConvention: defaultResistanceConvention,
  ...defaultText(fields),
};
const protocolOptions = protocols.map((p) => ({ value: p, label: protocolLabels[p] }));
const conventionOptions = resistanceConventions.map((c) => ({ value: c, label: resistanceConventionLabels[c] }));



/**
 * The CCD test planner: a current staircase with its duration, capacity and steps, the ohmic polarization of
 * a symmetric solid-electrolyte cell, and Sand's time in a liquid electrolyte, each with its formula and the
 * reader's numbers. Every number comes from src/calculators/ccd.ts; this component only lays them out.
 */
export default function CcdCalculator(props: Props) {
  const { embedded = false, pageHref, root, headingLevel = 2, title, presetRows } = props;
  const sections = props.sections ?? sectionKeys;
  const idPrefix = embedded ? "ccd-embedded" : "ccd";
  const sub = headingLevel + 1;
  const state = useCalculatorState(spec, defaultsText, !embedded);
  const protocol: Protocol = (protocols as readonly string[]).includes(state.raw.protocol ?? "")
    ? (state.raw.protocol as Protocol)
    : defaultProtocol;
  const convention: ResistanceConvention = (resistanceConventions as readonly string[]).includes(state.raw.resistanceConvention ?? "")
    ? (state.raw.resistanceConvention as ResistanceConvention)
    : defaultResistanceConvention;
  const values = state.values as Partial<Record<CcdInput, number>>;
  const outcome = useMemo(() => compute(values, protocol, convention), [values, protocol, convention]);
  // First-order uncertainties of the results, from the inputs typed as value ± δ (src/calculators/ccd.ts).
  const uncertainties = useMemo(
    () => resultUncertainties(values, state.uncertainties, protocol, convention),
    [values, state.uncertainties, protocol, convention],
  );
  const errors: Partial<Record<string, string>> = { ...outcome.errors, ...state.errors };
  const changed = ["protocol", "resistanceConvention", ...inputNames].some((n) => state.raw[n] !== defaultsText[n]);
  const tex = formulaTex(values, outcome, protocol, convention);
  const formulas: Record<CcdSection, ComponentChildren> = {
    staircase: props.staircaseFormulas,
    polarization: props.polarizationFormulas,
    sand: props.sandFormulas,
  };

  const [hidden, setHidden] = useState<readonly CcdOutput[]>([]);
  const [hideNotes, setHideNotes] = useState<string[]>([]);
  useEffect(() => {
    if (embedded) return;
    const reading = readHidden(location.search, outputNames);
    setHidden(reading.hidden);
    setHideNotes(reading.notes);
  }, []);
  // The trace analyser on the same page splits files without a current column by this staircase.
  useEffect(() => {
    if (!embedded && state.hydrated) publishPlanner(snapshotOf(values, protocol));
  }, [values, protocol, state.hydrated]);

  const loadPreset = (row: PresetRow) => {
    const L = values.electrolyteThickness_um ?? fields.electrolyteThickness_um.default;
    const sigma = values.ionicConductivity_mS_cm ?? fields.ionicConductivity_mS_cm.default;
    const preset = presetFromTable1Row(row, `Table 1 [${row.ref}]`, L, sigma, convention);
    if (!preset) return undefined;
    const text = Object.fromEntries(Object.entries(preset.values).map(([k, v]) => [k, String(v)]));
    state.load({ ...state.raw, ...text });
    return preset;
  };
  /** A result as text: four significant figures, or rounded to its uncertainty when the inputs carry one. */
  const show = (name: CcdOutput): { value?: string; uncertainty?: string } => {
    const value = outcome.outputs[name];
    if (typeof value !== "number") return {};
    const u = uncertainties[name];
    if (u === undefined || u <= 0) return { value: formatNumber(value, 4) };
    const measured = formatMeasured(value, u);
    return { value: measured.value, uncertainty: measured.uncertainty };
  };
  const anyUncertainty = Object.values(state.uncertainties).some((u) => u > 0);
  const reveal = (name?: CcdOutput) => setHidden((h) => (name ? h.filter((n) => n !== name) : []));
  // The same numbers elsewhere on the page (documentation, preset table) stay hidden too.
  useTeacherMask(hidden.map((n) => ({ text: show(n).value, unit: outputLabels[n].unit, value: numberOrUndefined(outcome.outputs[n]) })));
  const unusedInput = protocolInputs[protocol === "capacity" ? "time" : "capacity"];

  return (
    <section class="calc ccd" aria-labelledby={`${idPrefix}-title`}>
      <Heading level={headingLevel} id={`${idPrefix}-title`}>
        {title}
      </Heading>
      {embedded && (
        <p class="calc-help">
          Plan a critical-current-density staircase and see the ohmic polarization each step needs. Sand's time for
          liquid electrolytes, and an analyser for your own voltage trace, are on{" "}
          <a href={pageHref}>the calculator's own page</a>.
        </p>
      )}
      <NeedsScript task="change the values" />
      <UrlNotes notes={[...state.notes, ...hideNotes]} />
      {hidden.length > 0 && (
        <p class="ccd-teacher">
          Some results are hidden until you reveal them.{" "}
          <button type="button" class="button" onClick={() => reveal()}>
            Reveal all
          </button>
        </p>
      )}

      {fieldGroups.map((group, k) => {
        const key = sectionKeys[k]!;
        if (!sections.includes(key)) return null;
        const names = group.names.filter((n) => n !== unusedInput);
        return (
          <div class="ccd-section" key={key}>
            <Heading level={sub} id={`${idPrefix}-${key}`}>
              {group.title}
            </Heading>
            <div class="calc-grid">
              <div class="ccd-inputs">
                {key === "polarization" && (
                  <SelectInput
                    name="resistanceConvention"
                    label="The interfacial resistance R_int is"
                    options={conventionOptions}
                    value={convention}
                    onChange={(v) => state.set("resistanceConvention", v)}
                    idPrefix={idPrefix}
                    help="Papers report either one interface of the symmetric cell or both together; Table 1 does not say which."
                  />
                )}
                <ResultSummary
                  items={sectionOutputs[key].map((name) => ({
                    label: outputLabels[name].label,
                    value: show(name).value,
                    unit: outputLabels[name].unit,
                    hidden: hidden.includes(name),
                  }))}
                />
                {key === "staircase" && (
                  <ChoiceInput
                    name="protocol"
                    legend="Each half-cycle ends after"
                    options={protocolOptions}
                    value={protocol}
                    onChange={(v) => state.set("protocol", v)}
                    idPrefix={idPrefix}
                  />
                )}
                {names.map((name) => (
                  <NumberInput
                    key={name}
                    field={fields[name]}
                    value={state.raw[name] ?? ""}
                    error={errors[name]}
                    onInput={(text) => state.set(name, text)}
                    idPrefix={idPrefix}
                  />
                ))}
                {key === "polarization" && <CcdPresets rows={presetRows} onLoad={loadPreset} idPrefix={idPrefix} root={root} />}
              </div>
              <div class="ccd-outputs">
                <dl class="calc-results">
                  {sectionOutputs[key].map((name) => (
                    <OutputValue
                      key={name}
                      name={name}
                      label={outputLabels[name].label}
                      unit={outputLabels[name].unit}
                      {...show(name)}
                      reason={outcome.unavailable[name]}
                      hidden={hidden.includes(name)}
                      onReveal={() => reveal(name)}
                    />
                  ))}
                </dl>
                {anyUncertainty && sectionOutputs[key].some((n) => (uncertainties[n] ?? 0) > 0 && !hidden.includes(n)) && (
                  <p class="calc-help">
                    ± is one standard uncertainty, propagated to first order from the inputs typed with ± (taken as
                    independent).
                  </p>
                )}
                {key === "staircase" && outcome.warnings.length > 0 && (
                  <div class="calc-warnings" role="status">
                    <p>Note</p>
                    <ul>
                      {outcome.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            </div>
            {hidden.length === 0 ? (
              <>
                {key === "staircase" && (
                  <CcdStepTable
                    rows={outcome.table}
                    reason={outcome.unavailable.totalTime_h}
                    uncertainties={uncertainties}
                    showSand={sections.includes("sand")}
                  />
                )}
                <LiveFormulas lines={[{ id: key, tex: tex[key] }]} prerendered={formulas[key]} changed={changed} />
              </>
            ) : (
              <p class="ccd-teacher">The steps and the formulas would give the hidden results away; they appear once every result is revealed.</p>
            )}
          </div>
        );
      })}
      <ShareLink pageHref={pageHref} query={state.query} />
    </section>
  );
}
