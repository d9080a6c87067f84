/**
 * Keeping marks apart. The review's tables repeat conditions (sixteen Table 2 tests sit at 1 mA cm⁻² and
 * 1 mAh cm⁻²), so marks at one position are spread on a small sunflower spiral around it; marks in a
 * one-dimensional strip are packed into side-by-side lanes. Pure geometry in viewBox units.
 */

/** A mark to place: its centre and the radius it reaches. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Golden angle, in radians: successive points of the spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Spiral step as a share of the group's largest radius; at about 1.05 the largest discs just touch. */
const SPIRAL_STEP = 1;

/**
 * New centres for `discs`, in the same order: discs whose centres round to the same point are spread on
 * a spiral around it (the largest nearest the middle, the others at growing distance); lone discs stay put.
 */
export function spreadCoincident(discs: readonly Disc[]): { x: number; y: number }[] {
  const groups = new Map<string, number[]>();
  discs.forEach((d, i) => {
    const key = `${Math.round(d.x)}:${Math.round(d.y)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const out = discs.map((d) => ({ x: d.x, y: d.y }));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => discs[b].r - discs[a].r || a - b);
    const step = SPIRAL_STEP * Math.max(...members.map((i) => discs[i].r));
    const { x, y } = discs[ordered[0]];
    ordered.forEach((i, k) => {
      // k + 0.5 rather than k keeps the first two discs from sitting on each other at the centre.
      const distance = step * Math.sqrt(k + 0.5);
      out[i] = { x: x + distance * Math.cos(k * GOLDEN_ANGLE), y: y + distance * Math.sin(k * GOLDEN_ANGLE) };
    });
  }
  return out;
}

/**
 * Lane of each mark along a strip so that marks in one lane do not overlap: marks are taken in order of
 * position and each goes to the first lane where it fits; when none does, to the least crowded lane.
 * @param positions Centres along the strip, in viewBox units.
 * @param radii How far each mark reaches, in viewBox units.
 * @param lanes Lanes available.
 */
export function packLanes(positions: readonly number[], radii: readonly number[], lanes = 5): number[] {
  const ends = new Array<number>(lanes).fill(-Infinity);
  const out = new Array<number>(positions.length).fill(0);
  const order = positions.map((_, i) => i).sort((a, b) => positions[a] - positions[b] || a - b);
  for (const i of order) {
    const start = positions[i] - radii[i];
    let lane = ends.findIndex((end) => end <= start);
    if (lane === -1) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = positions[i] + radii[i] + 1;
    out[i] = lane;
  }
  return out;
}

/** Offset of a lane from the strip's centre line: 0, −s, +s, −2s, +2s… */
export function laneOffset(lane: number, spacing: number): number {
  if (lane === 0) return 0;
  return (lane % 2 === 1 ? -1 : 1) * Math.ceil(lane / 2) * spacing;
}
