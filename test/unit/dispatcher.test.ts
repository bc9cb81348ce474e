// The dispatcher's decisions, with a fake clock, fake replicas and a fake
// runner: no processes, no sleeps, no real timers. Time moves only when a
// test advances it; an attempt ends only when a test ends it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { AlwaysOnSampler, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import {
  ErrorCode, ExecutorInfo, InferenceRequest, type IInferenceRequest, ModelState, Priority, Task, errors, type IGenerateChunk, type InferenceRequest as Request, type WeftError,
} from '../../proto/index.ts';
import type { ExecutorEntry, ModelSlot } from '../../cluster/registry.ts';
import { Dispatcher, type DispatcherOptions } from '../../scheduler/core/dispatcher.ts';
import type { AttemptEvents, AttemptFailure, Capacity, Clock, Replicas, ResultSink, Runner, Timer } from '../../scheduler/core/ports.ts';
import { MAX_ATTEMPTS } from '../../scheduler/job.ts';
import type { Logger } from '../../observability/logger.ts';

const T0 = 1_000_000;

class FakeClock implements Clock {
  private at = T0;
  private timers: { at: number; fn: () => void; seq: number }[] = [];
  private seq = 0;

  now(): number {
    return this.at;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    const t = { at: this.at + ms, fn, seq: this.seq++ };
    this.timers.push(t);
    return t;
  }

  clearTimeout(timer: Timer | undefined): void {
    this.timers = this.timers.filter((t) => t !== timer);
  }

  /** Moves time on by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): void {
    const until = this.at + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.at = due.at;
      due.fn();
    }
    this.at = until;
  }
}

/** Executors and the models they serve, with the dispatcher's own in-flight counts as their busy slots. */
class FakeReplicas implements Replicas {
  readonly entries = new Map<string, ExecutorEntry>();

  serve(executorId: string, model: string, slots: number, tasks: Task[] = []): ExecutorEntry {
    let e = this.entries.get(executorId);
    if (!e) {
      e = { info: ExecutorInfo.create({ executorId, grpcAddress: `${executorId}:1` }), lastSeen: T0, inflight: new Map(), inflightAtHeartbeat: new Map() };
      this.entries.set(executorId, e);
    }
    e.info.models.push({ name: model, state: ModelState.MODEL_STATE_READY, slotsTotal: slots, tasks } as ExecutorInfo['models'][number]);
    return e;
  }

  slotsFor(model: string): ModelSlot[] {
    const out: ModelSlot[] = [];
    for (const e of this.entries.values()) {
      const m = e.info.models.find((x) => x.name === model);
      if (m) out.push({ executor: e, slotsTotal: m.slotsTotal ?? 0, busy: e.inflight.get(model) ?? 0, tokensPerSecond: 0, tasks: m.tasks ?? [] });
    }
    return out;
  }

  has(executorId: string): boolean {
    return this.entries.has(executorId);
  }

  remove(executorId: string): void {
    this.entries.delete(executorId);
  }

  addInflight(e: ExecutorEntry, model: string, delta: number): void {
    e.inflight.set(model, (e.inflight.get(model) ?? 0) + delta);
  }
}

interface Attempt {
  requestId: string;
  executorId: string;
  cancelled: boolean;
  emit(text: string, opts?: { final?: boolean }): void;
  end(): void;
  fail(kind: AttemptFailure['kind'], error?: WeftError): void;
}

/** Records every attempt; the test decides how each goes. A cancelled attempt fails afterwards, as a cancelled gRPC call does. */
class FakeRunner implements Runner {
  readonly attempts: Attempt[] = [];

