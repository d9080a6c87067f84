import {
  fields,
  surfaceInputs,
  textureModelLabels,
  textureModels,
  type TextureModel,
} from "../../calculators/contact-angle.ts";
import { NumberInput } from "./kit/NumberInput.tsx";

interface Props {
  texture: TextureModel;
  raw: Record<string, string>;
  errors: Partial<Record<string, string>>;
  onInput(name: string, text: string): void;
  idPrefix: string;
}

/**
 * The surface the Na meets: a texture model (`<select name="textureModel">`) with the roughness or solid fraction
 * it reads, and the pore radius of a host. Their results are among the calculator's outputs.
 */
export function ContactAngleSurface({ texture, raw, errors, onInput, idPrefix }: Props) {
  const id = `${idPrefix}-textureModel`;
  return (
    <fieldset class="ca-surface">
      <legend>Rough surface and pores</legend>
      <div class="calc-field">
        <label for={id}>Surface texture</label>
        <div class="calc-input">
          <select
            id={id}
            name="textureModel"
            value={texture}
            aria-describedby={`${id}-help`}
            onChange={(e) => onInput("textureModel", (e.currentTarget as HTMLSelectElement).value)}
          >
            {textureModels.map((m) => (
              <option key={m} value={m} selected={m === texture}>{textureModelLabels[m]}</option>
            ))}
          </select>
        </div>
        <p class="calc-help" id={`${id}-help`}>Turns the angle above, taken as that of the flat material, into the apparent angle θ*.</p>
      </div>
      {surfaceInputs(texture).map((name) => (
        <NumberInput
          key={name}
          field={fields[name]}
          value={raw[name] ?? ""}
          error={errors[name]}
          onInput={(text) => onInput(name, text)}
          idPrefix={idPrefix}
        />
      ))}
    </fieldset>
  );
}
