/**
 * A linear scale for the energy-density charts, built on d3-array's ticks and d3-format as d3-scale's
 * scaleLinear does (same ticks, same nice domain, same tick labels), without d3-scale's interpolators and
 * colour parsing, which a number-to-number scale does not use: they kept the calculator's page over its
 * JavaScript budget.
 */
import { tickIncrement, ticks, tickStep } from "d3-array";
import { format, precisionFixed } from "d3-format";

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  /** About `count` round values inside the domain. */
  ticks(count?: number): number[];
  /** A formatter for those ticks: as many decimals as their step needs, thousands grouped. */
  tickFormat(count?: number): (value: number) => string;
}

/**
 * The round domain d3-scale's `scaleLinear().nice(count)` gives, step for step (d3-array's `nice` rounds
 * differently at the last digit of a double, so it is not used): at most 10 rounds, and the domain unchanged
 * when they do not settle. Assumes start ≤ stop, as the charts' domains are.
 */
function niceLikeScale(d0: number, d1: number, count: number): [number, number] {
  let [start, stop] = [d0, d1];
  let prestep: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [d0, d1];
}

/** Maps `domain` linearly onto `range`; with `niceCount`, the domain first widens to round ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], niceCount?: number): LinearScale {
  const [d0, d1] = niceCount === undefined ? domain : niceLikeScale(domain[0], domain[1], niceCount);
  const [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.tickFormat = (count = 10) => format(`,.${precisionFixed(tickStep(d0, d1, count))}f`);
  return scale;
}
