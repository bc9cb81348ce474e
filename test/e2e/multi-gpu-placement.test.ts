// Several GPUs in one host, as `npm start` runs them there (deploy/local/
// executor-layout.ts): one executor per GPU, each with WEFT_GPU naming its
// GPU, the CPU device offered by the first only. No multi-GPU machine is at
// hand, so each executor DECLARES the host's two GPUs (WEFT_DEVICES, count 2:
// simulated, llama.cpp runs on the CPU underneath) and, like on a detected
// host, only the one WEFT_GPU names gets engines. Each GPU holds one replica
// of the models here but not two. Real processes, the synthesized tiny GGUF
// model on llama.cpp; everything asserted through GET /v1/cluster.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { newKey } from '../../gateway/auth.ts';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';
import type { ModelEntry } from '../../catalog/models-file.ts';

// Each declared GPU has room for one replica, not two. The tiny model with a
// 512-token context and one slot measures about 4.4 MiB on llama.cpp (the
// executor reserves what the engine measured once loaded, and the catalog
// keeps it for later placements): a 5 MiB estimate, 7 MiB GPUs. The first
// test checks that premise.
const GPU_MIB = 7;
const REPLICA_MIB = 5;
const MIB = 2 ** 20;
const admin = newKey('ops', 'admin');
let fabric: Fabric;

const gpuEnv = (gpu: number, cpu: 'on' | 'off') => ({
  WEFT_DEVICES: JSON.stringify([{ kind: 'nvidia', name: 'NVIDIA H200 (declared)', memoryGiB: GPU_MIB / 1024, count: 2, computeCapability: '9.0' }]),
  WEFT_GPU: String(gpu),
  WEFT_CPU_DEVICE: cpu,
});

