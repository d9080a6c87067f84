/**
 * Liquid sodium's surface tension and density as functions of temperature (Fink & Leibowitz, ANL/RE-95/2,
 * 1995), and the capillary length they give. Temperatures are read in °C, as readers enter them.
 */
import {
  KELVIN_OFFSET_K,
  NA_LIQUID_DENSITY,
  NA_MELTING_POINT_C,
  NA_SURFACE_TENSION,
  STANDARD_GRAVITY_m_s2,
} from "./constants";
import type { FieldReading } from "./fields";

/** Upper end of the correlations' validity, in °C (1600 K), rounded to 0.01 °C for messages. */
export const NA_CORRELATION_MAX_C =
  Math.round((NA_SURFACE_TENSION.maxTemperature_K - KELVIN_OFFSET_K) * 100) / 100;

/** The melting point as readers see it, "97.8 °C". */
export const NA_MELTING_POINT_LABEL = `${NA_MELTING_POINT_C.toFixed(1)} °C`;

/** Converts °C to K. */
export function celsiusToKelvin(temperature_C: number): number {
  return temperature_C + KELVIN_OFFSET_K;
}

/**
 * Checks that liquid Na exists at `temperature_C` (°C) and that the correlations cover it; returns the
 * temperature in K, or the reason it cannot be used.
 */
export function liquidNaTemperature_K(temperature_C: number): FieldReading {
  if (!Number.isFinite(temperature_C)) return { ok: false, error: "Temperature must be a finite number." };
  if (temperature_C < NA_MELTING_POINT_C) {
    return {
      ok: false,
      error:
        `Na is solid below ${NA_MELTING_POINT_LABEL}, its melting point, so it has no liquid surface tension: ` +
        `enter a temperature from ${NA_MELTING_POINT_LABEL} to ${NA_CORRELATION_MAX_C} °C.`,
    };
  }
  if (temperature_C > NA_CORRELATION_MAX_C) {
    return {
      ok: false,
      error: `The liquid-Na correlations hold only up to 1600 K (${NA_CORRELATION_MAX_C} °C).`,
    };
  }
  return { ok: true, value: celsiusToKelvin(temperature_C) };
}

/** Reduced distance from the correlations' critical temperature, 1 − T/Tc (dimensionless); T in K. */
function reducedTemperature(temperature_K: number): number {
  return 1 - temperature_K / NA_SURFACE_TENSION.criticalTemperature_K;
}

/**
 * Surface tension of pure liquid Na, in mN m⁻¹, at `temperature_C` (°C):
 * γ = 240.5 · (1 − T/2503.7 K)^1.126. About 200.8 mN m⁻¹ at the melting point.
 */
export function naSurfaceTension_mN_m(temperature_C: number): FieldReading {
  const reading = liquidNaTemperature_K(temperature_C);
  if (!reading.ok) return reading;
  const { gamma0_mN_m, exponent } = NA_SURFACE_TENSION;
  return { ok: true, value: gamma0_mN_m * reducedTemperature(reading.value) ** exponent };
}

/**
 * Density of pure liquid Na, in kg m⁻³, at `temperature_C` (°C):
 * ρ = 219 + 275.32 · (1 − T/Tc) + 511.58 · (1 − T/Tc)^0.5. About 925.7 kg m⁻³ at the melting point.
 */
export function naLiquidDensity_kg_m3(temperature_C: number): FieldReading {
  const reading = liquidNaTemperature_K(temperature_C);
  if (!reading.ok) return reading;
  const { a_kg_m3, b_kg_m3, c_kg_m3, criticalTemperature_K } = NA_LIQUID_DENSITY;
  const tau = 1 - reading.value / criticalTemperature_K;
  return { ok: true, value: a_kg_m3 + b_kg_m3 * tau + c_kg_m3 * Math.sqrt(tau) };
}

/**
 * Capillary length √(γ / (ρ g)), in mm, for a surface tension in mN m⁻¹ and a density in kg m⁻³: the size
 * below which surface tension, not gravity, shapes a drop.
 */
export function capillaryLength_mm(surfaceTension_mN_m: number, density_kg_m3: number): number {
  const length_m = Math.sqrt((surfaceTension_mN_m * 1e-3) / (density_kg_m3 * STANDARD_GRAVITY_m_s2));
  return length_m * 1e3;
}
