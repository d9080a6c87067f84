/**
 * Physical constants and reference values used across the site, each with its source.
 * Every number a calculator or chart uses that is not a reader's input lives here.
 */

/** Faraday constant, in C mol⁻¹. Exact since the 2019 SI redefinition (CODATA 2018). */
export const FARADAY_C_mol = 96485.33212;

/** Molar mass of sodium, in g mol⁻¹. IUPAC/CIAAW standard atomic weight of Na: 22.98976928. */
export const NA_MOLAR_MASS_g_mol = 22.98976928;

/**
 * Theoretical specific capacity of Na metal, in mAh g⁻¹: F / (3.6 · M(Na)), one electron per atom.
 * (1 mAh = 3.6 C.) Evaluates to 1165.8 mAh g⁻¹.
 */
export const NA_SPECIFIC_CAPACITY_mAh_g = FARADAY_C_mol / (3.6 * NA_MOLAR_MASS_g_mol);

/** Density of solid Na at 20 °C, in g cm⁻³. CRC Handbook of Chemistry and Physics, 97th ed. (2016). */
export const NA_DENSITY_g_cm3 = 0.968;

/**
 * Thickness of dense Na metal per unit areal capacity, in µm per (mAh cm⁻²):
 * 1 / (capacity · density) cm, times 10⁴ µm cm⁻¹. Evaluates to 8.86 µm.
 */
export const NA_THICKNESS_um_per_mAh_cm2 = 1e4 / (NA_SPECIFIC_CAPACITY_mAh_g * NA_DENSITY_g_cm3);

/** Melting point of Na, in °C. CRC Handbook of Chemistry and Physics, 97th ed. (2016): 97.794 °C. */
export const NA_MELTING_POINT_C = 97.794;

/** Offset between the Celsius and Kelvin scales, in K. Exact by definition. */
export const KELVIN_OFFSET_K = 273.15;

/**
 * Surface tension of liquid Na, Fink & Leibowitz, "Thermodynamic and transport properties of
 * sodium liquid and vapor", Argonne National Laboratory report ANL/RE-95/2 (1995):
 * γ = γ0 · (1 − T/Tc)^n mN m⁻¹, T in K, valid from the melting point to 1600 K.
 */
export const NA_SURFACE_TENSION = {
  /** Prefactor γ0, in mN m⁻¹. */
  gamma0_mN_m: 240.5,
  /** Critical temperature Tc used by the correlation, in K. */
  criticalTemperature_K: 2503.7,
  /** Exponent n, dimensionless. */
  exponent: 1.126,
  /** Upper end of the correlation's validity, in K. */
  maxTemperature_K: 1600,
} as const;

/**
 * Density of liquid Na, Fink & Leibowitz, ANL/RE-95/2 (1995):
 * ρ = a + b·(1 − T/Tc) + c·(1 − T/Tc)^0.5 kg m⁻³, T in K, Tc = 2503.7 K. About 925.7 kg m⁻³ at the melting point.
 */
export const NA_LIQUID_DENSITY = {
  a_kg_m3: 219,
  b_kg_m3: 275.32,
  c_kg_m3: 511.58,
  criticalTemperature_K: 2503.7,
} as const;

/** Standard acceleration of gravity, in m s⁻². Exact by definition (3rd CGPM, 1901). */
export const STANDARD_GRAVITY_m_s2 = 9.80665;

/** Density of aluminium, in g cm⁻³. CRC Handbook of Chemistry and Physics, 97th ed. (2016). */
export const ALUMINIUM_DENSITY_g_cm3 = 2.7;

/**
 * Critical current density a practical Na-metal cell needs, in mA cm⁻². The review (section 5)
 * names ~2 mA cm⁻², citing its refs. 9 and 90.
 */
export const PRACTICAL_CCD_mA_cm2 = 2;

