import { getCollection } from "astro:content";
import { table1Json } from "../../lib/table1-export.ts";

/** Table 1 as JSON (the validated rows with derived capacities), generated at build time. */
export async function GET(): Promise<Response> {
  const rows = (await getCollection("table1")).map((e) => e.data);
  return new Response(table1Json(rows), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
