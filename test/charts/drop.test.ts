import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitSessileDrop } from "../../src/calculators/contact-angle/young-laplace";
import { DRAWN_VOLUME_uL, layoutDrop, type DropLayout } from "../../src/charts/drop";
import { expectClose } from "../helpers/close";

/** The numbers of an SVG path, in order. */
const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?(e[+-]?\d+)?/g) ?? []).map(Number);

/** Left contact, top, right contact and arc radius of a cap outline "M x,y A r,r 0 0 1 x,y A r,r 0 0 1 x,y Z". */
function outline(path: string) {
  const n = numbers(path);
  return { left: n[0], radius: n[2], top: { x: n[7], y: n[8] }, right: n[14] };
}

const inside = (layout: DropLayout, x: number, y: number) =>
  x >= 0 && x <= layout.width && y >= 0 && y <= layout.substrateY;

describe(`layoutDrop for an angle alone (a ${DRAWN_VOLUME_uL} µL drop at a fixed scale)`, () => {
  const hemisphere = layoutDrop({ theta_deg: 90 });

  it("draws a hemisphere at 90°: as high as its base radius, the arc radius", () => {
    const o = outline(hemisphere.drop);
    expectClose(o.right - o.left, 2 * o.radius, 0.02);
    expectClose(hemisphere.substrateY - o.top.y, o.radius, 0.02);
    expect(o.top.x).toBe(240);
  });

  it("draws the tangent upright at 90°, and the arc a quarter circle through the liquid", () => {
    const t = hemisphere.tangent!;
    expect(t.x2).toBe(t.x1);
    expect(t.y2).toBe(hemisphere.substrateY - 70);
    expect(hemisphere.arc).toBe(`M${t.x1 - 34},200A34,34 0 0 1 ${t.x1},166`);
  });

  it("makes the tangent lean over the base above 90°, where the drop overhangs", () => {
    const layout = layoutDrop({ theta_deg: 130 });
    expect(layout.tangent!.x2).toBeGreaterThan(layout.tangent!.x1);
    const o = outline(layout.drop);
    // Wider than its base: the sphere's diameter exceeds the contact line's length.
    expect(2 * o.radius).toBeGreaterThan(o.right - o.left);
  });

  it("draws a sphere touching the solid at one point at 180°", () => {
    const layout = layoutDrop({ theta_deg: 180 });
    const o = outline(layout.drop);
    expect(o.left).toBe(240);
    expect(o.right).toBe(240);
    expectClose(layout.substrateY - o.top.y, 2 * o.radius, 0.02);
    expect(o.top.y).toBeGreaterThanOrEqual(14);
  });

  it("draws a film over the whole solid at 0°, with no tangent or arc", () => {
    const layout = layoutDrop({ theta_deg: 0 });
    expect(layout.drop).toBe("M24,200V198H456V200Z");
    expect(layout.tangent).toBeUndefined();
    expect(layout.arc).toBeUndefined();
    expect(layout.label.text).toBe("θ = 0°: a film");
    expect(layout.title).toBe(
      "A 5 µL drop of molten Na on a flat solid at a contact angle of 0.0°, spread into a film, drawn to scale (bar: 1 mm).",
    );
  });

  it("keeps one scale as the angle changes, so the same volume is seen spreading", () => {
    expect(layoutDrop({ theta_deg: 60 }).scaleBar).toEqual(layoutDrop({ theta_deg: 150 }).scaleBar);
    expect(layoutDrop({ theta_deg: 60 }).scaleBar).toEqual({ x1: 24, x2: 111.67, y: 248, label: "1 mm" });
  });

  it("zooms out for a drop too flat to fit, so both contact points stay in view", () => {
    const flat = layoutDrop({ theta_deg: 2 });
    const o = outline(flat.drop);
    expect(o.left).toBeGreaterThanOrEqual(24 - 0.01);
    expect(o.right).toBeLessThanOrEqual(456 + 0.01);
    expect(flat.scaleBar.label).not.toBe("1 mm");
  });

  it("labels θ beyond the tangent's end, outside the liquid, below 90°", () => {
    const layout = layoutDrop({ theta_deg: 72.5 });
    expect(layout.label).toEqual({ x: 363.86, y: 130.23, text: "θ = 72.5°", anchor: "start" });
    expect(layout.label.x).toBeGreaterThan(layout.tangent!.x2);
    expect(layout.label.y).toBeLessThan(layout.tangent!.y2);
  });

  it("labels θ on the bisector of the liquid's wedge from 90°", () => {
    const layout = layoutDrop({ theta_deg: 130 });
    const t = layout.tangent!;
    expect(layout.label.anchor).toBe("middle");
    expect(layout.label.y).toBeLessThan(layout.substrateY);
    // Left of the tangent's line through the contact point: on the liquid's side.
    const side = (t.x2 - t.x1) * (layout.label.y - t.y1) - (t.y2 - t.y1) * (layout.label.x - t.x1);
    expect(side).toBeLessThan(0);
  });

  it("turns the label back inside the view when it would run off the right edge", () => {
    const wide = layoutDrop({ theta_deg: 53.13, diameter_mm: 4 });
    expect(wide.label.anchor).toBe("end");
    expect(wide.label.x).toBeLessThanOrEqual(wide.tangent!.x2);
  });

  it("gives only the symbol θ in teacher mode", () => {
    expect(layoutDrop({ theta_deg: 72.5, showValue: false }).label.text).toBe("θ");
    expect(layoutDrop({ theta_deg: 72.5, showValue: false }).title).not.toContain("72.5");
    expect(layoutDrop({ theta_deg: 53.13, diameter_mm: 4, showValue: false }).title).not.toContain("µL");
  });

  it("names what it draws, with its size", () => {
    expect(layoutDrop({ theta_deg: 72.5 }).title).toBe(
      "A 5 µL drop of molten Na on a flat solid at a contact angle of 72.5°: base 3.09 mm wide and 1.13 mm high, " +
        "drawn to scale (bar: 1 mm).",
    );
  });
});

