// Realtime before batch, with real processes and the synthetic engine
// (deterministic pacing, no model): batch work never takes the reserved
// slot, realtime work preempts batch work when every slot is busy and the
// preempted request still completes, queues are bounded (429) and a queued
// realtime request past the queue timeout is a 504 that never ran.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric, type LogLine } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { sleep } from '../harness/executor-probe.ts';

const MODEL = 'syn-priorities';
let fabric: Fabric;

before(async () => {
  // 2 slots, 100 tokens/s per sequence: a 60-token answer takes ~0.6 s.
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=5', slots: 2, contextSize: 4096 }]);
  fabric = await Fabric.start({
    modelsFile, waitForModels: [MODEL],
    env: { WEFT_BATCH_RESERVE_SLOTS: '1', WEFT_QUEUE_MAX_REALTIME: '2', WEFT_QUEUE_TIMEOUT_MS: '400', WEFT_BATCH_AGING_MS: '60000' },
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

const schedulerLog = (): LogLine[] => fabric.schedulers[0]!.lines;
const dispatchIndex = (requestId: string | null) => schedulerLog().findIndex((l) => l.msg === 'dispatch' && l.requestId === requestId);
const idOf = (r: Response) => r.headers.get('x-request-id');

/** Waits until `n` requests of `model` are dispatched and not finished, by the scheduler's log. */
async function untilDispatched(n: number) {
  for (let i = 0; i < 200 && schedulerLog().filter((l) => l.msg === 'dispatch').length < n; i++) await sleep(10);
}

describe('priorities', () => {
  test('batch work leaves the reserved slot to realtime work, which starts before queued batch work', async () => {
    const before = schedulerLog().filter((l) => l.msg === 'dispatch').length;
    const batch = [1, 2, 3].map((i) => chat({ priority: 'batch', maxTokens: 40, content: `batch ${i}` }));
    await untilDispatched(before + 1);
    await sleep(100);
    assert.equal(schedulerLog().filter((l) => l.msg === 'dispatch').length, before + 1, 'only one batch request may run: the other slot is reserved');
    const rt = await chat({ maxTokens: 3 });
    assert.equal(rt.status, 200);
    const batchResponses = await Promise.all(batch);
    for (const r of batchResponses) assert.equal(r.status, 200);
    const rtAt = dispatchIndex(idOf(rt));
    const batchAt = batchResponses.map((r) => dispatchIndex(idOf(r))).sort((a, b) => a - b);
    assert.ok(rtAt > batchAt[0]! && rtAt < batchAt[1]!, 'the realtime request ran while batch requests still waited');
  });

  test('realtime work that finds every slot busy preempts batch work, which is restarted and completes in full', async () => {
    const batch = chat({ priority: 'batch', maxTokens: 60, content: 'long batch' });
    await sleep(150);
    const rtA = chat({ maxTokens: 60, content: 'realtime A' });
    await sleep(150);
    const rtB = await chat({ maxTokens: 3, content: 'realtime B' });
    assert.equal(rtB.status, 200);
    const b = await batch;
    assert.equal(b.status, 200);
    const body = await b.json() as { usage: { completion_tokens: number }; choices: { message: { content: string }; finish_reason: string }[] };
    assert.equal(body.usage.completion_tokens, 60, 'the restarted batch request produced its whole answer');
    assert.equal(body.choices[0]!.finish_reason, 'length');
    const batchId = idOf(b);
    assert.ok(schedulerLog().some((l) => l.msg === 'preempt' && l.requestId === batchId), 'the batch request was preempted');
    assert.equal(schedulerLog().filter((l) => l.msg === 'dispatch' && l.requestId === batchId).length, 2, 'dispatched, preempted, dispatched again');
    assert.equal((await rtA).status, 200);
  });

  test('a full realtime queue answers 429 with Retry-After; queued requests past the queue timeout are 504 and never run', async () => {
    const ac = new AbortController();
    const hogs = [1, 2].map(() => chat({ maxTokens: 300, stream: true, signal: ac.signal }));
    await Promise.all(hogs);
    const queued = [chat({ maxTokens: 2, content: 'q1' }), chat({ maxTokens: 2, content: 'q2' })];
    await sleep(100);
    const rejected = await chat({ maxTokens: 2, content: 'q3' });
    assert.equal(rejected.status, 429);
    assert.ok(Number(rejected.headers.get('retry-after')) >= 1);
    assert.equal((await rejected.json() as { error: { code: string } }).error.code, 'queue_full');
    for (const r of await Promise.all(queued)) {
      assert.equal(r.status, 504);
      assert.equal(dispatchIndex(idOf(r)), -1, 'a timed-out queued request must never run');
    }
    ac.abort();
  });
});
