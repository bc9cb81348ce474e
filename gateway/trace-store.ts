// The trace store's index: every span of the cluster (from the spans
// stream, see trace-consumer.ts), grouped by trace, findable by trace id,
// request id (x-request-id), batch id and custom_id, tenant, model, status
// and duration. Bounded by age and bytes like the stream it is built from.
//
// Sampling is decided here, not where spans are made: a trace whose id
// falls outside WEFT_TRACE_SAMPLE is held until its root span arrives, and
// kept anyway when it failed, was cancelled or was slow. A dropped trace's
// id is remembered for a while, so its late spans are dropped too.
import { Attr, SpanNames } from '../observability/names.ts';
import type { SpanRecord } from '../observability/span-export.ts';

export type TraceStatus = 'ok' | 'error' | 'cancelled';

export interface TraceStoreOptions {
  maxAgeMs: number;
  maxBytes: number;
  /** Share of traces kept regardless of outcome (0..1). */
  sample: number;
  /** Root spans at least this long are always kept. */
  slowMs: number;
}

interface Trace {
  traceId: string;
  spans: Map<string, SpanRecord>;
  bytes: number;
  /** When its first span arrived here (age bound). */
  arrivedMs: number;
  /** undefined: not decided yet (sampled out, root not seen). */
  kept: boolean | undefined;
}

export interface TraceSummary {
  traceId: string;
  rootName: string;
  startMs: number;
  durationMs: number;
  status: TraceStatus;
  httpStatus?: number;
  model?: string;
  priority?: string;
  tenant?: string;
  requestId?: string;
  batchId?: string;
  customId?: string;
  executor?: string;
  device?: string;
  deviceKind?: string;
  placementReason?: string;
  tokensPerSecond?: number;
  retries?: number;
  preemptions?: number;
  queueWaitMs?: number;
  ttftMs?: number;
  coldStartMs?: number;
  spanCount: number;
  services: string[];
}

export interface TraceFilter {
  model?: string;
  status?: TraceStatus;
  minDurationMs?: number;
  sinceMs?: number;
  tenant?: string;
  batchId?: string;
  customId?: string;
  limit: number;
}

/** An undecided trace whose root never came is decided on what it has after this long. */
const UNDECIDED_MAX_MS = 60_000;
/** Dropped trace ids remembered (their late spans are dropped too), at most this many. */
const MAX_TOMBSTONES = 100_000;

/** Whether a trace id falls in the sampled share: the same answer on every gateway. */
export function sampled(traceId: string, ratio: number): boolean {
  if (ratio >= 1) return true;
  if (ratio <= 0) return false;
  return parseInt(traceId.slice(-8), 16) / 0x1_0000_0000 < ratio;
}

/** A root as far as sampling goes: no parent, or the gateway's request span (whose parent may be a client's). */
const isRoot = (s: SpanRecord) => s.parentSpanId === '' || s.name === SpanNames.gatewayRequest;

