/**
 * The contact-angle calculator's formulas as KaTeX source, with the reader's values substituted where they
 * are valid and the symbols kept where they are not.
 */
import { KELVIN_OFFSET_K, NA_SURFACE_TENSION, STANDARD_GRAVITY_m_s2 } from "./constants";
import type { InputName, Mode, OutputName, TextureModel } from "./contact-angle-fields";
import type { Outcome } from "./outcome";

/** One displayed equation. */
export interface FormulaLine {
  /**
   * Stable key: "gammaLV", "theta", "thetaCap", "capillaryLength", "workOfAdhesion", "spreadingCoefficient",
   * "apparentTheta" or "capillaryPressure".
   */
  id: string;
  /** KaTeX source, for display mode. */
  tex: string;
}

const MN_M = String.raw`\ \mathrm{mN\,m^{-1}}`;
const MJ_M2 = String.raw`\ \mathrm{mJ\,m^{-2}}`;
const MM = String.raw`\ \mathrm{mm}`;
const UL = String.raw`\ \mu\mathrm{L}`;
const KPA = String.raw`\ \mathrm{kPa}`;
const DEG = String.raw`^\circ`;

/**
 * A number for TeX: five significant digits, no trailing zeros; a power of ten is written out and braced,
 * so that a following superscript (° or ²) attaches to the whole number.
 */
export function texNumber(value: number): string {
  const [mantissa = "0", exponent] = Number(value.toPrecision(5)).toString().split("e");
  return exponent === undefined ? mantissa : String.raw`{${mantissa}\times10^{${Number(exponent)}}}`;
}

/** `value` as TeX when it is a finite number, else `symbol`. */
function sub(value: number | string | undefined, symbol: string): string {
  return typeof value === "number" && Number.isFinite(value) ? texNumber(value) : symbol;
}

/** The square of a symbol or number, with parentheses where a bare ² would be ambiguous. */
function squared(tex: string): string {
  return tex.includes(String.raw`\times`) ? String.raw`\left(${tex}\right)^2` : `${tex}^2`;
}

/**
 * "symbolic = substituted = result unit", leaving out the substituted form when no value went in and the
 * result when it is missing.
 */
function equation(symbolic: string, substituted: string, value: number | string | undefined, unit: string): string {
  const parts = [symbolic];
  if (substituted !== symbolic.replace(/^.*? = /, "")) parts.push(substituted);
  if (typeof value === "number" && Number.isFinite(value)) parts.push(texNumber(value) + unit);
  return parts.join(" = ");
}

/** What the drop-mode formulas show beyond the outputs: the liquid's density and capillary length. */
export interface DropDetails {
  /** Density used for the drop, in kg m⁻³. */
  density_kg_m3?: number;
  /** Capillary length, in mm. */
  capillaryLength_mm?: number;
}

/**
 * The formulas behind `outcome` for `mode`, given the inputs that parsed (`values`, in the units of their
 * names): γ_LV, then θ (drop and Young modes; in drop mode the spherical cap, the capillary length and the
 * Young–Laplace fit), W_a and S, the apparent angle for `texture` and the capillary pressure.
 */
