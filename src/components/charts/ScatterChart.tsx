import { useMemo, useRef } from "preact/hooks";
import type { ScatterChartProps } from "../../charts/chart-meta.ts";
import { READER_NAME } from "../../charts/reader.ts";
import { layoutScatter } from "../../charts/scatter.ts";
import { useChartState, useChartWidth, useRoving, useTooltip } from "./chart-hooks.ts";
import { ChartControls, ChartDownloads, ChartTooltip, NotDrawn } from "./ChartParts.tsx";

type Props = ScatterChartProps & {
  /** The site root from url(); links use the rewritten `data-root` of the wrapper once hydrated. */
  root: string;
};

/**
 * A scatter chart of one of the review's tables: draws what layoutScatter returns, one link per point
 * (to its reference), and adds the legend filter, the log switch, tooltips on hover and focus, arrow-key
 * navigation, the reader's own cell and the downloads once hydrated.
 */
export default function ScatterChart({ id, title, description, table, config, root }: Props) {
  const state = useChartState(table, root);
  const { live, hidden, log, reader, rootHref } = state;
  const canvas = useRef<HTMLDivElement>(null);
  const width = useChartWidth(canvas);
  const layout = useMemo(() => layoutScatter(config, { hidden, log, reader }, width), [config, hidden, log, reader, width]);
  const svg = useRef<SVGSVGElement>(null);
  const tooltip = useTooltip(state.ref);
  const order = useMemo(() => layout.marks.map((_, i) => i), [layout]);
  const roving = useRoving(order, svg);
  const { plot, marks } = layout;
  const dataset = config.dataset;
  const hasLog = config.x.scale === "log" || config.y.scale === "log";
  const active = tooltip.tip ? marks[tooltip.tip.index] : undefined;
  const midX = (plot.left + plot.right) / 2;
  const midY = (plot.top + plot.bottom) / 2;

  return (
    <div class="chart" ref={state.ref}>
      <ChartControls
        legend={layout.legend}
        live={live}
        onToggle={(key) => {
          tooltip.hide();
          state.toggle(key);
        }}
        {...(hasLog ? { log, onLog: state.setLog } : {})}
        {...(config.size ? { size: { name: config.size.name, items: layout.sizeLegend } } : {})}
      />
      <div class="chart-canvas" ref={canvas} data-fit={live ? "" : undefined}>
        <svg ref={svg} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>
            {description} Tab reaches the marks; the arrow keys move between them; Enter opens a mark's reference.
          </desc>
          {layout.region && (
            <g class="region">
              <rect x={layout.region.x} y={layout.region.y} width={layout.region.width} height={layout.region.height} />
              <text x={layout.region.x + layout.region.width - 6} y={layout.region.y + 14} text-anchor="end">
                {layout.region.label[0]}
              </text>
              <text x={layout.region.x + layout.region.width - 6} y={layout.region.y + 28} text-anchor="end">
                {layout.region.label[1]}
              </text>
            </g>
          )}
          <g class="grid" aria-hidden="true">
            {layout.xTicks.filter((t) => t.major).map((t) => (
              <line key={`x${t.value}`} x1={t.position} x2={t.position} y1={plot.top} y2={plot.bottom} />
            ))}
            {layout.yTicks.filter((t) => t.major).map((t) => (
              <line key={`y${t.value}`} x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} />
            ))}
          </g>
          <g class="axis" aria-hidden="true">
            <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
            <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
            {layout.xTicks.map((t) => (
              <g key={`x${t.value}`}>
                <line x1={t.position} x2={t.position} y1={plot.bottom} y2={plot.bottom + (t.major ? 6 : 3)} />
                {t.label && (
                  <text x={t.position} y={plot.bottom + 19} text-anchor="middle">
                    {t.label}
                  </text>
                )}
              </g>
            ))}
            {layout.yTicks.map((t) => (
              <g key={`y${t.value}`}>
                <line x1={plot.left - (t.major ? 6 : 3)} x2={plot.left} y1={t.position} y2={t.position} />
                {t.label && (
                  <text x={plot.left - 9} y={t.position + 4} text-anchor="end">
                    {t.label}
                  </text>
                )}
              </g>
            ))}
            <text class="axis-label" x={midX} y={plot.bottom + 42} text-anchor="middle">
              {layout.xLabel}
            </text>
            <text class="axis-label" transform={`translate(16 ${midY}) rotate(-90)`} text-anchor="middle">
              {layout.yLabel}
            </text>
          </g>
          {layout.xStrip && (
            <g class="strip" aria-hidden="true">
              <rect x={layout.xStrip.left} y={layout.xStrip.top} width={layout.xStrip.right - layout.xStrip.left} height={layout.xStrip.bottom - layout.xStrip.top} />
              {layout.xStrip.label.map((line, k) => (
                <text key={line} x={(layout.xStrip!.left + layout.xStrip!.right) / 2} y={plot.bottom + 17 + 13 * k} text-anchor="middle">
                  {line}
                </text>
              ))}
            </g>
          )}
          {layout.yStrip && (
            <g class="strip" aria-hidden="true">
              <rect x={layout.yStrip.left} y={layout.yStrip.top} width={layout.yStrip.right - layout.yStrip.left} height={layout.yStrip.bottom - layout.yStrip.top} />
              <text x={layout.yStrip.left + 6} y={layout.yStrip.top + 11}>
                {layout.yStrip.label.join(" ")}
              </text>
            </g>
          )}
          {layout.reference && (
            <g class="reference" aria-hidden="true">
              <line x1={layout.reference.x} x2={layout.reference.x} y1={layout.reference.top} y2={layout.reference.bottom} />
              <text x={layout.reference.x + (layout.reference.anchor === "start" ? 5 : -5)} y={layout.reference.top + 12} text-anchor={layout.reference.anchor}>
                {layout.reference.label}
              </text>
            </g>
          )}
          <g class="marks" onKeyDown={roving.onKeyDown}>
            {layout.paint.map((i) => {
              const m = marks[i];
              const point = dataset.points[m.index];
              return (
                <a
                  key={m.id}
                  class={`mark s${m.series}${m.hollow ? " hollow" : ""}`}
                  href={`${rootHref}references/#ref-${point.ref}`}
                  aria-label={m.label}
                  data-i={i}
                  tabindex={live ? (i === roving.current ? 0 : -1) : undefined}
                  {...tooltip.pointer(i)}
                  onFocus={(e) => {
                    roving.setFocus(i);
                    tooltip.show(i, e.currentTarget);
                  }}
                  onBlur={(e) => {
                    if (!state.ref.current?.querySelector(".chart-tooltip")?.contains(e.relatedTarget as Node)) tooltip.hide();
                  }}
                >
                  {m.range && <line class="range" x1={m.range.x1} x2={m.range.x2} y1={m.cy} y2={m.cy} />}
                  <path transform={`translate(${m.cx} ${m.cy})`} d={m.path} />
                </a>
              );
            })}
          </g>
          {layout.reader && (
            <g class="reader" role="img" aria-label={layout.reader.label}>
              <path transform={`translate(${layout.reader.cx} ${layout.reader.cy})`} d={layout.reader.path} />
              <text
                x={layout.reader.cx + (layout.reader.cx > plot.right - 70 ? -14 : 14)}
                y={layout.reader.cy + 4}
                text-anchor={layout.reader.cx > plot.right - 70 ? "end" : "start"}
              >
                {READER_NAME}
              </text>
            </g>
          )}
        </svg>
      </div>
      <ChartTooltip
        tip={tooltip.tip}
        point={active ? dataset.points[active.index] : null}
        dataset={dataset}
        always={config.labelKeys ?? [config.x.key, config.y.key]}
        rootHref={rootHref}
        onEnter={tooltip.keep}
        onLeave={tooltip.hideSoon}
      />
      <NotDrawn points={layout.unplaced} rootHref={rootHref} />
      {layout.readerNote && <p class="chart-note">{layout.readerNote}</p>}
      {live && <ChartDownloads id={id} title={title} dataset={dataset} svg={() => svg.current} />}
    </div>
  );
}
