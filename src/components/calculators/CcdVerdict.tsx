import {
  analyserOutputLabels,
  ccdConventions,
  conventionLabels,
  staircaseOutputs,
  table1CompareQuery,
  testTypeChoices,
  testTypeLabels,
  type AnalyserOutcome,
  type CcdConvention,
  type TestTypeChoice,
  type Verdict,
} from "../../calculators/ccd-analyser.ts";
import { formatNumber } from "../../calculators/format.ts";
import { OutputValue } from "./kit/OutputValue.tsx";

const verdictTitles: Record<Verdict["kind"], string> = {
  short: "Short circuit",
  "soft-short": "Soft short circuit",
  "shorted-from-start": "Shorted from the start",
  "no-short": "No short circuit",
  "not-symmetric": "Not a symmetric Na | Na cell",
};

const conventionShort: Record<CcdConvention, string> = {
  failing: "failing step",
  passed: "last step passed",
};

interface ChoicesProps {
  outcome: AnalyserOutcome | undefined;
  convention: CcdConvention;
  onConvention(value: CcdConvention): void;
  testType: TestTypeChoice;
  onTestType(value: TestTypeChoice): void;
}

/** The reader's two choices: which analysis to show (detected by default) and which current a CCD names. */
export function CcdChoices({
  outcome,
  convention,
  onConvention,
  testType,
  onTestType,
}: ChoicesProps) {
  const detected = outcome?.detectedTestType;
  const shown =
    outcome?.testType ?? (testType === "cycling" ? "cycling" : "staircase");
  return (
    <div class="ccd-choices">
      <div>
        <label for="ccd-test-type">Analysis</label>
        <select
          id="ccd-test-type"
          name="testType"
          value={testType}
          onChange={(e) =>
            onTestType(
              (e.currentTarget as HTMLSelectElement).value as TestTypeChoice,
            )
          }
        >
          {testTypeChoices.map((c) => (
            <option key={c} value={c}>
              {c === "auto" && detected
                ? `As detected (${detected})`
                : testTypeLabels[c]}
            </option>
          ))}
        </select>
      </div>
      {shown === "staircase" && (
        <div>
          <label for="ccd-convention">The CCD names</label>
          <select
            id="ccd-convention"
            name="ccdConvention"
            value={convention}
            onChange={(e) =>
              onConvention(
                (e.currentTarget as HTMLSelectElement).value as CcdConvention,
              )
            }
          >
            {ccdConventions.map((c) => (
              <option key={c} value={c}>
                {conventionLabels[c]}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

/** The verdict in a sentence, with where its evidence is marked on the chart. */
export function CcdVerdictBox({ verdict }: { verdict: Verdict | undefined }) {
  if (!verdict) return null;
  const from = verdict.window.start_s / 3600,
    to = verdict.window.end_s / 3600;
  return (
    <div class="ccd-verdict-box" data-kind={verdict.kind}>
      <p>
        <strong>{verdictTitles[verdict.kind]}.</strong>{" "}
        <span class="ccd-verdict">{verdict.sentence}</span>
      </p>
      <p class="calc-help">
        Evidence: {formatNumber(from, 4)} to {formatNumber(to, 4)} h, shaded on
        the trace below.
      </p>
    </div>
  );
}

interface StaircaseProps {
  outcome: AnalyserOutcome | undefined;
  noResult: string;
  root: string;
  /** Interfacial resistance from the planner, in Ω cm², for the Table 1 link. */
  resistance: number | undefined;
}

/** The staircase results: the CCD with its convention beside it, both conventions' values, the failure, the link. */
export function CcdStaircase({
  outcome,
  noResult,
  root,
  resistance,
}: StaircaseProps) {
  const value = (name: (typeof staircaseOutputs)[number]) => {
    const v = outcome?.outputs[name];
    return typeof v === "number" ? formatNumber(v, 4) : undefined;
  };
  const convention = outcome?.convention ?? "passed";
  const ccd = outcome?.outputs.ccd_mA_cm2;
  const both =
    outcome &&
    (outcome.ccdFailing_mA_cm2 !== undefined ||
      outcome.ccdPassed_mA_cm2 !== undefined);
  const shown = (x: number | undefined) =>
    x === undefined ? "none" : `${formatNumber(x, 4)} mA cm⁻²`;
  return (
    <>
      <dl class="calc-results">
        <div class="calc-result">
          <dt>{analyserOutputLabels.ccd_mA_cm2.label}</dt>
          <dd>
            <output name="ccd_mA_cm2">{value("ccd_mA_cm2") ?? "—"}</output>
            {value("ccd_mA_cm2") !== undefined ? (
              <>
                <span class="calc-unit"> mA cm⁻²</span>
                <span class="ccd-convention-note">{conventionShort[convention]}</span>
              </>
            ) : (
              <span class="calc-reason">
                {" "}
                {outcome ? outcome.unavailable.ccd_mA_cm2 : noResult}
              </span>
            )}
          </dd>
        </div>
        {staircaseOutputs
          .filter((name) => name !== "ccd_mA_cm2")
          .map((name) => (
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
      {both && (
        <p class="ccd-both">
          Failing step: {shown(outcome.ccdFailing_mA_cm2)}; last step passed:{" "}
          {shown(outcome.ccdPassed_mA_cm2)}.
        </p>
      )}
      {typeof ccd === "number" && (
        <p>
          <a
            href={`${root}data/${table1CompareQuery(ccd, resistance, convention)}#charts-table-1`}
          >
            Place this result on the Table 1 chart
          </a>{" "}
          <span class="calc-help">
            (CCD {formatNumber(ccd, 4)} mA cm⁻², {conventionShort[convention]}
            {resistance !== undefined && resistance > 0
              ? `, with the interfacial resistance entered in the planner, ${formatNumber(resistance, 4)} Ω cm²`
              : ""}
            )
          </span>
        </p>
      )}
    </>
  );
}
