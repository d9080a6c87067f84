import { describe, expect, it } from "vitest";
import raw from "../../src/content/data/problems.json";
import { problemSchema, type Problem } from "../../src/schemas/problem.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { answerNumber, fill, queryOf, textNumber, unitOfName, workProblem } from "../../src/teach/answers.ts";
import { checkAnswer } from "../../src/teach/check-answer.ts";
import { expectClose } from "../helpers/close.ts";

const problems = validateRows("src/content/data/problems.json", raw, problemSchema);
const byId = (id: string): Problem => {
  const p = problems.find((x) => x.id === id);
  if (!p) throw new Error(`no problem ${id}`);
  return p;
};

// Independent numbers, typed here rather than imported, so that a change in the calculators shows up.
const F = 96485.33212; // C mol⁻¹
const M_NA = 22.98976928; // g mol⁻¹
const RHO_NA = 0.968; // g cm⁻³
const Q_NA = F / (3.6 * M_NA); // mAh g⁻¹
/** Surface tension of liquid Na (Fink & Leibowitz 1995), mN m⁻¹. */
const gammaNa = (t_C: number) => 240.5 * (1 - (t_C + 273.15) / 2503.7) ** 1.126;
const cos = (deg: number) => Math.cos((deg * Math.PI) / 180);
const harmonic = (n: number) => Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
/** Repeat-unit mass of the practical pouch (mg cm⁻²) for an NVP capacity (mAh g⁻¹), N/P, host and wetting agent. */
const pouchMass = (capacity: number, np: number, host: number, wetting: number) => {
  const active = 3000 / capacity;
  return active / 0.9 + 2 * (6 * 2.7) / 10 + 1.2 + (np * 3000) / Q_NA + host + wetting + 3 * 3;
};

describe("the answer of every problem", () => {
  it.each(problems.map((p) => [p.id, p] as const))("%s is a finite number, and its own text passes the self-check", (_id, p) => {
    const worked = workProblem(p);
    expect(Number.isFinite(worked.answer)).toBe(true);
    expect(checkAnswer(`${worked.answerText.replace("−", "-")} ${p.unit}`, { value: worked.answer, unit: p.unit, tolerance: p.tolerance }).status).toBe("right");
    const text = [worked.statement, worked.hint, ...worked.solution.flatMap((s) => [s.text ?? "", s.tex ?? ""])].join(" ");
    expect(text).not.toMatch(/\{\{\s*[\w.]+(\|\d)?\s*\}\}|NaN|Infinity|undefined/);
    expect(worked.solution.some((s) => s.tex?.includes(answerNumber(worked.answer, p.digits, "tex")))).toBe(true);
  });

  // [problem, answer computed by hand, absolute tolerance]
  it.each([
    ["plated-na-thickness", ((3 * 3.6) / F) * (M_NA / RHO_NA) * 1e4, 1e-6], // 26.58 µm
    ["nzsp-interface-polarization", 0.3 * (2 * 636 + 1000e-4 / 1e-3), 1e-9], // 411.6 mV
    ["na5sn-polarization-at-ccd", 2.5 * (2 * 8.5 + 100), 1e-9], // 292.5 mV
    ["ccd-staircase-duration", ((2 * 0.5) / 0.1) * harmonic(20), 1e-6], // 35.98 h
    ["ccd-half-milliamp-not-practical", 2 * (3 / 0.5), 1e-9], // 12 h
    ["cumulative-capacity-long-test", 5 * 1000, 1e-6], // 5000 mAh cm⁻²
    ["untreated-nzsp-work-of-adhesion", gammaNa(250) * (1 + cos(122.5)), 1e-9], // 85.5 mJ m⁻²
    ["nzsp-annealing-adhesion-gain", gammaNa(250) * (cos(72.5) - cos(122.5)), 1e-9], // 154.8 mJ m⁻²
    ["complete-wetting-work-of-adhesion", 2 * gammaNa(250), 1e-9], // 369.4 mJ m⁻²
    ["na-surface-tension-120c", gammaNa(120), 1e-9], // 198.4 mN m⁻¹
    ["sessile-drop-contact-angle", (2 * Math.atan((2 * 0.8) / 5) * 180) / Math.PI, 1e-9], // 35.5°
    ["sand-time-high-current", (Math.PI * 2e-6 * (1e-3 * F) ** 2) / (4 * (50e-3 * 0.6) ** 2), 1e-9], // 16.2 s
    ["limiting-current-thin-gap", ((2 * 1e-3 * F * 2e-6) / (0.6 * 260e-4)) * 1e3, 1e-9], // 24.7 mA cm⁻²
    ["specific-energy-na-nvp", ((1000 * 3 * 3.4) / pouchMass(100, 1, 1, 0.2)) * 0.9, 1e-9], // 182 Wh kg⁻¹
    ["low-np-host-specific-energy", ((1000 * 3 * 3.4) / pouchMass(110, 3.8, 1.5, 0)) * 0.9, 1e-9], // 167 Wh kg⁻¹
    ["np-ratio-for-specific-energy", ((1000 * 3 * 3.4 * 0.9) / 150 - pouchMass(110, 0, 1.5, 0)) / (3000 / Q_NA), 1e-6], // 6.2
    // Young–Laplace drop, 2.2 mm × 3.4 mm at 250 °C: integrated independently with SciPy's solve_ivp (rtol 1e-12)
    ["gravity-corrected-sessile-drop", 107.69288, 1e-4], // 107.7°, the cap 104.6°
    ["capillary-pressure-carbon-felt", (2 * gammaNa(250) * cos(120)) / 15, 1e-9], // −12.3 kPa
    ["wenzel-rough-nzsp", (Math.acos(1.8 * cos(72.5)) * 180) / Math.PI, 1e-9], // 57.2°
  ])("%s matches the hand calculation, %d", (id, expected, tol) => {
    expectClose(workProblem(byId(id)).answer, expected, tol);
  });

  it("prints the answers the issue quotes", () => {
    const printed = (id: string) => `${workProblem(byId(id)).answerText} ${byId(id).unit}`.trim();
    expect(printed("plated-na-thickness")).toBe("26.6 µm");
    expect(printed("nzsp-annealing-adhesion-gain")).toBe("154.8 mJ m⁻²");
    expect(printed("ccd-staircase-duration")).toBe("36.0 h");
    expect(printed("np-ratio-for-specific-energy")).toBe("6.2");
  });

  it("quotes intermediate values the calculators compute, e.g. 63.6 mV per interface behind 137.2 mV at 0.1 mA cm⁻²", () => {
    const worked = workProblem(byId("nzsp-interface-polarization"));
    expectClose(worked.run.values["step1.polarization_mV"]!, 0.1 * (2 * 636 + 100), 1e-9);
    expectClose(worked.run.values["step1.current_mA_cm2"]! * worked.run.values.interfacialResistance_ohm_cm2!, 63.6, 1e-9);
  });
});

