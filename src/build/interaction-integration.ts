import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

declare module "astro" {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first pointer, touch or focus inside the island (src/build/interaction-directive.ts). */
    "client:interaction"?: boolean;
  }
}

/** Registers `client:interaction` (see interaction-directive.ts). */
export default function interactionDirective(): AstroIntegration {
  return {
    name: "sodiophilic:interaction-directive",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({ name: "interaction", entrypoint: fileURLToPath(new URL("./interaction-directive.ts", import.meta.url)) });
      },
    },
  };
}
