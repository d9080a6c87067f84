import { z } from "astro/zod";
import { readNumber } from "../calculators/fields.ts";
import { parseCitationList } from "../lib/citations.ts";
import { calculatorIds, calculators } from "../teach/calculators.ts";
import { citedNumbers } from "../teach/citations.ts";
import { units } from "../teach/units.ts";

/**
 * One worked problem of the teaching kit (src/content/data/problems.json, shown on /teach/). A problem
 * opens one calculator in a given state (its URL parameters), and its answer is one of that calculator's
 * results, computed at build time (src/teach/answers.ts), never typed. Text fields are "Markdown-light":
 * *emphasis*, **strong** and inline TeX between dollar signs ($\gamma_{LV}$).
 */

/** Where the answer comes from; every name is one the calculator uses in its URL or its `<output name>`. */
export const answerSchema = z.union([
  z.strictObject({
    /** A result of the calculator, e.g. "workOfAdhesion_mJ_m2"; its unit is the one its name ends in. */
    output: z.string(),
  }),
  z.strictObject({
    /** Two results, the answer being the first minus the second (same unit), e.g. charged − discharged thickness. */
    difference: z.tuple([z.string(), z.string()]),
  }),
  z.strictObject({
    /**
     * The value of an input at which a result reaches a target, found by bisection between `from` and `to`
     * (the result must cross the target once there), e.g. the N/P ratio at which specific energy falls to 150 Wh kg⁻¹.
     */
    solve: z.strictObject({
      /** The input to vary (a URL parameter name); the answer is in its unit. */
      input: z.string(),
      /** The result to match (an output name). */
      output: z.string(),
      /** The value the result should take, in the output's unit. */
      target: z.number(),
      /** Lower end of the search, in the input's unit. */
      from: z.number(),
      /** Upper end of the search, in the input's unit. */
      to: z.number(),
    }),
  }),
]);

/** How close a student's answer must be: a fraction of the answer (0.02 = 2 %), or an amount in the problem's unit. */
export const toleranceSchema = z.union([
  z.strictObject({ relative: z.number().positive().max(0.2) }),
  z.strictObject({ absolute: z.number().positive() }),
]);

/** One step of a solution: a sentence, an equation, or both; `{{name}}` placeholders are filled at build time. */
export const solutionStepSchema = z
  .strictObject({
    /** Markdown-light sentence; `{{answer}}` is the answer, `{{name|3}}` a value to 3 significant digits. */
    text: z.string().min(3).optional(),
    /** TeX of a display equation, with the same placeholders; carry the units (\mathrm{mV}). */
    tex: z.string().min(3).optional(),
  })
  .refine((s) => s.text !== undefined || s.tex !== undefined, { message: "A step needs a text, a tex, or both" });

const unitSymbols = ["", ...units.map((u) => u.symbol)] as const;

export const problemSchema = z
  .strictObject({
    /** Stable id, used as the anchor /teach/#<id>: lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The review's chapter the problem belongs to (1–5); /teach/ groups problems by it. */
    chapter: z.number().int().min(1).max(5),
    /** Which calculator the problem opens. */
    calculator: z.enum(calculatorIds),
    /** Short title, e.g. "Cleaning NZSP: the gain in adhesion". */
    title: z.string().min(5),
    /**
     * The problem in our words, resting on a number from the review, cited where it is used with the
     * review's reference numbers in brackets ("… drops from 122.5° to 72.5° [15].").
     */
    statement: z.string().min(40),
    /** Every reference number the statement cites: "15", "9, 42, 90", "5–8". */
    cite: z.string().regex(/^\d+(\s*[,–-]\s*\d+)*$/),
    /** A nudge that does not give the answer away. */
    hint: z.string().min(10),
    /** The calculator's URL parameters (as text, like a link), e.g. { "mode": "angle", "theta_deg": "72.5" }. */
    params: z.record(z.string(), z.string()),
    /** Which result the student computes. */
    answer: answerSchema,
    /** The unit the answer is asked in (a unit of src/teach/units.ts, "" for a pure number). */
    unit: z.enum(unitSymbols),
    /** Significant digits of the printed answer (default 3). */
    digits: z.number().int().min(1).max(6).default(3),
    /** How far a self-checked answer may be from the computed one. */
    tolerance: toleranceSchema,
    /** Outputs the teacher link hides (default: the answer's result); output names of the calculator. */
    hide: z.array(z.string()).min(1).optional(),
    /** The derivation, step by step. */
    solution: z.array(solutionStepSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const calc = calculators[p.calculator];
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    try {
      const inText = citedNumbers(p.statement).join(", ");
      const listed = parseCitationList(p.cite).sort((a, b) => a - b).join(", ");
      if (inText === "") issue(["statement"], "Cite the review's reference for the number the problem rests on, e.g. [15]");
      else if (inText !== listed) issue(["cite"], `The statement cites ${inText}; cite lists ${listed}`);
    } catch (error) {
      issue(["cite"], (error as Error).message);
    }
    for (const [name, text] of Object.entries(p.params)) {
      const choice = [calc.choice, ...(calc.moreChoices ?? [])].find((c) => c?.name === name);
      if (choice) {
        if (!choice.values.includes(text)) issue(["params", name], `Expected one of ${choice.values.join(", ")}`);
      } else if (name in calc.numbers) {
        const reading = readNumber(text, calc.numbers[name]!);
        if (!reading.ok) issue(["params", name], reading.error);
      } else {
        issue(["params", name], `The ${calc.name} has no parameter of that name`);
      }
    }
    const isOutput = (name: string) => name in calc.outputs;
    const outputs =
      "output" in p.answer ? [p.answer.output] : "difference" in p.answer ? p.answer.difference : [p.answer.solve.output];
    for (const name of outputs) if (!isOutput(name)) issue(["answer"], `The ${calc.name} has no output "${name}"`);
    if ("solve" in p.answer && !(p.answer.solve.input in calc.numbers)) {
      issue(["answer", "solve", "input"], `The ${calc.name} has no input "${p.answer.solve.input}"`);
    }
    for (const [i, name] of (p.hide ?? []).entries()) {
      if (!isOutput(name)) issue(["hide", i], `The ${calc.name} has no output "${name}"`);
    }
  });

export type Problem = z.infer<typeof problemSchema>;
export type ProblemAnswer = z.infer<typeof answerSchema>;