describe("layoutDrop for a drop's base diameter (drop mode)", () => {
  const layout = layoutDrop({ theta_deg: 53.13010235415598, diameter_mm: 4 });

  it("fits the entered drop, 4 mm × 1 mm, to the view's width", () => {
    const o = outline(layout.drop);
    expectClose(o.right - o.left, 432, 0.02);
    expectClose(layout.substrateY - o.top.y, 108, 0.02);
    expect(layout.scaleBar.label).toBe("1 mm");
    expect(layout.title).toBe(
      "The drop entered, 6.81 µL, of molten Na on a flat solid at a contact angle of 53.1°: base 4 mm wide and " +
        "1 mm high, drawn to scale (bar: 1 mm).",
    );
  });

  it("fits a tall drop to the view's height", () => {
    const tall = layoutDrop({ theta_deg: 160, diameter_mm: 1 });
    expectClose(tall.substrateY - outline(tall.drop).top.y, 186, 0.02);
  });

  it("draws the reference state A with the entered drop's volume, zooming out to keep its top in view", () => {
    const withRef = layoutDrop({ theta_deg: 53.13010235415598, diameter_mm: 4, compareTheta_deg: 122.5 });
    expect(withRef.legend.reference).toBe("Dashed outline: state A, θ = 122.5°, the same volume");
    const a = outline(withRef.compare!);
    expect(a.top.y).toBeGreaterThanOrEqual(14 - 0.01);
    const b = outline(withRef.drop);
    expect(b.right - b.left).toBeLessThan(432);
    // A flat reference may run off the sides, but does not shrink the drop entered.
    const flatRef = layoutDrop({ theta_deg: 53.13010235415598, diameter_mm: 4, compareTheta_deg: 5 });
    expect(flatRef.scaleBar).toEqual(layout.scaleBar);
  });
});