const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export class TraceStore {
  private readonly o: TraceStoreOptions;
  /** Insertion order is arrival order: the oldest go first at the bounds. */
  private readonly traces = new Map<string, Trace>();
  private readonly byRequest = new Map<string, string>();
  private readonly tombstones = new Map<string, number>();
  private bytes = 0;
  /** Traces removed at the age or byte bound, and sampled out. */
  evicted = 0;
  sampledOut = 0;

  constructor(opts: TraceStoreOptions) {
    this.o = opts;
  }

  get size(): number {
    return this.traces.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  add(spans: SpanRecord[], now = Date.now()): void {
    for (const s of spans) this.addOne(s, now);
    this.enforceBytes();
  }

  private addOne(s: SpanRecord, now: number): void {
    if (typeof s?.traceId !== 'string' || typeof s.spanId !== 'string') return;
    if (this.tombstones.has(s.traceId)) return;
    let t = this.traces.get(s.traceId);
    if (!t) {
      t = { traceId: s.traceId, spans: new Map(), bytes: 0, arrivedMs: now, kept: sampled(s.traceId, this.o.sample) ? true : undefined };
      this.traces.set(s.traceId, t);
    }
    if (t.spans.has(s.spanId)) return; // a redelivery
    const size = JSON.stringify(s).length;
    t.spans.set(s.spanId, s);
    t.bytes += size;
    this.bytes += size;
    const rid = str(s.attributes[Attr.requestId]);
    if (rid && !this.byRequest.has(rid)) this.byRequest.set(rid, s.traceId);
    if (t.kept === undefined && isRoot(s)) this.decide(t);
  }

  /** Keeps a sampled-out trace only when it failed, was cancelled or was slow. */
  private decide(t: Trace): void {
    const sum = summarize(t);
    t.kept = sum.status !== 'ok' || sum.durationMs >= this.o.slowMs;
    if (!t.kept) {
      this.sampledOut++;
      this.remove(t);
      this.tombstones.set(t.traceId, Date.now());
      if (this.tombstones.size > MAX_TOMBSTONES) this.tombstones.delete(this.tombstones.keys().next().value!);
    }
  }

  private remove(t: Trace): void {
    this.traces.delete(t.traceId);
    this.bytes -= t.bytes;
    for (const s of t.spans.values()) {
      const rid = str(s.attributes[Attr.requestId]);
      if (rid && this.byRequest.get(rid) === t.traceId) this.byRequest.delete(rid);
    }
  }

  private enforceBytes(): void {
    for (const t of this.traces.values()) {
      if (this.bytes <= this.o.maxBytes) return;
      this.evicted++;
      this.remove(t);
    }
  }

  /** Drops traces past the age bound, decides undecided ones that waited too long, forgets old tombstones. */
  prune(now = Date.now()): void {
    for (const t of [...this.traces.values()]) {
      if (now - t.arrivedMs > this.o.maxAgeMs) {
        this.evicted++;
        this.remove(t);
      } else if (t.kept === undefined && now - t.arrivedMs > UNDECIDED_MAX_MS) {
        this.decide(t);
      }
    }
    for (const [id, at] of this.tombstones) {
      if (now - at <= this.o.maxAgeMs) break;
      this.tombstones.delete(id);
    }
  }

  get(traceId: string): { summary: TraceSummary; spans: SpanRecord[] } | undefined {
    const t = this.traces.get(traceId);
    if (!t || t.kept !== true) return undefined;
    return { summary: summarize(t), spans: [...t.spans.values()].sort((a, b) => a.startMs - b.startMs) };
  }

  traceIdOfRequest(requestId: string): string | undefined {
    return this.byRequest.get(requestId);
  }

  /** Summaries matching `f`, newest first. */
  list(f: TraceFilter): TraceSummary[] {
    const out: TraceSummary[] = [];
    for (const t of this.traces.values()) {
      if (t.kept !== true) continue;
      const s = summarize(t);
      if (f.model !== undefined && s.model !== f.model) continue;
      if (f.status !== undefined && s.status !== f.status) continue;
      if (f.minDurationMs !== undefined && s.durationMs < f.minDurationMs) continue;
      if (f.sinceMs !== undefined && s.startMs < f.sinceMs) continue;
      if (f.tenant !== undefined && s.tenant !== f.tenant) continue;
      if (f.batchId !== undefined && s.batchId !== f.batchId) continue;
      if (f.customId !== undefined && s.customId !== f.customId) continue;
      out.push(s);
    }
    return out.sort((a, b) => b.startMs - a.startMs).slice(0, f.limit);
  }
}

/** The first value of attribute `key` over spans, root first. */
function first(spans: SpanRecord[], key: string): unknown {
  for (const s of spans) if (s.attributes[key] !== undefined && s.attributes[key] !== '') return s.attributes[key];
  return undefined;
}

export function summarize(t: { traceId: string; spans: Map<string, SpanRecord> }): TraceSummary {
  const all = [...t.spans.values()];
  // The root shown: the gateway's request span, else a span without a parent, else the earliest whose parent is not here.
  const root = all.find((s) => s.name === SpanNames.gatewayRequest)
    ?? all.find((s) => s.parentSpanId === '')
    ?? all.filter((s) => !t.spans.has(s.parentSpanId)).sort((a, b) => a.startMs - b.startMs)[0]
    ?? all[0]!;
  const spans = [root, ...all.filter((s) => s !== root)];
  const start = Math.min(...all.map((s) => s.startMs));
  const end = Math.max(...all.map((s) => s.startMs + s.durationMs));
  const httpStatus = num(root.attributes['http.response.status_code']);
  const cancelled = all.some((s) => s.attributes[Attr.cancelReason] !== undefined || s.events.some((e) => e.name === 'cancelled'));
  const failed = all.some((s) => s.status === 'error') || (httpStatus !== undefined && httpStatus >= 400);
  const queueWait = all.filter((s) => s.name === SpanNames.schedulerQueueWait).reduce((n, s) => n + s.durationMs, 0);
  const cold = all.filter((s) => s.name === SpanNames.schedulerColdStart).reduce((n, s) => n + s.durationMs, 0);
  const gw = all.find((s) => s.name === SpanNames.gatewayRequest);
  return {
    traceId: t.traceId,
    rootName: root.name,
    startMs: start,
    durationMs: root.name === SpanNames.gatewayRequest || root.parentSpanId === '' ? root.durationMs : end - start,
    status: cancelled ? 'cancelled' : failed ? 'error' : 'ok',
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    model: str(first(spans, Attr.model)),
    priority: str(first(spans, Attr.priority)),
    tenant: str(first(spans, Attr.tenant)),
    requestId: str(first(spans, Attr.requestId)),
    batchId: str(first(spans, Attr.batchId)),
    customId: str(first(spans, Attr.customId)),
    executor: str(first(spans, Attr.executorId)),
    device: str(first(spans, Attr.device)),
    deviceKind: str(first(spans, Attr.deviceKind)),
    placementReason: str(first(spans, Attr.placementReason)),
    tokensPerSecond: num(first(spans, Attr.tokensPerSecond)),
    retries: num(first(spans, Attr.retries)),
    preemptions: num(first(spans, Attr.preemptions)),
    queueWaitMs: all.some((s) => s.name === SpanNames.schedulerQueueWait) ? queueWait : num(first(spans, Attr.queueWaitMs)),
    ttftMs: num(gw?.attributes[Attr.ttftMs]) ?? num(first(spans, Attr.ttftMs)),
    ...(cold > 0 ? { coldStartMs: cold } : {}),
    spanCount: all.length,
    services: [...new Set(all.map((s) => s.service))].sort(),
  };
}
