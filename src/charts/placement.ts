/**
 * Where a scatter point goes: the plot when it has both values, the strip beside the plot when it lacks
 * x, the strip below when it lacks y (if the chart keeps such strips), or nowhere. Then the final centres:
 * coincident marks in the plot spread apart, marks in a strip packed into lanes.
 */
import { laneOffset, packLanes, spreadCoincident } from "./dodge.ts";

export type Place = "plot" | "x-strip" | "y-strip";

/** Lane spacing in the strips, in viewBox units. */
const X_STRIP_LANE = 12;
const Y_STRIP_LANE = 10;

/** The place of a point with values `xv` and `yv` (null when not reported), or null when it cannot be drawn. */
export function placeOf(xv: number | null, yv: number | null, xStrip: boolean, yStrip: boolean): Place | null {
  if (xv !== null && yv !== null) return "plot";
  if (xv === null && yv !== null && xStrip) return "x-strip";
  if (xv !== null && yv === null && yStrip) return "y-strip";
  return null;
}

/** A mark before arranging: in a strip, the missing coordinate is the strip's centre line. */
export interface Placed {
  place: Place;
  x: number;
  y: number;
  /** How far the mark reaches from its centre. */
  r: number;
}

/** Final centres, in the order of `items`. */
export function arrange(items: readonly Placed[]): { x: number; y: number }[] {
  const out = items.map(({ x, y }) => ({ x, y }));
  const indices = (place: Place) => items.flatMap((item, i) => (item.place === place ? [i] : []));
  const plot = indices("plot");
  spreadCoincident(plot.map((i) => items[i])).forEach((centre, k) => (out[plot[k]] = centre));
  const column = indices("x-strip");
  packLanes(column.map((i) => items[i].y), column.map((i) => items[i].r)).forEach((lane, k) => (out[column[k]].x += laneOffset(lane, X_STRIP_LANE)));
  const row = indices("y-strip");
  packLanes(row.map((i) => items[i].x), row.map((i) => items[i].r)).forEach((lane, k) => (out[row[k]].y += laneOffset(lane, Y_STRIP_LANE)));
  return out;
}