describe("layoutDrop, whatever the angle", () => {
  it("gives finite coordinates, a closed outline and contact points on the substrate", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 180, noNaN: true }), fc.option(fc.double({ min: 0.01, max: 100, noNaN: true })), (theta, d) => {
        const layout = layoutDrop({ theta_deg: theta, ...(d === null ? {} : { diameter_mm: d }), compareTheta_deg: 90 });
        for (const path of [layout.drop, layout.compare!, layout.arc ?? ""]) {
          for (const n of numbers(path)) expect(Number.isFinite(n)).toBe(true);
        }
        expect(layout.drop.endsWith("Z")).toBe(true);
        expect(inside(layout, layout.label.x, layout.label.y)).toBe(true);
        if (layout.tangent) expect(inside(layout, layout.tangent.x2, layout.tangent.y2)).toBe(true);
      }),
    );
  });

  it("draws the same markup for the same state", () => {
    expect(layoutDrop({ theta_deg: 72.5, compareTheta_deg: 122.5 })).toEqual(layoutDrop({ theta_deg: 72.5, compareTheta_deg: 122.5 }));
  });

  it("draws an angle so near 0° that the sphere's radius overflows as a film", () => {
    expect(layoutDrop({ theta_deg: 5e-324 }).drop).toBe(layoutDrop({ theta_deg: 0 }).drop);
    expect(layoutDrop({ theta_deg: 5e-324, diameter_mm: 4 }).drop).toBe("M24,200V198H456V200Z");
  });
});

describe("layoutDrop with gravity (the liquid's capillary length known)", () => {
  const LC = 4.6; // mm, about that of Na at 250 °C
  /** Top (smallest y) and the ends of a polyline outline "Mx,yLx,y…Z". */
  const polyline = (path: string) => {
    const pts = path.slice(1, -1).split("L").map((p) => p.split(",").map(Number) as [number, number]);
    return { first: pts[0]!, last: pts.at(-1)!, top: Math.min(...pts.map((p) => p[1])), points: pts };
  };

  it("draws the fitted drop of drop mode as it is: 4 mm wide, 2.5 mm high, overhanging its base", () => {
    const fit = fitSessileDrop(2.5, 4, LC);
    if (!fit.ok) throw new Error("no fit");
    const layout = layoutDrop({ theta_deg: fit.drop.theta_deg, shape: fit.drop, capillaryLength_mm: LC });
    const o = polyline(layout.drop);
    expect(o.first[1]).toBe(200);
    expect(o.last[1]).toBe(200);
    const scale = (o.last[0] - o.first[0]) / 4;
    expectClose(200 - o.top, 2.5 * scale, 0.02);
    // Wider than its base somewhere, as beyond 90°.
    expect(Math.max(...o.points.map((p) => p[0])) - 240).toBeGreaterThan(2 * scale);
    expect(layout.title).toMatch(/^The drop entered, 24\.\d µL, of molten Na on a flat solid at a contact angle of 10\d\.\d°: base 4 mm wide and 2\.5 mm high, drawn to scale as gravity shapes it \(Young–Laplace\)/);
  });

  it("draws a 5 µL drop lower than the spherical cap of the same volume and angle", () => {
    const withGravity = polyline(layoutDrop({ theta_deg: 72.5, capillaryLength_mm: LC }).drop);
    const cap = outline(layoutDrop({ theta_deg: 72.5 }).drop);
    expect(200 - withGravity.top).toBeLessThan(200 - cap.top.y);
    expect(200 - withGravity.top).toBeGreaterThan(0.8 * (200 - cap.top.y));
  });

  it("draws state A with gravity too, holding the same volume", () => {
    const layout = layoutDrop({ theta_deg: 72.5, capillaryLength_mm: LC, compareTheta_deg: 122.5 });
    const a = polyline(layout.compare!);
    expect(a.first[1]).toBe(200);
    expect(a.top).toBeGreaterThanOrEqual(14 - 0.01);
  });

  it("still draws a film at 0°", () => {
    expect(layoutDrop({ theta_deg: 0, capillaryLength_mm: LC }).drop).toBe("M24,200V198H456V200Z");
  });
});
