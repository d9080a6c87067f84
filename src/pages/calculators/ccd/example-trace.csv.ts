import { exampleCsv } from "../../../calculators/synthetic-trace.ts";

/** The analyser's example: a synthetic trace made by our own code from a stated model (see the page). */
export function GET(): Response {
  return new Response(exampleCsv(), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
