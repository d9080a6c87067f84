import "../../styles/calculator.css";
import type { ComponentChildren } from "preact";
import "./ContactAngle.css";
import { useEffect, useMemo, useState } from "preact/hooks";
import {
  compute,
  defaultMode,
  fields,
  inferMode,
  modeInputs,
  modeLabels,
  modes,
  optionalInputs,
  outputFields,
  outputNames,
  surfaceInputs,
  textureModelOf,
  textureModels,
  defaultTextureModel,
  type InputName,
  type Mode,
  type OutputName,
} from "../../calculators/contact-angle.ts";
import {
  compareFields,
  compareOptionalInputs,
  compareOutputNames,
  compareStates,
  frozenState,
  type CompareInputName,
  type CompareOutputName,
} from "../../calculators/contact-angle-compare.ts";
import { formulaTex } from "../../calculators/contact-angle-formula.ts";
import { presets, type ContactAnglePreset } from "../../calculators/contact-angle-presets.ts";
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
import { ContactAngleCompare } from "./ContactAngleCompare.tsx";
import { ContactAngleCurve } from "./ContactAngleCurve.tsx";
import { ContactAngleDrop } from "./ContactAngleDrop.tsx";
import { ContactAngleSurface } from "./ContactAngleSurface.tsx";
import { resultUncertainties } from "../../calculators/contact-angle/uncertainties.ts";
import { measured } from "./ContactAngleFormat.ts";

interface Props extends CalculatorIslandProps {
  /** Formulas for the default state, rendered with KaTeX at build time (Formulas.astro). */
  formulas?: ComponentChildren;
}

type Hideable = OutputName | CompareOutputName;

const numbers = { ...fields, ...compareFields };
const spec: CalculatorSpec = {
  numbers,
  choices: { mode: modes, textureModel: textureModels },
  optional: [...optionalInputs, ...compareOptionalInputs],
  extra: ["hide"],
};
const defaultsText = { mode: defaultMode, textureModel: defaultTextureModel, ...defaultText(numbers, spec.optional) };
const inputNames = Object.keys(fields) as InputName[];
const hideable: readonly Hideable[] = [...outputNames, ...compareOutputNames];



/**
 * The contact-angle calculator: θ from a measurement, a drop's shape or Young's equation, then γ_LV, W_a, S and
 * the wetting regime; the drop drawn to scale, γ_LV(T) with the temperature marked, a comparison with a
 * reference state and the formulas with the reader's numbers. Every number comes from src/calculators/ and
 * src/charts/; this component only lays them out.
 */
