// Prometheus metrics of the fabric, served by each gateway at /metrics
// (prom-client). What the gateway sees itself (its requests, from its own
// spans as they end; its NATS connection; its span exporter) is counted
// here; the fleet (slots, replicas, loads, executor memory, tokens) comes
// from executor heartbeats the gateway already receives, and queues from
// the schedulers' snapshots, asked at scrape time. Names and labels are in
// docs/observability.md.
import client from 'prom-client';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { ModelState, DeviceKind, type ExecutorInfo, type SchedulerSnapshot } from '../proto/index.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import type { SpanExportStats } from '../observability/span-export.ts';
import type { ExecutorRegistry } from '../cluster/registry.ts';

export interface MetricsSources {
  registry: ExecutorRegistry;
  /** Every live scheduler's snapshot (queues), asked when scraped. */
  snapshots(): Promise<SchedulerSnapshot[]>;
  natsReconnects(): number;
  spans(): SpanExportStats | undefined;
  traceStore?(): { traces: number; bytes: number; evicted: number; sampledOut: number } | undefined;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const LOAD_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
/** A generated message's optional string, as a label value. */
const s_ = (v: string | null | undefined) => v ?? '';
const STATE = (s: ModelState | null | undefined) => (ModelState[s ?? 0] ?? 'MODEL_STATE_UNSPECIFIED').replace('MODEL_STATE_', '').toLowerCase();

export class GatewayMetrics {
  readonly registry = new client.Registry();
  private readonly requests: client.Counter<'model' | 'class' | 'status'>;
  private readonly latency: client.Histogram<'model' | 'class'>;
  private readonly ttft: client.Histogram<'model' | 'class'>;
  private readonly loads: client.Counter<'model'>;
  private readonly unloads: client.Counter<'model'>;
  private readonly loadTime: client.Histogram<'model'>;
  private readonly tenantRequests: client.Counter<'tenant' | 'status'>;
  private readonly tenantTokens: client.Counter<'tenant' | 'direction'>;
  private readonly limited: client.Counter<'tenant' | 'limit'>;
  private readonly tlsReloads: client.Counter<'result'>;
  /** Last state seen of each executor's model, to count loads and unloads. */
  private readonly states = new Map<string, ModelState>();

