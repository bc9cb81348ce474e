// The trace store, end to end on real processes: one request's spans from
// the gateway, scheduler and executor, found by its x-request-id, with
// parent links, queue wait and cold start as spans of their own, the
// placement decision and its reason, executor, device kind, tokens/s, and
// a preemption with both placements on a preempted request; tenants
// see only their own traces; `weft trace` prints the tree; /metrics passes
// promtool; a deleted spans stream (the store gone) fails no request and
// its spans are dropped and counted, until the store makes it again; and
// traces leave the store at its age bound.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { newKey } from '../../gateway/auth.ts';
import { Fabric, requestPlacements } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const MODEL = 'syn-traces';
/** One slot, 100 tokens/s: a batch request on it is preempted by a realtime one. */
const PREEMPT_MODEL = 'syn-traces-1slot';
const MAX_AGE_MS = 8_000;
const admin = newKey('ops', 'admin');
const tenantA = newKey('tenant-a', 'user');
const tenantB = newKey('tenant-b', 'user');
const CLI = fileURLToPath(new URL('../../deploy/cli/weft.ts', import.meta.url));
let fabric: Fabric;

before(async () => {
  const keysFile = join(tmpdir(), `weft-traces-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [admin.record, tenantA.record, tenantB.record] }));
  // No replica until the first request: it waits for a cold start.
  const modelsFile = writeModels(tmpdir(), [
    { name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=2', slots: 2, contextSize: 2048, minReplicas: 0 },
    { name: PREEMPT_MODEL, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=2', slots: 1, contextSize: 2048 },
  ]);
  // No slot reserved for realtime work: batch work takes the only slot, and realtime work preempts it.
  fabric = await Fabric.start({ modelsFile, env: { WEFT_BATCH_RESERVE_SLOTS: '0' }, gatewayEnv: { WEFT_API_KEYS: keysFile, WEFT_TRACE_MAX_AGE_MS: String(MAX_AGE_MS) } });
});

after(() => fabric?.stop());

const get = (path: string, key: string) => fetch(`${fabric.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });

async function chat(key: string, content = 'trace me', o: { model?: string; maxTokens?: number; priority?: 'batch' | 'realtime' } = {}): Promise<Response> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(o.priority ? { 'x-weft-priority': o.priority } : {}) },
    body: JSON.stringify({ model: o.model ?? MODEL, messages: [{ role: 'user', content }], max_tokens: o.maxTokens ?? 4 }),
  });
  await r.arrayBuffer();
  return r;
}

/** The trace of a request once every process's spans have arrived. */
function traceOf(requestId: string, key: string, want: string[]) {
  return until(`trace of ${requestId} with ${want.join(', ')}`, async () => {
    const r = await get(`/v1/requests/${requestId}/trace`, key);
    if (r.status !== 200) return undefined;
    const t = await r.json() as any;
    return want.every((n) => t.spans.some((s: any) => s.name === n)) ? t : undefined;
  }, 15_000);
}

let first: { traceId: string; requestId: string };

