import { getCollection } from "astro:content";
import { table2Csv } from "../../lib/table2-export.ts";

/** Table 2 as CSV, one line per test condition, generated from the validated rows at build time. */
export async function GET(): Promise<Response> {
  const rows = (await getCollection("table2")).map((e) => e.data);
  return new Response(table2Csv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8; header=present" } });
}
