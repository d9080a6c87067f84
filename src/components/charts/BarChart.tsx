import { useMemo, useRef } from "preact/hooks";
import { layoutBars } from "../../charts/bars.ts";
import type { BarChartProps } from "../../charts/chart-meta.ts";
import { useChartState, useChartWidth, useRoving, useTooltip } from "./chart-hooks.ts";
import { ChartControls, ChartDownloads, ChartTooltip, NotDrawn } from "./ChartParts.tsx";

type Props = BarChartProps & {
  /** The site root from url(); links use the rewritten `data-root` of the wrapper once hydrated. */
  root: string;
};

/**
 * A ranked bar chart of one of the review's tables: draws what layoutBars returns, one link per bar (to
 * its reference), with the same legend filter, log switch, tooltips, keyboard navigation, reader's bar
 * and downloads as ScatterChart.
 */
export default function BarChart({ id, title, description, table, config, root }: Props) {
  const state = useChartState(table, root);
  const { live, hidden, log, reader, rootHref } = state;
  const canvas = useRef<HTMLDivElement>(null);
  const width = useChartWidth(canvas);
  const layout = useMemo(() => layoutBars(config, { hidden, log, reader }, width), [config, hidden, log, reader, width]);
  const svg = useRef<SVGSVGElement>(null);
  const tooltip = useTooltip(state.ref);
  const order = useMemo(() => layout.bars.flatMap((b, i) => (b.reader ? [] : [i])), [layout]);
  const roving = useRoving(order, svg);
  const { plot, bars } = layout;
  const dataset = config.dataset;
  const active = tooltip.tip ? bars[tooltip.tip.index] : undefined;

  return (
    <div class="chart" ref={state.ref}>
      <ChartControls
        legend={layout.legend}
        live={live}
        onToggle={(key) => {
          tooltip.hide();
          state.toggle(key);
        }}
        {...(config.value.scale === "log" ? { log, onLog: state.setLog } : {})}
      />
      <div class="chart-canvas" ref={canvas} data-fit={live ? "" : undefined}>
        <svg ref={svg} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>
            {description} Tab reaches the bars; the arrow keys move between them; Enter opens a bar's reference.
          </desc>
          <g class="grid" aria-hidden="true">
            {layout.ticks.filter((t) => t.major).map((t) => (
              <line key={t.value} x1={t.position} x2={t.position} y1={plot.top} y2={plot.bottom} />
            ))}
          </g>
          <g class="axis" aria-hidden="true">
            <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
            {layout.ticks.map((t) => (
              <g key={t.value}>
                <line x1={t.position} x2={t.position} y1={plot.bottom} y2={plot.bottom + (t.major ? 6 : 3)} />
                {t.label && (
                  <text x={t.position} y={plot.bottom + 19} text-anchor="middle">
                    {t.label}
                  </text>
                )}
              </g>
            ))}
            <text class="axis-label" x={(plot.left + plot.right) / 2} y={plot.bottom + 40} text-anchor="middle">
              {layout.xLabel}
            </text>
          </g>
          <g class="marks" onKeyDown={roving.onKeyDown}>
            {bars.map((b, i) => {
              const body = (
                <>
                  <text class="bar-name" x={plot.left - 8} y={b.y + b.height / 2 + 4} text-anchor="end">
                    {b.name}
                  </text>
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} />
                  <path transform={`translate(${b.symbolX} ${b.y + b.height / 2})`} d={b.symbol} />
                  <text class="bar-value" x={b.symbolX + 9} y={b.y + b.height / 2 + 4}>
                    {b.valueLabel}
                  </text>
                </>
              );
              if (b.reader) {
                return (
                  <g key={b.id} class="bar reader" role="img" aria-label={b.label}>
                    {body}
                  </g>
                );
              }
              const point = dataset.points[b.index];
              return (
                <a
                  key={b.id}
                  class={`bar s${b.series}`}
                  href={`${rootHref}references/#ref-${point.ref}`}
                  aria-label={b.label}
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
                  {body}
                </a>
              );
            })}
          </g>
        </svg>
      </div>
      <ChartTooltip
        tip={tooltip.tip}
        point={active && !active.reader ? dataset.points[active.index] : null}
        dataset={dataset}
        always={[config.value.key, ...(config.labelKeys ?? [])]}
        rootHref={rootHref}
        onEnter={tooltip.keep}
        onLeave={tooltip.hideSoon}
      />
      <NotDrawn points={layout.unplaced} rootHref={rootHref} />
      {live && <ChartDownloads id={id} title={title} dataset={dataset} svg={() => svg.current} />}
    </div>
  );
}
