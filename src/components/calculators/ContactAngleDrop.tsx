import { layoutDrop, type DropSpec } from "../../charts/drop.ts";

interface Props {
  /** The drop to draw; undefined when there is no valid angle. */
  spec: DropSpec | undefined;
  /** Why there is no drop to draw. */
  reason?: string | undefined;
  /** Makes ids unique on the page. */
  id: string;
}

/** The drop on its substrate, to scale, from layoutDrop: outline, tangent, angle, scale bar and legend. */
export function ContactAngleDrop({ spec, reason, id }: Props) {
  if (!spec) {
    return (
      <figure class="ca-figure">
        <figcaption class="ca-figure-title">The drop, to scale</figcaption>
        <p class="ca-placeholder">No drop to draw: {reason ?? "enter a valid contact angle."}</p>
      </figure>
    );
  }
  const l = layoutDrop(spec);
  const bar = l.scaleBar;
  return (
    <figure class="ca-figure">
      <figcaption class="ca-figure-title">The drop, to scale</figcaption>
      <svg class="ca-svg" viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{l.title}</title>
        <defs>
          <pattern id={`${id}-hatch`} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="ca-hatch" x1="0" y1="0" x2="0" y2="10" />
          </pattern>
          <clipPath id={`${id}-clip`}>
            <rect x={l.clip.x} y={l.clip.y} width={l.clip.width} height={l.clip.height} />
          </clipPath>
        </defs>
        <rect class="ca-solid" x={l.solid.x} y={l.solid.y} width={l.solid.width} height={l.solid.height} />
        <rect fill={`url(#${id}-hatch)`} x={l.solid.x} y={l.solid.y} width={l.solid.width} height={l.solid.height} />
        <g clip-path={`url(#${id}-clip)`}>
          <path class="ca-na" d={l.drop} />
          {l.compare && <path class="ca-ref" d={l.compare} />}
        </g>
        <line class="ca-substrate" x1={0} x2={l.width} y1={l.substrateY} y2={l.substrateY} />
        {l.tangent && <line class="ca-tangent" x1={l.tangent.x1} y1={l.tangent.y1} x2={l.tangent.x2} y2={l.tangent.y2} />}
        {l.arc && <path class="ca-arc" d={l.arc} />}
        <text class="ca-angle ca-halo" x={l.label.x} y={l.label.y} text-anchor={l.label.anchor}>{l.label.text}</text>
        <text class="ca-small" x={l.width - 8} y={l.substrateY + 19} text-anchor="end">solid</text>
        <g class="ca-scalebar" aria-hidden="true">
          <line x1={bar.x1} x2={bar.x2} y1={bar.y} y2={bar.y} />
          <line x1={bar.x1} x2={bar.x1} y1={bar.y - 5} y2={bar.y + 5} />
          <line x1={bar.x2} x2={bar.x2} y1={bar.y - 5} y2={bar.y + 5} />
          <text class="ca-small" x={bar.x2 + 8} y={bar.y + 4}>{bar.label}</text>
        </g>
      </svg>
      <ul class="ca-legend">
        <li>
          <svg class="ca-key" viewBox="0 0 24 14" aria-hidden="true"><path class="ca-na" d="M2 13A10 10 0 0 1 22 13Z" /></svg>
          {l.legend.current}
        </li>
        {l.legend.reference && (
          <li>
            <svg class="ca-key" viewBox="0 0 24 14" aria-hidden="true"><path class="ca-ref" d="M2 13A10 10 0 0 1 22 13" /></svg>
            {l.legend.reference}
          </li>
        )}
      </ul>
    </figure>
  );
}
