// Routing by measured speed: two synthetic executors simulate devices of
// different speeds (WEFT_SYNTHETIC_SPEED 1 and 4). Each replica's decode
// speed is measured from what it served, and requests go where outstanding
// work is smallest for that speed, so the fast replica serves most of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'syn-speed';
let fabric: Fabric;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=40&ttft=1', slots: 8, minReplicas: 2, devices: ['cpu'] }]);
  fabric = await Fabric.start({ modelsFile, executors: 0 });
  await fabric.startExecutor('exec-slow', { WEFT_SYNTHETIC_SPEED: '1' });
  await fabric.startExecutor('exec-fast', { WEFT_SYNTHETIC_SPEED: '4' });
  await fabric.waitForReplicas(MODEL, 2);
});

after(() => fabric?.stop());

const chat = (i: number) => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  // A distinct conversation each: prefix affinity has nothing to hold on to.
  body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `request ${i}` }], max_tokens: 12 }),
});

async function runClosedLoop(total: number, concurrency: number, from: number): Promise<void> {
  let next = from;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < from + total) {
      const r = await chat(next++);
      assert.equal(r.status, 200);
      await r.arrayBuffer();
    }
  }));
}

describe('routing by measured speed', () => {
  test('the replica measured four times as fast serves most requests', async () => {
    // Both replicas serve (and get measured) first: unmeasured ones count as fast.
    await runClosedLoop(16, 8, 0);
    const measured = async () => {
      const view = (await (await fetch(`${fabric.gatewayUrl}/v1/cluster`)).json()) as any;
      return Object.fromEntries(view.executors.map((e: any) => [e.id, e.models.find((m: any) => m.name === MODEL)?.tokens_per_second ?? 0]));
    };
    const until = Date.now() + 10_000;
    let speeds = await measured();
    while (!(speeds['exec-slow'] > 0 && speeds['exec-fast'] > 0) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      speeds = await measured();
    }
    assert.ok(speeds['exec-fast'] > 2.5 * speeds['exec-slow'], `measured tokens/s: ${JSON.stringify(speeds)}`);

    await runClosedLoop(48, 6, 100);
    const view = (await (await fetch(`${fabric.gatewayUrl}/v1/cluster`)).json()) as any;
    const recent = view.schedulers.flatMap((s: any) => s.recent_placements).filter((p: any) => p.request_id);
    const count = (id: string) => recent.filter((p: any) => p.executor_id === id).length;
    assert.ok(count('exec-fast') >= 2 * count('exec-slow'), `placements: fast ${count('exec-fast')}, slow ${count('exec-slow')}`);
    assert.ok(count('exec-slow') > 0, 'the slow replica still takes work when the fast one is busier');
  });
});
