/**
 * How each part of the cell is painted in the breakdown: a palette colour (light and dark mode follow the
 * CSS custom properties), hatched where two related parts share a colour, so no part is told by hue alone.
 */
type Colour = "c1" | "c2" | "c3" | "c4" | "c5" | "c6" | "na";

const looks: Record<string, { colour: Colour; hatched?: boolean }> = {
  cathodeActive: { colour: "c1" },
  cathodeAdditives: { colour: "c1", hatched: true },
  cathodeCoating: { colour: "c5" },
  cathodeFoil: { colour: "c2" },
  separator: { colour: "c6", hatched: true },
  sodium: { colour: "na" },
  host: { colour: "c4" },
  wettingAgent: { colour: "c4", hatched: true },
  hostPores: { colour: "c3", hatched: true },
  anodeFoil: { colour: "c2", hatched: true },
  electrolyte: { colour: "c3" },
  packaging: { colour: "c6" },
};

const hatchedColours = [...new Set(Object.values(looks).filter((l) => l.hatched).map((l) => l.colour))];

/** The class (solid fill) or pattern fill of a part; unknown keys get the muted colour. */
export function energySwatch(key: string, idPrefix: string): { className: string; fill?: string } {
  const look = looks[key];
  if (!look) return { className: "ed-fill-muted" };
  return look.hatched
    ? { className: "ed-fill-pattern", fill: `url(#${idPrefix}-hatch-${look.colour})` }
    : { className: `ed-fill-${look.colour}` };
}

/** The hatch patterns, once per chart SVG (a legend swatch may refer to them). */
export function EnergySwatchPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      {hatchedColours.map((c) => (
        <pattern key={c} id={`${idPrefix}-hatch-${c}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="ed-hatch-bg" width="6" height="6" />
          <line class={`ed-stroke-${c}`} x1="1.5" y1="0" x2="1.5" y2="6" />
        </pattern>
      ))}
    </defs>
  );
}
