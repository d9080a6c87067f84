/**
 * Ohm's law for area-specific quantities, the unit bookkeeping every battery calculation repeats:
 * a current density in mA cm⁻² through an area-specific resistance in Ω cm² drops a voltage in mV
 * (mA cm⁻² × Ω cm² = mA·Ω = mV).
 */

/**
 * Voltage drop, in mV, when a current density flows through an area-specific resistance.
 * @param currentDensity_mA_cm2 Current density, in mA cm⁻².
 * @param resistance_ohm_cm2 Area-specific resistance, in Ω cm².
 */
export function ohmicDrop_mV(currentDensity_mA_cm2: number, resistance_ohm_cm2: number): number {
  return currentDensity_mA_cm2 * resistance_ohm_cm2;
}
