// POST /v1/chat/completions: validate, publish on the fabric, answer as
// OpenAI does, streamed (SSE) or not. Failures before the first chunk get a
// real HTTP status; failures after it end the stream with an error event.
import type { Hono } from 'hono';
import type { GenerateChunk, IFinal, ITokenLogprob } from '../../proto/index.ts';
import { chunk, completion, finishReasonName, usageChunk, type OpenAIToolCall } from '../../openai/chat-response.ts';
import { parseChatRequest } from '../../openai/chat-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { fabricCall, streamAnswer } from './fabric-call.ts';
import { readJson } from './read-json.ts';

export function chatRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/chat/completions', async (c) => {
    const parsed = parseChatRequest(await readJson(c));
    const call = fabricCall(c, deps, parsed.model, parsed.stream);
    const { requestId, span, now } = call;
    // Prompt text only with WEFT_TRACE_CONTENT=1 (the exporters strip it otherwise too).
    if (deps.traceContent) span.setAttribute('gen_ai.input.messages', JSON.stringify(parsed.chat.messages ?? []));

    const withTools = (parsed.chat.tools?.length ?? 0) > 0;
    const withLogprobs = parsed.chat.logprobs === true;
    // With tools the fabric always streams: a non-streaming answer is
    // assembled here, tool calls included (the scheduler's one-chunk answer
    // carries text only).
    const submission = call.submit({ chat: parsed.chat }, { stream: parsed.stream || withTools });

    const created = Math.floor(now / 1000);
    const id = `chatcmpl-${requestId.slice(4)}`;
    const client = call.watchClient([submission]);
    const iterator = submission.chunks[Symbol.asyncIterator]() as AsyncIterator<GenerateChunk>;

    if (!parsed.stream) {
      let text = '';
      let last: IFinal | undefined;
      const toolCalls: OpenAIToolCall[] = [];
      const logprobs: ITokenLogprob[] = [];
      try {
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
          call.sawText(r.value.delta?.text);
          text += r.value.delta?.text ?? '';
          if (r.value.delta?.logprobs) logprobs.push(...r.value.delta.logprobs);
          const tc = r.value.toolCall;
          if (tc) toolCalls.push({ id: tc.id || `call_${toolCalls.length}`, type: 'function', function: { name: tc.name ?? '', arguments: tc.arguments ?? '' } });
          if (r.value.final) last = r.value.final;
        }
      } finally {
        client.done();
      }
      call.recordUsage(last?.usage);
      if (deps.traceContent) span.setAttribute('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', content: text }]));
      return c.json(completion(id, created, parsed.model, text, finishReasonName(last?.finishReason), last?.usage, toolCalls, withLogprobs ? logprobs : null));
    }

    return streamAnswer(c, deps, call, client, iterator, async (send, first) => {
      await send(chunk(id, created, parsed.model, { role: 'assistant', content: '' }, null, parsed.includeUsage));
      let last: IFinal | undefined;
      for (let r = first; !r.done; r = await iterator.next()) {
        const ch = r.value;
        call.sawText(ch.delta?.text);
        // A chunk's logprobs are those of exactly the tokens of its text (they travel together from the engine).
        // (A token with no text, a control token, still gets its entry.)
        if (ch.delta?.text || (withLogprobs && ch.delta?.logprobs?.length)) await send(chunk(id, created, parsed.model, { content: ch.delta!.text ?? '' }, null, parsed.includeUsage, withLogprobs ? (ch.delta!.logprobs ?? []) : null));
        // A whole call in one delta (index, id, name and all its arguments), as the openai client's stream helpers assemble them.
        if (ch.toolCall) {
          const tc = ch.toolCall;
          await send(chunk(id, created, parsed.model, {
            tool_calls: [{ index: tc.index ?? 0, id: tc.id ?? '', type: 'function', function: { name: tc.name ?? '', arguments: tc.arguments ?? '' } }],
          }, null, parsed.includeUsage));
        }
        if (ch.final) last = ch.final;
      }
      await send(chunk(id, created, parsed.model, {}, finishReasonName(last?.finishReason) ?? 'stop', parsed.includeUsage));
      if (parsed.includeUsage) await send(usageChunk(id, created, parsed.model, last?.usage));
      call.recordUsage(last?.usage);
    });
  });
}
