// A client that goes away stops the work: the gateway publishes a cancel,
// the scheduler cancels the gRPC call, the executor aborts generation and
// frees the sequence. Proved by the executor's own token counter.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric, placementsOf, queuedOf } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { describeExecutor, executorAddress, sleep } from '../harness/executor-probe.ts';
import { until } from '../harness/until.ts';

const MODEL = 'tiny-cancel';
let fabric: Fabric;
let client: OpenAI;
let address: string;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 2048 }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL] });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'x', maxRetries: 0 });
  address = await executorAddress(fabric.executors[0]!);
});

after(() => fabric?.stop());

// Greedy: this prompt's answer is known to run to max_tokens, so only a cancel can end it early.
const long = { model: MODEL, messages: [{ role: 'user' as const, content: 'Write forever' }], max_tokens: 1900, temperature: 0 };

/** Asserts the executor generates nothing more after `since` + 200 ms and holds no sequence. */
async function assertStoppedWithin200ms(before: number, abortedAt: number) {
  // Fixed waits on purpose: what is specified is a time window (no tokens
  // from 200 ms after the client left, over the next 300 ms).
  await sleep(Math.max(0, abortedAt + 200 - Date.now()));
  const a = await describeExecutor(address);
  await sleep(300);
  const b = await describeExecutor(address);
  assert.equal(b.tokensGeneratedTotal, a.tokensGeneratedTotal, 'tokens were still being generated 200 ms after the client left');
  assert.equal(b.activeSequences, 0);
  assert.equal(b.outstanding, 0);
  assert.ok(a.tokensGeneratedTotal - before < 1900, 'generation ended early, not by running to max_tokens');
}

describe('client disconnect cancels generation', () => {
  test('a streaming client that aborts mid-stream', async () => {
    const before = (await describeExecutor(address)).tokensGeneratedTotal;
    const stream = await client.chat.completions.create({ ...long, stream: true });
    let chunks = 0;
    let abortedAt = 0;
    try {
      for await (const c of stream) {
        if (c.choices[0]?.delta.content && ++chunks === 5) {
          abortedAt = Date.now();
          stream.controller.abort();
        }
      }
    } catch (err) {
      assert.match(String((err as Error).name), /Abort/);
    }
    assert.ok(abortedAt > 0);
    await assertStoppedWithin200ms(before, abortedAt);
  });

  test('a non-streaming client that hangs up', async () => {
    const before = (await describeExecutor(address)).tokensGeneratedTotal;
    const ac = new AbortController();
    const req = fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', signal: ac.signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify(long),
    }).catch((e) => e);
    // Wait until the executor is really generating, then hang up.
    await until('the executor to be generating', async () => (await describeExecutor(address)).activeSequences > 0, 5_000, 10);
    const abortedAt = Date.now();
    ac.abort();
    await req;
    await assertStoppedWithin200ms(before, abortedAt);
  });
});

describe('deadlines', () => {
  test('a deadline that passes mid-generation is a 504 and the executor stops', async () => {
    const before = (await describeExecutor(address)).tokensGeneratedTotal;
    const t0 = Date.now();
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-weft-timeout-ms': '150' }, body: JSON.stringify(long),
    });
    assert.equal(r.status, 504);
    const body = await r.json() as { error: { code: string } };
    assert.equal(body.error.code, 'deadline_exceeded');
    await assertStoppedWithin200ms(before, t0 + 150);
  });

  test('a request whose deadline passes while queued is a 504 and never runs', async () => {
    // Fill both slots, then queue one with a short deadline.
    const hogs = [1, 2].map(() => client.chat.completions.create({ ...long, stream: true }));
    const streams = await Promise.all(hogs);
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-weft-timeout-ms': '100' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'late' }], max_tokens: 2 }),
    });
    for (const s of streams) s.controller.abort();
    assert.equal(r.status, 504);
    // Once the scheduler holds nothing (the hogs cancelled), a late dispatch would have shown.
    const view = await until('the scheduler to hold nothing', async () => {
      const v = await fabric.clusterView();
      return v.schedulers.every((s) => s.running === 0 && queuedOf(s, MODEL) === 0) ? v : undefined;
    }, 5_000, 20);
    assert.deepEqual(placementsOf(view, r.headers.get('x-request-id')), [], 'the expired request was dispatched');
  });
});
