/**
 * The analyser's import settings kept in the browser: the electrode area in the URL (so a link keeps it),
 * and the reader's column choices remembered per detected format in localStorage, by column name.
 */
import type { NumberField } from "../../calculators/fields.ts";
import type { ColumnMapping } from "../../calculators/trace/import/columns.ts";
import type { ImportChoice, ImportPlan } from "../../calculators/trace/import/plan.ts";

export const areaField: NumberField = {
  name: "electrodeArea_cm2",
  label: "Electrode area",
  unit: "cm²",
  default: 0,
  min: 0,
  minExclusive: true,
  max: 1000,
  help: "Needed when the current is in A, mA or µA.",
};

export const diameterField: NumberField = {
  name: "electrodeDiameter_mm",
  label: "or its diameter",
  unit: "mm",
  default: 0,
  min: 0,
  minExclusive: true,
  max: 300,
  help: "A disc: the area is π d²/4.",
};

/** Area of a disc, in cm², from its diameter in mm. */
export const discArea_cm2 = (diameter_mm: number) => (Math.PI * (diameter_mm / 10) ** 2) / 4;

export function readAreaFromUrl(): string {
  return new URLSearchParams(location.search).get(areaField.name) ?? "";
}

/** Writes the area into the URL, leaving every other parameter as it is. */
export function writeAreaToUrl(text: string): void {
  const query = new URLSearchParams(location.search);
  if (text.trim() === "") query.delete(areaField.name);
  else query.set(areaField.name, text.trim());
  const search = query.toString();
  history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
}

const KEY = "sodiophilic:import:";
type Named = { time?: string; voltage?: string; current?: string | null; state?: string | null } & Partial<
  Pick<ColumnMapping, "timeUnit" | "voltageUnit" | "currentUnit">
>;

/** Remembers the reader's choice for this format, by column names (indices differ between files). */
export function rememberChoice(plan: ImportPlan, m: ColumnMapping): void {
  const name = (k: number) => (k === -1 ? null : (plan.names[k] ?? null));
  const named: Named = {
    time: name(m.time) ?? undefined,
    voltage: name(m.voltage) ?? undefined,
    current: name(m.current),
    timeUnit: m.timeUnit,
    voltageUnit: m.voltageUnit,
    currentUnit: m.currentUnit,
  };
  try {
    localStorage.setItem(KEY + plan.format.id, JSON.stringify(named));
  } catch {
    // Storage may be off (private mode): the choice then lasts for this file only.
  }
}

/** The remembered choice for the plan's format, as indices of this file's columns; undefined when none or same. */
export function rememberedChoice(plan: ImportPlan): ImportChoice | undefined {
  let named: Named;
  try {
    named = JSON.parse(localStorage.getItem(KEY + plan.format.id) ?? "null") as Named;
  } catch {
    return undefined;
  }
  if (!named || typeof named !== "object") return undefined;
  const index = (n: string | null | undefined) => (n === null ? -1 : n === undefined ? undefined : plan.names.indexOf(n));
  const choice: ImportChoice = {};
  const t = index(named.time),
    v = index(named.voltage),
    c = index(named.current);
  if (t !== undefined && t !== -1) choice.time = t;
  if (v !== undefined && v !== -1) choice.voltage = v;
  if (c !== undefined && (c !== -1 || named.current === null)) choice.current = c;
  if (named.timeUnit) choice.timeUnit = named.timeUnit;
  if (named.voltageUnit) choice.voltageUnit = named.voltageUnit;
  if (named.currentUnit) choice.currentUnit = named.currentUnit;
  const m = plan.mapping;
  const same = (Object.keys(choice) as (keyof ColumnMapping)[]).every((k) => choice[k] === m[k]);
  return same ? undefined : choice;
}