  run(req: Request, executor: ExecutorEntry, _ctx: unknown, events: AttemptEvents) {
    const a: Attempt = {
      requestId: req.requestId, executorId: executor.info.executorId, cancelled: false,
      emit: (text, opts) => events.chunk({ delta: { text, tokens: 1 }, ...(opts?.final ? { final: { finishReason: 1 } } : {}) }),
      end: () => {
        done.add(a);
        events.end();
      },
      fail: (kind, error = errors.executorFailed(`attempt failed: ${kind}`)) => {
        done.add(a);
        events.error({ kind, error });
      },
    };
    this.attempts.push(a);
    return {
      cancel: () => {
        a.cancelled = true;
        queueMicrotask(() => a.fail('cancelled'));
      },
    };
  }

  /** Attempts of one request, in order. */
  of(requestId: string): Attempt[] {
    return this.attempts.filter((a) => a.requestId === requestId);
  }

  /** Its latest attempt. */
  last(requestId: string): Attempt {
    const a = this.of(requestId).at(-1);
    assert.ok(a, `${requestId} never started`);
    return a;
  }

  running(): string[] {
    return this.attempts.filter((a) => !a.cancelled && !done.has(a)).map((a) => a.requestId);
  }
}
const done = new WeakSet<Attempt>();

/** What a sink was told, as short strings. */
class RecordingSink implements ResultSink {
  readonly events: string[] = [];
  lastError?: WeftError;

  accepted(): void {
    this.events.push('accepted');
  }

  chunk(chunk: IGenerateChunk): void {
    this.events.push(`chunk ${chunk.delta?.text ?? ''}${chunk.final ? ' +final' : ''}`);
  }

  final(): void {
    this.events.push('final');
  }

  error(error: WeftError): void {
    this.lastError = error;
    this.events.push(`error ${ErrorCode[error.code]}`);
  }

  cancelled(): void {
    this.events.push('cancelled');
  }

