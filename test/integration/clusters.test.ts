// Two fabrics on one NATS server (two installs that meet on
// 127.0.0.1:4222, or two clusters of one company) are two fabrics, not one:
// each serves only its own models, neither deletes the other's catalog
// entries, and requests never reach the other's executors, even where
// their processes carry the same ids. A requires API keys, B runs with
// auth off: B must not become a way into A's executors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { Objm } from '@nats-io/obj';
import { newKey } from '../../gateway/auth.ts';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { describeExecutor, executorAddress } from '../harness/executor-probe.ts';

const SYN = 'synthetic:?tps=500&ttft=1';
const adminA = newKey('team-a', 'admin');
/** Whatever the developer's shell says: empty counts as unset, so the default applies. */
const NO_CLUSTER = { WEFT_CLUSTER: '' };
let dir: string;
let nats: NatsServer;
let a: Fabric;
let b: Fabric;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-clusters-'));
  nats = await startNatsServer({ storeDir: join(dir, 'jetstream') });
  const keysFile = join(dir, 'keys-a.json');
  writeFileSync(keysFile, JSON.stringify({ keys: [adminA.record] }));
  // A: `qwen` kept loaded, `trunc` only in the catalog (it loads on demand).
  // Neither names its cluster: like two installs, each derives it from its
  // own WEFT_HOME (the harness gives every fabric its own temp dir).
  a = await Fabric.start({
    nats, env: NO_CLUSTER,
    modelsFile: writeModels(dir, [
      { name: 'qwen', engine: 'synthetic', path: SYN, slots: 2 },
      { name: 'trunc', engine: 'synthetic', path: SYN, slots: 2, minReplicas: 0 },
    ]),
    executorEnv: { WEFT_EXECUTOR_ID: 'exec-a' },
    gatewayEnv: { WEFT_API_KEYS: keysFile },
  });
  await a.waitForReplicas('qwen', 1, 30_000, adminA.key);
  // B starts second, as in the report: its scheduler imports its own models
  // file into a catalog where A's entries already are (if they share one).
  // Scheduler and gateway ids are the same as A's (sched-0, gw-test).
  b = await Fabric.start({
    nats, env: NO_CLUSTER,
    modelsFile: writeModels(dir, [{ name: 'other', engine: 'synthetic', path: SYN, slots: 2 }]),
    executorEnv: { WEFT_EXECUTOR_ID: 'exec-b' },
  });
  await b.waitForReplicas('other', 1, 30_000);
});

after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const asA = { authorization: `Bearer ${adminA.key}` };
const get = async (f: Fabric, path: string, headers: Record<string, string> = {}) => {
  const r = await fetch(`${f.gatewayUrl}${path}`, { headers });
  assert.equal(r.status, 200, `GET ${path}: ${r.status}`);
  return r.json() as Promise<any>;
};
const chat = (f: Fabric, model: string, headers: Record<string, string> = {}) => fetch(`${f.gatewayUrl}/v1/chat/completions`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }], max_tokens: 4 }),
});
const ids = (list: { id: string }[]) => list.map((m) => m.id).sort();

describe('two fabrics on one NATS server', () => {
  test('the fabrics derive different names from different homes, and use different buckets on the server', async () => {
    assert.notEqual(a.dir, b.dir);
    assert.match(a.cluster, /^home-/);
    assert.notEqual(a.cluster, b.cluster);
    assert.notEqual(a.names.buckets.catalog, b.names.buckets.catalog);
    const nc = await connect({ servers: nats.url });
    try {
      // The KV buckets, and the object store of large request bodies.
      const buckets: string[] = [];
      for await (const s of new Kvm(nc).list()) buckets.push(s.bucket);
      for await (const s of new Objm(nc).list()) buckets.push(s.bucket);
      for (const f of [a, b]) for (const bucket of Object.values(f.names.buckets)) assert.ok(buckets.includes(bucket), `${bucket} in ${buckets}`);
      assert.ok(!buckets.some((x) => ['weft-catalog', 'weft-replicas', 'weft-bodies'].includes(x)), `no unscoped bucket: ${buckets}`);
    } finally {
      await nc.close();
    }
  });

  test('each fabric lists only its own models', async () => {
    assert.deepEqual(ids((await get(a, '/v1/models', asA)).data), ['qwen', 'trunc']);
    assert.deepEqual(ids((await get(b, '/v1/models')).data), ['other']);
  });

  test("the other fabric's model is 404 on each side, whatever the auth", async () => {
    for (const model of ['qwen', 'trunc']) {
      const r = await chat(b, model);
      assert.equal(r.status, 404, `B (auth off) must not serve A's ${model}`);
      assert.equal(((await r.json()) as any).error.code, 'model_not_found');
    }
    const r = await chat(a, 'other', asA);
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as any).error.code, 'model_not_found');
    // Each still serves its own.
    assert.equal((await chat(a, 'qwen', asA)).status, 200);
    assert.equal((await chat(b, 'other')).status, 200);
  });

  test("the second fabric's start deleted none of the first one's catalog entries", async () => {
    const catalog = (await get(a, '/v1/admin/models', asA)).data as { id: string; source: string }[];
    assert.deepEqual(catalog.map((m) => [m.id, m.source]).sort(), [['qwen', 'file'], ['trunc', 'file']]);
    // A model only in the catalog (no replica yet) loads and answers on A.
    assert.equal((await chat(a, 'trunc', asA)).status, 200);
  });

  test("requests never reach the other fabric's executors", async () => {
    // Each cluster view holds its own executor only, though both share ids
    // of schedulers and gateways.
    assert.deepEqual((await get(a, '/v1/cluster', asA)).executors.map((e: any) => e.id), ['exec-a']);
    assert.deepEqual((await get(b, '/v1/cluster')).executors.map((e: any) => e.id), ['exec-b']);
    // A's executor's own counter does not move while B serves requests.
    const addrA = await executorAddress(a.executors[0]!);
    const addrB = await executorAddress(b.executors[0]!);
    const [beforeA, beforeB] = await Promise.all([describeExecutor(addrA), describeExecutor(addrB)]);
    for (let i = 0; i < 5; i++) assert.equal((await chat(b, 'other')).status, 200);
    const [afterA, afterB] = await Promise.all([describeExecutor(addrA), describeExecutor(addrB)]);
    assert.equal(afterA.tokensGeneratedTotal, beforeA.tokensGeneratedTotal, "B's requests generated nothing on A's executor");
    assert.ok(afterB.tokensGeneratedTotal > beforeB.tokensGeneratedTotal, "B's requests ran on B's executor");
    assert.ok(!afterA.models.some((m) => m.name === 'other'), "B's model was never placed on A's executor");
  });
});