describe('trace store', () => {
  test('one request is one trace across gateway, scheduler and executor, found by its x-request-id', async () => {
    const r = await chat(tenantA.key);
    assert.equal(r.status, 200);
    const requestId = r.headers.get('x-request-id')!;
    const traceId = r.headers.get('traceparent')!.split('-')[1]!;
    first = { traceId, requestId };
    const t = await traceOf(requestId, tenantA.key, ['gateway.request', 'scheduler.dispatch', 'scheduler.queue_wait', 'scheduler.cold_start', 'executor.generate']);
    assert.equal(t.id, traceId, 'the traceparent a client got names the same trace');
    assert.deepEqual(new Set(t.spans.map((s: any) => s.service)), new Set(['weft-gateway', 'weft-scheduler', 'weft-executor']));
    const by = Object.fromEntries(t.spans.map((s: any) => [s.name, s]));
    assert.equal(by['gateway.request'].parent_span_id, null);
    assert.equal(by['nats.publish'].parent_span_id, by['gateway.request'].span_id);
    assert.equal(by['scheduler.dispatch'].parent_span_id, by['nats.publish'].span_id);
    assert.equal(by['scheduler.queue_wait'].parent_span_id, by['scheduler.dispatch'].span_id);
    assert.equal(by['scheduler.cold_start'].parent_span_id, by['scheduler.dispatch'].span_id);
    assert.equal(by['grpc.client Executor/Generate'].parent_span_id, by['scheduler.dispatch'].span_id);
    assert.equal(by['executor.generate'].parent_span_id, by['grpc.client Executor/Generate'].span_id);
    // The queue wait covers the cold start, and both end before the executor starts.
    const qw = by['scheduler.queue_wait'];
    const cs = by['scheduler.cold_start'];
    assert.ok(qw.duration_ms >= cs.duration_ms - 1, `queue wait ${qw.duration_ms} ms, cold start ${cs.duration_ms} ms`);
    assert.ok(by['executor.generate'].offset_ms >= qw.offset_ms + qw.duration_ms - 1);
    assert.equal(t.model, MODEL);
    assert.equal(t.status, 'ok');
    assert.equal(t.tenant, 'tenant-a');
    assert.equal(t.request_id, requestId);
    assert.equal(t.executor, 'exec-0');
    assert.ok(t.queue_wait_ms > 0 && t.ttft_ms > 0 && t.cold_start_ms > 0, JSON.stringify({ q: t.queue_wait_ms, ttft: t.ttft_ms, cold: t.cold_start_ms }));
    assert.ok(!JSON.stringify(t).includes('trace me'), 'no prompt text without WEFT_TRACE_CONTENT=1');

    // The scheduler's placement decision, with its reason, on the dispatch span (and one event per placement).
    const d = by['scheduler.dispatch'];
    const decided = requestPlacements(await fabric.clusterView(admin.key)).filter((p) => p.request_id === requestId);
    assert.equal(decided.length, 1);
    assert.ok(decided[0]!.reason.startsWith(`${d.attributes['weft.placement.reason']}: `), `the reason the cluster view's decision log gives: ${decided[0]!.reason}`);
    assert.match(d.attributes['weft.placement.reason'], /least outstanding work|prefix affinity/);
    assert.equal(d.attributes['weft.placement.candidates'], 1);
    assert.equal(typeof d.attributes['weft.placement.decision_us'], 'number');
    assert.equal(d.attributes['weft.device.kind'], 'cpu');
    assert.equal(d.attributes['weft.device'], 'cpu:0');
    assert.deepEqual(d.events.map((e: any) => e.name), ['placement']);
    assert.equal(d.events[0].attributes['weft.executor_id'], 'exec-0');
    assert.equal(d.attributes['weft.priority'], 'realtime');
    assert.deepEqual([d.attributes['weft.attempts'], d.attributes['weft.retries'], d.attributes['weft.preemptions']], [1, 0, 0]);
    // The executor: which one, its device and kind, the gen_ai operation, tokens in/out and decode speed.
    const x = by['executor.generate'];
    assert.equal(x.attributes['weft.executor_id'], 'exec-0');
    assert.equal(x.attributes['weft.device.kind'], 'cpu');
    assert.equal(x.attributes['weft.device'], 'cpu:0');
    assert.equal(x.attributes['weft.engine'], 'synthetic');
    assert.equal(x.attributes['gen_ai.operation.name'], 'chat');
    assert.equal(x.attributes['gen_ai.request.model'], MODEL);
    assert.equal(x.attributes['gen_ai.usage.output_tokens'], 4);
    assert.ok(x.attributes['gen_ai.usage.input_tokens'] > 0);
    assert.ok(x.attributes['weft.tokens_per_second'] > 0, `tokens/s ${x.attributes['weft.tokens_per_second']}`);
    assert.ok(x.attributes['weft.time_to_first_token_ms'] >= 0);
    assert.ok(by['scheduler.cold_start'].attributes['weft.model_load_ms'] >= 0, 'the cold start says how long loading took');
    assert.equal(t.device_kind, 'cpu');
    assert.equal(t.placement_reason, d.attributes['weft.placement.reason']);
    assert.equal(t.tokens_per_second, x.attributes['weft.tokens_per_second']);
    assert.deepEqual([t.retries, t.preemptions], [0, 0]);

    const list = await (await get(`/v1/traces?model=${MODEL}&status=ok&limit=10`, tenantA.key)).json() as any;
    assert.ok(list.data.some((s: any) => s.id === traceId && s.root_name === 'gateway.request' && s.executor === 'exec-0'));
  });

  test('a preempted batch request: its trace shows both placements, the preemption and a queue wait for each', async () => {
    const batch = chat(tenantA.key, 'long batch', { model: PREEMPT_MODEL, maxTokens: 60, priority: 'batch' });
    await until('the batch request to run', async () => (await fabric.clusterView(admin.key)).schedulers[0]!.running === 1, 10_000, 10);
    const rt = await chat(tenantA.key, 'realtime', { model: PREEMPT_MODEL, maxTokens: 2 });
    assert.equal(rt.status, 200);
    const b = await batch;
    assert.equal(b.status, 200);
    const t = await until('the batch trace with both attempts', async () => {
      const r = await get(`/v1/requests/${b.headers.get('x-request-id')}/trace`, tenantA.key);
      if (r.status !== 200) return undefined;
      const tr = await r.json() as any;
      return tr.spans.filter((s: any) => s.name === 'executor.generate').length === 2 && tr.spans.some((s: any) => s.name === 'scheduler.dispatch') ? tr : undefined;
    }, 15_000);
    const d = t.spans.find((s: any) => s.name === 'scheduler.dispatch');
    assert.deepEqual(d.events.map((e: any) => e.name), ['placement', 'preempted', 'placement']);
    const decided = requestPlacements(await fabric.clusterView(admin.key)).filter((p) => p.request_id === b.headers.get('x-request-id'));
    assert.deepEqual(d.events.filter((e: any) => e.name === 'placement').map((e: any) => `${e.attributes['weft.placement.reason']}: `), decided.map((p) => p.reason.slice(0, p.reason.indexOf(': ') + 2)));
    assert.equal(d.events[1].attributes['weft.executor_id'], 'exec-0');
    assert.equal(d.attributes['weft.preemptions'], 1);
    assert.equal(d.attributes['weft.retries'], 0);
    assert.equal(d.attributes['weft.priority'], 'batch');
    assert.equal(t.spans.filter((s: any) => s.name === 'scheduler.queue_wait').length, 2, 'the wait after the preemption is a span of its own');
    assert.equal(t.preemptions, 1);
    const rtTrace = await traceOf(rt.headers.get('x-request-id')!, tenantA.key, ['executor.generate']);
    assert.equal(rtTrace.preemptions, 0);
  });

  test('a tenant reads only its own traces; an admin reads all', async () => {
    const other = await get(`/v1/traces/${first.traceId}`, tenantB.key);
    assert.equal(other.status, 404);
    assert.equal((await other.json() as any).error.code, 'trace_not_found');
    assert.equal((await get(`/v1/requests/${first.requestId}/trace`, tenantB.key)).status, 404);
    const listB = await (await get('/v1/traces', tenantB.key)).json() as any;
    assert.ok(!listB.data.some((s: any) => s.id === first.traceId));
    assert.equal((await get('/v1/traces?tenant=tenant-a', tenantB.key)).status, 403);
    assert.equal((await get(`/v1/traces/${first.traceId}`, admin.key)).status, 200);
    assert.equal((await get(`/v1/traces?status=bogus`, admin.key)).status, 400);
  });

  test('weft trace prints the span tree with timings', () => {
    const out = execFileSync(process.execPath, [CLI, 'trace', first.requestId, '--url', `${fabric.gatewayUrl}/v1`, '--key', tenantA.key], { encoding: 'utf8', env: { ...process.env, WEFT_HOME: fabric.dir } });
    assert.match(out, new RegExp(`trace ${first.traceId}`));
    for (const name of ['gateway.request', 'scheduler.queue_wait', 'scheduler.cold_start', 'executor.generate']) assert.match(out, new RegExp(`${name.replace('.', '\\.')} \\[`));
    assert.match(out, /└─ /);
    const denied = spawnSync(process.execPath, [CLI, 'trace', first.requestId, '--url', `${fabric.gatewayUrl}/v1`, '--key', tenantB.key], { encoding: 'utf8', env: { ...process.env, WEFT_HOME: fabric.dir } });
    assert.notEqual(denied.status, 0);
    assert.match(denied.stderr, /404/);
  });

  test('/metrics: requests, latency, TTFT, slots, loads, dropped spans; promtool accepts it', async (t) => {
    const text = await (await fetch(`${fabric.gatewayUrl}/metrics`)).text();
    assert.match(text, new RegExp(`weft_requests_total\\{model="${MODEL}",class="realtime",status="200"\\} [1-9]`));
    assert.match(text, new RegExp(`weft_time_to_first_token_seconds_count\\{model="${MODEL}",class="realtime"\\} [1-9]`));
    assert.match(text, new RegExp(`weft_request_duration_seconds_bucket\\{le="\\+Inf",model="${MODEL}",class="realtime"\\} [1-9]`));
    assert.match(text, new RegExp(`weft_slots\\{executor="exec-0",model="${MODEL}",state="free"\\} \\d`));
    assert.match(text, new RegExp(`weft_model_loads_total\\{model="${MODEL}"\\} 1`));
    for (const name of ['weft_queue_depth', 'weft_spans_dropped_total', 'weft_nats_reconnects_total', 'weft_executor_memory_bytes', 'weft_trace_store_traces']) assert.match(text, new RegExp(`^# TYPE ${name} `, 'm'));
    const promtool = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    if (promtool.error) return t.skip('promtool is not installed (Debian package prometheus)');
    assert.equal(promtool.status, 0, `promtool: ${promtool.stdout}${promtool.stderr}`);
  });

  test('with the spans stream gone requests still succeed, spans are dropped and counted, and the store recovers', async () => {
    const nc = await connect({ servers: fabric.nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(fabric.names.streams.spans);
      assert.equal(info.config.max_age, MAX_AGE_MS * 1_000_000, 'the stream is bounded by WEFT_TRACE_MAX_AGE_MS');
      assert.equal(info.config.max_bytes, 256 * 1024 * 1024, 'and by WEFT_TRACE_MAX_BYTES');
      await jsm.streams.delete(fabric.names.streams.spans);
      const answers = await Promise.all([chat(tenantA.key), chat(tenantA.key), chat(tenantB.key)]);
      assert.deepEqual(answers.map((r) => r.status), [200, 200, 200]);
      await until('the gateway counts dropped spans', async () => {
        const m = /^weft_spans_dropped_total (\d+)/m.exec(await (await fetch(`${fabric.gatewayUrl}/metrics`)).text());
        return m && Number(m[1]) > 0;
      });
      // The store makes the stream again: new requests are traced again
      // (a request made before it was back may stay untraced: try another).
      let probe: { requestId: string; at: number } | undefined;
      const again = await until('a request traced after the stream is back', async () => {
        if (!probe || Date.now() - probe.at > 2_000) {
          const r = await chat(tenantA.key);
          probe = { requestId: r.headers.get('x-request-id')!, at: Date.now() };
        }
        const t = await get(`/v1/requests/${probe.requestId}/trace`, tenantA.key);
        return t.status === 200 ? t.json() as any : undefined;
      }, 20_000);
      assert.equal(again.status, 'ok');
    } finally {
      await nc.close();
    }
  });

  test('traces leave the store at its age bound', async () => {
    await until('the first trace is dropped at WEFT_TRACE_MAX_AGE_MS', async () => (await get(`/v1/traces/${first.traceId}`, admin.key)).status === 404, MAX_AGE_MS + 10_000);
  });
});
