// Prefix affinity: every turn of a conversation has the same key, and the
// key prefers the same replica in every scheduler (rendezvous hashing), or
// the one this scheduler last sent the conversation to.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutorInfo } from '../../proto/index.ts';
import type { ExecutorEntry, ModelSlot } from '../../cluster/registry.ts';
import { PrefixAffinity, prefixKey } from '../../scheduler/prefix-affinity.ts';

const slot = (id: string): ModelSlot => ({
  executor: { info: ExecutorInfo.decode(ExecutorInfo.encode({ executorId: id }).finish()), lastSeen: 0, inflight: new Map(), inflightAtHeartbeat: new Map() } as ExecutorEntry,
  slotsTotal: 4, busy: 0, tokensPerSecond: 0, tasks: [],
});

describe('prefixKey', () => {
  const sys = { role: 'system', content: 'You are terse.' };
  const turn1 = [sys, { role: 'user', content: 'Name a colour.' }];
  const turn2 = [...turn1, { role: 'assistant', content: 'Blue.' }, { role: 'user', content: 'Another.' }];

  test('the turns of one conversation share a key; another conversation or model does not', () => {
    assert.equal(prefixKey('m', turn1), prefixKey('m', turn2));
    assert.notEqual(prefixKey('m', turn1), prefixKey('m', [sys, { role: 'user', content: 'Name a fruit.' }]));
    assert.notEqual(prefixKey('m', turn1), prefixKey('other', turn1));
  });

  test('role and content boundaries count (no collisions by concatenation)', () => {
    assert.notEqual(prefixKey('m', [{ role: 'user', content: 'ab' }]), prefixKey('m', [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }]));
  });

  test('no user message, no key', () => {
    assert.equal(prefixKey('m', [sys]), undefined);
  });
});

describe('PrefixAffinity', () => {
  const replicas = ['exec-a', 'exec-b', 'exec-c', 'exec-d'].map(slot);

  test('two schedulers with no shared state prefer the same replica for a conversation', () => {
    const a = new PrefixAffinity();
    const b = new PrefixAffinity();
    for (let i = 0; i < 50; i++) assert.deepEqual(a.preferred(`k${i}`, replicas), b.preferred(`k${i}`, [...replicas].reverse()));
  });

  test('conversations spread over the replicas', () => {
    const a = new PrefixAffinity();
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const id = a.preferred(`conversation-${i}`, replicas)!.executorId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    assert.equal(counts.size, 4);
    for (const n of counts.values()) assert.ok(n > 50, `uneven spread: ${[...counts]}`);
  });

  test('a replica leaving moves only its own conversations', () => {
    const a = new PrefixAffinity();
    const fewer = replicas.filter((s) => s.executor.info.executorId !== 'exec-b');
    for (let i = 0; i < 100; i++) {
      const before = a.preferred(`k${i}`, replicas)!.executorId;
      if (before !== 'exec-b') assert.equal(a.preferred(`k${i}`, fewer)!.executorId, before);
    }
  });

  test('where this scheduler last sent the conversation wins while that replica is live, with some slack; a hash guess only when about as good', () => {
    const a = new PrefixAffinity();
    const hashed = a.preferred('k', replicas)!;
    assert.equal(hashed.remembered, false, 'nothing is cached anywhere yet: a guess');
    const other = replicas.map((s) => s.executor.info.executorId).find((id) => id !== hashed.executorId)!;
    a.remember('k', other);
    assert.deepEqual(a.preferred('k', replicas), { executorId: other, remembered: true });
    assert.deepEqual(a.preferred('k', replicas.filter((s) => s.executor.info.executorId !== other)), hashed);
  });
});
