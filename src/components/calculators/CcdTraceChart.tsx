import { useRef, useState } from "preact/hooks";
import { formatNumber } from "../../calculators/format.ts";
import { nearestSample, panDomain, pointAt, timeAtX, zoomDomain, type TraceChartLayout } from "../../charts/trace.ts";

interface Props {
  layout: TraceChartLayout;
  /** Makes ids unique on the page. */
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** What the chart shows, in a sentence or two (read by screen readers). */
  description: string;
  /** Samples for the hover readout (times in s, voltages in V); absent before a trace is read. */
  samples?: { time_s: Float64Array; voltage_V: Float64Array } | undefined;
  /** The whole trace's time range, in h; zooming stays inside it. */
  full_h?: [number, number] | undefined;
  /** Time of the failure, in h, for "Go to the failure". */
  failure_h?: number | undefined;
  /** Asks for the chart laid out over another time range (undefined: the whole trace). */
  onDomain(domain_h: [number, number] | undefined): void;
}

const ZOOM_STEP = 0.5;
/** Shortest drag, in viewBox units, taken as a zoom selection rather than a click. */
const MIN_DRAG = 6;
/** Shortest band, in viewBox units, that gets its current written in it. */
const MIN_LABELLED_BAND = 40;

/**
 * A voltage trace: current steps shaded, the failure marked; hover or arrow keys read a sample, drag or the
 * buttons zoom and pan. The layout (scales, decimated path, bands) comes from src/charts/trace.ts.
 */
