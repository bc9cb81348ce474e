// Placement on a mixed fleet, scale from zero and to zero, the catalog
// admin API, and what happens when a model cannot be placed or loaded.
// Three executor processes declare NVIDIA, Ascend and CPU inventories (the
// synthetic engine runs underneath: declared devices are simulation); two
// schedulers share one replica plan in NATS KV.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { newKey } from '../../gateway/auth.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { until } from '../harness/until.ts';
import type { ModelEntry } from '../../catalog/models-file.ts';

const GIB_MIB = 1024;
const admin = newKey('ops', 'admin');
const user = newKey('acme', 'user');
let fabric: Fabric;
let otlp: OtlpReceiver;

const syn = (name: string, over: Partial<ModelEntry>): ModelEntry =>
  ({ name, engine: 'synthetic', path: 'synthetic:?tps=400&ttft=2', slots: 2, minReplicas: 0, ...over });

before(async () => {
  otlp = await OtlpReceiver.start();
  const keysFile = join(tmpdir(), `weft-placement-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [admin.record, user.record] }));
  const modelsFile = writeModels(tmpdir(), [
    syn('syn-gpu', { devices: ['nvidia'], memoryMiB: 40 * GIB_MIB }),
    syn('syn-npu', { devices: ['ascend', 'nvidia'], memoryMiB: 30 * GIB_MIB }),
    // Only the declared 4 TiB CPU can hold it (no real machine here has 2 TiB).
    syn('syn-big-cpu', { devices: ['nvidia', 'ascend', 'cpu'], memoryMiB: 2000 * GIB_MIB }),
    syn('syn-huge', { memoryMiB: 8000 * GIB_MIB }),
    syn('syn-gpu-2', { devices: ['nvidia'], memoryMiB: 50 * GIB_MIB }),
    syn('syn-ttl', { devices: ['ascend'], memoryMiB: 1024, idleTtlMs: 1000 }),
    syn('syn-once', { devices: ['ascend'], memoryMiB: 1024, maxReplicas: 1 }),
    // One slot, slow: requests queue, and scale-out adds a replica.
    syn('syn-scale', { path: 'synthetic:?tps=25&ttft=1', slots: 1, devices: ['cpu'], memoryMiB: 512, maxReplicas: 2, idleTtlMs: 1000 }),
    { name: 'broken', path: join(tmpdir(), 'no-such-model.gguf'), memoryMiB: 64, minReplicas: 0, devices: ['cpu'] },
  ]);
  fabric = await Fabric.start({
    modelsFile, executors: 0, schedulers: 2, gatewayEnv: { WEFT_API_KEYS: keysFile },
    env: { ...otlp.env(), WEFT_SCALE_OUT_WAIT_MS: '400', WEFT_EVICT_IDLE_MS: '3000' },
  });
  await fabric.startExecutor('exec-nvidia', { WEFT_DEVICES: JSON.stringify([{ kind: 'nvidia', name: 'NVIDIA H100 80GB HBM3', memoryGiB: 80, computeCapability: '9.0' }]) });
  await fabric.startExecutor('exec-ascend', { WEFT_DEVICES: JSON.stringify([{ kind: 'ascend', name: 'Ascend 910B3', memoryGiB: 64 }]) });
  await fabric.startExecutor('exec-cpu', { WEFT_DEVICES: JSON.stringify([{ kind: 'cpu', cores: 8, memoryGiB: 4096 }]) });
});

after(async () => {
  await fabric?.stop();
  await otlp?.close();
});

const auth = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });

function chat(model: string, key = user.key) {
  return fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers: auth(key),
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }], max_tokens: 3 }),
  });
}

async function cluster(): Promise<any> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/cluster`, { headers: auth(admin.key) });
  assert.equal(r.status, 200);
  return r.json();
}

const replicasOf = (view: any, model: string) => view.models.find((m: any) => m.id === model)?.replicas ?? [];
const loadedOn = (view: any, model: string) => view.executors.filter((e: any) => e.models.some((m: any) => m.name === model)).map((e: any) => e.id).sort();

describe('placement on a mixed fleet', () => {
  test('models land on the device kind they prefer, where they fit', async () => {
    for (const m of ['syn-gpu', 'syn-npu', 'syn-big-cpu']) {
      const r = await chat(m);
      assert.equal(r.status, 200, `${m}: ${await r.clone().text()}`);
    }
    const view = await cluster();
    const where = (m: string) => replicasOf(view, m).map((r: any) => `${r.executor_id} ${r.device}`);
    assert.deepEqual(where('syn-gpu'), ['exec-nvidia nvidia:0']);
    assert.deepEqual(where('syn-npu'), ['exec-ascend ascend:0']);
    assert.deepEqual(where('syn-big-cpu'), ['exec-cpu cpu:1'], 'the declared 4 TiB CPU, after nvidia and ascend were too small');
    assert.match(replicasOf(view, 'syn-big-cpu')[0].reason, /scale from zero: \d+ request\(s\) waiting; cpu is preference 3 of 3/);
    // Free memory accounts the replicas: 80 GiB - 40 GiB on the declared H100.
    const gpu = view.executors.find((e: any) => e.id === 'exec-nvidia').devices.find((d: any) => d.kind === 'nvidia');
    assert.equal(gpu.memory_free_bytes, 40 * 2 ** 30);
  });

  test('a model larger than any device gets 507 naming the reason; one that only fits once memory frees gets 503', async () => {
    const huge = await chat('syn-huge');
    assert.equal(huge.status, 507);
    const body = (await huge.json()) as any;
    assert.equal(body.error.code, 'insufficient_memory');
    assert.match(body.error.message, /needs 8000\.0 GiB per replica, more than any device that could run it has: the largest is cpu:1 .* on exec-cpu \(declared\) with 4096\.0 GiB/);

    const full = await chat('syn-gpu-2');
    assert.equal(full.status, 503);
    assert.ok(Number(full.headers.get('retry-after')) > 0);
    assert.match(((await full.json()) as any).error.message, /needs 50\.0 GiB, and the most free is 40\.0 GiB on nvidia:0/);
  });

  test('a model that fits only once memory frees: idle replicas of other models are evicted for it', async () => {
    // syn-gpu (40 GiB of the declared 80) was last used in the first test; once
    // it has been idle WEFT_EVICT_IDLE_MS, syn-gpu-2 (50 GiB) may take its place.
    await until('syn-gpu to be idle 3 s', async () =>
      (await cluster()).executors.some((e: any) => e.models.some((m: any) => m.name === 'syn-gpu' && m.idle_ms >= 3_000)), 10_000);
    const r = await chat('syn-gpu-2');
    assert.equal(r.status, 200, await r.clone().text());
    const view = await cluster();
    assert.deepEqual(replicasOf(view, 'syn-gpu'), []);
    assert.deepEqual(replicasOf(view, 'syn-gpu-2').map((x: any) => `${x.executor_id} ${x.device}`), ['exec-nvidia nvidia:0']);
    const evicted = view.schedulers.flatMap((s: any) => s.recent_placements)
      .find((p: any) => p.model === 'syn-gpu' && /replica evicted: idle \d+ s, unloaded early to make room for 'syn-gpu-2'/.test(p.reason));
    assert.ok(evicted, 'the eviction is in the placement log');
  });

  test('scale from zero: the request waits for the load, and the trace shows the cold start', async () => {
    const r = await chat('syn-ttl');
    assert.equal(r.status, 200);
    const traceId = r.headers.get('traceparent')!.split('-')[1]!;
    // The two spans end at different times and may reach the collector in different export batches.
    const [span, dispatch] = await until('the cold-start and dispatch spans', async () => {
      const spans = otlp.trace(traceId);
      const cold = spans.find((s) => s.name === 'scheduler.cold_start');
      const disp = spans.find((s) => s.name === 'scheduler.dispatch');
      return cold && disp ? [cold, disp] as const : undefined;
    });
    assert.equal(span.attributes['weft.model'], 'syn-ttl');
    assert.equal(span.attributes['weft.executor_id'], 'exec-ascend');
    assert.ok(Number(span.attributes['weft.model_load_ms']) >= 0);
    assert.equal(span.parentSpanId, dispatch.spanId, 'the cold start is part of the request\'s scheduling');
  });

  test('scale to zero: an idle replica is unloaded after its idle TTL, and the next request loads it again', async () => {
    await until('syn-ttl to be unloaded', async () => {
      const view = await cluster();
      return replicasOf(view, 'syn-ttl').length === 0 && loadedOn(view, 'syn-ttl').length === 0 ? true : undefined;
    });
    const r = await chat('syn-ttl');
    assert.equal(r.status, 200);
  });

  test('two schedulers and a burst for a cold model: one replica is placed and loaded once', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => chat('syn-once')));
    for (const r of results) assert.equal(r.status, 200);
    const view = await cluster();
    assert.equal(replicasOf(view, 'syn-once').length, 1);
    const placed = view.schedulers.flatMap((s: any) => s.recent_placements)
      .filter((p: any) => p.model === 'syn-once' && /^replica placed/.test(p.reason));
    assert.equal(placed.length, 1, `one replica placed, by one scheduler: ${JSON.stringify(placed)}`);
    assert.deepEqual(loadedOn(view, 'syn-once'), [placed[0].executor_id], 'loaded on that executor only');
  });

  test('scale out when requests wait past WEFT_SCALE_OUT_WAIT_MS, up to maxReplicas; scale in when idle', async () => {
    const slow = () => fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: auth(user.key),
      body: JSON.stringify({ model: 'syn-scale', messages: [{ role: 'user', content: 'hello' }], max_tokens: 30 }),
    });
    const results = await Promise.all(Array.from({ length: 5 }, slow));
    for (const r of results) assert.equal(r.status, 200);
    const placements = (await cluster()).schedulers.flatMap((s: any) => s.recent_placements)
      .filter((p: any) => p.model === 'syn-scale' && /^replica placed/.test(p.reason));
    assert.equal(placements.length, 2, JSON.stringify(placements));
    assert.ok(placements.some((p: any) => /scale out: oldest request waited \d+ ms/.test(p.reason)));
    assert.equal(new Set(placements.map((p: any) => p.executor_id)).size, 2, 'the second replica goes to another executor');
    await until('syn-scale to scale in to zero', async () => (replicasOf(await cluster(), 'syn-scale').length === 0 ? true : undefined));
  });

  test('a model that fails to load everywhere ends its requests with an error naming why', async () => {
    const r = await chat('broken');
    assert.equal(r.status, 503);
    const body = (await r.json()) as any;
    assert.match(body.error.message, /cannot be served now: loading it on exec-\w+ failed: .*no-such-model\.gguf/);
  });
});

