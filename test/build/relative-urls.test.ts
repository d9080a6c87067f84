import { describe, expect, it } from "vitest";
import { prefixToRoot, relativizeCss, relativizeHtml } from "../../src/build/relative-urls.ts";

describe("prefixToRoot", () => {
  it.each([
    ["index.html", "./"],
    ["about/index.html", "../"],
    ["review/molten/index.html", "../../"],
  ])("leads from %s back to the root with %s", (page, prefix) => {
    expect(prefixToRoot(page)).toBe(prefix);
  });
});

describe("relativizeHtml", () => {
  it("rewrites links, assets and island URLs, keeping queries and fragments", () => {
    const html =
      '<a href="/references/#ref-5">5</a><link href="/_astro/a.css"><script src="/_astro/b.js"></script>' +
      '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island>' +
      '<a href="/">home</a><a href="/calculators/ccd/?j=1">ccd</a>';
    expect(relativizeHtml(html, "review/molten/index.html")).toBe(
      '<a href="../../references/#ref-5">5</a><link href="../../_astro/a.css"><script src="../../_astro/b.js"></script>' +
        '<astro-island component-url="../../_astro/C.js" renderer-url="../../_astro/client.js"></astro-island>' +
        '<a href="../../">home</a><a href="../../calculators/ccd/?j=1">ccd</a>',
    );
  });

  it("leaves external, protocol-relative, fragment and already relative URLs alone", () => {
    const html = '<a href="https://doi.org/x">a</a><a href="//cdn.example/x">b</a><a href="#eq-1">c</a><a href="../x/">d</a>';
    expect(relativizeHtml(html, "about/index.html")).toBe(html);
  });

  it("strips a configured base so the build also works elsewhere", () => {
    expect(relativizeHtml('<a href="/some/sub/about/">a</a>', "index.html", "/some/sub/")).toBe('<a href="./about/">a</a>');
  });
});

describe("relativizeCss", () => {
  it("points font URLs at the files beside the stylesheet", () => {
    expect(relativizeCss("src:url(/_astro/KaTeX_Main.woff2) format('woff2')")).toBe(
      "src:url(./KaTeX_Main.woff2) format('woff2')",
    );
    expect(relativizeCss('a{background:url("/some/sub/_astro/x.svg")}', "/some/sub/")).toBe('a{background:url("./x.svg")}');
  });
});
