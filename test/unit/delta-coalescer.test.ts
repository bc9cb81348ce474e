// A stream's text deltas are coalesced into fewer chunks, but a delta is
// never held back from a stream that is otherwise idle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeltaCoalescer, type CoalescerTimers } from '../../executors/delta-coalescer.ts';

/** A clock the test moves by hand; "immediates" run on tick(). */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: CoalescerTimers = {
    now: () => now,
    setTimeout: (fn, ms) => (pending.set(++seq, { at: now + ms, fn }), seq),
    setImmediate: (fn) => (pending.set(++seq, { at: now, fn }), seq),
    clear: (h) => void pending.delete(h as number),
  };
  /** Moves the clock to `to`, running what falls due on the way, in order. */
  const advance = (to: number) => {
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= to).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      pending.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].fn();
    }
    now = to;
  };
  return { timers, advance, tick: () => advance(now), pending: () => pending.size, at: () => now };
}

function setup(intervalMs = 10) {
  const t = fakeTimers();
  const writes: { at: number; text: string; tokens: number }[] = [];
  const c = new DeltaCoalescer(intervalMs, (text, tokens) => writes.push({ at: t.at(), text, tokens }), t.timers);
  return { c, t, writes };
}

describe('DeltaCoalescer', () => {
  test('the first delta goes out on the next tick, with whatever came in the same tick', () => {
    const { c, t, writes } = setup();
    c.push('a', 1);
    c.push('b', 1);
    assert.deepEqual(writes, []);
    t.tick();
    assert.deepEqual(writes, [{ at: 0, text: 'ab', tokens: 2 }]);
  });

  test('deltas arriving faster than the interval travel together, one chunk per interval', () => {
    const { c, t, writes } = setup(10);
    c.push('a', 1);
    t.tick();
    for (let ms = 1; ms <= 9; ms++) {
      t.advance(ms);
      c.push('x', 1);
    }
    t.advance(10);
    assert.deepEqual(writes, [{ at: 0, text: 'a', tokens: 1 }, { at: 10, text: 'xxxxxxxxx', tokens: 9 }]);
  });

  test('a delta of a stream idle for longer than the interval is not held back', () => {
    const { c, t, writes } = setup(10);
    c.push('a', 1);
    t.tick();
    t.advance(30); // a slow engine: one token every 30 ms
    c.push('b', 1);
    t.tick();
    assert.deepEqual(writes.map((w) => [w.at, w.text]), [[0, 'a'], [30, 'b']]);
  });

  test('a delta soon after a chunk waits only for the rest of the interval', () => {
    const { c, t, writes } = setup(10);
    c.push('a', 1);
    t.tick();
    t.advance(7);
    c.push('b', 1);
    t.advance(9);
    assert.equal(writes.length, 1);
    t.advance(10);
    assert.deepEqual(writes.map((w) => [w.at, w.text]), [[0, 'a'], [10, 'b']]);
  });

  test('take() hands over what is pending (it rides on the final chunk) and cancels the write', () => {
    const { c, t, writes } = setup(10);
    c.push('a', 1);
    t.tick();
    c.push('b', 2);
    assert.deepEqual(c.take(), { text: 'b', tokens: 2 });
    assert.equal(c.take(), undefined);
    t.advance(50);
    assert.deepEqual(writes.map((w) => w.text), ['a']);
    assert.equal(t.pending(), 0);
  });

  test('interval 0 sends every tick\'s deltas on that tick', () => {
    const { c, t, writes } = setup(0);
    c.push('a', 1);
    t.tick();
    c.push('b', 1);
    t.tick();
    assert.deepEqual(writes.map((w) => w.text), ['a', 'b']);
  });
});