  constructor(src: MetricsSources) {
    const registers = [this.registry];
    this.requests = new client.Counter({ name: 'weft_requests_total', help: 'Inference requests answered by this gateway, by model, priority class and HTTP status.', labelNames: ['model', 'class', 'status'], registers });
    this.latency = new client.Histogram({ name: 'weft_request_duration_seconds', help: 'Inference request latency at this gateway, from arrival to the last byte.', labelNames: ['model', 'class'], buckets: LATENCY_BUCKETS, registers });
    this.ttft = new client.Histogram({ name: 'weft_time_to_first_token_seconds', help: 'Time from a request\'s arrival at this gateway to its first generated text.', labelNames: ['model', 'class'], buckets: LATENCY_BUCKETS, registers });
    this.loads = new client.Counter({ name: 'weft_model_loads_total', help: 'Model replicas seen becoming ready (loaded) on an executor.', labelNames: ['model'], registers });
    this.unloads = new client.Counter({ name: 'weft_model_unloads_total', help: 'Model replicas seen leaving an executor after being ready.', labelNames: ['model'], registers });
    this.tenantRequests = new client.Counter({ name: 'weft_tenant_requests_total', help: 'Inference requests answered by this gateway, by tenant and HTTP status (those refused for a rate limit are weft_rate_limited_total).', labelNames: ['tenant', 'status'], registers });
    this.tenantTokens = new client.Counter({ name: 'weft_tenant_tokens_total', help: 'Tokens of the requests this gateway answered, by tenant: direction "input" (prompt) or "output" (completion).', labelNames: ['tenant', 'direction'], registers });
    this.limited = new client.Counter({ name: 'weft_rate_limited_total', help: 'Requests this gateway refused with 429 for a tenant\'s rate limit, by tenant and limit (requests, tokens, concurrent).', labelNames: ['tenant', 'limit'], registers });
    this.tlsReloads = new client.Counter({ name: 'weft_tls_reloads_total', help: 'Times this gateway saw its TLS certificate or key replaced, by result: "ok" (served to new connections) or "failed" (did not load; the one in force stays).', labelNames: ['result'], registers });
    this.loadTime = new client.Histogram({ name: 'weft_model_load_seconds', help: 'Cold-start time of a model replica: how long its load took.', labelNames: ['model'], buckets: LOAD_BUCKETS, registers });

    new client.Gauge({
      name: 'weft_queue_depth', help: 'Requests waiting in schedulers\' queues, by model and priority class.', labelNames: ['model', 'class'], registers,
      async collect() {
        this.reset();
        const snaps = await src.snapshots().catch(() => []);
        for (const s of snaps) for (const q of s.queues) this.inc({ model: s_(q.model), class: s_(q.priority) }, q.depth ?? 0);
      },
    });
    new client.Gauge({
      name: 'weft_queue_oldest_wait_seconds', help: 'How long the oldest waiting request of each model and class has waited, over schedulers.', labelNames: ['model', 'class'], registers,
      async collect() {
        this.reset();
        const snaps = await src.snapshots().catch(() => []);
        const oldest = new Map<string, { model: string; class: string; s: number }>();
        for (const s of snaps) {
          for (const q of s.queues) {
            const k = `${s_(q.model)}\u0000${s_(q.priority)}`;
            const v = (q.oldestWaitMs ?? 0) / 1000;
            if (!oldest.has(k) || oldest.get(k)!.s < v) oldest.set(k, { model: s_(q.model), class: s_(q.priority), s: v });
          }
        }
        for (const o of oldest.values()) this.set({ model: o.model, class: o.class }, o.s);
      },
    });
    const executors = () => [...src.registry.executors.values()].map((e) => e.info);
    new client.Gauge({
      name: 'weft_slots', help: 'Sequence slots of ready model replicas, busy or free.', labelNames: ['executor', 'model', 'state'], registers,
      collect() {
        this.reset();
        for (const info of executors()) {
          for (const m of info.models) {
            if (m.state !== ModelState.MODEL_STATE_READY) continue;
            const busy = m.slotsBusy ?? 0;
            this.set({ executor: s_(info.executorId), model: s_(m.name), state: 'busy' }, busy);
            this.set({ executor: s_(info.executorId), model: s_(m.name), state: 'free' }, Math.max(0, (m.slotsTotal ?? 0) - busy));
          }
        }
      },
    });
    new client.Gauge({
      name: 'weft_model_replicas', help: 'Model replicas on live executors, by state (loading, ready, unloading, failed).', labelNames: ['model', 'state'], registers,
      collect() {
        this.reset();
        for (const info of executors()) for (const m of info.models) this.inc({ model: s_(m.name), state: STATE(m.state) });
      },
    });
    new client.Gauge({
      name: 'weft_tokens_per_second', help: 'Measured decode speed of one sequence on each ready replica.', labelNames: ['executor', 'model'], registers,
      collect() {
        this.reset();
        for (const info of executors()) for (const m of info.models) if (m.tokensPerSecond) this.set({ executor: s_(info.executorId), model: s_(m.name) }, m.tokensPerSecond);
      },
    });
    new client.Counter({
      name: 'weft_executor_tokens_generated_total', help: 'Tokens each live executor generated since it started (from its heartbeat).', labelNames: ['executor'], registers,
      collect() {
        this.reset();
        for (const info of executors()) this.inc({ executor: s_(info.executorId) }, Number(info.tokensGeneratedTotal ?? 0));
      },
    });
    new client.Gauge({
      name: 'weft_executor_memory_bytes', help: 'Memory of each executor\'s devices, total and free.', labelNames: ['executor', 'device', 'kind'], registers,
      collect() {
        this.reset();
        for (const info of executors()) {
          for (const d of info.devices) {
            const device = `${(DeviceKind[d.kind ?? 0] ?? 'unknown').replace('DEVICE_KIND_', '').toLowerCase()}:${d.index ?? 0}`;
            this.set({ executor: s_(info.executorId), device, kind: 'total' }, Number(d.memoryTotalBytes ?? 0));
            this.set({ executor: s_(info.executorId), device, kind: 'free' }, Number(d.memoryFreeBytes ?? 0));
          }
        }
      },
    });
    new client.Gauge({
      name: 'weft_model_memory_bytes', help: 'Memory each model replica takes on its executor.', labelNames: ['executor', 'model'], registers,
      collect() {
        this.reset();
        for (const info of executors()) for (const m of info.models) if (m.memoryBytes) this.set({ executor: s_(info.executorId), model: s_(m.name) }, Number(m.memoryBytes));
      },
    });
    new client.Counter({
      name: 'weft_nats_reconnects_total', help: 'Times this gateway reconnected to NATS.', registers,
      collect() {
        this.reset();
        this.inc(src.natsReconnects());
      },
    });
    new client.Counter({
      name: 'weft_spans_exported_total', help: 'Spans of this gateway process sent to the trace store\'s stream.', registers,
      collect() {
        this.reset();
        this.inc(src.spans()?.exported ?? 0);
      },
    });
    new client.Counter({
      name: 'weft_spans_dropped_total', help: 'Spans of this gateway process dropped because the trace store\'s stream was unavailable or the buffer full.', registers,
      collect() {
        this.reset();
        this.inc(src.spans()?.dropped ?? 0);
      },
    });
    new client.Gauge({
      name: 'weft_trace_store_traces', help: 'Traces in this gateway\'s trace store index.', registers,
      collect() {
        this.set(src.traceStore?.()?.traces ?? 0);
      },
    });
    new client.Gauge({
      name: 'weft_trace_store_bytes', help: 'Span bytes held by this gateway\'s trace store index.', registers,
      collect() {
        this.set(src.traceStore?.()?.bytes ?? 0);
      },
    });
  }

