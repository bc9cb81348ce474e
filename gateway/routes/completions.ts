// POST /v1/completions (legacy text completions): each prompt is one chat
// request on the fabric with a raw `prompt` (no chat template), so it gets
// the same queues, priorities, placement, tracing and errors as chat.
// Streamed as OpenAI's text_completion chunks.
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { SpanKind, trace } from '@opentelemetry/api';
import { CONTRACT_VERSION, errors, priorityOf, WeftError, type GenerateChunk, type IChatRequest, type IFinal } from '../../proto/index.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import { toOpenAIError } from '../../openai/errors.ts';
import { finishReasonName } from '../../openai/chat-response.ts';
import { parseCompletionRequest, textChunk, textCompletion, textUsageChunk } from '../../openai/completions-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { priorityHeader, timeoutOf } from './chat.ts';
import { readJson } from './read-json.ts';

export function completionsRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/completions', async (c) => {
    const parsed = parseCompletionRequest(await readJson(c));
    if (!deps.hasModel(parsed.model)) throw errors.modelNotFound(parsed.model);
    const priority = priorityHeader(c.req.header('x-weft-priority'));
    const timeoutMs = timeoutOf(c.req.header('x-weft-timeout-ms'), deps.requestTimeoutMs);
    const requestId = c.get('requestId');
    const principal = c.get('principal');
    const span = c.get('span');
    span.setAttributes({ [Attr.model]: parsed.model, [Attr.tenant]: principal.tenant, [Attr.priority]: priority, [Attr.stream]: parsed.stream });
    const now = Date.now();
    const spanCtx = trace.setSpan(c.get('otelContext'), span);
    const submit = (chat: IChatRequest, i: number) => {
      const publish = tracer().startSpan(SpanNames.natsPublish, { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'nats' } }, spanCtx);
      const s = deps.fabric.submit({
        // Prompts after the first get their own id (request ids are unique on the fabric).
        requestId: i === 0 ? requestId : `${requestId}_${i}`, tenant: principal.tenant, model: parsed.model,
        priority: priorityOf(priority), deadlineUnixMs: now + timeoutMs, createdUnixMs: now, chat, stream: parsed.stream, contractVersion: CONTRACT_VERSION,
      }, priority, trace.setSpan(spanCtx, publish));
      publish.end();
      return s;
    };
    const submissions = parsed.requests.map((r, i) => submit(r.chat, i));
    const onClientGone = () => {
      span.setAttribute(Attr.cancelReason, 'client disconnected');
      for (const s of submissions) s.cancel('client disconnected');
    };
    c.req.raw.signal.addEventListener('abort', onClientGone, { once: true });
    const created = Math.floor(now / 1000);
    const id = `cmpl-${requestId.slice(4)}`;

    if (!parsed.stream) {
      try {
        const answers = await Promise.all(submissions.map(async (s, i) => {
          let text = parsed.echo ? parsed.requests[i]!.prompt : '';
          let last: IFinal | undefined;
          for await (const ch of s.chunks) {
            text += ch.delta?.text ?? '';
            if (ch.final) last = ch.final;
          }
          return { text, last };
        })).catch((err) => {
          for (const s of submissions) s.cancel('another prompt of the request failed');
          throw err;
        });
        const usage = {
          promptTokens: answers.reduce((n, a) => n + (a.last?.usage?.promptTokens ?? 0), 0),
          completionTokens: answers.reduce((n, a) => n + (a.last?.usage?.completionTokens ?? 0), 0),
        };
        span.setAttributes({ [Attr.tokensIn]: usage.promptTokens, [Attr.tokensOut]: usage.completionTokens });
        return c.json(textCompletion(id, created, parsed.model, answers.map((a) => ({ text: a.text, finish: finishReasonName(a.last?.finishReason) })), usage));
      } finally {
        c.req.raw.signal.removeEventListener('abort', onClientGone);
      }
    }

    const iterator = submissions[0]!.chunks[Symbol.asyncIterator]() as AsyncIterator<GenerateChunk>;
    let first: IteratorResult<GenerateChunk>;
    try {
      first = await iterator.next();
    } catch (err) {
      c.req.raw.signal.removeEventListener('abort', onClientGone);
      throw err;
    }
    c.set('spanEndsWithStream', true);
    return streamSSE(c, async (stream) => {
      stream.onAbort(onClientGone);
      const send = (obj: unknown) => stream.writeSSE({ data: JSON.stringify(obj) });
      try {
        if (parsed.echo) await send(textChunk(id, created, parsed.model, parsed.requests[0]!.prompt, null, parsed.includeUsage));
        let last: IFinal | undefined;
        for (let r = first; !r.done; r = await iterator.next()) {
          if (r.value.delta?.text) await send(textChunk(id, created, parsed.model, r.value.delta.text, null, parsed.includeUsage));
          if (r.value.final) last = r.value.final;
        }
        await send(textChunk(id, created, parsed.model, '', finishReasonName(last?.finishReason) ?? 'stop', parsed.includeUsage));
        if (parsed.includeUsage) await send(textUsageChunk(id, created, parsed.model, last?.usage));
        if (last?.usage) span.setAttributes({ [Attr.tokensIn]: last.usage.promptTokens, [Attr.tokensOut]: last.usage.completionTokens });
        await stream.writeSSE({ data: '[DONE]' });
      } catch (err) {
        if (!stream.aborted) {
          await send(toOpenAIError(err).body).catch(() => undefined);
          if (!WeftError.is(err)) deps.log.error('stream failed', { requestId, err });
        }
        span.setStatus({ code: 2, message: (err as Error).message });
      } finally {
        c.req.raw.signal.removeEventListener('abort', onClientGone);
        span.end();
      }
    });
  });
}
