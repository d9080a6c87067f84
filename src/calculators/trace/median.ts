/**
 * Median of the first `count` values of a scratch buffer, by selection rather than sorting (O(n) on
 * average), since the analyser takes tens of thousands of medians in a long trace. Reorders the buffer.
 */
function select(a: Float64Array, count: number, k: number): number {
  let lo = 0,
    hi = count - 1;
  while (hi > lo) {
    // Median of three as pivot keeps sorted or constant runs (common in traces) from degrading the selection.
    const mid = (lo + hi) >> 1;
    const x = a[lo]!,
      y = a[mid]!,
      z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo,
      j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

export function median(buffer: Float64Array, count: number): number {
  if (count <= 0) return 0;
  const mid = count >> 1;
  const upper = select(buffer, count, mid);
  if (count % 2 === 1) return upper;
  // The lower middle is the largest value left of the upper one after selection.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (buffer[i]! > lower) lower = buffer[i]!;
  return (lower + upper) / 2;
}