  /** Every span of the gateway process as it ends: its inference requests are counted from their request span. */
  onSpanEnd(span: ReadableSpan): void {
    if (span.name !== SpanNames.gatewayRequest) return;
    const a = span.attributes;
    const model = a[Attr.model];
    if (typeof model !== 'string' || model === '') return;
    const cls = String(a[Attr.priority] ?? 'realtime');
    const status = String(a['http.response.status_code'] ?? (span.status.code === 2 ? 500 : 200));
    this.requests.inc({ model, class: cls, status });
    this.latency.observe({ model, class: cls }, span.duration[0] + span.duration[1] / 1e9);
    const ttft = a[Attr.ttftMs];
    if (typeof ttft === 'number') this.ttft.observe({ model, class: cls }, ttft / 1000);
    const tenant = String(a[Attr.tenant] ?? '');
    this.tenantRequests.inc({ tenant, status });
    for (const [direction, attr] of [['input', Attr.tokensIn], ['output', Attr.tokensOut]] as const) {
      const n = a[attr];
      if (typeof n === 'number' && n > 0) this.tenantTokens.inc({ tenant, direction }, n);
    }
  }

  /** The TLS certificate or key was replaced: whether the new pair loaded. */
  tlsReloaded(ok: boolean): void {
    this.tlsReloads.inc({ result: ok ? 'ok' : 'failed' });
  }

  /** A request refused for `tenant`'s rate limit. */
  rateLimited(tenant: string, limit: string): void {
    this.limited.inc({ tenant, limit });
  }

  /** Every executor heartbeat: replicas that became ready (a load) or left (an unload). */
  onHeartbeat(info: ExecutorInfo): void {
    const seen = new Set<string>();
    for (const m of info.models) {
      const key = `${s_(info.executorId)}\u0000${s_(m.name)}`;
      seen.add(key);
      const before = this.states.get(key);
      if (m.state === ModelState.MODEL_STATE_READY && before !== undefined && before !== ModelState.MODEL_STATE_READY) {
        this.loads.inc({ model: s_(m.name) });
        if (m.loadMs) this.loadTime.observe({ model: s_(m.name) }, m.loadMs / 1000);
      }
      this.states.set(key, m.state ?? ModelState.MODEL_STATE_UNSPECIFIED);
    }
    for (const [key, state] of this.states) {
      if (!key.startsWith(`${s_(info.executorId)}\u0000`) || seen.has(key)) continue;
      if (state === ModelState.MODEL_STATE_READY || state === ModelState.MODEL_STATE_UNLOADING) this.unloads.inc({ model: key.slice(s_(info.executorId).length + 1) });
      this.states.delete(key);
    }
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
