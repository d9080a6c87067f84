/**
 * The trace every analysis reads, whatever file it came from: parallel arrays, one entry per sample, in time
 * order. Import (a cycler's export → Trace) and analysis (Trace → segments and verdicts) meet here.
 */
export interface Trace {
  /** Time of each sample, in s from the first sample of the file. */
  time_s: Float64Array;
  /** Cell voltage, in V. */
  voltage_V: Float64Array;
  /** Signed current density, in mA cm⁻² (plating and stripping of opposite signs); null when the file has none. */
  current_mA_cm2: Float64Array | null;
  /**
   * 1 where the instrument itself marks the sample as a rest (a state or step-type column), else 0; null when
   * the file says nothing about rests. An analysis still finds rests from |j| when this is null.
   */
  rest?: Uint8Array | null;
}
