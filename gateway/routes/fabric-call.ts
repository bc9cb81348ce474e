// What every OpenAI route that publishes work on the fabric shares: the
// request's priority class and deadline from its headers, its tenant and
// span, a traced publish of each request body, and cancelling what it
// published when the client goes away. The routes keep only their own
// shapes (chat, completions, embeddings).
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { SpanKind, trace, type Span } from '@opentelemetry/api';
import { CONTRACT_VERSION, errors, priorityOf, PriorityClass, WeftError, type GenerateChunk, type IFinal, type IChatRequest, type IEmbedRequest, type IRerankRequest, type IUsage } from '../../proto/index.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import { toOpenAIError } from '../../openai/errors.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { endRequest } from '../request-end.ts';
import { requireModel } from '../model-gate.ts';
import type { Submission } from '../fabric-client.ts';

export function priorityHeader(header: string | undefined): PriorityClass {
  if (header === undefined || header === '' || header === PriorityClass.REALTIME) return PriorityClass.REALTIME;
  if (header === PriorityClass.BATCH) return PriorityClass.BATCH;
  throw errors.invalid(`Invalid value for header 'X-Weft-Priority': expected 'realtime' or 'batch'`, 'X-Weft-Priority');
}

export function timeoutOf(header: string | undefined, fallback: number): number {
  if (header === undefined) return fallback;
  const ms = Number(header);
  if (!Number.isInteger(ms) || ms < 1 || ms > 86_400_000) {
    throw errors.invalid(`Invalid value for header 'X-Weft-Timeout-Ms': expected milliseconds from 1 to 86400000`, 'X-Weft-Timeout-Ms');
  }
  return ms;
}

/** A request body the fabric runs: one of the contract's bodies. */
export type FabricBody = { chat: IChatRequest } | { embed: IEmbedRequest } | { rerank: IRerankRequest };

export interface FabricCall {
  readonly priority: PriorityClass;
  readonly requestId: string;
  readonly span: Span;
  /** When the request arrived (ms since the epoch): its deadline and `created` count from here. */
  readonly now: number;
  /** Publishes one request on the fabric, traced as a NATS publish. `requestId` defaults to the HTTP request's. */
  submit(body: FabricBody, opts: { stream: boolean; requestId?: string }): Submission;
  /**
   * Cancels `submissions` when the client goes away: `gone` does it (also
   * for a stream's own abort), `done` stops watching once the answer is whole.
   */
  watchClient(submissions: Submission[]): { gone: () => void; done: () => void };
  /** Marks the time to the first token as the client sees it on the request's span, at the first text (the executor's span has the engine's own). */
  sawText(text: string | null | undefined): void;
  /** An answer's token counts: on the request's span, and taken from its tenant's tokens-per-minute limit. */
  recordUsage(usage: IUsage | null | undefined): void;
}

/** Checks the model, reads the headers, labels the request's span, and returns how to publish on the fabric. */
export function fabricCall(c: Context<GatewayEnv>, deps: GatewayDeps, model: string, stream: boolean): FabricCall {
  requireModel(c, deps, model);
  const priority = priorityHeader(c.req.header('x-weft-priority'));
  const timeoutMs = timeoutOf(c.req.header('x-weft-timeout-ms'), deps.requestTimeoutMs);
  const requestId = c.get('requestId');
  const principal = c.get('principal');
  const span = c.get('span');
  span.setAttributes({ [Attr.model]: model, [Attr.tenant]: principal.tenant, [Attr.priority]: priority, [Attr.stream]: stream });
  const now = Date.now();
  const spanCtx = trace.setSpan(c.get('otelContext'), span);
  let firstTokenSeen = false;
  return {
    priority, requestId, span, now,
    submit(body, opts) {
      const publish = tracer().startSpan(SpanNames.natsPublish, { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'nats' } }, spanCtx);
      const submission = deps.fabric.submit({
        requestId: opts.requestId ?? requestId, tenant: principal.tenant, model, priority: priorityOf(priority),
        deadlineUnixMs: now + timeoutMs, createdUnixMs: now, ...body, stream: opts.stream, contractVersion: CONTRACT_VERSION,
      }, priority, trace.setSpan(spanCtx, publish));
      publish.end();
      return submission;
    },
    watchClient(submissions) {
      const gone = () => {
        span.setAttribute(Attr.cancelReason, 'client disconnected');
        for (const s of submissions) s.cancel('client disconnected');
      };
      c.req.raw.signal.addEventListener('abort', gone, { once: true });
      return { gone, done: () => c.req.raw.signal.removeEventListener('abort', gone) };
    },
    sawText(text) {
      if (firstTokenSeen || !text) return;
      firstTokenSeen = true;
      span.setAttribute(Attr.ttftMs, Date.now() - now);
    },
    recordUsage(usage) {
      if (!usage) return;
      span.setAttributes({ [Attr.tokensIn]: usage.promptTokens, ...(usage.completionTokens ? { [Attr.tokensOut]: usage.completionTokens } : {}) });
      deps.limiter?.spend(principal.tenant, (usage.promptTokens ?? 0) + (usage.completionTokens ?? 0));
    },
  };
}

