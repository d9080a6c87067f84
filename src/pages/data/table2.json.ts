import { getCollection } from "astro:content";
import { table2Json } from "../../lib/table2-export.ts";

/** Table 2 as JSON (the validated rows with derived capacities), generated at build time. */
export async function GET(): Promise<Response> {
  const rows = (await getCollection("table2")).map((e) => e.data);
  return new Response(table2Json(rows), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