describe("links into the calculators", () => {
  it("carry every parameter of a problem, and the teacher link adds the outputs to hide", () => {
    const worked = workProblem(byId("nzsp-annealing-adhesion-gain"));
    expect(worked.query).toBe("?mode=angle&theta_deg=72.5&compare_theta_deg=122.5&temperature_C=250");
    expect(worked.teacherQuery).toBe(
      `${worked.query}&hide=deltaWorkOfAdhesion_mJ_m2,deltaSpreadingCoefficient_mJ_m2,workOfAdhesion_mJ_m2,spreadingCoefficient_mJ_m2`,
    );
  });

  it("hide the answer's own result when a problem names none", () => {
    expect(workProblem(byId("sand-time-high-current")).hide).toEqual(["sandTime_s"]);
  });

  it("encode what a URL cannot carry as is", () => {
    expect(queryOf({ a: "1 2", b: "x&y" })).toBe("?a=1%202&b=x%26y");
    expect(queryOf({})).toBe("");
  });
});

describe("numbers in text", () => {
  it.each([
    [26.58, 3, "26.6", "26.6"],
    [35.977, 3, "36.0", "36.0"],
    [5000, 4, "5000", "5\\,000"],
    [-154.79, 4, "−154.8", "-154.8"],
    [0.25, 3, "0.250", "0.250"],
  ])("answerNumber(%d, %d) keeps its significant zeros: %s", (value, digits, text, tex) => {
    expect(answerNumber(value, digits, "text")).toBe(text);
    expect(answerNumber(value, digits, "tex")).toBe(tex);
  });

  it("writes small and large numbers in prose with powers of ten", () => {
    expect([textNumber(2e-6, 4), textNumber(-0.5, 4), textNumber(40620.004, 4)]).toEqual(["2×10⁻⁶", "−0.5", "40620"]);
  });

  it("fills placeholders, and names a missing one", () => {
    const values = { theta_deg: 72.5 };
    expect(fill("θ = {{theta_deg}}°, W = {{answer}}, {{theta_deg|2}}", values, { value: 240.254, digits: 4 }, "text", "p")).toBe(
      "θ = 72.5°, W = 240.3, 73",
    );
    expect(() => fill("{{thetaa}}", values, { value: 1, digits: 3 }, "tex", "p")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Problem "p": no value for {{thetaa}}. Known: answer, theta_deg.]`,
    );
  });

  it("knows the unit of a result from its name", () => {
    expect(["thickness_um", "sandTime_s", "deltaWorkOfAdhesion_mJ_m2", "npRatio", "naUtilization_pct", "chargedEnergyDensity_Wh_L"].map(unitOfName)).toEqual([
      "µm", "s", "mJ m⁻²", "", "%", "Wh L⁻¹",
    ]);
    expect(() => unitOfName("stackMass_mg_cm2")).toThrowErrorMatchingInlineSnapshot(
      `[Error: "stackMass_mg_cm2" is in a unit the self-check does not know; pick another result.]`,
    );
  });
});

describe("a problem whose answer cannot be computed", () => {
  const base = byId("nzsp-interface-polarization");

  it("stops the build with the reason", () => {
    const long = byId("cumulative-capacity-long-test");
    const tooManySteps: Problem = { ...long, id: "bad", params: { ...long.params, startCurrent_mA_cm2: "0.001", stepCurrent_mA_cm2: "0.001" } };
    expect(() => workProblem(tooManySteps)).toThrowErrorMatchingInlineSnapshot(`[Error: Problem "bad": the CCD planner gives no cumulativeCapacity_mAh_cm2 with these parameters.]`);
    const unreachable: Problem = {
      ...byId("np-ratio-for-specific-energy"),
      id: "bad",
      answer: { solve: { input: "npRatio", output: "specificEnergy_Wh_kg", target: 400, from: 0, to: 20 } },
    };
    expect(() => workProblem(unreachable)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Problem "bad": the result does not reach the target between 0 and 20.]`,
    );
    expect(() => workProblem({ ...base, id: "bad", unit: "" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Problem "bad": the answer is in "mV", not "".]`,
    );
  });
});
