import "../../styles/calculator.css";
import "./Ccd.css";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  defaultConvention,
  thresholdFields,
  thresholdNames,
  type AnalyserOutcome,
  type CcdConvention,
  type TestTypeChoice,
} from "../../calculators/ccd-analyser.ts";
import { protocolLabels } from "../../calculators/ccd.ts";
import { formatNumber } from "../../calculators/format.ts";
import type { TraceChartLayout } from "../../charts/trace.ts";
import { Heading } from "./kit/Heading.tsx";
import { NeedsScript } from "./kit/NeedsScript.tsx";
import { NumberInput } from "./kit/NumberInput.tsx";
import { OutputValue } from "./kit/OutputValue.tsx";
import { defaultText, useCalculatorState } from "./kit/useCalculatorState.ts";
import { currentPlanner, subscribePlanner, type PlannerSnapshot } from "./CcdPlanStore.ts";
import { CHART_SIZES, NARROW_BELOW_px, type Analysed, type TraceRead } from "./CcdTraceMessages.ts";
import { CcdTraceChart } from "./CcdTraceChart.tsx";
import { CcdCycling, CcdCyclingChart } from "./CcdCycling.tsx";
import { CcdChoices, CcdStaircase, CcdVerdictBox } from "./CcdVerdict.tsx";
import { Superseded, TraceError, TraceWorker } from "./CcdTraceWorker.ts";
import { readNumber } from "../../calculators/fields.ts";
import { acceptedExtensions } from "../../calculators/trace/import/sniff.ts";
import type { ImportChoice } from "../../calculators/trace/import/plan.ts";
import type { ImportRead } from "./CcdTraceMessages.ts";
import { CcdImportMapping } from "./CcdImportMapping.tsx";
import { areaField, discArea_cm2, diameterField, readAreaFromUrl, rememberChoice, rememberedChoice, writeAreaToUrl } from "./CcdImportStore.ts";

interface Props {
  /** The site root, relative to the page, for the link to the Table 1 chart. */
  root: string;
  /** The downloadable example trace, relative to the page. */
  exampleHref: string;
  /** Empty charts for both sizes, laid out at build time (the chart layout code runs in the worker). */
  emptyLayouts: { wide: TraceChartLayout; narrow: TraceChartLayout };
  headingLevel?: 2 | 3;
}

type Status =
  | { kind: "empty" }
  | { kind: "reading"; name: string; fraction: number; rows: number }
  | { kind: "error"; name: string; message: string }
  | { kind: "ready" };

type Loaded = TraceRead & { name: string; synthetic: boolean };

const thresholdSpec = { numbers: thresholdFields };
const thresholdText = defaultText(thresholdFields);
const ANALYSE_DELAY_ms = 250;


const count = (n: number) => n.toLocaleString("en").replace(/,/g, " ");

/** How the steps were found, in a sentence. */
function stepSource(loaded: Loaded, planner: PlannerSnapshot): string {
  if (loaded.hasCurrent) return "Steps and half-cycles come from its current column.";
  const v = planner.values;
  if (!planner.plan) return "It has no current column, and the planner above has no valid staircase to split it by.";
  const ending =
    planner.protocol === "capacity"
      ? `${v.capacityPerHalfCycle_mAh_cm2} mAh cm⁻² per half-cycle`
      : `${v.halfCycle_h} h per half-cycle`;
  return (
    `It has no current column, so the steps are the planner's: ${planner.plan.length} steps from ` +
    `${v.startCurrent_mA_cm2} to ${planner.plan.at(-1)!.current_mA_cm2} mA cm⁻², ${protocolLabels[planner.protocol].toLowerCase()} ` +
    `(${ending}), ${v.cyclesPerStep} ${v.cyclesPerStep === 1 ? "cycle" : "cycles"} per step, starting at the first row.`
  );
}

/**
 * The trace analyser: reads a CSV voltage trace in a Web Worker (streamed, with progress), finds the current
 * steps and the first short circuit with the reader's thresholds, and draws the trace with steps shaded and
 * the failure marked. The science is in src/calculators/ccd-analyser.ts; the worker runs it.
 */
