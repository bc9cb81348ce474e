// A request as a scheduler holds it, from the NATS message to its last frame.
import type { ClientReadableStream } from '@grpc/grpc-js';
import type { Context, Span } from '@opentelemetry/api';
import type { GenerateChunk, InferenceRequest, PriorityClass } from '../proto/index.ts';
import type { ExecutorEntry } from '../cluster/registry.ts';

/** Attempts per request when an executor fails before streaming anything. */
export const MAX_ATTEMPTS = 3;

export interface Job {
  req: InferenceRequest;
  priority: PriorityClass;
  span: Span;
  ctx: Context;
  receivedAt: number;
  attempts: number;
  state: 'queued' | 'running' | 'done';
  executor?: ExecutorEntry;
  call?: ClientReadableStream<GenerateChunk>;
  /** Chunks relayed to the gateway (only for streaming clients). */
  streamed: boolean;
  /** Tokens generated in the current attempt. */
  tokens: number;
  /** A non-streaming client's answer so far (job.tokens counts it), sent whole at the end. */
  text: string;
  cancelled: boolean;
  /** Aborted to make room for realtime work; requeued when its call ends. */
  preempted: boolean;
  /** Whether a frame naming this scheduler has reached the gateway. */
  announced: boolean;
  deadlineTimer?: NodeJS.Timeout;
  queueTimer?: NodeJS.Timeout;
  /** Open while the job waits for a replica of its model to load (scale from zero). */
  coldStart?: Span;
  /** Identifies the conversation (its messages up to the first user turn), for prefix affinity. */
  prefixKey?: string;
}