describe('catalog admin API', () => {
  const url = () => `${fabric.gatewayUrl}/v1/admin/models`;

  test('user keys get 403', async () => {
    const r = await fetch(url(), { headers: auth(user.key) });
    assert.equal(r.status, 403);
  });

  test('POST adds a model that can be served at once; GET shows it with its replicas; DELETE removes and unloads it', async () => {
    const created = await fetch(url(), {
      method: 'POST', headers: auth(admin.key),
      body: JSON.stringify({ name: 'syn-api', engine: 'synthetic', path: 'synthetic:?tps=300&ttft=1', memory_mib: 100, devices: ['ascend'], slots: 3 }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const m = (await created.json()) as any;
    assert.equal(m.id, 'syn-api');
    assert.equal(m.source, 'api');
    assert.deepEqual(m.devices, ['ascend']);
    assert.equal(m.memory.estimate_bytes.ascend, 100 * 2 ** 20);

    assert.equal((await chat('syn-api')).status, 200);
    const listed = (await (await fetch(url(), { headers: auth(admin.key) })).json()) as any;
    const one = listed.data.find((x: any) => x.id === 'syn-api');
    assert.equal(one.replicas.length, 1);
    assert.equal(one.replicas[0].executor_id, 'exec-ascend');
    assert.equal(one.replicas[0].state, 'ready');

    const models = (await (await fetch(`${fabric.gatewayUrl}/v1/models`, { headers: auth(user.key) })).json()) as any;
    assert.ok(models.data.some((x: any) => x.id === 'syn-huge'), '/v1/models lists catalog models, loaded or not');

    const del = await fetch(`${url()}/syn-api`, { method: 'DELETE', headers: auth(admin.key) });
    assert.equal(del.status, 200);
    assert.equal((await chat('syn-api')).status, 404);
    await until('syn-api to be unloaded', async () => (loadedOn(await cluster(), 'syn-api').length === 0 ? true : undefined));
  });

  test('a model deleted while it serves a request finishes that request before it is unloaded', async () => {
    const post = await fetch(url(), {
      method: 'POST', headers: auth(admin.key),
      body: JSON.stringify({ name: 'syn-drain', engine: 'synthetic', path: 'synthetic:?tps=25&ttft=1', memory_mib: 100, devices: ['nvidia'] }),
    });
    assert.equal(post.status, 201);
    const running = fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: auth(user.key),
      body: JSON.stringify({ model: 'syn-drain', messages: [{ role: 'user', content: 'hello' }], max_tokens: 30 }),
    });
    await until('syn-drain to be serving', async () => ((await cluster()).executors.some((e: any) => e.models.some((m: any) => m.name === 'syn-drain' && m.slots_busy > 0)) ? true : undefined));
    assert.equal((await fetch(`${url()}/syn-drain`, { method: 'DELETE', headers: auth(admin.key) })).status, 200);
    // Draining: the executor reports the replica unloading (nothing new goes there) while the request runs on.
    await until('syn-drain to be draining', async () =>
      (await cluster()).executors.some((e: any) => e.models.some((m: any) => m.name === 'syn-drain' && m.state === 'unloading' && m.slots_busy > 0)), 5_000, 20);
    const r = await running;
    assert.equal(r.status, 200);
    const body = (await r.json()) as any;
    assert.equal(body.usage.completion_tokens, 30, 'the whole answer, not cut by the unload');
    await until('syn-drain to be unloaded', async () => (loadedOn(await cluster(), 'syn-drain').length === 0 ? true : undefined));
  });

  test('models from the models file are changed there: POST or DELETE of one is a 409', async () => {
    const del = await fetch(`${url()}/syn-gpu`, { method: 'DELETE', headers: auth(admin.key) });
    assert.equal(del.status, 409);
    assert.equal(((await del.json()) as any).error.code, 'model_managed_by_file');
    const post = await fetch(url(), { method: 'POST', headers: auth(admin.key), body: JSON.stringify({ name: 'syn-gpu', path: 'p', memory_mib: 1 }) });
    assert.equal(post.status, 409);
  });

  test('invalid definitions are 400s naming the field', async () => {
    const cases: [object, RegExp][] = [
      [{ name: 'x', path: 'p', min_replicas: -1 }, /'min_replicas': expected a non-negative integer/],
      [{ name: 'x', path: 'p', devices: ['tpu'] }, /'devices': expected a non-empty list/],
      [{ name: 'x', path: 'p', minReplicas: 1 }, /Unknown field 'minReplicas'/],
      [{ name: 'x', path: '/nonexistent.gguf' }, /Cannot read the GGUF header .* Give memory_mib,/],
    ];
    for (const [body, message] of cases) {
      const r = await fetch(url(), { method: 'POST', headers: auth(admin.key), body: JSON.stringify(body) });
      assert.equal(r.status, 400);
      assert.match(((await r.json()) as any).error.message, message);
    }
  });
});

describe('executor failure', () => {
  test('a minReplicas model whose executor dies is placed again elsewhere', async () => {
    const post = await fetch(`${fabric.gatewayUrl}/v1/admin/models`, {
      method: 'POST', headers: auth(admin.key),
      body: JSON.stringify({ name: 'syn-keep', engine: 'synthetic', path: 'synthetic:?tps=300&ttft=1', memory_mib: 100, devices: ['ascend', 'cpu'], min_replicas: 1 }),
    });
    assert.equal(post.status, 201);
    const first = await until('syn-keep to be loaded', async () => loadedOn(await cluster(), 'syn-keep')[0]);
    assert.equal(first, 'exec-ascend');
    await fabric.executors.find((e) => e.name === 'exec-ascend')!.kill('SIGKILL');
    const second = await until('syn-keep to be re-placed', async () => {
      const view = await cluster();
      const r = replicasOf(view, 'syn-keep');
      return r.length === 1 && r[0].executor_id !== 'exec-ascend' && r[0].state === 'ready' ? r[0] : undefined;
    });
    assert.match(second.device, /^cpu:/, 'ascend is gone: the next kind of its preference');
    assert.equal((await chat('syn-keep')).status, 200);
  });
});
