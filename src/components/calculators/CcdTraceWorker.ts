/**
 * The page's side of the analyser's Web Worker: one request at a time per kind, answered by a promise.
 * Reading a new file starts a fresh worker, so a large file still being read is simply abandoned.
 */
import type { ImportPlan } from "../../calculators/trace/import/plan.ts";
import type { TraceRequest, TraceResponse } from "./CcdTraceMessages.ts";
import workerHref from "./ccd-worker.ts?worker&url";

type Answer<T extends TraceResponse["type"]> = Extract<TraceResponse, { type: T }>;
type Pending = { resolve(r: TraceResponse): void; reject(e: Error): void; onProgress?: (fraction: number, rows: number) => void };

/** Rejection of a request overtaken by a newer one; the caller ignores it. */
export class Superseded extends Error {}

/** A problem with the file or the analysis, with the message to show the reader (and the import plan, if made). */
export class TraceError extends Error {
  constructor(
    message: string,
    readonly plan?: ImportPlan,
  ) {
    super(message);
  }
}

// Distributes a request over the request union, so each literal type keeps its own fields.
type Omitted<T> = T extends unknown ? Omit<T, "id"> : never;

export class TraceWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  private start(): Worker {
    // Vite bundles the worker beside this module but gives its URL from the site root ("/_astro/…"), which
    // breaks when dist/ is served from a sub-path; resolving its file name against this module does not.
    const worker = new Worker(new URL(workerHref.slice(workerHref.lastIndexOf("/") + 1), import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<TraceResponse>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if (message.type === "progress") return waiting.onProgress?.(message.fraction, message.rows);
      this.pending.delete(message.id);
      if (message.type === "error") waiting.reject(new TraceError(message.message, message.plan));
      else waiting.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new TraceError("The analyser stopped unexpectedly; reload the page and try again."));
    };
    return worker;
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private send<T extends TraceResponse["type"]>(request: Omitted<TraceRequest>, onProgress?: Pending["onProgress"]): Promise<Answer<T>> {
    this.worker ??= this.start();
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise<Answer<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending["resolve"], reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...request, id });
    });
  }

  /** Reads, analyses and lays out a file in a fresh worker; any earlier work is abandoned. */
  read(request: Omitted<Extract<TraceRequest, { type: "read" }>>, onProgress: Pending["onProgress"]): Promise<Answer<"read">> {
    this.stop();
    return this.send<"read">(request, onProgress);
  }

  /** Re-analyses the trace read last, with new thresholds or a new plan. */
  analyse(request: Omitted<Extract<TraceRequest, { type: "analyse" }>>): Promise<Answer<"analysed">> {
    return this.send<"analysed">(request);
  }

  /** Lays the trace out again for another time range or chart size. */
  layout(request: Omitted<Extract<TraceRequest, { type: "layout" }>>): Promise<Answer<"layout">> {
    return this.send<"layout">(request);
  }

  /** Ends the worker and abandons what it was doing. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.fail(new Superseded("superseded"));
  }
}
