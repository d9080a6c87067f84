/**
 * The planner's current staircase, shared with the trace analyser on the calculator's page: a file without
 * a current column is split into steps by this plan. Both islands load this one module, so it is shared.
 * Until the planner publishes (it hydrates when seen), the plan is read from the page's address.
 */
import { compute, defaultProtocol, defaults, fields, protocols, type CcdInput, type Protocol } from "../../calculators/ccd.ts";
import { readNumber } from "../../calculators/fields.ts";
import { readQuery } from "../../calculators/query.ts";
import type { StepPlan } from "../../calculators/staircase.ts";

export interface PlannerSnapshot {
  protocol: Protocol;
  /** Valid inputs of the planner, by URL name. */
  values: Partial<Record<CcdInput, number>>;
  /** The steps, or undefined while the staircase has an invalid input. */
  plan: StepPlan[] | undefined;
}

type Listener = (snapshot: PlannerSnapshot) => void;

let latest: PlannerSnapshot | undefined;
const listeners = new Set<Listener>();

/** A snapshot from values and a protocol (used by the planner, and for the address fallback). */
export function snapshotOf(values: Partial<Record<CcdInput, number>>, protocol: Protocol): PlannerSnapshot {
  const table = compute(values, protocol).table;
  return { protocol, values, plan: table.length > 0 ? table : undefined };
}

function fromAddress(search: string): PlannerSnapshot {
  const { values: raw } = readQuery(search, { numbers: fields, choices: { protocol: protocols } });
  const values: Partial<Record<CcdInput, number>> = { ...defaults };
  for (const [name, text] of Object.entries(raw)) {
    if (!(name in fields)) continue;
    const reading = readNumber(text, fields[name as CcdInput]);
    if (reading.ok) values[name as CcdInput] = reading.value;
    else delete values[name as CcdInput];
  }
  return snapshotOf(values, (raw.protocol as Protocol | undefined) ?? defaultProtocol);
}

export function publishPlanner(snapshot: PlannerSnapshot): void {
  latest = snapshot;
  for (const listener of listeners) listener(snapshot);
}

export function currentPlanner(): PlannerSnapshot {
  return latest ?? fromAddress(typeof location === "undefined" ? "" : location.search);
}

export function subscribePlanner(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