export default function ContactAngleCalculator({ embedded = false, pageHref, root, headingLevel = 2, title, formulas }: Props) {
  const idPrefix = embedded ? "ca-embedded" : "ca";
  const sub = headingLevel + 1;
  const state = useCalculatorState(spec, defaultsText, !embedded);
  const mode = (modes as readonly string[]).includes(state.raw.mode ?? "") ? (state.raw.mode as Mode) : defaultMode;
  const values = state.values as Partial<Record<InputName | CompareInputName, number>>;
  const inputs = useMemo(
    () => Object.fromEntries(inputNames.flatMap((n) => (values[n] === undefined ? [] : [[n, values[n]]]))),
    [values],
  ) as Partial<Record<InputName, number>>;
  const texture = textureModelOf(state.raw.textureModel);
  const outcome = useMemo(() => compute(inputs, mode, texture), [inputs, mode, texture]);
  const comparison = useMemo(
    () => compareStates(outcome, { compare_theta_deg: values.compare_theta_deg, compare_gammaLV_mN_m: values.compare_gammaLV_mN_m }),
    [outcome, values],
  );
  // First-order uncertainties of every result that depends on an input typed as "value ± δ".
  const uncertainties = useMemo(
    () => resultUncertainties(values, state.uncertainties, mode, texture),
    [values, state.uncertainties, mode, texture],
  );
  const errors: Partial<Record<string, string>> = { ...outcome.errors, ...comparison.errors, ...state.errors };
  const changed = ["mode", "textureModel", ...inputNames].some((n) => state.raw[n] !== defaultsText[n as keyof typeof defaultsText]);

  const [loaded, setLoaded] = useState<ContactAnglePreset | undefined>();
  const [hidden, setHidden] = useState<readonly Hideable[]>([]);
  const [hideNotes, setHideNotes] = useState<string[]>([]);
  useEffect(() => {
    // In a chapter the page's query belongs to the chapter, not to the calculator.
    if (embedded) return;
    const params = new URLSearchParams(location.search);
    // A link that sets a drop's height but names no mode means drop mode (and likewise for Young's).
    const inferred = params.has("mode") ? undefined : inferMode(params.keys());
    if (inferred) state.set("mode", inferred);
    const reading = readHidden(location.search, hideable);
    setHidden(reading.hidden);
    setHideNotes(reading.notes);
  }, []);

  const set = (name: string, text: string) => {
    state.set(name, text);
    setLoaded(undefined);
  };
  const applyPreset = (preset: ContactAnglePreset) => {
    const reference = Object.fromEntries(Object.keys(compareFields).map((n) => [n, state.raw[n] ?? ""]));
    state.load({ ...reference, ...preset.values });
    setLoaded(preset);
  };
  const show = (name: OutputName): { value?: string; uncertainty?: string } => {
    const value = outcome.outputs[name];
    if (typeof value === "number") return measured(value, uncertainties[name]);
    return value === undefined ? {} : { value };
  };
  const reveal = (name?: Hideable) => setHidden((h) => (name ? h.filter((n) => n !== name) : []));
  const teacherMode = hidden.length > 0;
  // The same numbers elsewhere on the page (documentation, preset notes) stay hidden too.
  useTeacherMask(hidden.flatMap((n) => ((outputNames as readonly string[]).includes(n) ? [{ text: show(n as OutputName).value, unit: outputFields[n as OutputName].unit, value: numberOrUndefined(outcome.outputs[n as OutputName]) }] : [])));
  // Inputs of other modes are not on screen; a bad value a link gave one of them is reported here instead.
  const onscreen: readonly InputName[] = [...modeInputs[mode], ...surfaceInputs(texture)];
  const offscreen = inputNames
    .filter((n) => !onscreen.includes(n) && state.errors[n])
    .map((n) => `${fields[n].label} is not used in this mode, and the value the link gave it was not valid: ${state.errors[n]}`);
  const dropOnly: readonly OutputName[] = ["thetaCap_deg", "radius_mm", "volume_uL"];
  const shownOutputs = outputNames.filter((n) => mode === "drop" || !dropOnly.includes(n));
  const theta = typeof outcome.outputs.theta_deg === "number" ? outcome.outputs.theta_deg : undefined;
  const temperatureOk = values.temperature_C !== undefined && errors.temperature_C === undefined;

  return (
    <section class="calc ca" aria-labelledby={`${idPrefix}-title`}>
      <Heading level={headingLevel} id={`${idPrefix}-title`}>{title}</Heading>
      {embedded && (
        <p class="calc-help">
          Molten Na on a flat solid. The model, its sources and its limits are set out on{" "}
          <a href={pageHref}>the calculator's own page</a>.
        </p>
      )}
      <NeedsScript task="change the values" />
      <UrlNotes notes={[...state.notes, ...hideNotes, ...offscreen]} />

      <div class="ca-presets">
        <div class="calc-presets" role="group" aria-labelledby={`${idPrefix}-presets`}>
          <span class="ca-presets-label" id={`${idPrefix}-presets`}>Measurements from the review:</span>
          {presets.map((p) => (
            <span class="ca-preset" key={p.id}>
              <button type="button" class="button" data-preset={p.id} onClick={() => applyPreset(p)}>{p.label}</button>{" "}
              <a href={`${root}references/#ref-${p.ref}`} aria-label={`[${p.ref}] ${p.source.replace(/\s*\[\d+\]$/, "")}`}>[{p.ref}]</a>
            </span>
          ))}
          <button type="button" class="button" onClick={() => { state.load({}); setLoaded(undefined); }}>Default</button>
        </div>
        <p class="ca-preset-status" role="status">
          {loaded && (
            <>
              <strong>Loaded: {loaded.label}.</strong> {loaded.note} Source: {loaded.source.replace(/\s*\[\d+\]$/, "")}{" "}
              <a href={`${root}references/#ref-${loaded.ref}`}>[{loaded.ref}]</a>.
            </>
          )}
        </p>
      </div>

      <div class="calc-grid">
        <div>
          <ChoiceInput
            name="mode"
            legend="Contact angle from"
            options={modes.map((m) => ({ value: m, label: modeLabels[m] }))}
            value={mode}
            onChange={(m) => set("mode", m)}
            idPrefix={idPrefix}
          />
          <ResultSummary
            items={([["theta_deg", "θ"], ["workOfAdhesion_mJ_m2", "Wₐ"], ["regime", "Regime"]] as const).map(([name, label]) => ({
              label,
              value: show(name).value,
              unit: outputFields[name].unit,
              hidden: hidden.includes(name),
            }))}
          />
          {modeInputs[mode].map((name) => (
            <NumberInput
              key={name}
              field={fields[name]}
              value={state.raw[name] ?? ""}
              error={errors[name]}
              onInput={(text) => set(name, text)}
              idPrefix={idPrefix}
            />
          ))}
          <ContactAngleSurface texture={texture} raw={state.raw} errors={errors} onInput={set} idPrefix={idPrefix} />
        </div>
        <div>
          <Heading level={sub}>Results</Heading>
          {teacherMode && (
            <p class="ca-teacher">
              Some results are hidden until you reveal them.{" "}
              <button type="button" class="button" onClick={() => reveal()}>Reveal all</button>
            </p>
          )}
          <dl class="calc-results">
            {shownOutputs.map((name) => (
              <OutputValue
                key={name}
                name={name}
                label={outputFields[name].label}
                unit={outputFields[name].unit}
                value={show(name).value}
                uncertainty={show(name).uncertainty}
                reason={outcome.unavailable[name]}
                hidden={hidden.includes(name)}
                onReveal={() => reveal(name)}
              />
            ))}
          </dl>
          {outcome.warnings.length > 0 && (
            <div class="calc-warnings" role="status">
              <p>Note</p>
              <ul>{outcome.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </div>
          )}
          <ShareLink pageHref={pageHref} query={state.query} />
        </div>
      </div>

      <div class="ca-figures">
        <ContactAngleDrop
          id={`${idPrefix}-drop`}
          spec={theta === undefined ? undefined : {
            theta_deg: theta,
            ...(outcome.drop ? { shape: outcome.drop } : {}),
            ...(outcome.capillaryLength_mm === undefined ? {} : { capillaryLength_mm: outcome.capillaryLength_mm }),
            ...(comparison.a.theta_deg === undefined ? {} : { compareTheta_deg: comparison.a.theta_deg }),
            showValue: !teacherMode,
          }}
          reason={outcome.unavailable.theta_deg}
        />
        <ContactAngleCurve
          id={`${idPrefix}-gamma`}
          spec={{
            ...(temperatureOk ? { temperature_C: values.temperature_C } : {}),
            ...(values.gammaLV_mN_m === undefined ? {} : { measured_mN_m: values.gammaLV_mN_m }),
            ...(uncertainties.gammaLV_mN_m === undefined ? {} : { gammaUncertainty_mN_m: uncertainties.gammaLV_mN_m }),
            ...(temperatureOk && state.uncertainties.temperature_C ? { temperatureUncertainty_C: state.uncertainties.temperature_C } : {}),
            showValue: !teacherMode,
          }}
        />
      </div>

      <Heading level={sub}>Compare with another state</Heading>
      <p class="calc-help">
        State A is a reference, such as the same surface before a treatment; state B is the calculator's state above.
        The drawing shows A as a dashed outline holding the same volume.
      </p>
      <ContactAngleCompare
        comparison={comparison}
        raw={state.raw}
        errors={errors}
        onInput={(name, text) => set(name, text)}
        onSet={(v) => { for (const [name, text] of Object.entries(v)) set(name, text); }}
        frozen={frozenState(outcome)}
        hidden={teacherMode ? hidden : undefined}
        onReveal={(name) => reveal(name)}
        uncertainties={uncertainties}
        idPrefix={idPrefix}
      />

      <Heading level={sub}>The formulas with these numbers</Heading>
      {teacherMode ? (
        <p class="ca-teacher">The formulas would give the hidden results away; they appear once every result is revealed.</p>
      ) : (
        <LiveFormulas lines={formulaTex(mode, inputs, outcome, texture)} prerendered={formulas} changed={changed} />
      )}
    </section>
  );
}
