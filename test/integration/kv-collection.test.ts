// The catalog and the replica plan are KV collections mirrored by a watch:
// a write made through one connection is seen by another, and a
// compare-and-set on a stale revision loses instead of overwriting. Every
// process opens the buckets it needs at start-up, all at once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { KvCollection } from '../../cluster/kv-collection.ts';
import { lostCreateRace, openKv, openObjectStore } from '../../cluster/jetstream-buckets.ts';
import { jetstreamManager } from '@nats-io/jetstream';
import { ReplicaSet, type IReplicaSet } from '../../proto/index.ts';

let dir: string;
let nats: NatsServer;
let nc1: NatsConnection;
let nc2: NatsConnection;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-kv-'));
  nats = await startNatsServer({ storeDir: join(dir, 'js') });
  [nc1, nc2] = await Promise.all([connect({ servers: nats.url }), connect({ servers: nats.url })]);
});

after(async () => {
  await nc1?.close();
  await nc2?.close();
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function eventually(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('KvCollection', () => {
  test('writes through one connection reach another; names with dots, slashes and colons survive the key encoding', async () => {
    const a = await KvCollection.open<IReplicaSet>(nc1, 'test-plan', ReplicaSet);
    const b = await KvCollection.open<IReplicaSet>(nc2, 'test-plan', ReplicaSet);
    const name = 'org/qwen2.5:7b-instruct';
    await a.put(name, { model: name, replicas: [{ executorId: 'e1' }] });
    await eventually(() => b.get(name)?.replicas?.[0]?.executorId === 'e1', 'b sees the put');
    assert.deepEqual(b.names(), [name]);
    await a.delete(name);
    await eventually(() => !b.has(name), 'b sees the delete');
  });

  test('a collection opened later starts with the current values', async () => {
    const a = await KvCollection.open<IReplicaSet>(nc1, 'test-late', ReplicaSet);
    await a.put('m1', { model: 'm1' });
    await a.put('m2', { model: 'm2' });
    const late = await KvCollection.open<IReplicaSet>(nc2, 'test-late', ReplicaSet);
    assert.deepEqual(late.names().sort(), ['m1', 'm2']);
  });

  test('compare-and-set: of two writers at one revision, one wins and the other is told it lost', async () => {
    const a = await KvCollection.open<IReplicaSet>(nc1, 'test-cas', ReplicaSet);
    const b = await KvCollection.open<IReplicaSet>(nc2, 'test-cas', ReplicaSet);
    assert.ok(await a.compareAndSet('m', { model: 'm', replicas: [] }, 0), 'create when absent');
    assert.equal(await b.compareAndSet('m', { model: 'm', replicas: [] }, 0), undefined, 'create when present loses');
    await eventually(() => b.has('m'), 'b sees the create');
    const rev = b.getVersioned('m')!.revision;
    const [x, y] = await Promise.all([
      a.compareAndSet('m', { model: 'm', replicas: [{ executorId: 'from-a' }] }, rev),
      b.compareAndSet('m', { model: 'm', replicas: [{ executorId: 'from-b' }] }, rev),
    ]);
    assert.equal([x, y].filter((v) => v !== undefined).length, 1, 'exactly one writer wins');
    const winner = x !== undefined ? 'from-a' : 'from-b';
    await eventually(() => a.get('m')?.replicas?.[0]?.executorId === winner && b.get('m')?.replicas?.[0]?.executorId === winner, 'both see the winner');
  });
});

describe('opening buckets', () => {
  test('processes opening one new bucket at once all get it, and writes through one reach the others', async () => {
    const conns = await Promise.all(Array.from({ length: 8 }, () => connect({ servers: nats.url })));
    try {
      const kvs = await Promise.all(conns.map((nc) => openKv(nc, 'test-together')));
      const stores = await Promise.all(conns.map((nc) => openObjectStore(nc, 'test-together-obj')));
      await kvs[0]!.put('k', new TextEncoder().encode('v'));
      for (const kv of kvs) assert.equal((await kv.get('k'))?.string(), 'v');
      await stores[0]!.putBlob({ name: 'o' }, new Uint8Array([1, 2, 3]));
      for (const os of stores) assert.deepEqual([...(await os.getBlob('o')) ?? []], [1, 2, 3]);
    } finally {
      await Promise.all(conns.map((nc) => nc.close()));
    }
  });

  test("the server's answer to a lost create race is recognised; a bucket whose subjects another stream holds is refused with its name", async () => {
    const jsm = await jetstreamManager(nc1);
    await jsm.streams.add({ name: 'HOLDER', subjects: ['$KV.taken.>'] });
    const overlap = await jsm.streams.add({ name: 'SECOND', subjects: ['$KV.taken.x'] }).then(() => undefined, (e: unknown) => e);
    assert.ok(lostCreateRace(overlap), `subjects overlap is a lost race: ${String(overlap)}`);
    await assert.rejects(openKv(nc1, 'taken'), /cannot open the NATS KV bucket 'taken': subjects overlap/);
    assert.equal(lostCreateRace(new Error('stream not found')), false);
  });
});