export default function CcdAnalyser({ root, exampleHref, emptyLayouts, headingLevel = 2 }: Props) {
  const thresholds = useCalculatorState(thresholdSpec, thresholdText, false);
  const [status, setStatus] = useState<Status>({ kind: "empty" });
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [outcome, setOutcome] = useState<AnalyserOutcome | undefined>();
  const [layout, setLayout] = useState<TraceChartLayout | undefined>();
  const [domain, setDomain] = useState<[number, number] | undefined>();
  const [narrow, setNarrow] = useState(false);
  const [planner, setPlanner] = useState<PlannerSnapshot | undefined>();
  const [convention, setConvention] = useState<CcdConvention>(defaultConvention);
  const [testType, setTestType] = useState<TestTypeChoice>("auto");
  const [cyclingLayouts, setCyclingLayouts] = useState<Analysed["cyclingLayouts"]>();
  const analyserOptions = { convention, testType };
  const worker = useRef<TraceWorker>();
  const section = useRef<HTMLElement>(null);
  const latest = useRef(0);
  const analysedKey = useRef("");
  const domainRef = useRef(domain);
  domainRef.current = domain;
  const size = narrow ? CHART_SIZES.narrow : CHART_SIZES.wide;
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const getWorker = () => (worker.current ??= new TraceWorker());
  // The import: the file chosen last (read again when the mapping or the area changes), what was made of it.
  const [imported, setImported] = useState<Partial<ImportRead>>({});
  const [areaText, setAreaText] = useState("");
  const [diameterText, setDiameterText] = useState("");
  const chosen = useRef<{ file: Blob; name: string; synthetic: boolean; choice?: ImportChoice }>();
  const areaReading = areaText.trim() === "" ? undefined : readNumber(areaText, areaField);
  const area_cm2 = areaReading?.ok ? areaReading.value : undefined;
  const areaRef = useRef(area_cm2);
  areaRef.current = area_cm2;

  useEffect(() => {
    setAreaText(readAreaFromUrl());
    setPlanner(currentPlanner());
    const unsubscribe = subscribePlanner(setPlanner);
    const observer = new ResizeObserver(([entry]) => setNarrow((entry?.contentRect.width ?? 1000) < NARROW_BELOW_px));
    if (section.current) observer.observe(section.current);
    return () => {
      unsubscribe();
      observer.disconnect();
      worker.current?.stop();
    };
  }, []);

  const plan = planner?.plan;
  const analysisKey = `${JSON.stringify(thresholds.values)}|${convention}|${testType}|${loaded && !loaded.hasCurrent ? JSON.stringify(plan ?? null) : ""}`;

  const read = async (file: Blob, name: string, synthetic: boolean, choice?: ImportChoice, remembered = true) => {
    chosen.current = { file, name, synthetic, ...(choice ? { choice } : {}) };
    const request = ++latest.current;
    setStatus({ kind: "reading", name, fraction: 0, rows: 0 });
    setLoaded(undefined);
    setOutcome(undefined);
    setLayout(undefined);
    setCyclingLayouts(undefined);
    setDomain(undefined);
    try {
      const settings = { plan: currentPlanner().plan, thresholds: thresholds.values, options: analyserOptions };
      const area = areaRef.current;
      const options = { ...(choice ? { choice } : {}), ...(area !== undefined ? { area_cm2: area } : {}) };
      const result = await getWorker().read({ type: "read", file, name, import: options, size: sizeRef.current, ...settings }, (fraction, rows) =>
        setStatus((s) => (s.kind === "reading" ? { ...s, fraction, rows } : s)),
      );
      if (request !== latest.current) return;
      const again = !choice && remembered ? rememberedChoice(result.plan) : undefined;
      if (again) return void read(file, name, synthetic, again, false);
      setImported({ plan: result.plan, sentence: result.sentence, needsArea: result.needsArea });
      analysedKey.current = `${JSON.stringify(settings.thresholds)}|${convention}|${testType}|${result.hasCurrent ? "" : JSON.stringify(settings.plan ?? null)}`;
      setLoaded({ ...result, name, synthetic });
      setOutcome(result.outcome);
      setLayout(result.layout);
      setCyclingLayouts(result.cyclingLayouts);
      setStatus({ kind: "ready" });
    } catch (error) {
      if (error instanceof Superseded || request !== latest.current) return;
      setImported(error instanceof TraceError && error.plan ? { plan: error.plan } : {});
      setStatus({ kind: "error", name, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const rereadSoon = useRef<ReturnType<typeof setTimeout>>();
  const reread = (choice?: ImportChoice) => {
    const c = chosen.current;
    clearTimeout(rereadSoon.current);
    if (c) rereadSoon.current = setTimeout(() => void read(c.file, c.name, c.synthetic, choice ?? c.choice, false), ANALYSE_DELAY_ms);
  };
  const setArea = (text: string) => {
    setAreaText(text);
    writeAreaToUrl(text);
    const r = readNumber(text, areaField);
    areaRef.current = r.ok ? r.value : undefined;
    reread();
  };
  const setDiameter = (text: string) => {
    setDiameterText(text);
    const r = readNumber(text, diameterField);
    if (r.ok) setArea(formatNumber(discArea_cm2(r.value), 4));
  };

  const analyseExample = async () => {
    const name = "example-trace.csv (synthetic)";
    try {
      const response = await fetch(exampleHref);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      await read(await response.blob(), name, true);
    } catch (error) {
      setStatus({ kind: "error", name, message: `The example could not be loaded: ${error instanceof Error ? error.message : String(error)}.` });
    }
  };

  // New thresholds, or a new plan for a file without a current column: analyse again, once typing pauses.
  useEffect(() => {
    if (!loaded || analysisKey === analysedKey.current) return;
    const timer = setTimeout(async () => {
      analysedKey.current = analysisKey;
      const request = ++latest.current;
      try {
        const result = await getWorker().analyse({
          type: "analyse",
          size: sizeRef.current,
          plan,
          thresholds: thresholds.values,
          options: analyserOptions,
          ...(domainRef.current ? { domain_h: domainRef.current } : {}),
        });
        if (request !== latest.current) return;
        setOutcome(result.outcome);
        setLayout(result.layout);
        setCyclingLayouts(result.cyclingLayouts);
      } catch (error) {
        if (!(error instanceof Superseded) && request === latest.current)
          setStatus({ kind: "error", name: loaded.name, message: error instanceof Error ? error.message : String(error) });
      }
    }, ANALYSE_DELAY_ms);
    return () => clearTimeout(timer);
  }, [loaded, analysisKey]);

  // Zoom, pan or a new chart size: lay the trace out again.
  const layoutRequest = useRef(0);
  useEffect(() => {
    if (!loaded) return;
    const request = ++layoutRequest.current;
    getWorker()
      .layout({ type: "layout", size, ...(domain ? { domain_h: domain } : {}) })
      .then((r) => request === layoutRequest.current && setLayout(r.layout))
      .catch(() => undefined);
  }, [domain, narrow]);

  const shown = layout ?? (narrow ? emptyLayouts.narrow : emptyLayouts.wide);
  const noResult =
    status.kind === "reading"
      ? "Reading the file…"
      : status.kind === "error"
        ? "The file could not be used (see the message above)."
        : "Choose a file, or analyse the example.";
  const failure = outcome?.analysis?.failure;
  const resistance = planner?.values.interfacialResistance_ohm_cm2;
  const full_h: [number, number] | undefined =
    loaded && loaded.rows > 0 ? [loaded.time_s[0]! / 3600, loaded.time_s[loaded.rows - 1]! / 3600] : undefined;
  const id = "ccd-trace";

  return (
    <section class="calc ccd ccd-analyser" aria-labelledby="ccd-analyser-title" ref={section}>
      <Heading level={headingLevel} id="ccd-analyser-title">
        Analyse a voltage trace
      </Heading>
      <p class="calc-help">
        The file is read by this page, in your browser, in slices; it is never uploaded. Text exports of BioLogic
        (EC-Lab .mpt, BT-Lab CSV), Arbin (CSV, .xlsx), Maccor, Neware, Novonix and PEC, the Battery Data Format, or any
        CSV with a header row such as <code>time_s</code>, <code>voltage_V</code>, <code>current_mA_cm2</code>.
      </p>
      <NeedsScript task="analyse a trace" />
      <div class="ccd-file">
        <div>
          <label for="ccd-voltage-data">Voltage trace (a cycler's export or a CSV file)</label>
          <input
            id="ccd-voltage-data"
            type="file"
            name="voltageData"
            accept={[...acceptedExtensions, "text/csv", "text/plain"].join(",")}
            disabled={!thresholds.hydrated}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void read(file, file.name, false);
            }}
          />
        </div>
        <button type="button" class="button" onClick={analyseExample}>
          Analyse the example
        </button>
        <a href={exampleHref} download="example-trace.csv">
          Download the example (synthetic, CSV)
        </a>
      </div>

      {status.kind === "reading" && (
        <div class="ccd-progress">
          <label for="ccd-progress">Reading {status.name}</label>
          <progress id="ccd-progress" max={1} value={status.fraction} />
          <span>
            {Math.round(status.fraction * 100)} %, {count(status.rows)} rows
          </span>
          <button
            type="button"
            class="button"
            onClick={() => {
              latest.current++;
              worker.current?.stop();
              setStatus({ kind: "empty" });
            }}
          >
            Stop
          </button>
        </div>
      )}
      <div class="ccd-alert" role="alert">
        {status.kind === "error" && `${status.name}: ${status.message}`}
      </div>
      <CcdImportMapping
        plan={imported.plan}
        sentence={imported.sentence}
        rows={loaded?.rows}
        duration_h={full_h ? full_h[1] - full_h[0] : undefined}
        needsArea={imported.needsArea ?? false}
        areaText={areaText}
        areaError={areaReading && !areaReading.ok ? areaReading.error : undefined}
        diameterText={diameterText}
        onArea={setArea}
        onDiameter={setDiameter}
        onChoice={(choice) => {
          if (imported.plan) rememberChoice(imported.plan, { ...imported.plan.mapping, ...choice });
          reread(choice);
        }}
      />
      {loaded && planner && (
        <p class="ccd-source">
          {loaded.name}: {count(loaded.rows)} rows.{" "}
          {stepSource(loaded, planner)}
        </p>
      )}

      <div class="calc-grid">
        <fieldset class="ccd-thresholds">
          <legend>When does a step count as failed?</legend>
          {thresholdNames.map((name) => (
            <NumberInput
              key={name}
              field={thresholdFields[name]}
              value={thresholds.raw[name] ?? ""}
              error={thresholds.errors[name] ?? outcome?.errors[name]}
              onInput={(text) => thresholds.set(name, text)}
              idPrefix="ccd"
            />
          ))}
        </fieldset>
        <div>
          <CcdChoices outcome={outcome} convention={convention} onConvention={setConvention} testType={testType} onTestType={setTestType} />
          <CcdVerdictBox verdict={outcome?.verdict} />
          {(outcome?.testType ?? (testType === "cycling" ? "cycling" : "staircase")) === "staircase" ? (
            <CcdStaircase outcome={outcome} noResult={noResult} root={root} resistance={resistance} />
          ) : (
            <CcdCycling outcome={outcome} noResult={noResult} root={root} />
          )}
          {outcome && outcome.warnings.length > 0 && (
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

      {outcome?.testType === "cycling" && <CcdCyclingChart outcome={outcome} layout={cyclingLayouts?.[narrow ? "narrow" : "wide"]} />}

      <CcdTraceChart
        layout={shown}
        id={id}
        title={loaded ? `Voltage trace of ${loaded.name}` : "Voltage trace: none read yet"}
        description={
          loaded
            ? `${count(loaded.rows)} samples; ${shown.bands.length} current steps shaded in view; ` +
              (shown.failure ? `${shown.failure.label}, marked.` : "no failure in view.") +
              (shown.evidence ? ` The evidence for the verdict (${shown.evidence.label.toLowerCase()}) is shaded.` : "")
            : "An empty chart: choose a CSV file or analyse the example to draw the trace."
        }
        samples={loaded ? { time_s: loaded.time_s, voltage_V: loaded.voltage_V } : undefined}
        full_h={full_h}
        failure_h={failure ? failure.time_s / 3600 : undefined}
        onDomain={setDomain}
      />

      {outcome?.analysis && outcome.analysis.steps.length > 0 && (
        <details class="ccd-details">
          <summary>What the analyser measured in each step</summary>
          <div class="calc-table-wrap" tabIndex={0} role="group" aria-label="What the analyser measured in each step">
            <table class="calc-table">
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Current density (mA cm⁻²)</th>
                  <th scope="col">Start (h)</th>
                  <th scope="col">Plateau |V| (mV)</th>
                  <th scope="col">V/j (Ω cm²)</th>
                  <th scope="col">Noise (mV)</th>
                  <th scope="col">Completed</th>
                </tr>
              </thead>
              <tbody>
                {outcome.analysis.steps.map((s) => (
                  <tr key={s.index}>
                    <th scope="row">{s.index + 1}</th>
                    <td>{formatNumber(s.current_mA_cm2, 4)}</td>
                    <td>{formatNumber(s.start_s / 3600, 4)}</td>
                    <td>{formatNumber(s.plateau_mV, 4)}</td>
                    <td>{formatNumber(s.resistance_ohm_cm2, 4)}</td>
                    <td>{formatNumber(s.noise_mV, 3)}</td>
                    <td>{s.index === failure?.stepIndex ? "no: failed" : s.completed ? "yes" : "no: the trace ends"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
