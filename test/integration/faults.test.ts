// Faults with real processes: two schedulers share the work without
// dispatching anything twice; an executor killed mid-stream ends the
// client's stream with an error instead of a hang; no scheduler for longer
// than WEFT_SCHEDULER_WAIT_MS is a 503 (test/integration/capacity-returns
// covers one coming back).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric, placementsOf, requestPlacements } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const MODEL = 'tiny-faults';
let fabric: Fabric;
let client: OpenAI;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 4, contextSize: 2048, minReplicas: 2 }]);
  fabric = await Fabric.start({ modelsFile, schedulers: 2, executors: 2, waitForModels: [MODEL], gatewayEnv: { WEFT_SCHEDULER_WAIT_MS: '1000' } });
  await fabric.waitForReplicas(MODEL, 2);
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'x', maxRetries: 0 });
});

after(() => fabric?.stop());

describe('faults', () => {
  test('two schedulers in a queue group: every request dispatched exactly once', async () => {
    const n = 30;
    const ids = await Promise.all(Array.from({ length: n }, async (_, i) => {
      const { response } = await client.chat.completions
        .create({ model: MODEL, messages: [{ role: 'user', content: `q${i}` }], max_tokens: 2 })
        .withResponse();
      return response.headers.get('x-request-id')!;
    }));
    // Every scheduler records a placement before it dispatches: one per attempt.
    const view = await fabric.clusterView();
    assert.equal(view.schedulers.length, 2, 'both schedulers answer for the cluster view');
    const placed = requestPlacements(view).filter((p) => ids.includes(p.request_id));
    assert.equal(placed.length, n, 'placement count');
    assert.equal(new Set(placed.map((p) => p.request_id)).size, n, 'a request was dispatched twice');
    for (const s of view.schedulers) assert.ok(placed.some((p) => p.scheduler === s.id), `${s.id} took no work`);
  });

  test('a non-streaming request whose executor is killed mid-generation completes elsewhere, with the whole answer once', async () => {
    const body = JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'retry me' }], max_tokens: 1500, temperature: 0 });
    const post = () => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const reference = await (await post()).json() as { choices: { message: { content: string } }[]; usage: { completion_tokens: number } };
    // Kill whichever executor the scheduler places it on, as soon as it does.
    // Its id comes with the answer, so until then it is the one new placement of MODEL.
    const known = new Set(requestPlacements(await fabric.clusterView()).map((p) => p.request_id));
    const pending = post();
    const first = await until('the request to be placed', async () =>
      requestPlacements(await fabric.clusterView()).find((p) => p.model === MODEL && !known.has(p.request_id)), 10_000, 5);
    const victim = fabric.executors.find((e) => e.name === first.executor_id)!;
    victim.proc.kill('SIGKILL');
    const r = await pending;
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('x-request-id'), first.request_id);
    const attempts = placementsOf(await fabric.clusterView(), first.request_id);
    assert.ok(attempts.length >= 2 && attempts.at(-1)!.executor_id !== victim.name, `placed again elsewhere: ${JSON.stringify(attempts)}`);
    const answer = await r.json() as typeof reference;
    assert.equal(answer.usage.completion_tokens, reference.usage.completion_tokens);
    assert.equal(answer.choices[0]!.message.content, reference.choices[0]!.message.content, 'the retried answer is the whole answer, once');
    await victim.exited;
    fabric.executors.splice(fabric.executors.indexOf(victim), 1);
    await fabric.startExecutor(`${victim.name}-restarted`);
  });

  test('an executor killed with SIGKILL mid-stream: the client gets an error, not a hang', async () => {
    const victim = fabric.executors[0]!;
    const victimId = victim.name;
    // Stream until this request lands on the victim (placement spreads load).
    let stream;
    for (let i = 0; i < 20; i++) {
      const { data, response } = await client.chat.completions
        // Greedy: this prompt's answer is known to run to max_tokens (a random
        // sample could end early and finish before the kill).
        .create({ model: MODEL, messages: [{ role: 'user', content: 'go on' }], max_tokens: 1900, temperature: 0, stream: true })
        .withResponse();
      // A stream answers once its first chunk is ready: it has been placed by then.
      const placed = placementsOf(await fabric.clusterView(), response.headers.get('x-request-id'));
      if (placed.at(-1)?.executor_id === victimId) {
        stream = data;
        break;
      }
      data.controller.abort();
    }
    assert.ok(stream, 'no request landed on the victim executor');
    const t0 = Date.now();
    let chunks = 0;
    await assert.rejects(async () => {
      for await (const c of stream) {
        if (c.choices[0]?.delta.content && ++chunks === 3) victim.proc.kill('SIGKILL');
      }
    }, (err: any) => {
      assert.ok(err instanceof OpenAI.APIError, `expected an APIError, got ${err}`);
      assert.match(String(err.message), /executor/i);
      return true;
    });
    assert.ok(Date.now() - t0 < 10_000, 'the error came promptly');
    // The survivor serves new work; the dead executor leaves the cluster view once its heartbeats expire.
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'still there?' }], max_tokens: 2 });
    assert.equal(r.object, 'chat.completion');
    await until(`${victimId} to leave the cluster view`, async () => !(await fabric.clusterView()).executors.some((e) => e.id === victimId), 5_000);
  });

  test('with no scheduler running for WEFT_SCHEDULER_WAIT_MS, a request is a 503 with Retry-After that says so', async () => {
    await Promise.all(fabric.schedulers.map((s) => s.kill('SIGTERM')));
    const t0 = Date.now();
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'anyone?' }], max_tokens: 2 }),
    });
    assert.equal(r.status, 503);
    assert.ok(Number(r.headers.get('retry-after')) >= 1);
    assert.ok(Date.now() - t0 >= 1_000, 'it waited for a scheduler first');
    const body = await r.json() as { error: { type: string; message: string } };
    assert.equal(body.error.type, 'server_error');
    assert.match(body.error.message, /No scheduler is running \(waited 1000 ms/);
  });
});
