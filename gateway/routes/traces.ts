// The trace store's API and pages, and /metrics:
//   GET /v1/traces?model=&status=&min_duration_ms=&since=&limit=  summaries, newest first
//   GET /v1/traces/{trace_id}                                      every span, with parent links, attributes, events
//   GET /v1/requests/{request_id}/trace                            the same, found by a response's x-request-id
//   GET /traces, /traces/{trace_id}                                the waterfall page (trace-page.ts)
//   GET /metrics                                                   Prometheus text
// An admin key sees every trace; any other key only its tenant's, and
// another tenant's trace is a 404 like one that does not exist.
import type { Hono } from 'hono';
import { HttpError } from '../../openai/errors.ts';
import type { SpanRecord } from '../../observability/span-export.ts';
import type { GatewayEnv } from '../app.ts';
import type { Principal } from '../auth.ts';
import type { TraceStatus, TraceStore, TraceSummary } from '../trace-store.ts';
import { tracePage } from '../trace-page.ts';

export interface TracesDeps {
  /** The trace store's index; undefined when this gateway keeps none (WEFT_TRACE_STORE export or off). */
  traces?: TraceStore;
  /** Prometheus text; undefined: no /metrics. */
  metrics?: () => Promise<string>;
}

const STATUSES: readonly TraceStatus[] = ['ok', 'error', 'cancelled'];
const MAX_LIMIT = 1000;

function summaryView(s: TraceSummary) {
  return {
    object: 'trace',
    id: s.traceId,
    root_name: s.rootName,
    start_time: new Date(s.startMs).toISOString(),
    duration_ms: round(s.durationMs),
    status: s.status,
    http_status: s.httpStatus ?? null,
    model: s.model ?? null,
    priority: s.priority ?? null,
    tenant: s.tenant ?? null,
    request_id: s.requestId ?? null,
    batch_id: s.batchId ?? null,
    custom_id: s.customId ?? null,
    executor: s.executor ?? null,
    device: s.device ?? null,
    device_kind: s.deviceKind ?? null,
    placement_reason: s.placementReason ?? null,
    tokens_per_second: s.tokensPerSecond ?? null,
    retries: s.retries ?? null,
    preemptions: s.preemptions ?? null,
    queue_wait_ms: s.queueWaitMs === undefined ? null : round(s.queueWaitMs),
    ttft_ms: s.ttftMs === undefined ? null : round(s.ttftMs),
    cold_start_ms: s.coldStartMs === undefined ? null : round(s.coldStartMs),
    span_count: s.spanCount,
    services: s.services,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function spanView(s: SpanRecord, traceStart: number) {
  return {
    span_id: s.spanId,
    parent_span_id: s.parentSpanId || null,
    name: s.name,
    service: s.service,
    kind: s.kind,
    start_time_unix_ms: round(s.startMs),
    offset_ms: round(s.startMs - traceStart),
    duration_ms: round(s.durationMs),
    status: s.status,
    status_message: s.statusMessage ?? null,
    attributes: s.attributes,
    events: s.events.map((e) => ({ name: e.name, time_unix_ms: round(e.timeMs), offset_ms: round(e.timeMs - traceStart), attributes: e.attributes })),
  };
}

function notFound(what: string): HttpError {
  return new HttpError(404, `No trace found for ${what}. Traces are kept for WEFT_TRACE_MAX_AGE_MS, and only a sampled share of successful fast ones (WEFT_TRACE_SAMPLE).`, { code: 'trace_not_found' });
}

function storeOf(deps: TracesDeps): TraceStore {
  if (!deps.traces) throw new HttpError(404, 'This gateway keeps no trace store (WEFT_TRACE_STORE is not "on").', { code: 'trace_store_off' });
  return deps.traces;
}

/** Whether `p` may read a trace of `tenant`: admins any, others their own tenant's only. */
const mayRead = (p: Principal, tenant: string | undefined) => p.role === 'admin' || (tenant !== undefined && tenant === p.tenant);

function int(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new HttpError(400, `Invalid value for '${name}': expected a number from ${min} to ${max}.`, { param: name, code: 'invalid_value' });
  return n;
}

/** `since`: unix seconds, unix milliseconds, or an ISO 8601 time. */
function since(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    return n < 1e11 ? n * 1000 : n;
  }
  const t = Date.parse(raw);
  if (Number.isNaN(t)) throw new HttpError(400, 'Invalid value for \'since\': expected unix seconds, unix milliseconds or an ISO 8601 time.', { param: 'since', code: 'invalid_value' });
  return t;
}

export function traceRoutes(app: Hono<GatewayEnv>, deps: TracesDeps): void {
  app.get('/v1/traces', (c) => {
    const store = storeOf(deps);
    const p = c.get('principal');
    const q = (k: string) => c.req.query(k);
    const status = q('status');
    if (status !== undefined && status !== '' && !STATUSES.includes(status as TraceStatus)) {
      throw new HttpError(400, `Invalid value for 'status': expected one of ${STATUSES.join(', ')}.`, { param: 'status', code: 'invalid_value' });
    }
    const tenant = q('tenant') || undefined;
    if (tenant !== undefined && p.role !== 'admin' && tenant !== p.tenant) throw new HttpError(403, 'Only an admin key may read another tenant\'s traces.', { type: 'invalid_request_error', param: 'tenant', code: 'permission_denied' });
    const rid = q('request_id');
    if (rid) {
      const t = store.traceIdOfRequest(rid);
      const found = t ? store.get(t) : undefined;
      const data = found && mayRead(p, found.summary.tenant) ? [summaryView(found.summary)] : [];
      return c.json({ object: 'list', data, has_more: false });
    }
    const list = store.list({
      model: q('model') || undefined,
      status: (status || undefined) as TraceStatus | undefined,
      minDurationMs: int(q('min_duration_ms'), 'min_duration_ms', 0, 1e12),
      sinceMs: since(q('since')),
      tenant: p.role === 'admin' ? tenant : p.tenant,
      batchId: q('batch_id') || undefined,
      customId: q('custom_id') || undefined,
      limit: int(q('limit'), 'limit', 1, MAX_LIMIT) ?? 50,
    });
    return c.json({ object: 'list', data: list.map(summaryView), has_more: false });
  });

  const one = (traceId: string | undefined, p: Principal, what: string) => {
    const store = storeOf(deps);
    const t = traceId ? store.get(traceId) : undefined;
    if (!t || !mayRead(p, t.summary.tenant)) throw notFound(what);
    return { ...summaryView(t.summary), spans: t.spans.map((s) => spanView(s, t.summary.startMs)) };
  };
  app.get('/v1/traces/:trace_id', (c) => {
    const id = c.req.param('trace_id').toLowerCase();
    return c.json(one(id, c.get('principal'), `trace id ${id}`));
  });
  app.get('/v1/requests/:request_id/trace', (c) => {
    const rid = c.req.param('request_id');
    return c.json(one(deps.traces?.traceIdOfRequest(rid), c.get('principal'), `request id ${rid}`));
  });

  // The page holds no data: its script reads /v1/traces with the key the
  // user gives it (kept in the browser's sessionStorage).
  app.get('/traces', (c) => c.html(tracePage()));
  app.get('/traces/:trace_id', (c) => c.html(tracePage()));

  if (deps.metrics) {
    const metrics = deps.metrics;
    app.get('/metrics', async (c) => c.body(await metrics(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }));
  }
}
