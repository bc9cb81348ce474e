// A crash is not an outage: when the only executor or the only scheduler of
// a fabric dies and comes back (the launcher's supervisor restarts it within
// seconds), requests that were queued, in flight without having streamed, or
// sent meanwhile wait for it (bounded by the queue timeout and their
// deadline) and are answered, instead of failing at once with 503.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric, queuedOf, requestPlacements } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { sleep } from '../harness/executor-probe.ts';
import { until } from '../harness/until.ts';

const MODEL = 'tiny-returns';
let fabric: Fabric;

before(async () => {
  // One slot: one request runs, the others queue behind it.
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 1, contextSize: 2048, minReplicas: 1 }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL], env: { WEFT_QUEUE_TIMEOUT_MS: '60000' }, gatewayEnv: { WEFT_SCHEDULER_WAIT_MS: '60000' } });
});

after(() => fabric?.stop());

const ask = (content: string, max_tokens: number) => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content }], max_tokens, temperature: 0 }),
});

describe('capacity that returns', () => {
  test('the only executor killed: its running and queued non-streaming requests are answered by its replacement', async () => {
    const known = new Set(requestPlacements(await fabric.clusterView()).map((p) => p.request_id));
    const running = ask('go on', 1900);
    // The long one holds the only slot before the others queue behind it.
    await until('the long request to be placed', async () =>
      requestPlacements(await fabric.clusterView()).some((p) => p.model === MODEL && !known.has(p.request_id)), 10_000, 20);
    const queued = [ask('one', 4), ask('two', 4)];
    await until('two requests queued', async () => queuedOf((await fabric.clusterView()).schedulers[0]!, MODEL) === 2, 10_000, 20);
    const victim = fabric.executors[0]!;
    victim.proc.kill('SIGKILL');
    await victim.exited;
    fabric.executors.splice(0, 1);
    // Nothing is answered while no executor runs: a window on purpose, longer
    // than WEFT_EXECUTOR_EXPIRY_MS (1.5 s), so the scheduler has seen it gone.
    const early = await Promise.race([Promise.all([running, ...queued]).then(() => 'answered'), sleep(2_500).then(() => 'waiting')]);
    assert.equal(early, 'waiting', 'the requests wait for an executor instead of failing');
    await fabric.startExecutor('exec-replacement');
    for (const r of await Promise.all([running, ...queued])) {
      const body = await r.json() as { choices?: { message: { content: string } }[]; error?: unknown };
      assert.equal(r.status, 200, JSON.stringify(body));
      assert.ok(body.choices![0]!.message.content.length > 0);
    }
  });

  test('the only scheduler killed: a request sent while none runs is answered once one starts', async () => {
    const old = fabric.schedulers.pop()!;
    await old.kill('SIGKILL');
    const pending = ask('anyone there?', 4);
    // A window on purpose: the request is not failed while no scheduler runs.
    const early = await Promise.race([pending.then(() => 'answered'), sleep(1_000).then(() => 'waiting')]);
    assert.equal(early, 'waiting', 'the request waits for a scheduler instead of failing');
    fabric.startScheduler('sched-replacement');
    const r = await pending;
    assert.equal(r.status, 200, await r.clone().text());
  });
});
