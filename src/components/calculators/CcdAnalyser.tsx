import "../../styles/calculator.css";
import "./Ccd.css";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  analyserOutputLabels,
  analyserOutputs,
  table1CompareQuery,
  thresholdFields,
  thresholdNames,
  type AnalyserOutcome,
  type AnalyserOutput,
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
import { CHART_SIZES, NARROW_BELOW_px, type TraceRead } from "./CcdTraceMessages.ts";
import { CcdTraceChart } from "./CcdTraceChart.tsx";
import { Superseded, TraceWorker } from "./CcdTraceWorker.ts";

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
  if (loaded.hasCurrent) return "Steps and half-cycles come from its current_mA_cm2 column.";
  const v = planner.values;
  if (!planner.plan) return "It has no current_mA_cm2 column, and the planner above has no valid staircase to split it by.";
  const ending =
    planner.protocol === "capacity"
      ? `${v.capacityPerHalfCycle_mAh_cm2} mAh cm⁻² per half-cycle`
      : `${v.halfCycle_h} h per half-cycle`;
  return (
    `It has no current_mA_cm2 column, so the steps are the planner's: ${planner.plan.length} steps from ` +
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

  useEffect(() => {
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
  const analysisKey = `${JSON.stringify(thresholds.values)}|${loaded && !loaded.hasCurrent ? JSON.stringify(plan ?? null) : ""}`;

  const read = async (file: Blob, name: string, synthetic: boolean) => {
    const request = ++latest.current;
    setStatus({ kind: "reading", name, fraction: 0, rows: 0 });
    setLoaded(undefined);
    setOutcome(undefined);
    setLayout(undefined);
    setDomain(undefined);
    try {
      const settings = { plan: currentPlanner().plan, thresholds: thresholds.values };
      const result = await getWorker().read({ type: "read", file, size: sizeRef.current, ...settings }, (fraction, rows) =>
        setStatus((s) => (s.kind === "reading" ? { ...s, fraction, rows } : s)),
      );
      if (request !== latest.current) return;
      analysedKey.current = `${JSON.stringify(settings.thresholds)}|${result.hasCurrent ? "" : JSON.stringify(settings.plan ?? null)}`;
      setLoaded({ ...result, name, synthetic });
      setOutcome(result.outcome);
      setLayout(result.layout);
      setStatus({ kind: "ready" });
    } catch (error) {
      if (error instanceof Superseded || request !== latest.current) return;
      setStatus({ kind: "error", name, message: error instanceof Error ? error.message : String(error) });
    }
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
          ...(domainRef.current ? { domain_h: domainRef.current } : {}),
        });
        if (request !== latest.current) return;
        setOutcome(result.outcome);
        setLayout(result.layout);
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
  const value = (name: AnalyserOutput) => {
    const v = outcome?.outputs[name];
    return typeof v === "number" ? formatNumber(v, 4) : undefined;
  };
  const ccd = outcome?.outputs.ccd_mA_cm2;
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
        The file is read by this page, in your browser, in slices; it is never uploaded. CSV with a header row:{" "}
        <code>time_s</code> or <code>time_h</code>, <code>voltage_V</code> and, optionally, <code>current_mA_cm2</code>.
      </p>
      <NeedsScript task="analyse a trace" />
      <div class="ccd-file">
        <div>
          <label for="ccd-voltage-data">Voltage trace (CSV file)</label>
          <input
            id="ccd-voltage-data"
            type="file"
            name="voltageData"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
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
      {loaded && planner && (
        <p class="ccd-source">
          {loaded.name}: {count(loaded.rows)} rows, time in {loaded.timeColumn === "time_h" ? "hours" : "seconds"}.{" "}
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
          <dl class="calc-results">
            {analyserOutputs.map((name) => (
              <OutputValue
                key={name}
                name={name}
                label={analyserOutputLabels[name].label}
                unit={analyserOutputLabels[name].unit}
                value={value(name)}
                reason={outcome ? outcome.unavailable[name] : noResult}
              />
            ))}
          </dl>
          {failure && <p class="ccd-verdict">{failure.message}</p>}
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
          {typeof ccd === "number" && (
            <p>
              <a href={`${root}data/${table1CompareQuery(ccd, resistance)}#charts-table-1`}>Place this result on the Table 1 chart</a>{" "}
              <span class="calc-help">
                (CCD {formatNumber(ccd, 4)} mA cm⁻²
                {resistance !== undefined && resistance > 0
                  ? `, with the interfacial resistance entered in the planner, ${formatNumber(resistance, 4)} Ω cm²`
                  : ""}
                )
              </span>
            </p>
          )}
        </div>
      </div>

      <CcdTraceChart
        layout={shown}
        id={id}
        title={loaded ? `Voltage trace of ${loaded.name}` : "Voltage trace: none read yet"}
        description={
          loaded
            ? `${count(loaded.rows)} samples; ${shown.bands.length} current steps shaded in view; ` +
              (shown.failure ? `${shown.failure.label}, marked.` : "no failure in view.")
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
