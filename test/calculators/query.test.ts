import { describe, expect, it } from "vitest";
import type { NumberField } from "../../src/calculators/fields.ts";
import { readHidden, readQuery, writeQuery } from "../../src/calculators/query.ts";

const theta: NumberField = { name: "theta_deg", label: "Contact angle θ", unit: "°", default: 72.5, min: 0, max: 180 };
const spec = { numbers: { theta_deg: theta }, choices: { mode: ["angle", "drop", "young"] }, extra: ["hide"] };

describe("readQuery", () => {
  it("does not report the words a search result marks (highlight) as an unknown setting", () => {
    expect(readQuery("?theta_deg=90&highlight=wetting", spec)).toEqual({ values: { theta_deg: "90" }, notes: [] });
  });

  it("keeps recognised parameters as typed, so a bad number can be flagged by its field", () => {
    expect(readQuery("?theta_deg=abc&mode=drop&hide=x", spec)).toEqual({
      values: { theta_deg: "abc", mode: "drop" },
      notes: [],
    });
  });

  it("reports unknown parameters, bad choices and repeated keys instead of failing", () => {
    expect(readQuery("?foo=1&mode=<script>&theta_deg=10&theta_deg=20", spec)).toEqual({
      values: { theta_deg: "10" },
      notes: [
        "Ignored “foo”: this calculator has no such setting.",
        "Ignored mode=“<script>”: it must be one of angle, drop, young.",
        "“theta_deg” was given 2 times; the first value is used.",
      ],
    });
  });

  it("cuts very long values and very long notes", () => {
    const long = "9".repeat(5000);
    const { values, notes } = readQuery(`?theta_deg=${long}&${"k".repeat(300)}=1`, spec);
    expect(values.theta_deg).toHaveLength(200);
    expect(notes[0]).toBe(`Ignored “${"k".repeat(40)}…”: this calculator has no such setting.`);
  });

  it("stops reading after 60 parameters", () => {
    const search = Array.from({ length: 80 }, (_, i) => `p${i}=1`).join("&");
    const { notes } = readQuery(search, spec);
    expect(notes).toHaveLength(61);
    expect(notes.at(-1)).toBe("The link has more than 60 parameters; the rest were ignored.");
  });
});

describe("writeQuery", () => {
  it("writes the values in the given order and leaves out empty ones", () => {
    expect(writeQuery({ theta_deg: "72.5", mode: "angle", x: "" }, ["mode", "theta_deg", "x"])).toBe("?mode=angle&theta_deg=72.5");
  });

  it("round-trips through readQuery", () => {
    const values = { mode: "young", theta_deg: "120" };
    expect(readQuery(writeQuery(values, ["mode", "theta_deg"]), spec).values).toEqual(values);
  });
});

describe("readHidden", () => {
  const outputs = ["theta_deg", "workOfAdhesion_mJ_m2"] as const;

  it("hides the outputs a teacher's link names, and says which names are not outputs", () => {
    expect(readHidden("?hide=workOfAdhesion_mJ_m2, nope", outputs)).toEqual({
      hidden: ["workOfAdhesion_mJ_m2"],
      notes: ["Ignored “nope” in hide: there is no result of that name."],
    });
  });

  it("hides nothing without the flag", () => {
    expect(readHidden("?theta_deg=10", outputs)).toEqual({ hidden: [], notes: [] });
  });
});
