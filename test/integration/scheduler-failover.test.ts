// A scheduler killed with SIGKILL under load loses no work that can be
// redone and leaves no client hanging: the gateway sees it stop
// heartbeating, publishes again every request of it whose answer had not
// started reaching the client, and fails the streams already under way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric, placementsOf } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const MODEL = 'syn-failover';
let fabric: Fabric;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=5', slots: 4, contextSize: 4096 }]);
  fabric = await Fabric.start({ modelsFile, schedulers: 2, waitForModels: [MODEL], env: { WEFT_SCHEDULER_EXPIRY_MS: '1000' } });
});

after(() => fabric?.stop());

describe('scheduler failover', () => {
  test('SIGKILL of a scheduler under batch load: every non-streaming request still completes in full', async () => {
    const victim = fabric.schedulers[0]!;
    const requests = Array.from({ length: 12 }, (_, i) => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-weft-priority': 'batch' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `job ${i}` }], max_tokens: 40 }),
    }));
    // Kill it while it runs some of them; what it placed goes with it, so read that first.
    const held = await until(`${victim.name} to be running requests`, async () => {
      const s = (await fabric.clusterView()).schedulers.find((x) => x.id === victim.name);
      return s && s.running > 0 ? new Set(s.recent_placements.map((p) => p.request_id)) : undefined;
    }, 10_000, 20);
    victim.proc.kill('SIGKILL');
    const responses = await Promise.all(requests);
    const view = await fabric.clusterView();
    let movedOver = 0;
    for (const r of responses) {
      assert.equal(r.status, 200, await r.clone().text());
      const body = await r.json() as { usage: { completion_tokens: number } };
      assert.equal(body.usage.completion_tokens, 40);
      const id = r.headers.get('x-request-id')!;
      if (held.has(id) && placementsOf(view, id).some((p) => p.scheduler !== victim.name)) movedOver++;
    }
    assert.ok(movedOver > 0, 'some requests were held by the killed scheduler and resubmitted');
  });

  test('a stream already under way when its scheduler dies ends with an error, not a hang', async () => {
    const fresh = fabric.startScheduler('sched-2');
    await until('sched-2 in the cluster view', async () => (await fabric.clusterView()).schedulers.some((s) => s.id === 'sched-2'), 30_000);
    const client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'x', maxRetries: 0 });
    // Stream until one lands on the fresh scheduler (the queue group picks at random).
    let stream;
    for (let i = 0; i < 30 && !stream; i++) {
      const { data, response } = await client.chat.completions
        .create({ model: MODEL, messages: [{ role: 'user', content: 'stream' }], max_tokens: 300, stream: true })
        .withResponse();
      // A stream answers once its first chunk is ready: it has been placed by then.
      if (placementsOf(await fabric.clusterView(), response.headers.get('x-request-id')).some((p) => p.scheduler === 'sched-2')) stream = data;
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
