import { getCollection } from "astro:content";
import { table1Csv } from "../../lib/table1-export.ts";

/** Table 1 as CSV, one line per test condition, generated from the validated rows at build time. */
export async function GET(): Promise<Response> {
  const rows = (await getCollection("table1")).map((e) => e.data);
  return new Response(table1Csv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8; header=present" } });
}
