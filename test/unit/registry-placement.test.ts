// The scheduler's view of executors (from heartbeats, expired when silent)
// and placement: the ready executor with the least load relative to its slots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutorInfo, ModelState, type ILoadedModel } from '../../proto/index.ts';
import { ExecutorRegistry, type ExecutorEntry, type ModelSlot } from '../../cluster/registry.ts';
import { pickExecutor } from '../../scheduler/placement.ts';

const T0 = 1_000_000;
const EXPIRY = 3_000;

/** A heartbeat as the scheduler receives it: encoded and decoded. */
function heartbeat(executorId: string, models: ILoadedModel[] = [], grpcAddress = `${executorId}.local:50051`) {
  return ExecutorInfo.decode(ExecutorInfo.encode({ executorId, grpcAddress, models, engines: ['llama.cpp'] }).finish());
}
const ready = (name: string, slotsTotal: number, slotsBusy = 0): ILoadedModel =>
  ({ name, engine: 'llama.cpp', state: ModelState.MODEL_STATE_READY, slotsTotal, slotsBusy });

function recording() {
  const events: string[] = [];
  const reg = new ExecutorRegistry(EXPIRY, (event, e) => events.push(`${event} ${e.info.executorId}@${e.info.grpcAddress}`));
  return { reg, events };
}

describe('ExecutorRegistry: heartbeats and expiry', () => {
  test('the first heartbeat adds an executor, later ones update it', () => {
    const { reg, events } = recording();
    reg.upsert(heartbeat('a'), T0);
    reg.upsert(heartbeat('a', [ready('m', 2)]), T0 + 1000);
    assert.deepEqual(events, ['added a@a.local:50051', 'updated a@a.local:50051']);
    const e = reg.executors.get('a')!;
    assert.equal(e.lastSeen, T0 + 1000);
    assert.equal(e.info.models.length, 1, 'the latest heartbeat replaces the info');
  });

  test('an executor is kept up to the expiry and dropped once its last heartbeat is older', () => {
    const { reg, events } = recording();
    reg.upsert(heartbeat('a'), T0);
    reg.upsert(heartbeat('b'), T0 + 2000);
    assert.deepEqual(reg.expire(T0 + EXPIRY), [], 'exactly at the expiry: still there');
    const gone = reg.expire(T0 + EXPIRY + 1);
    assert.deepEqual(gone.map((e) => e.info.executorId), ['a']);
    assert.deepEqual([...reg.executors.keys()], ['b']);
    assert.deepEqual(events.at(-1), 'removed a@a.local:50051');
    assert.deepEqual(reg.expire(T0 + 2000 + EXPIRY + 1).map((e) => e.info.executorId), ['b']);
    assert.equal(reg.executors.size, 0);
  });

  test('a heartbeat renews the lease', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a'), T0);
    reg.upsert(heartbeat('a'), T0 + 2500);
    assert.deepEqual(reg.expire(T0 + 5000), []);
    assert.equal(reg.executors.has('a'), true);
  });

  test('a restarted executor (same id, new address) replaces the old one, forgetting its in-flight work', () => {
    const { reg, events } = recording();
    reg.upsert(heartbeat('a', [ready('m', 4)], '10.0.0.1:5000'), T0);
    const old = reg.executors.get('a')!;
    reg.addInflight(old, 'm', 3);
    reg.upsert(heartbeat('a', [ready('m', 4)], '10.0.0.1:5001'), T0 + 100);
    assert.deepEqual(events, ['added a@10.0.0.1:5000', 'removed a@10.0.0.1:5000', 'added a@10.0.0.1:5001']);
    const now = reg.executors.get('a')!;
    assert.notEqual(now, old);
    assert.equal(now.info.grpcAddress, '10.0.0.1:5001');
    assert.equal(now.inflight.size, 0);
    assert.equal(reg.executors.size, 1);
  });

  test('remove drops an executor at once; removing an unknown one is a no-op', () => {
    const { reg, events } = recording();
    reg.upsert(heartbeat('a'), T0);
    reg.remove('a');
    reg.remove('a');
    reg.remove('nobody');
    assert.equal(reg.executors.size, 0);
    assert.deepEqual(events, ['added a@a.local:50051', 'removed a@a.local:50051']);
  });

  test('models() names every model any executor reports', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('x', 1), { name: 'y', state: ModelState.MODEL_STATE_LOADING }]), T0);
    reg.upsert(heartbeat('b', [ready('x', 1), ready('z', 1)]), T0);
    assert.deepEqual([...reg.models()].sort(), ['x', 'y', 'z']);
    for (const m of ['x', 'y', 'z']) assert.equal(reg.serves(m), true, 'serves() agrees with models()');
    assert.equal(reg.serves('w'), false);
  });
});