// ── Benchmark region of the Table 2 charts ───────────────────────────────────────────────────────
/**
 * This edition's benchmark for symmetric-cell tests of Na-metal anodes in liquid electrolytes: a
 * current density of at least 3 mA cm⁻² together with an areal capacity of at least 3 mAh cm⁻².
 * An estimate by the editors, not a number from the review: values of this order are commonly used
 * as targets for practical metal anodes, and the review (section 5) asks for tests at practically
 * relevant current density and areal capacity without naming numbers. The charts shade the region.
 */
export const BENCHMARK_CURRENT_DENSITY_mA_cm2 = 3;
/** Areal capacity per half-cycle of this edition's benchmark, in mAh cm⁻² (see BENCHMARK_CURRENT_DENSITY_mA_cm2). */
export const BENCHMARK_AREAL_CAPACITY_mAh_cm2 = 3;

// ── Standard atomic weights, for the formula masses of cathode materials ─────────────────────────
/**
 * Standard atomic weights, in g mol⁻¹: IUPAC/CIAAW, "Standard atomic weights of the elements 2021"
 * (Prohaska et al., Pure Appl. Chem. 2022); conventional values for C, N and O, whose weights are
 * given as intervals. Used to compute theoretical capacities of cathode materials from their formulas.
 */
export const ATOMIC_WEIGHT_g_mol = {
  C: 12.011,
  N: 14.007,
  O: 15.999,
  F: 18.998403162,
  Na: NA_MOLAR_MASS_g_mol,
  P: 30.973761998,
  V: 50.9415,
  Mn: 54.938043,
  Fe: 55.845,
  Ni: 58.6934,
} as const;

// ── Hard-carbon anode of the energy-density calculator's Na-ion reference cell ───────────────────
/**
 * Reversible specific capacity of hard carbon against Na, in mAh g⁻¹. Stevens & Dahn, "High capacity anode
 * materials for rechargeable sodium-ion batteries", J. Electrochem. Soc. 147, 1271 (2000): about 300 mAh g⁻¹
 * from glucose-derived hard carbon; later hard carbons cluster around 250–350 mAh g⁻¹.
 */
export const HARD_CARBON_CAPACITY_mAh_g = 300;

/**
 * Share of the first charge a hard-carbon anode keeps irreversibly (SEI), in %. Luo et al., "Low-surface-area
 * hard carbon anode for Na-ion batteries via graphene oxide as a dehydration agent", ACS Appl. Mater.
 * Interfaces 7, 2626 (2015): first-cycle coulombic efficiency 74 % for plain sucrose-derived hard carbon,
 * 83 % once its surface area is lowered; the 83 % is used, a loss of 17 %.
 */
export const HARD_CARBON_FIRST_CYCLE_LOSS_pct = 17;

/**
 * Average potential of hard carbon against Na/Na⁺ during the cell's discharge, in V. An estimate read from the
 * voltage profile of Stevens & Dahn (2000, above): a slope from about 1 V to 0.1 V and a plateau just above
 * 0 V share the capacity roughly equally, which puts the average near 0.2–0.3 V; 0.25 V is used.
 */
export const HARD_CARBON_POTENTIAL_V = 0.25;

/**
 * Density of a calendered hard-carbon coating, pores included, in g cm⁻³. An estimate: hard carbon's own
 * (helium) density is about 1.5 g cm⁻³ and practical coatings keep roughly a third of their volume as pores.
 */
export const HARD_CARBON_COATING_DENSITY_g_cm3 = 1;

/** Mass fraction of hard carbon in its coating (binder and conductive carbon make up the rest). An estimate. */
export const HARD_CARBON_ACTIVE_FRACTION = 0.92;

/**
 * N/P ratio of a Na-ion cell with a hard-carbon anode. An estimate: cells are built with a few per cent to
 * about 20 % more anode capacity than cathode capacity so that Na does not plate on the carbon at full charge.
 */
export const HARD_CARBON_NP_RATIO = 1.1;