before(async () => {
  const path = await tinyModelPath();
  const keysFile = join(tmpdir(), `weft-multigpu-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [admin.record] }));
  const gguf = (name: string, over: Partial<ModelEntry>): ModelEntry =>
    ({ name, path, contextSize: 512, slots: 1, devices: ['nvidia'], memoryMiB: REPLICA_MIB, minReplicas: 0, ...over });
  const modelsFile = writeModels(tmpdir(), [
    // Scale to zero soon after use, so the GPUs are free again for `hot`.
    gguf('alpha', { idleTtlMs: 5000 }),
    gguf('beta', { idleTtlMs: 5000 }),
    gguf('hot', { maxReplicas: 2, idleTtlMs: 120_000 }),
    // More than one GPU has, though the two together would hold it.
    gguf('too-big', { memoryMiB: 10 }),
  ]);
  fabric = await Fabric.start({
    modelsFile, executors: 0, gatewayEnv: { WEFT_API_KEYS: keysFile },
    env: { WEFT_SCALE_OUT_WAIT_MS: '300' },
  });
  await fabric.startExecutor('exec-gpu0', gpuEnv(0, 'on'));
  await fabric.startExecutor('exec-gpu1', gpuEnv(1, 'off'));
});

after(async () => {
  await fabric?.stop();
});

const headers = { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json' };

function chat(model: string, maxTokens = 4) {
  // Greedy, and this prompt runs to max_tokens on the tiny model (see cancellation.test.ts).
  return fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers,
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Write forever' }], max_tokens: maxTokens, temperature: 0 }),
  });
}

async function cluster(): Promise<any> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/cluster`, { headers });
  assert.equal(r.status, 200);
  return r.json();
}

const replicasOf = (view: any, model: string): string[] =>
  (view.models.find((m: any) => m.id === model)?.replicas ?? []).map((r: any) => `${r.executor_id} ${r.device}`).sort();
const tokensOf = (view: any) => Object.fromEntries(view.executors.map((e: any) => [e.id, e.tokens_generated_total as number]));

describe('several GPUs in one host, one executor each', () => {
  test('each executor offers its own GPU; the host CPU is offered once', async () => {
    const view = await cluster();
    const withEngines = view.executors.flatMap((e: any) => e.devices.filter((d: any) => d.engines.length > 0).map((d: any) => `${e.id} ${d.kind}:${d.index}`)).sort();
    assert.deepEqual(withEngines, ['exec-gpu0 cpu:0', 'exec-gpu0 nvidia:0', 'exec-gpu1 nvidia:1']);
    assert.equal(view.executors.flatMap((e: any) => e.devices.filter((d: any) => d.kind === 'cpu')).length, 1, 'one CPU device in the fleet');
  });

  test('two models that each fill a GPU land on different GPUs', async () => {
    for (const m of ['alpha', 'beta']) {
      const r = await chat(m);
      assert.equal(r.status, 200, `${m}: ${await r.clone().text()}`);
    }
    const view = await cluster();
    const loaded = view.executors.flatMap((e: any) => e.models.map((m: any) => ({ executor: e.id, ...m })));
    const alpha = loaded.find((m: any) => m.name === 'alpha');
    assert.ok(alpha.memory_bytes > (GPU_MIB / 2) * MIB && alpha.memory_bytes <= REPLICA_MIB * MIB,
      `premise: one replica (measured ${alpha.memory_bytes} bytes) fits a ${GPU_MIB} MiB GPU, two do not`);
    const placed = [...replicasOf(view, 'alpha'), ...replicasOf(view, 'beta')].sort();
    assert.deepEqual(placed, ['exec-gpu0 nvidia:0', 'exec-gpu1 nvidia:1'], JSON.stringify(view.models.map((m: any) => [m.id, m.replicas])));
    // The second had one GPU to go to: the first's GPU had no room left.
    assert.match(view.models.find((m: any) => m.id === 'beta').replicas[0].reason, /free on nvidia:\d .*; 1 device\(s\) fit$/);
    // Free memory, as placement sees it, accounts the replica measured there.
    const gpu = view.executors.find((e: any) => e.id === alpha.executor).devices.find((d: any) => d.engines.length > 0 && d.kind === 'nvidia');
    assert.equal(gpu.memory_free_bytes, GPU_MIB * MIB - alpha.memory_bytes);
  });

  test('a model too large for any one GPU is answered 507, naming the reason', async () => {
    const r = await chat('too-big');
    assert.equal(r.status, 507);
    const body = (await r.json()) as any;
    assert.equal(body.error.code, 'insufficient_memory');
    assert.equal(body.error.type, 'server_error');
    assert.match(body.error.message, /The model 'too-big' needs 10 MiB per replica, more than any device that could run it has: the largest is nvidia:\d NVIDIA H200 \(declared\) on exec-gpu\d \(declared\) with 7 MiB/);
  });

  test('a hot model whose replica is busy scales out onto the second GPU, and both replicas serve', async () => {
    await until('alpha and beta to scale to zero', async () => {
      const view = await cluster();
      return replicasOf(view, 'alpha').length + replicasOf(view, 'beta').length === 0
        && view.executors.every((e: any) => e.models.length === 0) ? true : undefined;
    }, 20_000);
    const before = tokensOf(await cluster());
    // One slot per replica: requests queue behind each other, and the oldest
    // waits past WEFT_SCALE_OUT_WAIT_MS (300 ms here), which places another.
    const burst = await Promise.all(Array.from({ length: 8 }, () => chat('hot', 400)));
    for (const r of burst) assert.equal(r.status, 200, await r.clone().text());
    let view = await cluster();
    assert.deepEqual(replicasOf(view, 'hot'), ['exec-gpu0 nvidia:0', 'exec-gpu1 nvidia:1'], 'a replica on each GPU');
    const placements = view.schedulers.flatMap((s: any) => s.recent_placements).filter((p: any) => p.model === 'hot' && /^replica placed/.test(p.reason));
    assert.equal(placements.length, 2, JSON.stringify(placements));
    assert.ok(placements.some((p: any) => /scale out: oldest request waited \d+ ms/.test(p.reason)), JSON.stringify(placements));
    // Both replicas ready now: a second burst is spread over both GPUs.
    await Promise.all(Array.from({ length: 6 }, () => chat('hot', 200))).then((rs) => rs.forEach((r) => assert.equal(r.status, 200)));
    view = await cluster();
    const after = tokensOf(view);
    for (const id of ['exec-gpu0', 'exec-gpu1']) assert.ok(after[id] > before[id], `${id} generated tokens for hot: ${JSON.stringify({ before, after })}`);
  });
});