describe('ExecutorRegistry.slotsFor', () => {
  test('lists only executors where the model is READY', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('ready', [ready('m', 2)]), T0);
    for (const state of [ModelState.MODEL_STATE_LOADING, ModelState.MODEL_STATE_UNLOADING, ModelState.MODEL_STATE_FAILED, ModelState.MODEL_STATE_UNSPECIFIED]) {
      reg.upsert(heartbeat(`s${state}`, [{ name: 'm', state, slotsTotal: 2 }]), T0);
    }
    reg.upsert(heartbeat('other-model', [ready('n', 2)]), T0);
    assert.deepEqual(reg.slotsFor('m').map((s) => s.executor.info.executorId), ['ready']);
    assert.deepEqual(reg.slotsFor('absent'), []);
  });

  test('busy is this scheduler\'s own in-flight count plus the part of the reported count that is not its own', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('m', 4, 1), ready('n', 4, 3)]), T0);
    const e = reg.executors.get('a')!;
    const busy = (model: string) => reg.slotsFor(model)[0]!.busy;
    assert.equal(busy('m'), 1, 'reported only: another scheduler\'s work');
    reg.addInflight(e, 'm', 1);
    reg.addInflight(e, 'm', 1);
    assert.equal(busy('m'), 3, 'own dispatches add to the others\' work');
    reg.addInflight(e, 'n', 2);
    assert.equal(busy('n'), 5, 'the heartbeat predates our dispatches, so all 3 reported are others\'');
    assert.equal(reg.slotsFor('m')[0]!.slotsTotal, 4);
  });

  test('a slot this scheduler frees is free at once, without waiting for a heartbeat', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('m', 4, 0)]), T0);
    const e = reg.executors.get('a')!;
    reg.addInflight(e, 'm', 4);
    reg.upsert(heartbeat('a', [ready('m', 4, 4)]), T0 + 1000); // all four are ours
    assert.equal(reg.slotsFor('m')[0]!.busy, 4);
    reg.addInflight(e, 'm', -1);
    assert.equal(reg.slotsFor('m')[0]!.busy, 3);
  });

  test('in-flight counts go down with negative deltas and vanish at zero', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('m', 4)]), T0);
    const e = reg.executors.get('a')!;
    reg.addInflight(e, 'm', 2);
    reg.addInflight(e, 'm', -1);
    assert.equal(e.inflight.get('m'), 1);
    reg.addInflight(e, 'm', -1);
    assert.equal(e.inflight.has('m'), false);
    reg.addInflight(e, 'm', -1);
    assert.equal(e.inflight.has('m'), false, 'never negative');
  });

  test('in-flight counts survive a heartbeat from the same process', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('m', 4)]), T0);
    reg.addInflight(reg.executors.get('a')!, 'm', 2);
    reg.upsert(heartbeat('a', [ready('m', 4, 0)]), T0 + 1000);
    assert.equal(reg.slotsFor('m')[0]!.busy, 2);
  });
});

