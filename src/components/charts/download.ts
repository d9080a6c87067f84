/**
 * Downloads made in the browser: text saved through a Blob URL, and a chart's <svg> copied with its
 * computed colours and fonts written onto every element, so the file looks the same outside the site
 * (where the CSS custom properties do not exist) in the theme the reader was using.
 */

/** Presentation properties copied from the computed style onto each element of the copy. */
const PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "display",
] as const;

/** Saves `text` as a file named `name`. */
export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A standalone SVG document of `svg` as it looks now, on the page's background colour. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll("*")];
  const targets = [copy, ...copy.querySelectorAll("*")];
  sources.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = targets[i];
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    for (const attribute of ["class", "tabindex", "data-i"]) target.removeAttribute(attribute);
  });
  const [, , width, height] = (svg.getAttribute("viewBox") ?? "0 0 600 380").split(/\s+/);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", width);
  copy.setAttribute("height", height);
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  // After <title> and <desc>, which must stay the first children to name the image.
  const first = [...copy.children].find((c) => c.tagName !== "title" && c.tagName !== "desc") ?? null;
  copy.insertBefore(background, first);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
