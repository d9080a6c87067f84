/**
 * The three calculators as the worked problems see them: their pages, URL parameters and outputs, and a
 * way to run one on a problem's parameters exactly as its island does (the parameters over the defaults,
 * each read with fields.ts readNumber, then the calculator's own compute).
 */
import * as contactAngle from "../calculators/contact-angle.ts";
import { compareFields, compareOptionalInputs, compareOutputFields, compareStates } from "../calculators/contact-angle-compare.ts";
import * as ccd from "../calculators/ccd.ts";
import * as energy from "../calculators/energy-density.ts";
import {
  FARADAY_C_mol,
  NA_DENSITY_g_cm3,
  NA_MOLAR_MASS_g_mol,
  NA_SPECIFIC_CAPACITY_mAh_g,
  NA_SURFACE_TENSION,
  NA_THICKNESS_um_per_mAh_cm2,
} from "../calculators/constants.ts";
import {
  arealEnergy_mWh_cm2,
  massBreakdown_mg_cm2,
  platedSodium_um,
  sodiumMass_mg_cm2,
  thicknessBreakdown_um,
  total,
  type EnergyDesign,
} from "../calculators/energy-stack.ts";
import { readNumber, type NumberField } from "../calculators/fields.ts";
import { hardCarbonMass_mg_cm2, hardCarbonThickness_um } from "../calculators/energy-na-ion.ts";
import { electrolyteResistance_ohm_cm2, symmetricCellResistance_ohm_cm2 } from "../calculators/polarization.ts";
import { capRadius } from "../calculators/spherical-cap.ts";
import { celsiusToKelvin } from "../calculators/surface-tension.ts";

export const calculatorIds = ["contact-angle", "ccd", "energy-density"] as const;
export type CalculatorId = (typeof calculatorIds)[number];

/** A calculator run on a problem's parameters. */
export interface Run {
  /** Every numeric result the calculator shows, by its `<output name>`. */
  outputs: Record<string, number>;
  /**
   * Numbers a solution may quote: the inputs as used, the outputs, and intermediate quantities the
   * calculator's own functions give (e.g. "electrolyteResistance_ohm_cm2", "step2.halfCycle_h").
   */
  values: Record<string, number>;
}

export interface CalculatorInfo {
  id: CalculatorId;
  /** Name in link text: "contact-angle calculator". */
  name: string;
  /** Page path from the site root. */
  path: string;
  /** Numeric URL parameters. */
  numbers: Record<string, NumberField>;
  /** The parameter with a fixed set of values (mode or protocol), when the calculator has one. */
  choice?: { name: string; values: readonly string[] };
  /** Further parameters with a fixed set of values, e.g. the contact-angle calculator's textureModel. */
  moreChoices?: readonly { name: string; values: readonly string[] }[];
  /** Outputs a `hide=` link can hide, with the label the calculator shows. */
  outputs: Record<string, string>;
  /** Runs the calculator; throws, naming the parameter, when one is not a valid value. */
  run(params: Readonly<Record<string, string>>): Run;
}

/** Reads every field of `numbers` from `params` over the fields' defaults, as the islands do. */
function readAll(
  params: Readonly<Record<string, string>>,
  numbers: Record<string, NumberField>,
  optional: readonly string[] = [],
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const field of Object.values(numbers)) {
    const text = params[field.name] ?? (optional.includes(field.name) ? "" : String(field.default));
    if (text.trim() === "" && optional.includes(field.name)) continue;
    const reading = readNumber(text, field);
    if (!reading.ok) throw new Error(`Parameter ${field.name}=${JSON.stringify(text)}: ${reading.error}`);
    values[field.name] = reading.value;
  }
  return values;
}

/** The numeric entries of an outcome's outputs (a regime is text, and cannot be an answer). */
function numeric(outputs: Partial<Record<string, number | string>>): Record<string, number> {
  return Object.fromEntries(Object.entries(outputs).filter((e): e is [string, number] => typeof e[1] === "number"));
}

