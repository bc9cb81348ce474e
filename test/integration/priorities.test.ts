// Realtime before batch, with real processes and the synthetic engine
// (deterministic pacing, no model): batch work never takes the reserved
// slot, realtime work preempts batch work when every slot is busy and the
// preempted request still completes, queues are bounded (429) and a queued
// realtime request past the queue timeout is a 504 that never ran.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric, queuedOf, requestPlacements, type SchedulerView } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const MODEL = 'syn-priorities';
let fabric: Fabric;

before(async () => {
  // 2 slots, 100 tokens/s per sequence: a 60-token answer takes ~0.6 s.
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=5', slots: 2, contextSize: 4096 }]);
  fabric = await Fabric.start({
    modelsFile, waitForModels: [MODEL],
    // Reserved slots held whether or not realtime work came lately (the
    // idle rule is the dispatcher's unit tests' business).
    env: { WEFT_BATCH_RESERVE_SLOTS: '1', WEFT_BATCH_RESERVE_IDLE_MS: '0', WEFT_QUEUE_MAX_REALTIME: '2', WEFT_QUEUE_TIMEOUT_MS: '400', WEFT_BATCH_AGING_MS: '60000' },
  });
});

after(() => fabric?.stop());

function chat(opts: { priority?: 'batch' | 'realtime'; maxTokens: number; stream?: boolean; signal?: AbortSignal; content?: string }) {
  return fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', signal: opts.signal,
    headers: { 'content-type': 'application/json', ...(opts.priority ? { 'x-weft-priority': opts.priority } : {}) },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: opts.content ?? 'go' }], max_tokens: opts.maxTokens, stream: opts.stream ?? false }),
  });
}

/** The only scheduler's snapshot in GET /v1/cluster: what runs, what waits, and its placements. */
const scheduler = async (): Promise<SchedulerView> => (await fabric.clusterView()).schedulers[0]!;
/** Request ids in the order they were placed, one entry per attempt. */
const placed = async () => requestPlacements(await fabric.clusterView()).map((p) => p.request_id);
const idOf = (r: Response) => r.headers.get('x-request-id')!;

/** Waits until the scheduler's snapshot satisfies `ok`, and returns it. */
const untilScheduler = (what: string, ok: (s: SchedulerView) => boolean) =>
  until(what, async () => { const s = await scheduler(); return ok(s) ? s : undefined; }, 5_000, 10);

describe('priorities', () => {
  test('batch work leaves the reserved slot to realtime work, which starts before queued batch work', async () => {
    const batch = [1, 2, 3].map((i) => chat({ priority: 'batch', maxTokens: 40, content: `batch ${i}` }));
    // Placing is decided as each arrives: once all three are in, the split is what the policy chose.
    const held = await untilScheduler('the three batch requests to reach the scheduler', (s) => s.running + queuedOf(s, MODEL) === 3);
    assert.equal(held.running, 1, 'only one batch request may run: the other slot is reserved');
    assert.equal(queuedOf(held, MODEL, 'batch'), 2);
    const rt = await chat({ maxTokens: 3 });
    assert.equal(rt.status, 200);
    const batchResponses = await Promise.all(batch);
    for (const r of batchResponses) assert.equal(r.status, 200);
    const order = await placed();
    const rtAt = order.indexOf(idOf(rt));
    const batchAt = batchResponses.map((r) => order.indexOf(idOf(r))).sort((a, b) => a - b);
    assert.ok(rtAt >= 0 && batchAt[0]! >= 0, JSON.stringify(order));
    assert.ok(rtAt > batchAt[0]! && rtAt < batchAt[1]!, 'the realtime request ran while batch requests still waited');
  });

  test('realtime work that finds every slot busy preempts batch work, which is restarted and completes in full', async () => {
    const batch = chat({ priority: 'batch', maxTokens: 60, content: 'long batch' });
    await untilScheduler('the batch request to run', (s) => s.running === 1);
    const rtA = chat({ maxTokens: 60, content: 'realtime A' });
    await untilScheduler('realtime A to take the other slot', (s) => s.running === 2);
    const rtB = await chat({ maxTokens: 3, content: 'realtime B' });
    assert.equal(rtB.status, 200);
    const b = await batch;
    assert.equal(b.status, 200);
    const body = await b.json() as { usage: { completion_tokens: number }; choices: { message: { content: string }; finish_reason: string }[] };
    assert.equal(body.usage.completion_tokens, 60, 'the restarted batch request produced its whole answer');
    assert.equal(body.choices[0]!.finish_reason, 'length');
    const a = await rtA;
    assert.equal(a.status, 200);
    const batchId = idOf(b);
    const order = (await placed()).filter((id) => [batchId, idOf(a), idOf(rtB)].includes(id));
    assert.deepEqual(order, [batchId, idOf(a), idOf(rtB), batchId], 'placed, preempted for realtime B while every slot was busy, placed again');
  });

  test('a full realtime queue answers 429 with Retry-After; queued requests past the queue timeout are 504 and never run', async () => {
    const ac = new AbortController();
    const hogs = [1, 2].map(() => chat({ maxTokens: 300, stream: true, signal: ac.signal }));
    await Promise.all(hogs);
    const queued = [chat({ maxTokens: 2, content: 'q1' }), chat({ maxTokens: 2, content: 'q2' })];
    await untilScheduler('two realtime requests queued', (s) => queuedOf(s, MODEL, 'realtime') === 2);
    const rejected = await chat({ maxTokens: 2, content: 'q3' });
    assert.equal(rejected.status, 429);
    assert.ok(Number(rejected.headers.get('retry-after')) >= 1);
    assert.equal((await rejected.json() as { error: { code: string } }).error.code, 'queue_full');
    const timedOut = await Promise.all(queued);
    const order = await placed();
    for (const r of timedOut) {
      assert.equal(r.status, 504);
      assert.ok(!order.includes(idOf(r)), 'a timed-out queued request must never run');
    }
    ac.abort();
  });
});
