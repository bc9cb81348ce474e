// POST /v1/completions (legacy text completions): each prompt is one chat
// request on the fabric with a raw `prompt` (no chat template), so it gets
// the same queues, priorities, placement, tracing and errors as chat.
// Streamed as OpenAI's text_completion chunks.
import type { Hono } from 'hono';
import { errors, type GenerateChunk, type IFinal, type ITokenLogprob } from '../../proto/index.ts';
import { finishReasonName } from '../../openai/chat-response.ts';
import { parseCompletionRequest, textChunk, textCompletion, textUsageChunk } from '../../openai/completions-request.ts';
import { textLength } from '../../openai/logprobs.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { fabricCall, streamAnswer } from './fabric-call.ts';
import { readJson } from './read-json.ts';

export function completionsRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/completions', async (c) => {
    const parsed = parseCompletionRequest(await readJson(c));
    const call = fabricCall(c, deps, parsed.model, parsed.stream);
    const { requestId, now } = call;
    // Prompts after the first get their own id (request ids are unique on the fabric).
    const submissions = parsed.requests.map((r, i) => call.submit({ chat: r.chat }, { stream: parsed.stream, ...(i === 0 ? {} : { requestId: `${requestId}_${i}` }) }));
    const client = call.watchClient(submissions);
    const created = Math.floor(now / 1000);
    const id = `cmpl-${requestId.slice(4)}`;

    if (!parsed.stream) {
      try {
        const answers = await Promise.all(submissions.map(async (s, i) => {
          let text = parsed.echo ? parsed.requests[i]!.prompt : '';
          let last: IFinal | undefined;
          const logprobs: ITokenLogprob[] = [];
          for await (const ch of s.chunks) {
            text += ch.delta?.text ?? '';
            if (ch.delta?.logprobs) logprobs.push(...ch.delta.logprobs);
            if (ch.final) last = ch.final;
          }
          return { text, last, logprobs };
        })).catch((err) => {
          for (const s of submissions) s.cancel('another prompt of the request failed');
          throw err;
        });
        const usage = {
          promptTokens: answers.reduce((n, a) => n + (a.last?.usage?.promptTokens ?? 0), 0),
          completionTokens: answers.reduce((n, a) => n + (a.last?.usage?.completionTokens ?? 0), 0),
        };
        call.recordUsage(usage);
        return c.json(textCompletion(id, created, parsed.model, answers.map((a) => ({ text: a.text, finish: finishReasonName(a.last?.finishReason), logprobs: parsed.logprobs ? a.logprobs : null })), usage));
      } finally {
        client.done();
      }
    }

    const iterator = submissions[0]!.chunks[Symbol.asyncIterator]() as AsyncIterator<GenerateChunk>;
    return streamAnswer(c, deps, call, client, iterator, async (send, first) => {
      if (parsed.echo) await send(textChunk(id, created, parsed.model, parsed.requests[0]!.prompt, null, parsed.includeUsage));
      let last: IFinal | undefined;
      let offset = 0; // where the next chunk's tokens start in the generated text
      for (let r = first; !r.done; r = await iterator.next()) {
        const d = r.value.delta;
        if (d?.text || (parsed.logprobs && d?.logprobs?.length)) {
          const entries = d.logprobs ?? [];
          await send(textChunk(id, created, parsed.model, d!.text ?? '', null, parsed.includeUsage, parsed.logprobs ? { entries, offset } : null));
          offset += textLength(entries);
        }
        if (r.value.final) last = r.value.final;
      }
      await send(textChunk(id, created, parsed.model, '', finishReasonName(last?.finishReason) ?? 'stop', parsed.includeUsage));
      if (parsed.includeUsage) await send(textUsageChunk(id, created, parsed.model, last?.usage));
      call.recordUsage(last?.usage);
    });
  });
}
