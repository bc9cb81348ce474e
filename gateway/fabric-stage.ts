// One request of a speech or chat stage through the fabric, at realtime
// priority, streamed: what the audio endpoints and every stage of a
// Realtime session submit. Its span (a child of `parent`) is the stage in
// the trace; scheduler and executor spans join it through NATS headers.
import { randomBytes } from 'node:crypto';
import { SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import { CONTRACT_VERSION, priorityOf, PriorityClass, type GenerateChunk, type IInferenceRequest } from '../proto/index.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { tracer } from '../observability/telemetry.ts';
import type { FabricClient } from './fabric-client.ts';

export type StageBody = Pick<IInferenceRequest, 'chat' | 'transcribe' | 'speak' | 'detectSpeech'>;

export interface StageRequest {
  stage: 'vad' | 'transcribe' | 'chat' | 'speak';
  model: string;
  tenant: string;
  body: StageBody;
  timeoutMs: number;
  parent: Context;
  /** Set by an HTTP route: the request id it already answers with. */
  requestId?: string;
}

export interface StageCall {
  readonly requestId: string;
  readonly span: Span;
  readonly chunks: AsyncIterable<GenerateChunk>;
  cancel(reason: string): void;
}

export function submitStage(fabric: FabricClient, r: StageRequest): StageCall {
  const requestId = r.requestId ?? `req_${randomBytes(12).toString('hex')}`;
  const span = tracer().startSpan(`${SpanNames.realtimeStage} ${r.stage}`, {
    kind: SpanKind.CLIENT,
    attributes: { [Attr.requestId]: requestId, [Attr.model]: r.model, [Attr.tenant]: r.tenant, [Attr.priority]: PriorityClass.REALTIME, [Attr.stage]: r.stage },
  }, r.parent);
  const now = Date.now();
  const submission = fabric.submit({
    requestId, tenant: r.tenant, model: r.model, priority: priorityOf(PriorityClass.REALTIME),
    deadlineUnixMs: now + r.timeoutMs, createdUnixMs: now, stream: true, contractVersion: CONTRACT_VERSION, ...r.body,
  }, PriorityClass.REALTIME, trace.setSpan(r.parent, span));
  async function* chunks(): AsyncGenerator<GenerateChunk> {
    try {
      for await (const c of submission.chunks) yield c;
    } catch (err) {
      span.setStatus({ code: 2, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  }
  return { requestId, span, chunks: chunks(), cancel: (reason) => submission.cancel(reason) };
}