export function formulaTex(
  mode: Mode,
  values: Partial<Record<InputName, number>>,
  outcome: Outcome<InputName, OutputName> & DropDetails,
  texture: TextureModel = "none",
): FormulaLine[] {
  const o = outcome.outputs;
  const ok = (name: InputName) => (outcome.errors[name] === undefined ? values[name] : undefined);
  const lines: FormulaLine[] = [];

  const measured = ok("gammaLV_mN_m");
  if (measured !== undefined) {
    lines.push({ id: "gammaLV", tex: String.raw`\gamma_{LV} = ${texNumber(measured)}${MN_M}\quad\text{(entered)}` });
  } else {
    const { gamma0_mN_m: g0, criticalTemperature_K: tc, exponent: n } = NA_SURFACE_TENSION;
    const t = ok("temperature_C");
    const tK = t === undefined ? "T" : texNumber(t + KELVIN_OFFSET_K);
    const tex = equation(
      String.raw`\gamma_{LV} = ${g0}\left(1 - \frac{T}{${tc}\ \mathrm{K}}\right)^{${n}}`,
      t === undefined ? String.raw`${g0}\left(1 - \frac{T}{${tc}\ \mathrm{K}}\right)^{${n}}` :
        String.raw`${g0}\left(1 - \frac{${tK}}{${tc}}\right)^{${n}}`,
      o.gammaLV_mN_m,
      MN_M,
    );
    lines.push({ id: "gammaLV", tex });
  }

  const gamma = sub(o.gammaLV_mN_m, String.raw`\gamma_{LV}`);
  if (mode === "drop") {
    const h = sub(ok("height_mm"), "h");
    const d = sub(ok("diameter_mm"), "d");
    const twoH = h === "h" ? "2h" : String.raw`2\times ${h}`;
    lines.push({
      id: "thetaCap",
      tex: equation(String.raw`\theta_\text{cap} = 2\arctan\frac{2h}{d}`, String.raw`2\arctan\frac{${twoH}}{${d}}`,
        o.thetaCap_deg, DEG),
    });
    const rho = outcome.density_kg_m3;
    lines.push({
      id: "capillaryLength",
      tex: equation(String.raw`\ell_c = \sqrt{\frac{\gamma_{LV}}{\rho g}}`,
        gamma === String.raw`\gamma_{LV}` || rho === undefined
          ? String.raw`\sqrt{\frac{${gamma}}{${sub(rho, String.raw`\rho`)}\,g}}`
          : String.raw`\sqrt{\frac{${gamma}\times10^{-3}\ \mathrm{N\,m^{-1}}}{${texNumber(rho)}\ \mathrm{kg\,m^{-3}}\times ${STANDARD_GRAVITY_m_s2}\ \mathrm{m\,s^{-2}}}}`,
        outcome.capillaryLength_mm, MM),
    });
    let fit = String.raw`\frac{d\phi}{ds} = \frac{2}{b} + \frac{z}{\ell_c^2} - \frac{\sin\phi}{x}`;
    if (typeof o.theta_deg === "number" && typeof o.radius_mm === "number" && typeof o.volume_uL === "number") {
      fit += String.raw` \;\Rightarrow\; b = ${texNumber(o.radius_mm)}${MM},\ \theta = ${texNumber(o.theta_deg)}${DEG},\ V = ${texNumber(o.volume_uL)}${UL}`;
    }
    lines.push({ id: "theta", tex: fit });
  } else if (mode === "young") {
    const [sv, sl, lv] = [ok("gammaSV_mN_m"), ok("gammaSL_mN_m"), o.gammaLV_mN_m];
    let tex = equation(
      String.raw`\cos\theta = \frac{\gamma_{SV} - \gamma_{SL}}{\gamma_{LV}}`,
      String.raw`\frac{${sub(sv, String.raw`\gamma_{SV}`)} - ${sub(sl, String.raw`\gamma_{SL}`)}}{${gamma}}`,
      sv !== undefined && sl !== undefined && typeof lv === "number" ? (sv - sl) / lv : undefined,
      "",
    );
    if (sv !== undefined && sl !== undefined && typeof lv === "number") {
      const ratio = (sv - sl) / lv;
      // Outside [−1, 1] the ratio is no cosine: say which limit it hit.
      if (ratio >= 1) tex += String.raw` \geq 1`;
      else if (ratio <= -1) tex += String.raw` \leq -1`;
    }
    if (typeof o.theta_deg === "number") tex += String.raw` \;\Rightarrow\; \theta = ${texNumber(o.theta_deg)}${DEG}`;
    lines.push({ id: "theta", tex });
  }

  const cosTheta =
    typeof o.theta_deg === "number" ? String.raw`\cos ${texNumber(o.theta_deg)}${DEG}` : String.raw`\cos\theta`;
  lines.push(
    {
      id: "workOfAdhesion",
      tex: equation(String.raw`W_a = \gamma_{LV}\,(1 + \cos\theta)`, String.raw`${gamma}\,(1 + ${cosTheta})`,
        o.workOfAdhesion_mJ_m2, MJ_M2),
    },
    {
      id: "spreadingCoefficient",
      tex: equation(String.raw`S = \gamma_{LV}\,(\cos\theta - 1)`, String.raw`${gamma}\,(${cosTheta} - 1)`,
        o.spreadingCoefficient_mJ_m2, MJ_M2),
    },
  );

  const star = String.raw`\;\Rightarrow\; \theta^* = ${sub(o.apparentTheta_deg, String.raw`\theta^*`)}${typeof o.apparentTheta_deg === "number" ? DEG : ""}`;
  const theta = typeof o.theta_deg === "number" ? String.raw`\cos ${texNumber(o.theta_deg)}${DEG}` : String.raw`\cos\theta`;
  const cos = typeof o.theta_deg === "number" ? Math.cos((o.theta_deg * Math.PI) / 180) : undefined;
  if (texture === "wenzel") {
    const r = ok("roughness");
    const value = r !== undefined && cos !== undefined ? r * cos : undefined;
    lines.push({
      id: "apparentTheta",
      tex: equation(String.raw`\cos\theta^* = r\cos\theta`, String.raw`${sub(r, "r")}\,${theta}`, value, "") + star,
    });
  } else if (texture === "cassie") {
    const f = ok("solidFraction");
    const value = f !== undefined && cos !== undefined ? f * (1 + cos) - 1 : undefined;
    lines.push({
      id: "apparentTheta",
      tex: equation(String.raw`\cos\theta^* = f\,(1 + \cos\theta) - 1`, String.raw`${sub(f, "f")}\,(1 + ${theta}) - 1`,
        value, "") + star,
    });
  }
  const rp = ok("poreRadius_um");
  lines.push({
    id: "capillaryPressure",
    tex: equation(String.raw`\Delta p = \frac{2\gamma_{LV}\,\cos\theta}{r_p}`,
      String.raw`\frac{${gamma === String.raw`\gamma_{LV}` ? "2" : String.raw`2\times `}${gamma}\,${theta}}{${sub(rp, "r_p")}}`,
      o.capillaryPressure_kPa, KPA) +
      (typeof o.capillaryPressure_kPa === "number" ? String.raw`\quad(\mathrm{mN\,m^{-1}}/\mu\mathrm{m} = \mathrm{kPa})` : ""),
  });
  return lines;
}