describe('pickExecutor', () => {
  const slot = (id: string, slotsTotal: number, busy: number, tokensPerSecond = 0): ModelSlot =>
    ({ executor: { info: heartbeat(id), lastSeen: T0, inflight: new Map(), inflightAtHeartbeat: new Map() } as ExecutorEntry, slotsTotal, busy, tokensPerSecond, tasks: [] });
  const pick = (slots: ModelSlot[]) => pickExecutor(slots)?.executor.info.executorId;

  test('picks the least loaded relative to its slots, not by absolute busy count', () => {
    // 3/8 busy beats 1/2 busy, though 3 > 1.
    assert.equal(pick([slot('small', 2, 1), slot('big', 8, 3)]), 'big');
    assert.equal(pick([slot('a', 4, 2), slot('b', 4, 1), slot('c', 4, 3)]), 'b');
  });

  test('the replica with the most room once the request is placed wins; among equals the first listed', () => {
    assert.equal(pick([slot('a', 4, 1), slot('b', 2, 0), slot('c', 8, 0)]), 'c');
    assert.equal(pick([slot('a', 4, 2), slot('b', 2, 1)]), 'a');
    assert.equal(pick([slot('a', 4, 0), slot('b', 4, 0)]), 'a');
  });

  test('load is normalised by measured speed: a replica four times as fast takes four times the work', () => {
    // fast: (2+1)/(4×1) = 0.75; slow: (0+1)/(4×0.25) = 1.
    assert.equal(pick([slot('slow', 4, 0, 25), slot('fast', 4, 2, 100)]), 'fast');
    // fast: (3+1)/4 = 1; slow: 1 → tie broken by share of slots busy (0/4 < 3/4).
    assert.equal(pick([slot('fast', 4, 3, 100), slot('slow', 4, 0, 25)]), 'slow');
  });

  test('speeds at least half the fastest count as equal (measurement noise does not steer)', () => {
    assert.equal(pick([slot('a', 4, 1, 100), slot('b', 4, 0, 55)]), 'b', '55% of the fastest: as fast, and less busy');
    assert.equal(pick([slot('a', 4, 1, 100), slot('b', 4, 0, 40)]), 'a', '40%: (1+1)/4 = 0.5 beats (0+1)/(4×0.4) = 0.625');
  });

  test('a replica not measured yet counts as fast as the fastest', () => {
    assert.equal(pick([slot('measured', 4, 1, 100), slot('new', 4, 0, 0)]), 'new');
  });

  test('prefix affinity: the replica that holds the conversation wins while it has a free slot and is not much busier, whatever its measured speed', () => {
    const pickB = (slots: ModelSlot[], reserve = 0) => pickExecutor(slots, reserve, { executorId: 'b', remembered: true })?.executor.info.executorId;
    assert.equal(pickB([slot('a', 4, 0), slot('b', 4, 1)]), 'b', '1/4 busier: within the slack');
    assert.equal(pickB([slot('a', 4, 0), slot('b', 4, 3)]), 'a', '3/4 busier: too busy');
    assert.equal(pickB([slot('a', 4, 0), slot('b', 4, 4)]), 'a', 'full');
    assert.equal(pickB([slot('a', 4, 0), slot('b', 2, 1)], 1), 'a', 'its free slot is reserved for realtime');
    assert.equal(pickB([slot('a', 4, 0, 100), slot('b', 4, 0, 10)]), 'b', 'measured slower (noisy under mixed prefill and decode): the cache still wins');
  });

  test('a hash guess (no cache yet) wins only when its load score is about the best', () => {
    const pickB = (slots: ModelSlot[]) => pickExecutor(slots, 0, { executorId: 'b', remembered: false })?.executor.info.executorId;
    assert.equal(pickB([slot('a', 4, 1), slot('b', 4, 1)]), 'b', 'a tie');
    assert.equal(pickB([slot('a', 4, 0), slot('b', 4, 1)]), 'a', 'one more busy slot: (1+1)/4 vs (0+1)/4');
    assert.equal(pickB([slot('a', 4, 1, 100), slot('b', 4, 0, 25)]), 'a', 'much slower');
  });

  test('skips full executors', () => {
    assert.equal(pick([slot('full', 2, 2), slot('over', 2, 5), slot('free', 10, 9)]), 'free');
  });

  test('picks none when every executor is full, or none is listed', () => {
    assert.equal(pickExecutor([slot('a', 2, 2), slot('b', 1, 1)]), undefined);
    assert.equal(pickExecutor([slot('zero-slots', 0, 0)]), undefined);
    assert.equal(pickExecutor([]), undefined);
  });

  test('works on what the registry lists', () => {
    const { reg } = recording();
    reg.upsert(heartbeat('a', [ready('m', 2, 1)]), T0);
    reg.upsert(heartbeat('b', [ready('m', 4, 1)]), T0);
    assert.equal(pickExecutor(reg.slotsFor('m'))?.executor.info.executorId, 'b');
    reg.addInflight(reg.executors.get('b')!, 'm', 4);
    assert.equal(pickExecutor(reg.slotsFor('m'))?.executor.info.executorId, 'a');
    reg.addInflight(reg.executors.get('a')!, 'm', 2);
    assert.equal(pickExecutor(reg.slotsFor('m')), undefined);
  });
});
