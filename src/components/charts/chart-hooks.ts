import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { readCompare, type CompareTable } from "../../charts/compare.ts";
import { toggleSeries } from "../../charts/legend.ts";
import { CHART_WIDTH, chartWidth } from "../../charts/size.ts";
import type { CellValue } from "../../charts/points.ts";

/** Fired on window when a "compare your result" form changes the URL. */
export const COMPARE_EVENT = "sodiophilic:compare";

/** Tells the charts on the page that the reader's cell changed (the URL holds it). */
export function announceCompare(): void {
  window.dispatchEvent(new Event(COMPARE_EVENT));
}

/**
 * What every chart island keeps: whether it has hydrated (controls work only then), the series the
 * reader hid, the log switch, the reader's cell read from the URL, and the site root for links.
 * The root comes from the nearest `data-root` attribute, which the build rewrites to a relative URL,
 * so links made after hydration work under any sub-path; until then `root` (from url()) is used.
 */
export function useChartState(table: CompareTable, root: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const [hidden, setHidden] = useState<string[]>([]);
  const [log, setLog] = useState(true);
  const [rootHref, setRootHref] = useState(root);
  const [reader, setReader] = useState<Record<string, CellValue> | null>(null);

  useEffect(() => {
    setRootHref(ref.current?.closest("[data-root]")?.getAttribute("data-root") ?? root);
    const read = () => setReader(readCompare(location.search, table).cell);
    read();
    setLive(true);
    window.addEventListener(COMPARE_EVENT, read);
    return () => window.removeEventListener(COMPARE_EVENT, read);
  }, []);

  return {
    ref,
    live,
    hidden,
    toggle: (key: string) => setHidden((h) => toggleSeries(h, key)),
    log,
    setLog,
    rootHref,
    reader,
  };
}

export interface Tip {
  /** Index of the mark in the layout's list. */
  index: number;
  /** Anchor below the mark, in px from the chart's top left. */
  left: number;
  top: number;
  /** True near the right edge: the tooltip then extends leftwards. */
  flip: boolean;
}

/**
 * A tooltip that follows hover and keyboard focus: it stays while the pointer moves onto it (so its link
 * can be clicked), and Escape dismisses it without moving the pointer or the focus (WCAG 1.4.13).
 */
export function useTooltip(container: RefObject<HTMLElement>) {
  const [tip, setTip] = useState<Tip | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const keep = () => clearTimeout(timer.current);
  // On touch: whether the last press began with this mark's tooltip already open (a second tap).
  const press = useRef<{ touch: boolean; open: boolean }>({ touch: false, open: false });

  useEffect(() => {
    if (!tip) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setTip(null);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [tip !== null]);
  // A hide still pending when the chart unmounts is dropped.
  useEffect(() => keep, []);

  const api = {
    tip,
    show(index: number, target: Element) {
      keep();
      const box = container.current?.getBoundingClientRect();
      const mark = (target.querySelector("path") ?? target).getBoundingClientRect();
      if (!box) return;
      const left = mark.left + mark.width / 2 - box.left;
      setTip({ index, left, top: mark.bottom - box.top + 6, flip: left > box.width * 0.55 });
    },
    hideSoon() {
      keep();
      timer.current = setTimeout(() => setTip(null), 250);
    },
    hide() {
      keep();
      setTip(null);
    },
    keep,
    /**
     * A mark's pointer handlers: hover shows its tooltip for a mouse or pen; on touch, which has no hover,
     * the first tap shows the tooltip instead of following the link, and a second tap on it follows it.
     */
    pointer(index: number) {
      return {
        onPointerDown(e: PointerEvent) {
          press.current = { touch: e.pointerType === "touch", open: tip?.index === index };
        },
        onPointerEnter(e: PointerEvent) {
          if (e.pointerType !== "touch") api.show(index, e.currentTarget as Element);
        },
        onPointerLeave(e: PointerEvent) {
          if (e.pointerType !== "touch") api.hideSoon();
        },
        onClick(e: MouseEvent) {
          const { touch, open } = press.current;
          press.current = { touch: false, open: false };
          if (!touch || open) return;
          e.preventDefault();
          api.show(index, e.currentTarget as Element);
        },
      };
    },
  };
  return api;
}

/**
 * Roving focus over a chart's marks: one mark is in the tab order; arrows move to the previous or next
 * mark in reading order, Home and End to the first and last. `order` lists the focusable marks' indices.
 */
export function useRoving(order: readonly number[], svg: RefObject<SVGSVGElement>) {
  const [focus, setFocus] = useState(0);
  const current = order.includes(focus) ? focus : (order[0] ?? -1);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = order.indexOf(current);
    const next: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    const target = order[Math.max(0, Math.min(order.length - 1, next[e.key]))];
    setFocus(target);
    svg.current?.querySelector<SVGElement>(`[data-i="${target}"]`)?.focus();
  };
  return { current, setFocus, onKeyDown };
}

/**
 * The viewBox width for the chart canvas `ref` points at, following its column (chartWidth): the
 * prerendered width until hydration, then the column's width, so the build and the first render agree
 * and a phone gets a narrower viewBox with text at its set size rather than a shrunken wide one.
 */
export function useChartWidth(ref: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(CHART_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(chartWidth(el.clientWidth));
    measure();
    if (!("ResizeObserver" in window)) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