  get ended(): boolean {
    return ['final', 'cancelled'].includes(this.events.at(-1) ?? '') || (this.events.at(-1) ?? '').startsWith('error');
  }
}

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

const DEFAULTS: DispatcherOptions = {
  queueMaxRealtime: 10, queueMaxBatch: 10, queueTimeoutMs: 5_000, batchReserveSlots: 0, batchReserveIdleMs: 0, batchAgingMs: 60_000,
  preemption: 'on', prefixAffinity: 'off', executorExpiryMs: 3_000,
};

function setup(config: Partial<DispatcherOptions> = {}, catalogModels: string[] = []) {
  const clock = new FakeClock();
  const replicas = new FakeReplicas();
  const runner = new FakeRunner();
  const catalog = new Set(catalogModels);
  const demanded: string[] = [];
  const loadingModels = new Set<string>();
  const missing = new Map<string, WeftError>();
  const capacity: Capacity & { demanded: string[]; loadingModels: Set<string>; missing: Map<string, WeftError> } = {
    demanded, loadingModels, missing,
    demand: (model: string) => void demanded.push(model),
    loading: (model: string) => loadingModels.has(model),
    capacityMissing: (model: string) => missing.get(model),
  };
  const placements: string[] = [];
  const dispatcher = new Dispatcher({
    config: { ...DEFAULTS, ...config }, clock, replicas, runner, capacity, catalog, log: quiet, startedAt: T0,
    decisions: { record: (_ms, job, chosen, _n, why) => placements.push(`${job.req.requestId}@${chosen.executor.info.executorId}: ${why}`) },
  });
  const sinks = new Map<string, RecordingSink>();
  // Each request's span records what the dispatcher wrote on it (placements, retries, preemptions).
  const ended: ReadableSpan[] = [];
  const tracer = new TracerProvider({
    sampler: new AlwaysOnSampler(),
    spanProcessors: [{ onStart() {}, onEnd: (s) => void ended.push(s), forceFlush: async () => {}, shutdown: async () => {} }],
  }).getTracer('test');
  /** The ended span of a request. */
  const spanOf = (requestId: string) => {
    const s = ended.find((x) => x.name === `job ${requestId}`);
    assert.ok(s, `the span of ${requestId} ended`);
    return s;
  };
  let delivery = 0;
  /** Submits a request as a source would; returns its sink. */
  const submit = (requestId: string, o: { model?: string; priority?: 'realtime' | 'batch'; stream?: boolean; deadlineInMs?: number; body?: 'chat' | 'embed' | 'none'; attempt?: string; tenant?: string } = {}) => {
    const body = o.body ?? 'chat';
    const fields: IInferenceRequest = {
      requestId, model: o.model ?? 'm', replySubject: `reply.${requestId}`, stream: o.stream ?? false,
      priority: o.priority === 'batch' ? Priority.PRIORITY_BATCH : Priority.PRIORITY_REALTIME,
      deadlineUnixMs: o.deadlineInMs === undefined ? 0 : clock.now() + o.deadlineInMs,
      ...(o.tenant !== undefined ? { tenant: o.tenant } : {}),
    };
    if (body === 'chat') fields.chat = { messages: [{ role: 'user', content: `hello from ${requestId}` }] };
    if (body === 'embed') fields.embed = { inputs: ['text'] };
    const req = InferenceRequest.decode(InferenceRequest.encode(fields).finish());
    const sink = new RecordingSink();
    sinks.set(requestId, sink);
    const span = tracer.startSpan(`job ${requestId}`);
    dispatcher.submit({ req, attempt: o.attempt ?? `delivery-${++delivery}`, sink, span, ctx: ROOT_CONTEXT });
    return sink;
  };
  /** Ends an attempt as the runner would, and lets the dispatcher react. */
  const complete = async (a: Attempt, text = 'done') => {
    a.emit(text, { final: true });
    a.end();
    await settle();
  };
  return { clock, replicas, runner, capacity, dispatcher, submit, sinks, complete, placements, spanOf };
}

/** Lets queued microtasks run (a freed slot is refilled after the event that freed it; a cancelled call fails a moment later). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('dispatcher: priorities', () => {
  test('realtime work is placed before batch work that waited longer', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.submit('first');
    const batch = f.submit('batch', { priority: 'batch' });
    f.submit('realtime');
    assert.deepEqual(f.runner.running(), ['first']);
    assert.deepEqual(batch.events, ['accepted'], 'a waiting request is told it was taken');
    await f.complete(f.runner.last('first'));
    assert.deepEqual(f.runner.running(), ['realtime']);
    await f.complete(f.runner.last('realtime'));
    assert.deepEqual(f.runner.running(), ['batch']);
    await f.complete(f.runner.last('batch'), 'answer');
    assert.deepEqual(batch.events, ['accepted', 'chunk answer +final', 'final']);
  });

  test('a request that starts at once is announced only when no output came within 50 ms', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 2);
    const quiet = f.submit('quiet');
    const talkative = f.submit('talkative', { stream: true });
    f.runner.last('talkative').emit('hi');
    f.clock.advance(50);
    assert.deepEqual(quiet.events, ['accepted']);
    assert.deepEqual(talkative.events, ['chunk hi', 'accepted'], 'the sink ignores it once its client heard from it');
  });

  test('a full queue refuses the request with queue_full', () => {
    const f = setup({ queueMaxRealtime: 1 });
    f.replicas.serve('a', 'm', 1);
    f.submit('running');
    f.submit('waiting');
    const refused = f.submit('refused');
    assert.deepEqual(refused.events, ['error ERROR_CODE_QUEUE_FULL']);
    assert.equal(refused.lastError?.message, "Too many realtime requests are waiting for the model 'm'.");
    assert.equal(refused.lastError?.retryAfterS, 1);
  });

  test('batch work never takes the last reserved slots; realtime work does', () => {
    const f = setup({ batchReserveSlots: 1 });
    f.replicas.serve('a', 'm', 2);
    f.submit('b1', { priority: 'batch' });
    f.submit('b2', { priority: 'batch' });
    assert.deepEqual(f.runner.running(), ['b1'], 'the second slot is kept for realtime');
    f.submit('r1');
    assert.deepEqual(f.runner.running(), ['b1', 'r1']);
  });

  test('reserved slots are kept only while the model had realtime work lately; else batch uses them and realtime preempts', async () => {
    const f = setup({ batchReserveSlots: 1, batchReserveIdleMs: 10_000 });
    f.replicas.serve('a', 'm', 2);
    f.submit('b1', { priority: 'batch' });
    f.submit('b2', { priority: 'batch' });
    assert.deepEqual(f.runner.running(), ['b1', 'b2'], 'no realtime request yet: every slot works on the batch');
    assert.match(f.placements.at(-1)!, /^b2@a: no realtime request for 10000 ms: may use reserved slots/);
    f.submit('r1');
    assert.equal(f.runner.last('b2').cancelled || f.runner.last('b1').cancelled, true, 'the realtime request preempts');
    await new Promise((r) => setImmediate(r));
    await f.complete(f.runner.last('r1'));
    // Realtime work was seen: the reserve holds again for batch work.
    await f.complete(f.runner.last('b1'));
    f.submit('b3', { priority: 'batch' });
    f.dispatcher.drainAll();
    assert.equal(f.runner.running().filter((id) => id.startsWith('b')).length, 1, 'one batch job: the other slot is kept');
    f.clock.advance(10_001);
    f.dispatcher.drainAll();
    assert.equal(f.runner.running().filter((id) => id.startsWith('b')).length, 2, 'realtime went quiet: batch takes it again');
  });

  test('batch work that waited past the aging time may use reserved slots', () => {
    const f = setup({ batchReserveSlots: 1, batchAgingMs: 10_000 });
    f.replicas.serve('a', 'm', 2);
    f.submit('b1', { priority: 'batch' });
    f.submit('b2', { priority: 'batch' });
    f.clock.advance(10_001);
    f.dispatcher.drainAll();
    assert.deepEqual(f.runner.running(), ['b1', 'b2']);
    assert.match(f.placements.at(-1)!, /^b2@a: batch aged past 10000 ms: may use reserved slots/);
  });
});

describe('dispatcher: tenants take turns', () => {
  test('a tenant\'s burst does not hold another tenant back: the tenant with fewer requests running goes next', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 2);
    for (let i = 1; i <= 4; i++) f.submit(`burst-${i}`, { tenant: 'big' });
    f.submit('small-1', { tenant: 'small' });
    f.submit('small-2', { tenant: 'small' });
    assert.deepEqual(f.runner.running(), ['burst-1', 'burst-2']);
    await f.complete(f.runner.last('burst-1'));
    assert.deepEqual(f.runner.running(), ['burst-2', 'small-1'], 'small has none running, big has one: small goes first');
    await f.complete(f.runner.last('burst-2'));
    assert.deepEqual(f.runner.running(), ['small-1', 'burst-3'], 'big has none running now, small one: big goes');
    await f.complete(f.runner.last('burst-3'));
    assert.deepEqual(f.runner.running(), ['small-1', 'burst-4'], 'again none of big running against one of small');
    await f.complete(f.runner.last('small-1'));
    assert.deepEqual(f.runner.running(), ['burst-4', 'small-2']);
  });

  test('with one slot, the tenant that started a request least recently goes next', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    for (let i = 1; i <= 3; i++) f.submit(`big-${i}`, { tenant: 'big' });
    f.submit('small-1', { tenant: 'small' });
    await f.complete(f.runner.last('big-1'));
    assert.deepEqual(f.runner.running(), ['small-1'], 'neither has one running: small has not started one yet');
    await f.complete(f.runner.last('small-1'));
    assert.deepEqual(f.runner.running(), ['big-2']);
  });

  test('within one tenant the queue is first come, first served', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    for (const id of ['one', 'two', 'three']) f.submit(id, { tenant: 't' });
    await f.complete(f.runner.last('one'));
    assert.deepEqual(f.runner.running(), ['two']);
    await f.complete(f.runner.last('two'));
    assert.deepEqual(f.runner.running(), ['three']);
  });
});

describe('dispatcher: preemption', () => {
  test('realtime work preempts a restartable batch job, which is requeued at the head and completes from scratch', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    const batch = f.submit('batch', { priority: 'batch' });
    const first = f.runner.last('batch');
    first.emit('lost ');
    f.submit('later-batch', { priority: 'batch' });
    f.submit('realtime');
    assert.equal(first.cancelled, true, 'the batch attempt is aborted');
    await settle();
    assert.deepEqual(f.runner.running(), ['realtime']);
    await f.complete(f.runner.last('realtime'));
    assert.deepEqual(f.runner.running(), ['batch'], 'the preempted job goes before batch work queued after it');
    await f.complete(f.runner.last('batch'), 'whole');
    assert.deepEqual(batch.events, ['chunk whole +final', 'final'], 'nothing of the preempted attempt reaches the client');
    // The trace says so: placed, preempted (with what it had made), placed again.
    const span = f.spanOf('batch');
    assert.deepEqual(span.events.map((e) => e.name), ['placement', 'preempted', 'placement']);
    assert.equal(span.events[1]!.attributes!['gen_ai.usage.output_tokens'], 1);
    assert.equal(span.attributes['weft.preemptions'], 1);
    assert.equal(span.attributes['weft.retries'], 0);
    assert.equal(span.attributes['weft.attempts'], 1, 'a preemption is not a failed attempt');
    assert.match(String(span.events[0]!.attributes!['weft.placement.reason']), /no realtime request|least outstanding work/);
    assert.equal(f.spanOf('realtime').attributes['weft.preemptions'], 0);
  });

  test('a streaming batch job that already streamed is not preempted', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.submit('batch', { priority: 'batch', stream: true });
    f.runner.last('batch').emit('seen ');
    f.submit('realtime');
    assert.equal(f.runner.last('batch').cancelled, false);
    assert.deepEqual(f.runner.running(), ['batch']);
  });

  test('a batch job older than the aging time is not preempted', () => {
    const f = setup({ batchAgingMs: 10_000 });
    f.replicas.serve('a', 'm', 1);
    f.submit('batch', { priority: 'batch' });
    f.clock.advance(10_001);
    f.submit('realtime');
    assert.equal(f.runner.last('batch').cancelled, false);
    assert.deepEqual(f.runner.running(), ['batch']);
  });
});

describe('dispatcher: time limits', () => {
  test('a deadline that passes while the request waits fails it with deadline_exceeded', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.submit('running');
    const waiting = f.submit('waiting', { deadlineInMs: 2_000 });
    f.clock.advance(2_000);
    assert.deepEqual(waiting.events, ['accepted', 'error ERROR_CODE_DEADLINE_EXCEEDED']);
    assert.equal(waiting.lastError?.message, 'The deadline passed while the request waited for an executor.');
  });

  test('a deadline already passed fails the request before it is queued', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    const late = f.submit('late', { deadlineInMs: 0 - 1 });
    assert.equal(late.lastError?.message, 'The deadline passed before the request was scheduled.');
  });

  test('a realtime request that finds no free slot within the queue timeout fails with deadline_exceeded', () => {
    const f = setup({ queueTimeoutMs: 1_000 });
    f.replicas.serve('a', 'm', 1);
    f.submit('running');
    const waiting = f.submit('waiting');
    f.clock.advance(999);
    assert.deepEqual(waiting.events, ['accepted']);
    f.clock.advance(1);
    assert.deepEqual(waiting.events, ['accepted', 'error ERROR_CODE_DEADLINE_EXCEEDED']);
    assert.equal(waiting.lastError?.message, 'The request waited 1000 ms for a free slot (WEFT_QUEUE_TIMEOUT_MS).');
  });

  test('a realtime request waiting for an executor that does not return fails with the controller\'s reason', () => {
    const f = setup({ queueTimeoutMs: 1_000 }, ['m']);
    f.capacity.missing.set('m', errors.noCapacity('No executor can run the model \'m\'.', 7));
    const waiting = f.submit('waiting');
    f.clock.advance(1_000);
    assert.deepEqual(waiting.events, ['accepted', 'error ERROR_CODE_NO_CAPACITY']);
    assert.equal(waiting.lastError?.message, "No executor can run the model 'm'. The request waited 1000 ms for one to return (WEFT_QUEUE_TIMEOUT_MS).");
    assert.equal(waiting.lastError?.retryAfterS, 7);
  });
});

describe('dispatcher: scale from zero', () => {
  test('a request for a catalog model with no replica waits while one loads, raises demand, and runs once it is ready', async () => {
    const f = setup({ queueTimeoutMs: 1_000 }, ['m']);
    const sink = f.submit('cold');
    assert.deepEqual(f.capacity.demanded, ['m']);
    assert.deepEqual(sink.events, ['accepted']);
    f.capacity.loadingModels.add('m');
    f.clock.advance(5_000);
    assert.deepEqual(sink.events, ['accepted'], 'loading is not bounded by the queue timeout');
    f.replicas.serve('a', 'm', 1);
    f.dispatcher.replicasChanged('m');
    assert.deepEqual(f.runner.running(), ['cold']);
    await f.complete(f.runner.last('cold'), 'warm');
    assert.deepEqual(sink.events, ['accepted', 'chunk warm +final', 'final']);
  });

  test('a model nobody serves and the catalog lacks is not found, once the registry had time to fill', () => {
    const f = setup({ executorExpiryMs: 3_000 });
    const sink = f.submit('ghost', { model: 'ghost' });
    assert.deepEqual(sink.events, ['accepted'], 'right after start, executors may still be reporting');
    f.clock.advance(3_000);
    f.dispatcher.drainAll();
    assert.deepEqual(sink.events, ['accepted', 'error ERROR_CODE_MODEL_NOT_FOUND']);
    assert.equal(sink.lastError?.message, "The model 'ghost' does not exist or is not served here.");
  });
});

describe('dispatcher: cancel and supersede', () => {
  test('cancelling a queued request removes it; its client hears nothing more', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.submit('running');
    const sink = f.submit('queued');
    f.dispatcher.cancel('queued', 'client disconnected');
    assert.deepEqual(sink.events, ['accepted', 'cancelled']);
    assert.deepEqual(f.dispatcher.waiting('m').count, 0);
  });

  test('cancelling a running request cancels its attempt and frees its slot', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    const sink = f.submit('running');
    f.submit('next');
    f.dispatcher.cancel('running', 'client disconnected');
    assert.equal(f.runner.last('running').cancelled, true);
    await settle();
    assert.equal(sink.events.at(-1), 'cancelled');
    assert.deepEqual(f.runner.running(), ['next']);
  });

  test('a second delivery of a request replaces the first; the same delivery twice is refused', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.submit('blocker');
    const first = f.submit('r', { attempt: 'one' });
    const second = f.submit('r', { attempt: 'two' });
    assert.deepEqual(first.events, ['accepted', 'cancelled']);
    assert.deepEqual(second.events, ['accepted']);
    const dup = f.submit('r', { attempt: 'two' });
    assert.equal(dup.lastError?.message, 'request id r is already in flight');
    assert.deepEqual(second.events, ['accepted'], 'the held delivery goes on');
  });
});

describe('dispatcher: failed attempts', () => {
  test('an attempt that fails before streaming is retried on another executor, up to MAX_ATTEMPTS', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.replicas.serve('b', 'm', 1);
    f.replicas.serve('c', 'm', 1);
    const sink = f.submit('r');
    const tried: string[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const a = f.runner.last('r');
      tried.push(a.executorId);
      a.fail('unreachable', errors.executorFailed(`executor ${a.executorId} unreachable`));
      await settle();
    }
    assert.equal(new Set(tried).size, MAX_ATTEMPTS, `each attempt on another executor: ${tried}`);
    assert.equal(f.runner.of('r').length, MAX_ATTEMPTS);
    assert.deepEqual(sink.events, ['error ERROR_CODE_EXECUTOR_FAILED']);
    assert.equal(sink.lastError?.message, `executor ${tried.at(-1)} unreachable`);
    assert.equal(f.replicas.has(tried[0]!), false, 'an unreachable executor is dropped');
    // Every placement and retry is on the request's span, with the executor and why.
    const span = f.spanOf('r');
    const placements = span.events.filter((e) => e.name === 'placement');
    const retries = span.events.filter((e) => e.name === 'retry');
    assert.deepEqual(placements.map((e) => e.attributes!['weft.executor_id']), tried);
    for (const e of placements) {
      assert.equal(e.attributes!['weft.placement.reason'], 'least outstanding work for its measured speed');
      assert.ok(Number(e.attributes!['weft.placement.candidates']) >= 1);
    }
    assert.deepEqual(retries.map((e) => [e.attributes!['weft.executor_id'], e.attributes!['weft.retry.reason']]), tried.slice(0, -1).map((id) => [id, 'unreachable']));
    assert.equal(span.attributes['weft.retries'], MAX_ATTEMPTS - 1);
    assert.equal(span.attributes['weft.attempts'], MAX_ATTEMPTS);
    assert.equal(span.attributes['weft.placement.reason'], 'least outstanding work for its measured speed');
  });

  test('an executor that leaves the registry mid-attempt: the attempt is cancelled and retried on another', async () => {
    const f = setup();
    const a = f.replicas.serve('a', 'm', 1);
    f.replicas.serve('b', 'm', 1);
    const sink = f.submit('r');
    const first = f.runner.last('r');
    const gone = first.executorId === 'a' ? a : f.replicas.entries.get('b')!;
    f.replicas.remove(gone.info.executorId);
    f.dispatcher.executorRemoved(gone);
    await settle();
    assert.equal(first.cancelled, true);
    assert.notEqual(f.runner.last('r').executorId, gone.info.executorId);
    await f.complete(f.runner.last('r'), 'elsewhere');
    assert.deepEqual(sink.events, ['chunk elsewhere +final', 'final']);
  });

  test('an attempt that fails after streaming is not retried', async () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.replicas.serve('b', 'm', 1);
    const sink = f.submit('r', { stream: true });
    f.runner.last('r').emit('part ');
    f.runner.last('r').fail('unreachable');
    await settle();
    assert.equal(f.runner.of('r').length, 1);
    assert.deepEqual(sink.events, ['chunk part ', 'error ERROR_CODE_EXECUTOR_FAILED']);
  });
});

describe('dispatcher: tasks', () => {
  test('a request is placed only on replicas that run its task (no task list: chat only)', () => {
    const f = setup();
    f.replicas.serve('chat-only', 'm', 4);
    f.replicas.serve('embedder', 'm', 1, [Task.TASK_CHAT, Task.TASK_EMBED]);
    f.submit('e', { body: 'embed' });
    assert.equal(f.runner.last('e').executorId, 'embedder');
  });

  test('a task none of the model\'s replicas runs fails at once with unsupported', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    f.replicas.serve('b', 'm', 1, [Task.TASK_CHAT]);
    const sink = f.submit('e', { body: 'embed' });
    assert.deepEqual(sink.events, ['error ERROR_CODE_UNSUPPORTED']);
    assert.match(sink.lastError!.message, /'m'.*embed/);
    assert.equal(f.runner.attempts.length, 0);
  });

  test('a request without a body is invalid', () => {
    const f = setup();
    f.replicas.serve('a', 'm', 1);
    const sink = f.submit('empty', { body: 'none' });
    assert.deepEqual(sink.events, ['error ERROR_CODE_INVALID_REQUEST']);
    assert.equal(sink.lastError?.message, 'the request carries no body');
  });
});
