import { describe, expect, it } from "vitest";
import { hoistIslandStyle } from "../../src/build/hoist-island-style.ts";

const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

describe("hoistIslandStyle", () => {
  it("moves Astro's island style from the body to the end of the head", () => {
    const html = `<html><head><title>x</title></head><body><p>a</p>${style}<astro-island></astro-island></body></html>`;
    expect(hoistIslandStyle(html)).toBe(
      `<html><head><title>x</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
    );
  });

  it("leaves pages without islands, or already fixed, unchanged", () => {
    const plain = "<html><head></head><body><p>a</p></body></html>";
    expect(hoistIslandStyle(plain)).toBe(plain);
    const fixed = `<html><head>${style}</head><body></body></html>`;
    expect(hoistIslandStyle(fixed)).toBe(fixed);
  });
});
