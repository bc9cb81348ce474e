// POST /v1/embeddings: validate, publish one request on the fabric (all of
// its inputs: the executor batches them), answer with OpenAI's list of
// embeddings, float arrays or base64 float32.
import type { Hono } from 'hono';
import { SpanKind, trace } from '@opentelemetry/api';
import { CONTRACT_VERSION, errors, priorityOf, type IEmbedding, type IFinal } from '../../proto/index.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import { embeddingsResponse, parseEmbeddingsRequest } from '../../openai/embeddings-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { priorityHeader, timeoutOf } from './chat.ts';
import { readJson } from './read-json.ts';

export function embeddingsRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/embeddings', async (c) => {
    const parsed = parseEmbeddingsRequest(await readJson(c));
    if (!deps.hasModel(parsed.model)) throw errors.modelNotFound(parsed.model);
    const priority = priorityHeader(c.req.header('x-weft-priority'));
    const timeoutMs = timeoutOf(c.req.header('x-weft-timeout-ms'), deps.requestTimeoutMs);
    const requestId = c.get('requestId');
    const principal = c.get('principal');
    const span = c.get('span');
    span.setAttributes({ [Attr.model]: parsed.model, [Attr.tenant]: principal.tenant, [Attr.priority]: priority, [Attr.stream]: false });

    const now = Date.now();
    const spanCtx = trace.setSpan(c.get('otelContext'), span);
    const publish = tracer().startSpan(SpanNames.natsPublish, { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'nats' } }, spanCtx);
    const submission = deps.fabric.submit({
      requestId, tenant: principal.tenant, model: parsed.model, priority: priorityOf(priority),
      deadlineUnixMs: now + timeoutMs, createdUnixMs: now, embed: parsed.embed, stream: false, contractVersion: CONTRACT_VERSION,
    }, priority, trace.setSpan(spanCtx, publish));
    publish.end();
    const onClientGone = () => {
      span.setAttribute(Attr.cancelReason, 'client disconnected');
      submission.cancel('client disconnected');
    };
    c.req.raw.signal.addEventListener('abort', onClientGone, { once: true });
    const items: IEmbedding[] = [];
    let last: IFinal | undefined;
    try {
      for await (const ch of submission.chunks) {
        if (ch.embeddings?.items) items.push(...ch.embeddings.items);
        if (ch.final) last = ch.final;
      }
    } finally {
      c.req.raw.signal.removeEventListener('abort', onClientGone);
    }
    if (items.length !== parsed.count) {
      throw errors.executorFailed(`The engine returned ${items.length} embeddings for ${parsed.count} inputs.`);
    }
    if (last?.usage) span.setAttributes({ [Attr.tokensIn]: last.usage.promptTokens });
    return c.json(embeddingsResponse(parsed.model, items, parsed.encoding, last?.usage));
  });
}
