// What the dispatcher (dispatcher.ts) talks to, as interfaces: where jobs
// come from (JobSource), where their results go (ResultSink), and the
// collaborators it decides with (a clock, the replicas, a runner for one
// attempt, the replica controller, a decision log). It imports no NATS, no
// gRPC and no real timers, so it can be driven step by step in unit tests.
//
// Adding a job source and its results sink (the async Batch API over
// JetStream) touches none of the dispatcher:
// - A JetStream source submits each message it pulls as a Submission with
//   its own ResultSink, `attempt` set to the message's delivery (stream
//   sequence and delivery count), and the request's priority (batch).
// - The sink is where the message is settled: `final` writes the whole
//   answer (a batch request does not stream, so `chunk` is called once,
//   with the whole answer) to the results store, then acks; `error` writes
//   the error as the request's result and acks (term), because a request
//   that failed here fails again elsewhere; `cancelled` acks without a
//   result (the batch was cancelled). Exactly one of the three is called per
//   job, so a result is written at most once per delivery; the writes
//   being keyed by request id makes a redelivery after a crash (before the
//   ack) overwrite, never duplicate.
// - Work that must run again later is a nak: the sink naks instead of
//   acking when `error` carries a retryable code (no capacity, queue full),
//   and JetStream redelivers the message, which comes back through the
//   source as a new Submission (a new `attempt`) like any other request.
//   While a job is held, the source keeps its message alive (in progress).
// - A cancel (the batch was cancelled) goes through JobTarget.cancel.
import type { Context, Span } from '@opentelemetry/api';
import type { IGenerateChunk, InferenceRequest, WeftError } from '../../proto/index.ts';
import type { ExecutorEntry, ModelSlot } from '../../cluster/registry.ts';
import type { Logger } from '../../observability/logger.ts';

/** Where a job's results go. For each job exactly one of final, error and cancelled is called, last. */
export interface ResultSink {
  /** The job is held here and waits (queued, or for its first output): tells its client who holds it. May be called when output already went out; a sink that told its client already ignores it. */
  accepted(): void;
  /** Output: every chunk for a streaming request (req.stream), else once, the whole answer with its final. */
  chunk(chunk: IGenerateChunk): void;
  /** The job completed; everything was passed to chunk. */
  final(): void;
  /** The job failed with `error`; nothing follows. */
  error(error: WeftError): void;
  /** The job ended without an answer to give: its client cancelled it, or a later delivery replaced it. */
  cancelled(): void;
}

/** One delivery of a request to this scheduler. */
export interface Submission {
  req: InferenceRequest;
  /**
   * Identifies this delivery. A request id seen again with another attempt
   * replaces (supersedes) the job of the earlier one, whose client no
   * longer listens; with the same attempt it is a duplicate, refused.
   */
  attempt: string;
  sink: ResultSink;
  /** The job's span (the source starts it, with its transport's attributes; the dispatcher ends it) and the context it is current in. */
  span: Span;
  ctx: Context;
}

/** What a source hands its jobs and cancels to (the dispatcher). */
export interface JobTarget {
  submit(submission: Submission): void;
  cancel(requestId: string, reason: string): void;
}

/** Where jobs come from: a NATS request subject, a JetStream consumer, a voice session. */
export interface JobSource {
  start(target: JobTarget): void;
  /** Stops taking jobs (those taken run on). */
  close(): Promise<void>;
}

export type Timer = unknown;

/** Time, and timers, as the dispatcher sees them (tests pass a fake one). */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): Timer;
  clearTimeout(timer: Timer | undefined): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout | undefined),
};

/** The replicas of each model and their slot use (cluster/registry.ts). */
export interface Replicas {
  slotsFor(model: string): ModelSlot[];
  /** Whether the executor is still live. */
  has(executorId: string): boolean;
  /** Drops an executor that cannot be reached. */
  remove(executorId: string): void;
  addInflight(e: ExecutorEntry, model: string, delta: number): void;
}

/** Why an attempt failed, as far as the dispatcher needs to know. */
export interface AttemptFailure {
  /**
   * unreachable: the executor could not be reached (it is dropped, another may serve);
   * refused: it could not take the request (full, or the replica was unloaded);
   * cancelled: the call was cancelled (by us, or the executor went away);
   * failed: anything else.
   */
  kind: 'unreachable' | 'refused' | 'cancelled' | 'failed';
  /** What the request fails with when the attempt is not retried. */
  error: WeftError;
  /** For the log. */
  detail?: Record<string, unknown>;
}

export interface AttemptEvents {
  chunk(chunk: IGenerateChunk): void;
  /** The attempt completed. */
  end(): void;
  error(failure: AttemptFailure): void;
}

export interface RunningAttempt {
  cancel(): void;
}

/** Runs one attempt of a request on an executor (relay.ts: gRPC). Exactly one of end and error follows. */
export interface Runner {
  run(req: InferenceRequest, executor: ExecutorEntry, ctx: Context, events: AttemptEvents): RunningAttempt;
}

/** The replica controller, as requests waiting for a replica see it. */
export interface Capacity {
  /** Requests wait for `model` and no replica serves it. */
  demand(model: string): void;
  /** A replica of `model` is placed and loading. */
  loading(model: string): boolean;
  /** Why no replica of `model` can be placed, while none can. */
  capacityMissing(model: string): WeftError | undefined;
}

export interface Catalog {
  has(model: string): boolean;
}

export interface Decisions {
  record(elapsedMs: number, job: { req: { requestId: string; model: string; tenant?: string }; priority: string }, chosen: ModelSlot, replicas: number, why: string): void;
}

export type { Logger };
