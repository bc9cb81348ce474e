// The trace store's index: sampling decided at the store (errors,
// cancellations and slow traces always kept), its age and byte bounds, and
// the `weft trace` tree rendering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampled, TraceStore } from '../../gateway/trace-store.ts';
import type { SpanRecord } from '../../observability/span-export.ts';
import { renderTrace } from '../../deploy/cli/trace.ts';

let n = 0;
function span(traceId: string, o: Partial<SpanRecord> = {}): SpanRecord {
  return {
    traceId, spanId: (++n).toString(16).padStart(16, '0'), parentSpanId: '', name: 'gateway.request', service: 'weft-gateway', kind: 1,
    startMs: 1_000, durationMs: 10, status: 'unset', attributes: {}, events: [], ...o,
  };
}
const tid = (i: number) => i.toString(16).padStart(32, '0');
const opts = { maxAgeMs: 60_000, maxBytes: 1 << 20, sample: 1, slowMs: 1_000 };

test('sampling is by trace id, the same everywhere', () => {
  assert.equal(sampled('f'.repeat(32), 1), true);
  assert.equal(sampled('0'.repeat(32), 0), false);
  assert.equal(sampled('0'.repeat(32), 0.5), true);
  assert.equal(sampled('f'.repeat(32), 0.5), false);
});

test('sampled out: fast successful traces go (late spans too); errors, cancellations and slow traces stay', () => {
  const store = new TraceStore({ ...opts, sample: 0 });
  const ok = tid(1), failed = tid(2), cancelled = tid(3), slow = tid(4);
  const child = span(ok, { name: 'executor.generate', parentSpanId: 'ab'.repeat(8), service: 'weft-executor' });
  store.add([child]);
  assert.equal(store.get(ok), undefined, 'undecided until its root arrives');
  store.add([span(ok, { attributes: { 'weft.request_id': 'req_ok', 'http.response.status_code': 200 } })]);
  store.add([span(ok, { name: 'late', parentSpanId: 'cd'.repeat(8) })]);
  assert.equal(store.size, 0);
  assert.equal(store.traceIdOfRequest('req_ok'), undefined);
  store.add([span(failed, { status: 'error', attributes: { 'http.response.status_code': 502 } })]);
  store.add([span(cancelled, { name: 'scheduler.dispatch', attributes: { 'weft.cancel_reason': 'client disconnected' } })]);
  store.add([span(slow, { durationMs: 1_500 })]);
  assert.equal(store.get(failed)?.summary.status, 'error');
  assert.equal(store.get(cancelled)?.summary.status, 'cancelled');
  assert.equal(store.get(slow)?.summary.status, 'ok');
  assert.deepEqual(store.list({ limit: 10, status: 'error' }).map((s) => s.traceId), [failed]);
  assert.deepEqual(store.list({ limit: 10, minDurationMs: 1_000 }).map((s) => s.traceId), [slow]);
});

test('the index drops traces past its age and byte bounds, oldest first', () => {
  const store = new TraceStore({ ...opts, maxAgeMs: 1_000 });
  store.add([span(tid(1), { attributes: { 'weft.request_id': 'req_1' } })], 0);
  store.add([span(tid(2))], 900);
  store.prune(1_500);
  assert.equal(store.get(tid(1)), undefined);
  assert.equal(store.traceIdOfRequest('req_1'), undefined);
  assert.ok(store.get(tid(2)));

  const small = new TraceStore({ ...opts, maxBytes: 2_000 });
  for (let i = 1; i <= 20; i++) small.add([span(tid(i), { attributes: { pad: 'x'.repeat(100) } })]);
  assert.ok(small.totalBytes <= 2_000 && small.size > 0 && small.size < 20);
  assert.ok(small.get(tid(20)) && !small.get(tid(1)), 'the newest stay');
});

test('summaries: queue wait and cold start from their spans, model, executor, TTFT', () => {
  const store = new TraceStore(opts);
  const t = tid(7);
  const root = span(t, { durationMs: 100, attributes: { 'weft.model': 'm', 'weft.tenant': 'a', 'weft.time_to_first_token_ms': 42, 'http.response.status_code': 200 } });
  const dispatch = span(t, { name: 'scheduler.dispatch', parentSpanId: root.spanId, service: 'weft-scheduler', startMs: 1_002, durationMs: 90 });
  const wait = span(t, { name: 'scheduler.queue_wait', parentSpanId: dispatch.spanId, service: 'weft-scheduler', startMs: 1_003, durationMs: 30 });
  const cold = span(t, { name: 'scheduler.cold_start', parentSpanId: dispatch.spanId, service: 'weft-scheduler', startMs: 1_003, durationMs: 25 });
  const gen = span(t, { name: 'executor.generate', parentSpanId: dispatch.spanId, service: 'weft-executor', startMs: 1_040, durationMs: 50, attributes: { 'weft.executor_id': 'e1', 'weft.device': 'CPU:x' } });
  store.add([gen, wait, cold, dispatch, root]);
  const s = store.get(t)!.summary;
  assert.deepEqual({ model: s.model, tenant: s.tenant, executor: s.executor, device: s.device, q: s.queueWaitMs, cold: s.coldStartMs, ttft: s.ttftMs, d: s.durationMs },
    { model: 'm', tenant: 'a', executor: 'e1', device: 'CPU:x', q: 30, cold: 25, ttft: 42, d: 100 });

  const view = (x: SpanRecord) => ({ span_id: x.spanId, parent_span_id: x.parentSpanId || null, name: x.name, service: x.service, offset_ms: x.startMs - 1_000, duration_ms: x.durationMs, status: x.status, status_message: null, attributes: x.attributes, events: [] });
  const lines = renderTrace({ id: t, root_name: 'gateway.request', duration_ms: 100, status: 'ok', model: 'm', request_id: 'req_7', executor: 'e1', device: 'CPU:x', queue_wait_ms: 30, ttft_ms: 42, spans: [root, dispatch, wait, cold, gen].map(view) }, 20);
  assert.match(lines[0]!, /trace 0+7 {2}request req_7/);
  const tree = lines.slice(3).map((l) => l.trimStart().split('  ')[0]!);
  assert.deepEqual(tree, ['gateway.request [gateway]', '└─ scheduler.dispatch [scheduler]', '├─ scheduler.queue_wait [scheduler]', '├─ scheduler.cold_start [scheduler]', '└─ executor.generate [executor]']);
});

test('the waterfall page is one HTML document whose script parses', async () => {
  const { tracePage } = await import('../../gateway/trace-page.ts');
  const html = tracePage();
  assert.match(html, /^<!doctype html>/);
  const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)![1]!;
  assert.doesNotThrow(() => new Function(script), 'the inline script is valid JavaScript');
  assert.ok(!/innerHTML/.test(script), 'values are written as text, never as HTML');
});
