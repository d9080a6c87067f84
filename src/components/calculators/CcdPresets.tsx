import { useState } from "preact/hooks";
import type { PolarizationPreset, ResistanceRow } from "../../calculators/polarization.ts";

/** A Table 1 row as the preset list needs it: what a preset reads, plus how the row is printed. */
export type PresetRow = ResistanceRow & { tableRow: number; electrolyteFamily: string };

interface Props {
  rows: readonly PresetRow[];
  /** Loads the row; returns the preset applied, or undefined for a row without a resistance. */
  onLoad(row: PresetRow): PolarizationPreset | undefined;
  idPrefix: string;
  /** The site root, relative to the page, for reference links. */
  root: string;
}

/** A list of the 18 rows of Table 1, each with its reference; loading one sets the polarization inputs. */
export function CcdPresets({ rows, onLoad, idPrefix, root }: Props) {
  const usable = rows.filter((r) => r.interfacialResistance_ohm_cm2 !== null);
  const [chosen, setChosen] = useState(usable.find((r) => r.ref === 13)?.id ?? usable[0]?.id ?? "");
  const [loaded, setLoaded] = useState<{ row: PresetRow; preset: PolarizationPreset } | undefined>();
  const id = `${idPrefix}-preset`;
  const load = () => {
    const row = rows.find((r) => r.id === chosen);
    const preset = row && onLoad(row);
    if (row && preset) setLoaded({ row, preset });
  };
  return (
    <div class="ccd-presets">
      <label for={id}>Load a row of Table 1</label>
      <div class="ccd-preset-pick">
        <select id={id} value={chosen} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
          {rows.map((r) => (
            <option key={r.id} value={r.id} disabled={r.interfacialResistance_ohm_cm2 === null}>
              {r.tableRow}. {r.strategy} ({r.electrolyteFamily}, {r.testingTemperature_C} °C) [{r.ref}]
              {r.interfacialResistance_ohm_cm2 === null ? ": no resistance reported" : ""}
            </option>
          ))}
        </select>
        <button type="button" class="button" onClick={load}>
          Load
        </button>
      </div>
      <p class="ccd-preset-status" role="status">
        {loaded && (
          <>
            <strong>Loaded: {loaded.preset.label}</strong>, R<sub>int</sub> = {loaded.preset.values.interfacialResistance_ohm_cm2} Ω cm².{" "}
            {loaded.preset.note} Source: Table 1, ref.{" "}
            <a href={`${root}references/#ref-${loaded.row.ref}`}>[{loaded.row.ref}]</a>.
          </>
        )}
      </p>
    </div>
  );
}
