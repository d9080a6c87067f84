import { layoutSweepCurve, type CurvePoint } from "../../charts/sweep-curve.ts";
import { formatNumber } from "../../calculators/format.ts";

interface Props {
  /** The model's curve, in increasing x. */
  points: readonly CurvePoint[];
  /** The reader's design, marked on the curve. */
  current?: CurvePoint | undefined;
  /** The Na-ion cell's value, drawn as a dashed horizontal line. */
  reference?: number | undefined;
  /** y ± one standard uncertainty along the curve, drawn as a shaded band. */
  band?: readonly { x: number; lo: number; hi: number }[] | undefined;
  x: { name: string; unit: string };
  y: { name: string; unit: string };
  xDomain?: readonly [number, number];
  /** Accessible name and visible title of the chart. */
  title: string;
  /** Every `tableEvery`-th point goes into the data table under the chart. */
  tableEvery?: number;
  /** Makes ids unique on the page. */
  id: string;
}

/** viewBox size: small enough that the text stays legible on a phone, where the chart fills the width. */
const WIDTH = 360;
const HEIGHT = 270;

const withUnit = (value: number, unit: string) => (unit ? `${formatNumber(value, 3)} ${unit}` : formatNumber(value, 3));

/** A model curve drawn from layoutSweepCurve, the reader's design as a ringed dot, and its numbers as a table. */
export function EnergyDensityCurve({ points, current, reference, band, x, y, xDomain, title, tableEvery = 10, id }: Props) {
  const layout = layoutSweepCurve(
    {
      points, current, x, y, xDomain, ...(band ? { band } : {}),
      ...(reference === undefined ? {} : { reference: { y: reference, label: "Na-ion cell" } }),
    },
    WIDTH, HEIGHT,
  );
  const ref = layout.reference;
  const ion = reference === undefined ? "" : `the Na-ion cell (${withUnit(reference, y.unit)})`;
  const versus = reference === undefined || points.length === 0 ? ""
    : ref?.crossing !== undefined ? ` Na metal falls below ${ion} at ${x.name} ${withUnit(ref.crossing, x.unit)}.`
    : points.every((p) => p.y >= reference) ? ` Na metal stays above ${ion} along the whole axis.`
    : points.every((p) => p.y < reference) ? ` Na metal stays below ${ion} along the whole axis.`
    : "";
  const { plot } = layout;
  const first = points[0];
  const last = points.at(-1);
  const summary = first && last
    ? `The curve runs from ${withUnit(first.y, y.unit)} at ${x.name} ${withUnit(first.x, x.unit)} to ` +
      `${withUnit(last.y, y.unit)} at ${withUnit(last.x, x.unit)}.`
    : "The model gives no value along this axis for the current inputs.";
  // The marker's label has no full stop of its own; the sentences after it need one.
  const lead = layout.marker?.label ?? layout.note ?? summary;
  const said = versus && !lead.endsWith(".") ? `${lead}.` : lead;
  const rows = points.filter((_, i) => i % tableEvery === 0 || i === points.length - 1);
  return (
    <figure class="ed-figure ed-curve-figure">
      <figcaption class="ed-figure-title" id={`${id}-title`}>{title}</figcaption>
      <svg class="ed-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>{`${summary}${versus} ${layout.marker?.label ?? layout.note ?? ""}`.trim()}</desc>
        <g class="ed-grid" aria-hidden="true">
          {layout.yTicks.map((t) => (
            <line key={t.value} x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} />
          ))}
        </g>
        <g class="ed-axis" aria-hidden="true">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          {layout.xTicks.map((t) => (
            <text key={t.value} class="ed-small" x={t.position} y={plot.bottom + 17} text-anchor="middle">{t.label}</text>
          ))}
          {layout.yTicks.map((t) => (
            <text key={t.value} class="ed-small" x={plot.left - 7} y={t.position + 4} text-anchor="end">{t.label}</text>
          ))}
          <text class="ed-small" x={(plot.left + plot.right) / 2} y={layout.height - 10} text-anchor="middle">{layout.xLabel}</text>
          <text class="ed-small" transform={`translate(16 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">
            {layout.yLabel}
          </text>
        </g>
        {ref && (
          <g class="ed-reference" aria-hidden="true">
            <line x1={plot.left} x2={plot.right} y1={ref.y} y2={ref.y} />
            {/* At the left, where a falling curve is highest and clear of the label. */}
            <text class="ed-small" x={plot.left + 6} y={ref.y - 5} text-anchor="start">{ref.label}</text>
          </g>
        )}
        {layout.bandPath && <path class="ed-band" d={layout.bandPath}><title>± one standard uncertainty</title></path>}
        {layout.path && <path class="ed-curve" d={layout.path} />}
        {layout.marker && (
          <circle class="ed-marker" cx={layout.marker.cx} cy={layout.marker.cy} r="6">
            <title>{layout.marker.label}</title>
          </circle>
        )}
      </svg>
      <p class="ed-chart-note">
        {layout.marker && <><svg class="ed-marker-key" viewBox="0 0 16 16" aria-hidden="true"><circle class="ed-marker" cx="8" cy="8" r="5" /></svg>{" "}</>}
        {said}{versus}
        {layout.bandPath && " The shaded band is ± one standard uncertainty from the inputs given with ±."}
      </p>
      {rows.length > 0 && (
        <details class="ed-data">
          <summary>The curve's values</summary>
          <div class="calc-table-wrap">
            <table class="calc-table">
              <caption class="visually-hidden">{title}: every {tableEvery}th point of the curve</caption>
              <thead>
                <tr>
                  <th scope="col">{layout.xLabel}</th>
                  <th scope="col">{layout.yLabel}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.x}>
                    <td>{formatNumber(p.x, 3)}</td>
                    <td>{formatNumber(p.y, 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
