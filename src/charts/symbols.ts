/**
 * Mark shapes: each series gets a shape as well as a colour, so the series stay apart in grey print and
 * for colour-blind readers. The star is kept for the reader's own cell. Paths are centred on (0, 0).
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from "d3-shape";

/** Shapes given to series in order; a seventh series would reuse the circle. */
export const SERIES_SHAPES = ["circle", "square", "triangle", "diamond", "cross", "wye"] as const;

export type Shape = (typeof SERIES_SHAPES)[number] | "star";

const TYPES: Record<Shape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  wye: symbolWye,
  star: symbolStar,
};

/** Area of an unsized mark, in square viewBox units (a circle of radius ≈ 5). */
export const MARK_AREA = 80;

/** Area of the reader's star, in square viewBox units. */
export const READER_AREA = 260;

/** The shape of the series at `index` in the legend. */
export function seriesShape(index: number): Shape {
  return SERIES_SHAPES[((index % SERIES_SHAPES.length) + SERIES_SHAPES.length) % SERIES_SHAPES.length];
}

const paths = new Map<string, string>();

/**
 * SVG path data of `shape` with the given area (square viewBox units), centred on (0, 0). Areas are
 * rounded to 0.5 unit², invisible at any zoom, so a chart of thousands of sized marks reuses paths.
 */
export function symbolPath(shape: Shape, area = MARK_AREA): string {
  const rounded = Math.round(area * 2) / 2;
  const key = `${shape}${rounded}`;
  let path = paths.get(key);
  if (path === undefined) {
    path = symbol(TYPES[shape], rounded).digits(2)() ?? "";
    if (paths.size > 5000) paths.clear();
    paths.set(key, path);
  }
  return path;
}

/** Radius of the circle with the given area: how far a mark reaches from its centre. */
export function radiusOfArea(area: number): number {
  return Math.sqrt(area / Math.PI);
}
