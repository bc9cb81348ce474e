// Every span of a process is timed by one monotonic clock: a span started
// inside another and ended before it lies within it on the time axis even
// when the wall clock steps between the two starts, and offsets keep their
// sub-millisecond part (the SDK alone stamps starts with Date.now()).
import { describe, test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { AlwaysOnSampler, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import { onSpanClockTracer, spanTime } from '../../observability/span-clock.ts';

function recordingTracer() {
  const ended: ReadableSpan[] = [];
  const tracer = new TracerProvider({
    sampler: new AlwaysOnSampler(),
    spanProcessors: [{ onStart() {}, onEnd: (s) => void ended.push(s), forceFlush: async () => {}, shutdown: async () => {} }],
  }).getTracer('test');
  const span = (name: string) => ended.find((s) => s.name === name)!;
  const startMs = (name: string) => hrTimeToMilliseconds(span(name).startTime);
  const endMs = (name: string) => hrTimeToMilliseconds(span(name).endTime);
  return { tracer, span, startMs, endMs };
}

/** Busy-waits `ms` of monotonic time (the spans need real elapsed time between them). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** An outer span, the wall clock stepping forward by `stepMs`, an inner span that ends before the outer. */
function nestedAcrossAStep(tracer: ReturnType<typeof recordingTracer>['tracer'], stepMs: number): void {
  const outer = tracer.startSpan('outer');
  spin(2);
  const realNow = Date.now.bind(Date);
  mock.method(Date, 'now', () => realNow() + stepMs);
  const inner = tracer.startSpan('inner');
  spin(2);
  inner.end();
  spin(1);
  outer.end();
}

describe('span clock', () => {
  afterEach(() => mock.restoreAll());

  test('a span inside another stays inside it when the wall clock steps 8 ms between their starts', () => {
    const r = recordingTracer();
    nestedAcrossAStep(onSpanClockTracer(r.tracer), 8);
    assert.ok(r.startMs('inner') >= r.startMs('outer'), 'inner starts after outer');
    assert.ok(r.endMs('inner') <= r.endMs('outer'), `inner ends at ${r.endMs('inner')}, outer at ${r.endMs('outer')}`);
  });

  test('the SDK alone would draw it past its parent (why the clock exists)', () => {
    const r = recordingTracer();
    nestedAcrossAStep(r.tracer, 8);
    assert.ok(r.endMs('inner') > r.endMs('outer'));
  });

  test('events and exceptions without a time are stamped on the same clock; a given time is kept', () => {
    const r = recordingTracer();
    const tracer = onSpanClockTracer(r.tracer);
    const s = tracer.startSpan('s');
    const before = spanTime();
    s.addEvent('plain', { a: 1 });
    s.addEvent('bare');
    s.addEvent('given', { a: 2 }, 1_700_000_000_000);
    s.addEvent('given-as-second', 1_700_000_000_500);
    s.recordException(new Error('boom'));
    s.end();
    const events = r.span('s').events;
    const at = (name: string) => hrTimeToMilliseconds(events.find((e) => e.name === name)!.time);
    for (const name of ['plain', 'bare', 'exception']) assert.ok(at(name) >= before && at(name) <= spanTime(), `${name} stamped now`);
    assert.equal(at('given'), 1_700_000_000_000);
    assert.equal(at('given-as-second'), 1_700_000_000_500);
    assert.deepEqual(events.find((e) => e.name === 'plain')!.attributes, { a: 1 });
  });

  test('start offsets keep their sub-millisecond part', () => {
    const r = recordingTracer();
    const tracer = onSpanClockTracer(r.tracer);
    const starts: number[] = [];
    for (let i = 0; i < 20; i++) {
      tracer.startSpan(`s${i}`).end();
      starts.push(r.startMs(`s${i}`));
      spin(0.3);
    }
    assert.ok(starts.some((t) => !Number.isInteger(t)), 'some start has a fraction of a millisecond');
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! > starts[i - 1]!, 'starts strictly increase');
  });

  test('a jump of more than a second anchors the clock to the wall clock again', () => {
    const realNow = Date.now.bind(Date);
    mock.method(Date, 'now', () => realNow() + 60_000);
    assert.ok(Math.abs(spanTime() - (realNow() + 60_000)) < 50);
    mock.restoreAll();
    assert.ok(Math.abs(spanTime() - realNow()) < 50);
  });

  test('startActiveSpan runs its function with a span on the same clock', () => {
    const r = recordingTracer();
    const tracer = onSpanClockTracer(r.tracer);
    const before = spanTime();
    const out = tracer.startActiveSpan('active', (span) => { span.end(); return 7; });
    assert.equal(out, 7);
    assert.ok(r.startMs('active') >= before && !Number.isNaN(r.endMs('active')));
  });
});
