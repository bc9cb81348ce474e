// SlotPool: a fixed set of sequences. acquire() waits, abortably and in
// arrival order, for a free one; release() hands it to the oldest waiter.
// With a preference, acquire() takes the free item scored highest (the
// llama.cpp engine's prefix reuse); ties go to the item free the longest.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SlotPool } from '../../executors/engines/slot-pool.ts';

const never = () => new AbortController().signal;
/** Settles pending promise callbacks. */
const tick = () => new Promise<void>((r) => setImmediate(r));

/** Tracks whether a promise has settled, without awaiting it. */
function track<T>(p: Promise<T>) {
  const s: { done: boolean; value?: T; error?: unknown } = { done: false };
  p.then((value) => Object.assign(s, { done: true, value }), (error) => Object.assign(s, { done: true, error }));
  return s;
}

describe('SlotPool', () => {
  test('starts with every item free', () => {
    const pool = new SlotPool(['a', 'b', 'c']);
    assert.equal(pool.size, 3);
    assert.equal(pool.busy, 0);
    assert.equal(pool.waiting, 0);
  });

  test('acquire takes free items at once, each item once; release returns it', async () => {
    const pool = new SlotPool([1, 2]);
    const a = await pool.acquire(never());
    const b = await pool.acquire(never());
    assert.deepEqual([a, b].sort(), [1, 2]);
    assert.equal(pool.busy, 2);
    pool.release(a);
    assert.equal(pool.busy, 1);
    assert.equal(await pool.acquire(never()), a);
  });

  test('when all items are busy, acquire waits until one is released', async () => {
    const pool = new SlotPool(['only']);
    await pool.acquire(never());
    const waiter = track(pool.acquire(never()));
    await tick();
    assert.equal(waiter.done, false);
    assert.equal(pool.waiting, 1);
    pool.release('only');
    await tick();
    assert.deepEqual(waiter, { done: true, value: 'only' });
    assert.equal(pool.waiting, 0);
    assert.equal(pool.busy, 1, 'handed over, never free in between');
  });

  test('waiters are served in arrival order (FIFO)', async () => {
    const pool = new SlotPool(['s']);
    await pool.acquire(never());
    const order: number[] = [];
    const waiters = [0, 1, 2, 3].map((i) => pool.acquire(never()).then((item) => {
      order.push(i);
      return item;
    }));
    assert.equal(pool.waiting, 4);
    for (const w of waiters) {
      pool.release('s');
      await w;
    }
    assert.deepEqual(order, [0, 1, 2, 3]);
    assert.equal(pool.waiting, 0);
  });

  test('aborting a waiter removes it and rejects with the signal\'s reason', async () => {
    const pool = new SlotPool(['s']);
    await pool.acquire(never());
    const ac = new AbortController();
    const first = track(pool.acquire(ac.signal));
    const second = pool.acquire(never());
    assert.equal(pool.waiting, 2);
    const reason = new Error('client went away');
    ac.abort(reason);
    assert.equal(pool.waiting, 1, 'removed at once');
    await tick();
    assert.equal(first.done, true);
    assert.equal(first.error, reason);
    pool.release('s');
    assert.equal(await second, 's', 'the slot goes to the next waiter, not the aborted one');
  });

  test('an already-aborted signal rejects at once with its reason, even when a slot is free', async () => {
    const pool = new SlotPool(['s']);
    const reason = new Error('too late');
    await assert.rejects(pool.acquire(AbortSignal.abort(reason)), (e) => e === reason);
    assert.equal(pool.busy, 0);
    assert.equal(pool.waiting, 0);
  });

  test('aborting after the slot was handed over changes nothing', async () => {
    const pool = new SlotPool(['s']);
    await pool.acquire(never());
    const ac = new AbortController();
    const p = pool.acquire(ac.signal);
    pool.release('s');
    assert.equal(await p, 's');
    ac.abort(new Error('late'));
    assert.equal(pool.busy, 1);
    assert.equal(pool.waiting, 0);
  });

  test('close() rejects every waiter with its reason', async () => {
    const pool = new SlotPool(['s']);
    await pool.acquire(never());
    const reason = new Error('model unloaded');
    const ac = new AbortController();
    const waiters = [pool.acquire(ac.signal), pool.acquire(never())];
    pool.close(reason);
    assert.equal(pool.waiting, 0);
    for (const w of waiters) await assert.rejects(w, (e) => e === reason);
    ac.abort(new Error('after close')); // a stale abort listener would throw or double-reject
  });

  test('close() makes every later acquire reject, even with free items', async () => {
    const pool = new SlotPool(['a', 'b']);
    const reason = new Error('closed');
    pool.close(reason);
    await assert.rejects(pool.acquire(never()), (e) => e === reason);
    await assert.rejects(pool.acquire(AbortSignal.abort(new Error('aborted'))), (e) => e === reason, 'closed wins over aborted');
  });

  test('busy and waiting count through a busy period', async () => {
    const pool = new SlotPool(['a', 'b']);
    const counts = () => [pool.busy, pool.waiting];
    const a = await pool.acquire(never());
    assert.deepEqual(counts(), [1, 0]);
    const b = await pool.acquire(never());
    assert.deepEqual(counts(), [2, 0]);
    const c = pool.acquire(never());
    const d = pool.acquire(never());
    assert.deepEqual(counts(), [2, 2]);
    pool.release(a);
    assert.deepEqual(counts(), [2, 1]);
    pool.release(b);
    assert.deepEqual(counts(), [2, 0]);
    pool.release(await c);
    assert.deepEqual(counts(), [1, 0]);
    pool.release(await d);
    assert.deepEqual(counts(), [0, 0]);
  });

  describe('preference', () => {
    test('takes the free item with the highest score, whatever the release order', async () => {
      const pool = new SlotPool(['a', 'b', 'c']);
      const score = (x: string) => ({ a: 1, b: 7, c: 3 })[x]!;
      assert.equal(await pool.acquire(never(), score), 'b');
      assert.equal(await pool.acquire(never(), score), 'c');
      assert.equal(await pool.acquire(never(), score), 'a');
      pool.release('b');
      pool.release('a');
      pool.release('c');
      assert.equal(await pool.acquire(never(), score), 'b', 'not the most recently released (c)');
    });

    test('scores every free item and only free items', async () => {
      const pool = new SlotPool(['a', 'b', 'c']);
      await pool.acquire(never()); // LIFO without a preference: takes c
      const seen: string[] = [];
      const item = await pool.acquire(never(), (x) => {
        seen.push(x);
        return 0;
      });
      assert.deepEqual(seen.sort(), ['a', 'b']);
      assert.equal(item, 'a', 'a tie goes to the item free the longest');
    });

    test('ties go to the least recently released item; without a preference the most recent (LIFO)', async () => {
      const pool = new SlotPool(['a', 'b', 'c']);
      const all = [await pool.acquire(never()), await pool.acquire(never()), await pool.acquire(never())];
      assert.deepEqual(all, ['c', 'b', 'a']);
      pool.release('b');
      pool.release('c');
      pool.release('a');
      const flat = () => 5;
      assert.equal(await pool.acquire(never(), flat), 'b');
      assert.equal(await pool.acquire(never()), 'a');
      assert.equal(await pool.acquire(never(), flat), 'c');
    });

    test('a waiter still gets the next released item in arrival order, whatever it prefers', async () => {
      const pool = new SlotPool(['a', 'b']);
      await pool.acquire(never());
      await pool.acquire(never());
      const first = pool.acquire(never(), (x) => (x === 'a' ? 10 : 0));
      const second = pool.acquire(never(), (x) => (x === 'b' ? 10 : 0));
      assert.equal(pool.waiting, 2);
      pool.release('b');
      pool.release('a');
      assert.equal(await first, 'b', 'the oldest waiter is served first, with what was freed');
      assert.equal(await second, 'a');
      assert.equal(pool.busy, 2);
    });

    test('a preference that throws rejects the acquire and takes nothing', async () => {
      const pool = new SlotPool(['a', 'b']);
      const boom = new Error('boom');
      await assert.rejects(pool.acquire(never(), () => {
        throw boom;
      }), (e) => e === boom);
      assert.equal(pool.busy, 0);
      assert.equal(await pool.acquire(never(), (x) => (x === 'a' ? 1 : 0)), 'a');
    });

    test('closed and aborted win over a preference, which is then never called', async () => {
      const pool = new SlotPool(['a']);
      let calls = 0;
      const score = () => ++calls;
      await assert.rejects(pool.acquire(AbortSignal.abort(new Error('gone')), score));
      pool.close(new Error('closed'));
      await assert.rejects(pool.acquire(never(), score));
      assert.equal(calls, 0);
    });

    test('freeItems lists the free items, least recently released first', async () => {
      const pool = new SlotPool(['a', 'b', 'c']);
      assert.deepEqual(pool.freeItems(), ['a', 'b', 'c']);
      const c = await pool.acquire(never());
      const b = await pool.acquire(never());
      pool.release(c);
      pool.release(b);
      assert.deepEqual(pool.freeItems(), ['a', 'c', 'b']);
    });
  });
});
