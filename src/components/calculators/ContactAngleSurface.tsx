import {
  fields,
  surfaceInputs,
  textureModelLabels,
  textureModels,
  type TextureModel,
} from "../../calculators/contact-angle.ts";
import { NumberInput } from "./kit/NumberInput.tsx";
import { SelectInput } from "./kit/SelectInput.tsx";

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
  return (
    <fieldset class="ca-surface">
      <legend>Rough surface and pores</legend>
      <SelectInput
        name="textureModel"
        label="Surface texture"
        options={textureModels.map((m) => ({ value: m, label: textureModelLabels[m] }))}
        value={texture}
        onChange={(m) => onInput("textureModel", m)}
        idPrefix={idPrefix}
        help="Turns the angle above, taken as that of the flat material, into the apparent angle θ*."
      />
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