/** Constants a solution may quote, as "constants.<name>" (values and sources in constants.ts). */
const constantValues: Record<string, number> = prefixed("constants", {
  F_C_mol: FARADAY_C_mol,
  naMolarMass_g_mol: NA_MOLAR_MASS_g_mol,
  naSpecificCapacity_mAh_g: NA_SPECIFIC_CAPACITY_mAh_g,
  naDensity_g_cm3: NA_DENSITY_g_cm3,
  naThickness_um_per_mAh_cm2: NA_THICKNESS_um_per_mAh_cm2,
  gamma0_mN_m: NA_SURFACE_TENSION.gamma0_mN_m,
  criticalTemperature_K: NA_SURFACE_TENSION.criticalTemperature_K,
  exponent: NA_SURFACE_TENSION.exponent,
});

/** cos θ for θ in degrees. */
const cosDeg = (theta_deg: number) => Math.cos((theta_deg * Math.PI) / 180);

/** Prefixes every key: ("mass", {sodium: 1}) → {"mass.sodium": 1}. */
function prefixed(prefix: string, record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [`${prefix}.${k}`, v]));
}

const contactAngleNumbers = { ...contactAngle.fields, ...compareFields };
const contactAngleInputs = Object.keys(contactAngle.fields) as contactAngle.InputName[];

const contactAngleInfo: CalculatorInfo = {
  id: "contact-angle",
  name: "contact-angle calculator",
  path: "calculators/contact-angle/",
  numbers: contactAngleNumbers,
  choice: { name: "mode", values: contactAngle.modes },
  moreChoices: [{ name: "textureModel", values: contactAngle.textureModels }],
  outputs: {
    ...Object.fromEntries(contactAngle.outputNames.map((n) => [n, contactAngle.outputFields[n].label])),
    ...Object.fromEntries(Object.entries(compareOutputFields).map(([n, f]) => [n, f.label])),
  },
  run(params) {
    const all = readAll(params, contactAngleNumbers, [...contactAngle.optionalInputs, ...compareOptionalInputs]);
    const mode = (params.mode ?? contactAngle.inferMode(Object.keys(params)) ?? contactAngle.defaultMode) as contactAngle.Mode;
    const inputs = Object.fromEntries(contactAngleInputs.filter((n) => n in all).map((n) => [n, all[n]]));
    const outcome = contactAngle.compute(inputs, mode, contactAngle.textureModelOf(params.textureModel));
    const comparison = compareStates(outcome, {
      compare_theta_deg: all.compare_theta_deg,
      compare_gammaLV_mN_m: all.compare_gammaLV_mN_m,
    });
    const outputs = { ...numeric(outcome.outputs), ...numeric(comparison.outputs) };
    const stateA = numeric({ ...comparison.a });
    const theta = outputs.theta_deg;
    return {
      outputs,
      values: {
        ...constantValues,
        ...all,
        temperature_K: celsiusToKelvin(all.temperature_C!),
        ...(theta === undefined ? {} : { cosTheta: cosDeg(theta), onePlusCosTheta: 1 + cosDeg(theta) }),
        ...(outputs.thetaCap_deg === undefined ? {} : {
          capRadius_mm: capRadius(all.height_mm!, all.diameter_mm!),
          cosThetaCap: cosDeg(outputs.thetaCap_deg),
        }),
        ...(outputs.thetaCap_deg === undefined || theta === undefined ? {} : {
          gravityCorrection_deg: theta - outputs.thetaCap_deg,
        }),
        ...(outputs.apparentTheta_deg === undefined ? {} : { cosApparentTheta: cosDeg(outputs.apparentTheta_deg) }),
        ...(outcome.capillaryLength_mm === undefined ? {} : { capillaryLength_mm: outcome.capillaryLength_mm }),
        ...(outcome.density_kg_m3 === undefined ? {} : { density_kg_m3: outcome.density_kg_m3 }),
        ...prefixed("stateA", stateA),
        ...(stateA.theta_deg === undefined ? {} : { "stateA.cosTheta": cosDeg(stateA.theta_deg) }),
        ...outputs,
      },
    };
  },
};