/** Sends one server-sent event holding `obj` as JSON. */
export type SendEvent = (obj: unknown) => Promise<void>;

export interface StreamOptions {
  /**
   * Named events, as the Responses API streams them: each object (which
   * has a `type`) goes as `event: <type>`, numbered by `sequence_number`
   * from 0 in the order sent, and no `[DONE]` follows. A failure after the
   * first chunk is then that API's `error` event ({type, code, message,
   * param, sequence_number}), which the openai client raises as an APIError.
   */
  named?: boolean;
}

/**
 * Answers as server-sent events. The first chunk is awaited before the
 * response starts, so a request failing before it gets its real HTTP status,
 * not a 200 with an error event. `write` sends the events from that first
 * chunk on; `[DONE]` follows (not with `opts.named`). A failure after the
 * first chunk ends the stream with an OpenAI error event (the openai client
 * raises an APIError for a data event carrying `error`, or for a named
 * `error` event). The request span ends with the stream.
 */
export async function streamAnswer(
  c: Context<GatewayEnv>, deps: GatewayDeps, call: FabricCall, client: { gone: () => void; done: () => void },
  iterator: AsyncIterator<GenerateChunk>, write: (send: SendEvent, first: IteratorResult<GenerateChunk>) => Promise<void>,
  opts: StreamOptions = {},
): Promise<Response> {
  let first: IteratorResult<GenerateChunk>;
  try {
    first = await iterator.next();
  } catch (err) {
    client.done();
    throw err;
  }
  c.set('spanEndsWithStream', true);
  const { span, requestId } = call;
  return streamSSE(c, async (stream) => {
    stream.onAbort(client.gone);
    let sequence = 0;
    const send: SendEvent = opts.named
      ? (obj) => {
        const event = { ...(obj as { type: string }), sequence_number: sequence++ };
        return stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
      }
      : (obj) => stream.writeSSE({ data: JSON.stringify(obj) });
    try {
      await write(send, first);
      if (!opts.named) await stream.writeSSE({ data: '[DONE]' });
    } catch (err) {
      if (!stream.aborted) {
        const { error } = toOpenAIError(err).body;
        await send(opts.named ? { type: 'error', code: error.code, message: error.message, param: error.param } : { error }).catch(() => undefined);
        if (!WeftError.is(err)) deps.log.error('stream failed', { requestId, err });
      }
      span.setStatus({ code: 2, message: (err as Error).message });
    } finally {
      client.done();
      endRequest(c);
    }
  });
}

/**
 * A non-streaming call's whole answer: what `pick` takes from each chunk
 * (embeddings, rerank scores), and the final. The call is cancelled if the
 * client goes away first.
 */
export async function collectOutput<T>(call: FabricCall, body: FabricBody, pick: (chunk: GenerateChunk) => readonly T[] | null | undefined): Promise<{ items: T[]; final?: IFinal }> {
  const submission = call.submit(body, { stream: false });
  const client = call.watchClient([submission]);
  const items: T[] = [];
  let final: IFinal | undefined;
  try {
    for await (const ch of submission.chunks) {
      items.push(...(pick(ch) ?? []));
      if (ch.final) final = ch.final;
    }
  } finally {
    client.done();
  }
  return { items, ...(final ? { final } : {}) };
}
