import { layoutStackedBars, type BarRowSpec } from "../../charts/stacked-bar.ts";
import { formatNumber } from "../../calculators/format.ts";
import { EnergySwatchPatterns, energySwatch } from "./EnergySwatches.tsx";

interface Props {
  /** One bar per quantity (mass, volume), from breakdownBars(). */
  rows: readonly BarRowSpec[];
  /** Makes ids unique on the page. */
  idPrefix: string;
}

/** viewBox width: narrow enough that the text stays legible when a phone shrinks the chart. */
const WIDTH = 360;

/**
 * The cell's mass and volume as horizontal stacked bars of shares, with a legend and the same numbers as a
 * table. Colours follow the light/dark palette; hatching tells apart parts that share a colour.
 */
export function EnergyDensityBars({ rows, idPrefix }: Props) {
  const layout = layoutStackedBars(rows, WIDTH);
  const id = `${idPrefix}-bars`;
  const parts = layout.legend.map((l) => ({
    ...l,
    cells: layout.rows.map((row) => row.segments.find((s) => s.key === l.key)),
  }));
  return (
    <div class="ed-figure">
      <svg
        class="ed-chart ed-bars"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Where the cell's mass and volume go</title>
        <desc id={`${id}-desc`}>
          {layout.rows.map((row) => `${row.label}, ${row.totalLabel} in all: ${row.segments.map((s) => s.title).join("; ")}.`).join(" ")}
        </desc>
        <EnergySwatchPatterns idPrefix={idPrefix} />
        <g class="ed-grid" aria-hidden="true">
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.position} x2={t.position} y1={layout.plot.top - 4} y2={layout.plot.bottom} />
          ))}
        </g>
        {layout.rows.map((row) => (
          <g key={row.key}>
            <text class="ed-bar-label" x={layout.plot.left - 10} y={row.y + row.height / 2 - 3} text-anchor="end">
              {row.label}
            </text>
            <text class="ed-small" x={layout.plot.left - 10} y={row.y + row.height / 2 + 13} text-anchor="end">
              {row.totalLabel}
            </text>
            {row.segments.map((s) => {
              const look = energySwatch(s.key, idPrefix);
              return (
                <rect key={s.key} class={`ed-segment ${look.className}`} fill={look.fill} x={s.x} y={row.y} width={s.width} height={row.height}>
                  <title>{s.title}</title>
                </rect>
              );
            })}
          </g>
        ))}
        <g class="ed-axis" aria-hidden="true">
          <line x1={layout.plot.left} x2={layout.plot.right} y1={layout.plot.bottom} y2={layout.plot.bottom} />
          {layout.ticks.map((t) => (
            <text key={t.value} class="ed-small" x={t.position} y={layout.plot.bottom + 16} text-anchor="middle">
              {t.label}
            </text>
          ))}
          <text class="ed-small" x={(layout.plot.left + layout.plot.right) / 2} y={layout.height - 4} text-anchor="middle">
            Share of each total
          </text>
        </g>
      </svg>
      <ul class="ed-legend">
        {layout.legend.map((l) => {
          const look = energySwatch(l.key, idPrefix);
          return (
            <li key={l.key}>
              <svg class="ed-swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect class={look.className} fill={look.fill} width="16" height="16" />
              </svg>
              {l.label}
            </li>
          );
        })}
      </ul>
      <details class="ed-data">
        <summary>The breakdown as a table</summary>
        <section class="calc-table-wrap" tabIndex={0} aria-labelledby={`${id}-caption`}>
          <table class="calc-table">
            <caption class="visually-hidden" id={`${id}-caption`}>Mass and discharged thickness of each part, per cm² of cathode coating</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                {rows.map((row) => [
                  <th scope="col" key={`${row.key}-v`}>{row.label} ({row.unit})</th>,
                  <th scope="col" key={`${row.key}-s`}>Share (%)</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.key}>
                  <th scope="row">{p.label}</th>
                  {p.cells.map((s, i) => [
                    <td key={`v${i}`}>{s ? formatNumber(s.value, 3) : "—"}</td>,
                    <td key={`s${i}`}>{s ? formatNumber(s.share_pct, 3) : "—"}</td>,
                  ])}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </div>
  );
}