const ccdInfo: CalculatorInfo = {
  id: "ccd",
  name: "CCD planner",
  path: "calculators/ccd/",
  numbers: ccd.fields,
  choice: { name: "protocol", values: ccd.protocols },
  outputs: Object.fromEntries(ccd.outputNames.map((n) => [n, ccd.outputLabels[n].label])),
  run(params) {
    const all = readAll(params, ccd.fields) as Record<ccd.CcdInput, number>;
    const protocol = (params.protocol ?? ccd.defaultProtocol) as ccd.Protocol;
    const outcome = ccd.compute(all, protocol);
    const outputs = numeric(outcome.outputs);
    const steps = outcome.table.flatMap((row, i) =>
      Object.entries(row).flatMap(([k, v]) => (typeof v === "number" ? [[`step${i + 1}.${k}`, v] as const] : [])),
    );
    const L = all.electrolyteThickness_um;
    const sigma = all.ionicConductivity_mS_cm;
    return {
      outputs,
      values: {
        ...constantValues,
        ...all,
        electrolyteResistance_ohm_cm2: electrolyteResistance_ohm_cm2(L, sigma),
        cellResistance_ohm_cm2: symmetricCellResistance_ohm_cm2(all.interfacialResistance_ohm_cm2, L, sigma),
        // The two factors of Sand's time (sand.ts): the salt's charge per volume and the anions' share of j.
        saltCharge_C_cm3: all.concentration_M * 1e-3 * FARADAY_C_mol,
        anionCurrent_A_cm2: all.sandCurrent_mA_cm2 * 1e-3 * (1 - all.transferenceNumber),
        ...Object.fromEntries(steps),
        ...outputs,
      },
    };
  },
};

const energyInfo: CalculatorInfo = {
  id: "energy-density",
  name: "energy-density calculator",
  path: "calculators/energy-density/",
  numbers: energy.fields,
  choice: { name: energy.PACKAGING_PARAM, values: energy.packagingModes },
  outputs: Object.fromEntries(energy.outputNames.map((n) => [n, energy.outputSpecs[n].label])),
  run(params) {
    const design = readAll(params, energy.fields) as unknown as EnergyDesign;
    const packaging = (params[energy.PACKAGING_PARAM] ?? energy.defaultPackaging) as energy.PackagingMode;
    const outputs = numeric(energy.compute(design, packaging).outputs);
    const mass = massBreakdown_mg_cm2(design);
    const charged = thicknessBreakdown_um(design, "charged");
    return {
      outputs,
      values: {
        ...constantValues,
        ...(design as unknown as Record<string, number>),
        arealEnergy_mWh_cm2: arealEnergy_mWh_cm2(design),
        platedSodium_um: platedSodium_um(design.arealCapacity_mAh_cm2),
        // Only the Na layer's mass depends on N/P: the mass of one unit of N/P, and of everything else.
        sodiumMassPerNp_mg_cm2: sodiumMass_mg_cm2({ npRatio: 1, arealCapacity_mAh_cm2: design.arealCapacity_mAh_cm2 }),
        stackMassWithoutSodium_mg_cm2: total(mass) - mass.sodium,
        ...prefixed("mass", mass),
        ...prefixed("thickness", thicknessBreakdown_um(design)),
        ...prefixed("chargedThickness", charged),
        // The Na layer's solids on charge (Na as built, plated Na, host, wetting agent), against a host envelope.
        chargedNaLayerSolids_um: charged.sodium + charged.host + charged.wettingAgent,
        hardCarbonMass_mg_cm2: hardCarbonMass_mg_cm2(design),
        hardCarbonThickness_um: hardCarbonThickness_um(design),
        ...outputs,
      },
    };
  },
};

export const calculators: Record<CalculatorId, CalculatorInfo> = {
  "contact-angle": contactAngleInfo,
  ccd: ccdInfo,
  "energy-density": energyInfo,
};
