// A scheduler killed with SIGKILL under load loses no work that can be
// redone and leaves no client hanging: the gateway sees it stop
// heartbeating, publishes again every request of it whose answer had not
// started reaching the client, and fails the streams already under way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { sleep } from '../harness/executor-probe.ts';

const MODEL = 'syn-failover';
let fabric: Fabric;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=5', slots: 4, contextSize: 4096 }]);
  fabric = await Fabric.start({ modelsFile, schedulers: 2, waitForModels: [MODEL], env: { WEFT_SCHEDULER_EXPIRY_MS: '1000' } });
});

after(() => fabric?.stop());

const dispatchesOf = (requestId: string | null) =>
  fabric.schedulers.flatMap((s) => s.lines.filter((l) => l.msg === 'dispatch' && l.requestId === requestId).map(() => s.name));

describe('scheduler failover', () => {
  test('SIGKILL of a scheduler under batch load: every non-streaming request still completes in full', async () => {
    const victim = fabric.schedulers[0]!;
    const requests = Array.from({ length: 12 }, (_, i) => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-weft-priority': 'batch' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `job ${i}` }], max_tokens: 40 }),
    }));
    await sleep(200);
    victim.proc.kill('SIGKILL');
    const responses = await Promise.all(requests);
    let movedOver = 0;
    for (const r of responses) {
      assert.equal(r.status, 200, await r.clone().text());
      const body = await r.json() as { usage: { completion_tokens: number } };
      assert.equal(body.usage.completion_tokens, 40);
      const by = dispatchesOf(r.headers.get('x-request-id'));
      if (by.includes(victim.name) && by.at(-1) !== victim.name) movedOver++;
    }
    assert.ok(movedOver > 0, 'some requests were held by the killed scheduler and resubmitted');
  });

  test('a stream already under way when its scheduler dies ends with an error, not a hang', async () => {
    const fresh = fabric.startScheduler('sched-2');
    await fresh.waitFor('scheduler ready');
    const client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'x', maxRetries: 0 });
    // Stream until one lands on the fresh scheduler (the queue group picks at random).
    let stream;
    for (let i = 0; i < 30 && !stream; i++) {
      const { data, response } = await client.chat.completions
        .create({ model: MODEL, messages: [{ role: 'user', content: 'stream' }], max_tokens: 300, stream: true })
        .withResponse();
      if (dispatchesOf(response.headers.get('x-request-id')).includes('sched-2')) stream = data;
      else data.controller.abort();
    }
    assert.ok(stream, 'no stream landed on the fresh scheduler');
    const t0 = Date.now();
    let chunks = 0;
    await assert.rejects(async () => {
      for await (const c of stream) if (c.choices[0]?.delta.content && ++chunks === 2) fresh.proc.kill('SIGKILL');
    }, (err: any) => {
      assert.ok(err instanceof OpenAI.APIError, String(err));
      assert.match(err.message, /scheduler/);
      return true;
    });
    assert.ok(Date.now() - t0 < 10_000);
  });
});
