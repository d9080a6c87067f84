import { toCsv, toJson } from "../../charts/export.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { formatCell, seriesLabel, type ChartDataset, type ChartPoint } from "../../charts/points.ts";
import type { Tip } from "./chart-hooks.ts";
import { saveText, standaloneSvg } from "./download.ts";

/** The legend, which filters (a pressed button = series shown), the log switch, and the mark-size key. */
export function ChartControls(props: {
  legend: LegendItem[];
  live: boolean;
  onToggle(key: string): void;
  /** The log switch's state, or undefined when the chart has no log axis. */
  log?: boolean;
  onLog?(log: boolean): void;
  size?: { name: string; items: { label: string; path: string }[] };
}) {
  const { legend, live, onToggle, log, onLog, size } = props;
  return (
    <div class="chart-controls">
      <div class="chart-legend" role="group" aria-label="Series (press to hide or show)">
        {legend.map((item) => (
          <button
            key={item.key}
            type="button"
            class="legend-item"
            aria-pressed={item.hidden ? "false" : "true"}
            disabled={!live}
            onClick={() => onToggle(item.key)}
          >
            <svg class={`swatch s${item.index}`} viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={item.path} />
            </svg>
            {item.label} <span class="legend-count">({item.count})</span>
          </button>
        ))}
      </div>
      {log !== undefined && onLog && (
        <button type="button" class="log-switch" aria-pressed={log ? "true" : "false"} disabled={!live} onClick={() => onLog(!log)}>
          Log scale
        </button>
      )}
      {size && size.items.length > 0 && (
        <p class="size-key">
          <span>Mark area ∝ {size.name.toLowerCase()}:</span>
          {size.items.map((item) => (
            <span key={item.label} class="size-item">
              <svg viewBox="-12 -12 24 24" aria-hidden="true">
                <path d={item.path} />
              </svg>
              {item.label}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** The tooltip of one point: strategy, series, its values, a note, and the link to its reference. */
export function ChartTooltip(props: {
  tip: Tip | null;
  point: ChartPoint | null;
  dataset: ChartDataset;
  /** Columns shown even when not reported (the chart's axes); others only when they hold a value. */
  always: readonly string[];
  rootHref: string;
  onEnter(): void;
  onLeave(): void;
}) {
  const { tip, point, dataset, always, rootHref } = props;
  if (!tip || !point) return null;
  const columns = dataset.columns.filter((c) => {
    const v = point.values[c.key];
    return always.includes(c.key) || (v !== null && v !== undefined && v !== false);
  });
  return (
    <div
      class={`chart-tooltip${tip.flip ? " flip" : ""}`}
      role="tooltip"
      style={{ left: `${tip.left}px`, top: `${tip.top}px` }}
      onPointerEnter={props.onEnter}
      onPointerLeave={props.onLeave}
    >
      <p class="tip-title">{point.strategy}</p>
      <p class="tip-series">{seriesLabel(dataset, point.series)}</p>
      <dl>
        {columns.map((c) => (
          <div key={c.key}>
            <dt>{c.label}</dt>
            <dd>{formatCell(point.values[c.key], c.unit)}</dd>
          </div>
        ))}
      </dl>
      {point.note && <p class="tip-note">Note: {point.note}.</p>}
      <p class="tip-ref">
        <a href={`${rootHref}references/#ref-${point.ref}`}>Reference [{point.ref}]</a>
      </p>
    </div>
  );
}

/** Points that lack the values to be drawn, named with their references, so none silently disappears. */
export function NotDrawn({ points, rootHref }: { points: ChartPoint[]; rootHref: string }) {
  if (points.length === 0) return null;
  return (
    <p class="chart-note">
      Not drawn, as the table reports no values this chart can place:{" "}
      {points.map((p, i) => (
        <span key={p.id}>
          {i > 0 && "; "}
          {p.strategy} (<a href={`${rootHref}references/#ref-${p.ref}`}>ref. {p.ref}</a>)
        </span>
      ))}
      .
    </p>
  );
}

/** Buttons that save the chart's data as CSV or JSON and the chart itself as SVG (shown once hydrated). */
export function ChartDownloads(props: { id: string; title: string; dataset: ChartDataset; svg: () => SVGSVGElement | null }) {
  const { id, title, dataset } = props;
  const saveSvg = () => {
    const svg = props.svg();
    if (svg) saveText(`${id}.svg`, standaloneSvg(svg), "image/svg+xml");
  };
  return (
    <p class="chart-downloads">
      <span>Download:</span>{" "}
      <button type="button" class="button" onClick={() => saveText(`${id}.csv`, toCsv(dataset), "text/csv")}>
        Data (CSV)
      </button>{" "}
      <button type="button" class="button" onClick={() => saveText(`${id}.json`, toJson(dataset, title), "application/json")}>
        Data (JSON)
      </button>{" "}
      <button type="button" class="button" onClick={saveSvg}>
        Chart (SVG)
      </button>
    </p>
  );
}
