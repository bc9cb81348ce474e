// A request as a scheduler holds it, from its submission to its result.
import type { Context, Span } from '@opentelemetry/api';
import type { IGenerateChunk, InferenceRequest, ITokenLogprob, PriorityClass, Task } from '../proto/index.ts';
import type { ExecutorEntry } from '../cluster/registry.ts';
import type { ResultSink, RunningAttempt, Timer } from './core/ports.ts';

/** Attempts per request when an executor fails before streaming anything. */
export const MAX_ATTEMPTS = 3;

export interface Job {
  req: InferenceRequest;
  /** Its body's task: only replicas that list it may run it. */
  task: Task;
  priority: PriorityClass;
  /** Which delivery of the request this is (Submission.attempt). */
  attempt: string;
  sink: ResultSink;
  span: Span;
  ctx: Context;
  receivedAt: number;
  attempts: number;
  /** Attempts retried after a failure, and restarts after a preemption, for the trace. */
  retries?: number;
  preemptions?: number;
  state: 'queued' | 'running' | 'done';
  executor?: ExecutorEntry;
  call?: RunningAttempt;
  /** Chunks passed to the sink (only for streaming clients). */
  streamed: boolean;
  /** Tokens generated in the current attempt. */
  tokens: number;
  /** A non-streaming client's answer so far (job.tokens counts it), sent whole at the end. */
  text: string;
  /** The token logprobs of `text` (a request asking for them), in order: they travel with their text. */
  logprobs?: ITokenLogprob[];
  /** A non-streaming client's output that is not text (embeddings, rerank scores, audio), sent with the whole answer. */
  output?: IGenerateChunk;
  cancelled: boolean;
  /** Aborted to make room for realtime work; requeued when its call ends. */
  preempted: boolean;
  deadlineTimer?: Timer;
  queueTimer?: Timer;
  /** Open while the job waits for a replica of its model to load (scale from zero). */
  coldStart?: Span;
  /** Open while the job waits in a queue (scheduler.queue_wait). */
  queueWait?: Span;
  /** Identifies the conversation (its messages up to the first user turn), for prefix affinity. */
  prefixKey?: string;
}