export function CcdTraceChart({ layout, id, title, description, samples, full_h, failure_h, onDomain }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const [cursor_h, setCursor] = useState<number | undefined>();
  const [drag, setDrag] = useState<{ from: number; to: number } | undefined>();
  const { plot, domain_h } = layout;
  const active = samples !== undefined && full_h !== undefined && samples.time_s.length > 0;

  const toViewBox = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return ((clientX - box.left) / box.width) * layout.width;
  };
  const zoom = (factor: number, anchor_h = cursor_h ?? (domain_h[0] + domain_h[1]) / 2) =>
    active && onDomain(zoomDomain(domain_h, full_h, anchor_h, factor));
  const pan = (share: number) => active && onDomain(panDomain(domain_h, full_h, share * (domain_h[1] - domain_h[0])));
  const showFailure = () => {
    if (!active || failure_h === undefined) return;
    const width = Math.max((full_h[1] - full_h[0]) / 40, 1e-6);
    onDomain(zoomDomain([failure_h - width, failure_h + width], full_h, failure_h, 1));
    setCursor(failure_h);
  };

  let marker: { x: number; y: number; text: string } | undefined;
  if (active && cursor_h !== undefined) {
    const i = nearestSample(samples.time_s, cursor_h * 3600);
    const t_h = samples.time_s[i]! / 3600;
    const v = samples.voltage_V[i]!;
    const p = pointAt(layout, t_h, v);
    const band = layout.bands.find((b) => p.x >= b.x && p.x <= b.x + b.width);
    if (p.x >= plot.left - 0.5 && p.x <= plot.right + 0.5) {
      marker = {
        ...p,
        text: `${formatNumber(t_h, 5)} h, ${formatNumber(v, 4)} V${band ? `, step at ${band.label}` : ""}`,
      };
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (!active) return;
    const width = domain_h[1] - domain_h[0];
    const move = (delta: number) => setCursor(Math.min(domain_h[1], Math.max(domain_h[0], (cursor_h ?? domain_h[0]) + delta)));
    const keys: Record<string, () => void> = {
      ArrowRight: () => (e.shiftKey ? pan(0.25) : move(width / 100)),
      ArrowLeft: () => (e.shiftKey ? pan(-0.25) : move(-width / 100)),
      "+": () => zoom(ZOOM_STEP),
      "=": () => zoom(ZOOM_STEP),
      "-": () => zoom(1 / ZOOM_STEP),
      "0": () => onDomain(undefined),
      Home: () => setCursor(domain_h[0]),
      End: () => setCursor(domain_h[1]),
      Escape: () => setCursor(undefined),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!active || e.button !== 0) return;
    const x = toViewBox(e.clientX);
    setDrag({ from: x, to: x });
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!active) return;
    const x = toViewBox(e.clientX);
    setCursor(timeAtX(layout, x));
    if (drag) setDrag({ ...drag, to: x });
  };
  const onPointerUp = () => {
    if (!drag) return;
    setDrag(undefined);
    if (Math.abs(drag.to - drag.from) >= MIN_DRAG) {
      const a = timeAtX(layout, Math.min(drag.from, drag.to));
      const b = timeAtX(layout, Math.max(drag.from, drag.to));
      if (b > a) onDomain([a, b]);
    }
  };

  const f = layout.failure;
  const middle = (plot.left + plot.right) / 2;
  return (
    <figure class="ccd-chart">
      <div
        class="ccd-chart-frame"
        tabIndex={active ? 0 : undefined}
        role={active ? "group" : undefined}
        aria-label={active ? `${title}. Arrow keys read samples; + and − zoom, Shift with arrows pans, 0 shows the whole trace.` : undefined}
        onKeyDown={onKeyDown}
      >
        <svg
          ref={svg}
          class="ccd-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => !drag && setCursor(undefined)}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g aria-hidden="true">
            {layout.bands.map((b) => (
              <g key={`${b.x}-${b.current_mA_cm2}`}>
                <rect class={`ccd-band-${b.shade}`} x={b.x} y={plot.top} width={b.width} height={plot.bottom - plot.top} />
                {b.width >= MIN_LABELLED_BAND && (
                  <text class="ccd-band-label" x={b.x + b.width / 2} y={plot.top + 12} text-anchor="middle">
                    {formatNumber(b.current_mA_cm2, 3)}
                  </text>
                )}
              </g>
            ))}
            <g class="ccd-grid">
              {layout.yTicks.map((t) => (
                <line key={t.value} x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} />
              ))}
            </g>
            {layout.zeroY !== undefined && <line class="ccd-zero" x1={plot.left} x2={plot.right} y1={layout.zeroY} y2={layout.zeroY} />}
            <g class="ccd-axis">
              <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
              <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
              {layout.xTicks.map((t) => (
                <text key={t.value} x={t.position} y={plot.bottom + 17} text-anchor="middle">
                  {t.label}
                </text>
              ))}
              {layout.yTicks.map((t) => (
                <text key={t.value} x={plot.left - 7} y={t.position + 4} text-anchor="end">
                  {t.label}
                </text>
              ))}
              <text x={middle} y={layout.height - 6} text-anchor="middle">
                {layout.xLabel}
              </text>
              <text transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">
                {layout.yLabel}
              </text>
            </g>
            {layout.evidence && (
              <g class="ccd-evidence">
                <rect x={layout.evidence.x} y={plot.top} width={layout.evidence.width} height={plot.bottom - plot.top} />
                <text
                  x={layout.evidence.x > middle ? layout.evidence.x - 4 : layout.evidence.x + layout.evidence.width + 4}
                  y={plot.bottom - 8}
                  text-anchor={layout.evidence.x > middle ? "end" : "start"}
                >
                  {layout.evidence.label}
                </text>
              </g>
            )}
            {layout.path ? (
              <path class="ccd-trace" d={layout.path} />
            ) : (
              <text class="ccd-empty" x={middle} y={(plot.top + plot.bottom) / 2} text-anchor="middle">
                No trace yet
              </text>
            )}
            {f && (
              <g class="ccd-failure">
                <line x1={f.x} x2={f.x} y1={plot.top} y2={plot.bottom} />
                <path d={`M${f.x},${f.y - 7}L${f.x + 7},${f.y}L${f.x},${f.y + 7}L${f.x - 7},${f.y}Z`} />
                <text x={f.x > middle ? f.x - 6 : f.x + 6} y={plot.top + 28} text-anchor={f.x > middle ? "end" : "start"}>
                  {f.label}
                </text>
              </g>
            )}
            {marker && (
              <g class="ccd-cursor">
                <line x1={marker.x} x2={marker.x} y1={plot.top} y2={plot.bottom} />
                <circle cx={marker.x} cy={marker.y} r="4" />
              </g>
            )}
            {drag && (
              <rect
                class="ccd-select"
                x={Math.min(drag.from, drag.to)}
                y={plot.top}
                width={Math.abs(drag.to - drag.from)}
                height={plot.bottom - plot.top}
              />
            )}
          </g>
        </svg>
      </div>
      <p class="ccd-readout" aria-live="polite">
        {marker ? marker.text : active ? "Point at the trace, or focus it and use the arrow keys, to read a sample. Drag across it to zoom." : ""}
      </p>
      {active && (
        <div class="ccd-zoom" role="group" aria-label="Zoom and pan">
          <button type="button" class="button" onClick={() => zoom(ZOOM_STEP)}>
            Zoom in
          </button>
          <button type="button" class="button" onClick={() => zoom(1 / ZOOM_STEP)}>
            Zoom out
          </button>
          <button type="button" class="button" onClick={() => pan(-0.5)}>
            Earlier
          </button>
          <button type="button" class="button" onClick={() => pan(0.5)}>
            Later
          </button>
          <button type="button" class="button" onClick={() => onDomain(undefined)}>
            Whole trace
          </button>
          {failure_h !== undefined && (
            <button type="button" class="button" onClick={showFailure}>
              Go to the failure
            </button>
          )}
        </div>
      )}
      <ul class="ccd-legend">
        <li>
          <svg class="ccd-key" viewBox="0 0 24 16" aria-hidden="true">
            <path class="ccd-trace" d="M1,12L8,4L15,10L23,5" />
          </svg>
          Cell voltage
        </li>
        <li>
          <svg class="ccd-key" viewBox="0 0 24 16" aria-hidden="true">
            <rect class="ccd-band-1" x="1" y="1" width="22" height="14" />
          </svg>
          A current step (its current density in mA cm⁻² at the top)
        </li>
        <li>
          <svg class="ccd-key" viewBox="0 0 24 16" aria-hidden="true">
            <line x1="12" x2="12" y1="0" y2="16" />
          </svg>
          The failure
        </li>
        <li>
          <svg class="ccd-key" viewBox="0 0 24 16" aria-hidden="true">
            <rect class="ccd-evidence-key" x="1" y="1" width="22" height="14" />
          </svg>
          The evidence for the verdict
        </li>
      </ul>
    </figure>
  );
}
