// GET /v1/cluster shows the fleet as it is: detected devices as detected,
// declared ones as declared (their engines marked simulated), the synthetic
// engine labelled, queues and recent placements with their reasons from
// every scheduler, and decision latency. Admins only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { newKey } from '../../gateway/auth.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'syn-cluster';
const admin = newKey('ops', 'admin');
const user = newKey('acme', 'user');
let fabric: Fabric;

before(async () => {
  const keysFile = join(tmpdir(), `weft-cluster-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [admin.record, user.record] }));
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=500&ttft=1', slots: 2, contextSize: 2048, minReplicas: 2 }]);
  fabric = await Fabric.start({ modelsFile, schedulers: 2, gatewayEnv: { WEFT_API_KEYS: keysFile } });
  await fabric.startExecutor('exec-declared-h100', {
    WEFT_DEVICES: JSON.stringify([{ kind: 'nvidia', name: 'NVIDIA H100 80GB HBM3', memoryGiB: 80, count: 2, computeCapability: '9.0' }]),
  });
  await fabric.waitForReplicas(MODEL, 2, 30_000, admin.key);
});

after(() => fabric?.stop());

const get = (key: string) => fetch(`${fabric.gatewayUrl}/v1/cluster`, { headers: { authorization: `Bearer ${key}` } });

describe('cluster view', () => {
  test('a user key gets 403; an admin key gets the view', async () => {
    const denied = await get(user.key);
    assert.equal(denied.status, 403);
    assert.equal((await denied.json() as { error: { code: string } }).error.code, 'permission_denied');
    assert.equal((await get(admin.key)).status, 200);
  });

  test('executors with detected and declared devices, engines, models and slots; schedulers with queues and placements', async () => {
    for (let i = 0; i < 6; i++) {
      const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
        method: 'POST', headers: { authorization: `Bearer ${user.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `hi ${i}` }], max_tokens: 3 }),
      });
      assert.equal(r.status, 200);
    }
    const view = await (await get(admin.key)).json() as any;
    assert.equal(view.object, 'cluster');
    assert.equal(view.executors.length, 2);

    const plain = view.executors.find((e: any) => e.id === 'exec-0');
    assert.deepEqual(plain.devices.map((d: any) => [d.kind, d.source]), [['cpu', 'detected']]);
    assert.ok(plain.devices[0].cores >= 1);
    assert.ok(plain.devices[0].engines.some((e: any) => e.engine === 'llama.cpp' && e.backend === 'cpu' && !e.simulated));
    // Every engine registered in executors/engines/registry.ts.
    assert.deepEqual(plain.engines.sort(), ['espeak-ng', 'llama.cpp', 'onnxruntime', 'pocketsphinx', 'synthetic']);
    const m = plain.models.find((x: any) => x.name === MODEL);
    assert.equal(m.engine, 'synthetic');
    assert.equal(m.synthetic, true, 'the synthetic engine is labelled');
    assert.equal(m.state, 'ready');
    assert.equal(m.slots_total, 2);

    const declared = view.executors.find((e: any) => e.id === 'exec-declared-h100');
    const gpus = declared.devices.filter((d: any) => d.kind === 'nvidia');
    assert.equal(gpus.length, 2);
    for (const g of gpus) {
      assert.equal(g.source, 'declared', 'a declared device is never reported as detected');
      assert.equal(g.memory_total_bytes, 80 * 2 ** 30);
      assert.ok(g.engines.length > 0 && g.engines.every((e: any) => e.simulated === true), 'declared accelerators run the CPU engine underneath');
    }
    assert.ok(declared.devices.some((d: any) => d.kind === 'cpu' && d.source === 'detected'));

    assert.equal(view.schedulers.length, 2);
    const placements = view.schedulers.flatMap((s: any) => s.recent_placements);
    const requests = placements.filter((p: any) => p.request_id);
    assert.ok(requests.length >= 6);
    for (const p of requests) {
      assert.equal(p.model, MODEL);
      assert.ok(['exec-0', 'exec-declared-h100'].includes(p.executor_id));
      assert.match(p.reason, /slots busy/);
    }
    // The catalog shows each replica with why it went where it did.
    const model = view.models.find((m: any) => m.id === MODEL);
    assert.equal(model.synthetic, true);
    assert.deepEqual(model.replicas.map((r: any) => r.executor_id).sort(), ['exec-0', 'exec-declared-h100']);
    const h100 = model.replicas.find((r: any) => r.executor_id === 'exec-declared-h100');
    assert.equal(h100.device, 'nvidia:0');
    assert.match(h100.reason, /below minReplicas 2; nvidia is preference 1 of 3/);
    for (const s of view.schedulers) {
      assert.ok(s.decision_latency_us.decisions >= 0);
      assert.ok(s.decision_latency_us.p99 >= s.decision_latency_us.p50);
    }
  });
});
