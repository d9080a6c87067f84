import { layoutSurfaceTensionCurve, type SurfaceTensionCurveSpec } from "../../charts/surface-tension-curve.ts";

interface Props {
  spec: SurfaceTensionCurveSpec;
  /** Makes ids unique on the page. */
  id: string;
}

/** γ_LV of pure liquid Na against temperature, with the calculator's temperature marked and a table of values. */
export function ContactAngleCurve({ spec, id }: Props) {
  const l = layoutSurfaceTensionCurve(spec);
  const { plot } = l;
  const m = l.measured;
  return (
    <figure class="ca-figure">
      <figcaption class="ca-figure-title">Surface tension of pure liquid Na</figcaption>
      <svg class="ca-svg" viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{l.title}</title>
        <g class="ca-grid" aria-hidden="true">
          {l.yTicks.map((t) => <line key={t.value} x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} />)}
        </g>
        <g class="ca-axis" aria-hidden="true">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          {l.xTicks.map((t) => (
            <text key={t.value} class="ca-small" x={t.position} y={plot.bottom + 17} text-anchor="middle">{t.label}</text>
          ))}
          {l.yTicks.map((t) => (
            <text key={t.value} class="ca-small" x={plot.left - 7} y={t.position + 4} text-anchor="end">{t.label}</text>
          ))}
          <text class="ca-small" x={(plot.left + plot.right) / 2} y={l.height - 8} text-anchor="middle">{l.xLabel}</text>
          <text class="ca-small" transform={`translate(15 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">
            {l.yLabel}
          </text>
        </g>
        {l.bands.temperature && (
          <rect class="ca-band" x={l.bands.temperature.x} y={l.bands.temperature.y} width={l.bands.temperature.width}
            height={l.bands.temperature.height}><title>{l.bands.temperature.label}</title></rect>
        )}
        {l.bands.gamma && (
          <rect class="ca-band" x={l.bands.gamma.x} y={l.bands.gamma.y} width={l.bands.gamma.width}
            height={l.bands.gamma.height}><title>{l.bands.gamma.label}</title></rect>
        )}
        <path class="ca-curve" d={l.path} />
        {l.marker && (
          <>
            <line class="ca-guide" x1={l.marker.cx} x2={l.marker.cx} y1={l.marker.cy} y2={l.marker.guideBottom} />
            <circle class="ca-marker" cx={l.marker.cx} cy={l.marker.cy} r="6"><title>{l.marker.label}</title></circle>
          </>
        )}
        {m && (
          <rect class="ca-measured" x={m.cx - 6} y={m.cy - 6} width="12" height="12" transform={`rotate(45 ${m.cx} ${m.cy})`}>
            <title>{m.label}</title>
          </rect>
        )}
      </svg>
      <ul class="ca-legend">
        {l.marker && (
          <li>
            <svg class="ca-key" viewBox="0 0 16 16" aria-hidden="true"><circle class="ca-marker" cx="8" cy="8" r="5" /></svg>
            {l.marker.label}
          </li>
        )}
        {m && (
          <li>
            <svg class="ca-key" viewBox="0 0 16 16" aria-hidden="true">
              <rect class="ca-measured" x="4" y="4" width="8" height="8" transform="rotate(45 8 8)" />
            </svg>
            {m.label}
          </li>
        )}
        {[l.bands.gamma, l.bands.temperature].map((band) => band && (
          <li key={band.label}>
            <svg class="ca-key" viewBox="0 0 16 16" aria-hidden="true"><rect class="ca-band" x="1" y="3" width="14" height="10" /></svg>
            Shaded: {band.label}
          </li>
        ))}
        {l.notes.map((n) => <li key={n}>{n}</li>)}
      </ul>
      <details class="ca-data">
        <summary>The curve's values</summary>
        <div class="calc-table-wrap">
          <table class="calc-table">
            <thead>
              <tr>
                <th scope="col">Temperature (°C)</th>
                <th scope="col">γ_LV (mN m⁻¹)</th>
              </tr>
            </thead>
            <tbody>
              {l.table.map((row) => (
                <tr key={row.temperature_C}>
                  <td>{row.temperature_C}</td>
                  <td>{row.gamma_mN_m}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
