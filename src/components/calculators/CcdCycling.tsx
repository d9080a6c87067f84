import { useState } from "preact/hooks";
import {
  analyserOutputLabels,
  cyclingOutputs,
  table2CompareQuery,
  type AnalyserOutcome,
} from "../../calculators/ccd-analyser.ts";
import { formatNumber } from "../../calculators/format.ts";
import type { OverpotentialLayout } from "../../charts/overpotential.ts";
import { OutputValue } from "./kit/OutputValue.tsx";

interface Props {
  outcome: AnalyserOutcome | undefined;
  /** Why there is no result yet (no file, reading, error). */
  noResult: string;
  /** The site root, relative to the page, for the link to the Table 2 charts. */
  root: string;
}

/**
 * The constant-current cycling results (Table 2 style): overpotential, cycle life ("≥" when the cell did
 * not short), complete cycles and cumulative plated capacity, the overpotential of each half-cycle against
 * time, and a link placing the result on the Table 2 charts. The numbers come from src/calculators/trace/cycling.ts.
 */
export function CcdCycling({ outcome, noResult, root }: Props) {
  const [open, setOpen] = useState(false);
  const c = outcome?.cycling;
  const value = (name: (typeof cyclingOutputs)[number]) => {
    const v = outcome?.outputs[name];
    return typeof v === "number"
      ? formatNumber(v, name === "cycles" ? 6 : 4)
      : undefined;
  };
  const life = value("cycleLife_h");
  return (
    <div class="ccd-cycling">
      <dl class="calc-results">
        {cyclingOutputs.map((name) =>
          name === "cycleLife_h" ? (
            <div class="calc-result" key={name}>
              <dt>{analyserOutputLabels[name].label}</dt>
              <dd>
                {life !== undefined && c?.atLeast && <span>≥ </span>}
                <output name={name}>{life ?? "—"}</output>
                {life !== undefined ? (
                  <>
                    <span class="calc-unit"> h</span>
                    <span class="ccd-convention-note">
                      {c?.atLeast ? "no short: the length of the trace" : "to the short circuit"}
                    </span>
                  </>
                ) : (
                  <span class="calc-reason">
                    {" "}
                    {outcome ? outcome.unavailable[name] : noResult}
                  </span>
                )}
              </dd>
            </div>
          ) : (
            <OutputValue
              key={name}
              name={name}
              label={analyserOutputLabels[name].label}
              unit={analyserOutputLabels[name].unit}
              value={value(name)}
              reason={outcome ? outcome.unavailable[name] : noResult}
            />
          ),
        )}
      </dl>
      <p class="calc-help">
        Overpotential: the median, over the complete half-cycles before any
        failure, of each half-cycle's median |V| after its first quarter (the
        build-up after the reversal). Cumulative capacity: the charge passed in
        the half-cycles up to the failure, rests left out.
      </p>
      {c && (
        <p>
          <a href={`${root}data/${table2CompareQuery(c)}#charts-table-2`}>
            Place this result on the Table 2 charts
          </a>{" "}
          <span class="calc-help">
            ({formatNumber(c.current_mA_cm2, 4)} mA cm⁻²,{" "}
            {formatNumber(c.arealCapacity_mAh_cm2, 3)} mAh cm⁻² per half-cycle
            {c.overpotential_mV !== undefined
              ? `, ${formatNumber(c.overpotential_mV, 3)} mV`
              : ""}
            , {c.atLeast ? "≥ " : ""}
            {formatNumber(c.cycleLife_h, 4)} h)
          </span>
        </p>
      )}
      {c && c.series.length > 0 && (
        <details
          class="ccd-details"
          onToggle={(e) =>
            setOpen((e.currentTarget as HTMLDetailsElement).open)
          }
        >
          <summary>
            The overpotential of each half-cycle ({c.series.length})
          </summary>
          {open && (
            <div
              class="calc-table-wrap"
              tabIndex={0}
              role="group"
              aria-label="The overpotential of each half-cycle"
            >
              <table class="calc-table">
                <thead>
                  <tr>
                    <th scope="col">Half-cycle</th>
                    <th scope="col">Middle (h)</th>
                    <th scope="col">Overpotential (mV)</th>
                  </tr>
                </thead>
                <tbody>
                  {c.series.map((p, k) => (
                    <tr key={k}>
                      <th scope="row">{k + 1}</th>
                      <td>{formatNumber(p.time_h, 5)}</td>
                      <td>{formatNumber(p.overpotential_mV, 4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
    </div>
  );
}

/** The overpotential of each half-cycle against time, with the median dashed and the short marked. */
export function CcdCyclingChart({
  outcome,
  layout,
}: {
  outcome: AnalyserOutcome | undefined;
  layout: OverpotentialLayout | undefined;
}) {
  const c = outcome?.cycling;
  if (!c || !layout) return null;
  return (
    <figure class="ccd-chart ccd-cycling-chart">
      <figcaption class="ccd-cycling-caption">
        Overpotential of each complete half-cycle against time; the dashed line is their median
        {c.atLeast ? "." : ", the red line the short circuit."}
      </figcaption>
      <svg
        class="ccd-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby="ccd-cycling-title ccd-cycling-desc"
      >
        <title id="ccd-cycling-title">
          Overpotential of each half-cycle against time
        </title>
        <desc id="ccd-cycling-desc">
          {`${c.series.length} complete half-cycles` +
            (c.overpotential_mV !== undefined
              ? `; median ${formatNumber(c.overpotential_mV, 3)} mV, dashed`
              : "") +
            (c.atLeast
              ? "; no short circuit."
              : `; short circuit at ${formatNumber(c.cycleLife_h, 4)} h, marked.`)}
        </desc>
        <g aria-hidden="true">
          <g class="ccd-grid">
            {layout.yTicks.map((t) => (
              <line
                key={t.value}
                x1={layout.plot.left}
                x2={layout.plot.right}
                y1={t.position}
                y2={t.position}
              />
            ))}
          </g>
          <g class="ccd-axis">
            <line
              x1={layout.plot.left}
              x2={layout.plot.right}
              y1={layout.plot.bottom}
              y2={layout.plot.bottom}
            />
            <line
              x1={layout.plot.left}
              x2={layout.plot.left}
              y1={layout.plot.top}
              y2={layout.plot.bottom}
            />
            {layout.xTicks.map((t) => (
              <text
                key={t.value}
                x={t.position}
                y={layout.plot.bottom + 17}
                text-anchor="middle"
              >
                {t.label}
              </text>
            ))}
            {layout.yTicks.map((t) => (
              <text
                key={t.value}
                x={layout.plot.left - 7}
                y={t.position + 4}
                text-anchor="end"
              >
                {t.label}
              </text>
            ))}
            <text
              x={(layout.plot.left + layout.plot.right) / 2}
              y={layout.height - 6}
              text-anchor="middle"
            >
              {layout.xLabel}
            </text>
            <text
              transform={`translate(14 ${(layout.plot.top + layout.plot.bottom) / 2}) rotate(-90)`}
              text-anchor="middle"
            >
              {layout.yLabel}
            </text>
          </g>
          {layout.median && (
            <g>
              <line
                class="ccd-median"
                x1={layout.plot.left}
                x2={layout.plot.right}
                y1={layout.median.y}
                y2={layout.median.y}
              />
              <text
                class="ccd-median-label"
                x={layout.plot.left + 6}
                y={layout.median.y + 16}
                text-anchor="start"
              >
                {layout.median.label}
              </text>
            </g>
          )}
          <path class="ccd-series" d={layout.path} />
          {layout.points.map((p) => (
            <circle
              key={`${p.x},${p.y}`}
              class="ccd-mark"
              cx={p.x}
              cy={p.y}
              r="2.5"
            />
          ))}
          {layout.failure && (
            <g class="ccd-failure">
              <line
                x1={layout.failure.x}
                x2={layout.failure.x}
                y1={layout.plot.top}
                y2={layout.plot.bottom}
              />
              <text
                x={layout.failure.x - 6}
                y={layout.plot.bottom - 8}
                text-anchor="end"
              >
                {layout.failure.label}
              </text>
            </g>
          )}
        </g>
      </svg>
    </figure>
  );
}
