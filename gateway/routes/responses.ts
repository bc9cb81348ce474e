// POST /v1/responses (OpenAI's Responses API), text generation: one chat
// request on the fabric, as /v1/completions maps onto it, so it gets the
// same queues, priorities, placement, tracing and errors as chat. Answered
// as a Response object, or streamed as the API's named events (created,
// in_progress, the message item and its output_text part, a delta per
// fabric chunk, their done events, then completed or incomplete). Nothing
// is stored: every Response says `store: false`.
import type { Hono } from 'hono';
import type { GenerateChunk, IFinal, IUsage } from '../../proto/index.ts';
import { finishReasonName } from '../../openai/chat-response.ts';
import { outputMessage, outputText, parseResponsesRequest, responseObject, type ResponseStatus } from '../../openai/responses-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { fabricCall, streamAnswer } from './fabric-call.ts';
import { readJson } from './read-json.ts';

/** A length finish is the Responses API's incomplete (reason max_output_tokens). */
const statusOf = (last: IFinal | undefined): ResponseStatus => (finishReasonName(last?.finishReason) === 'length' ? 'incomplete' : 'completed');

export function responsesRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/responses', async (c) => {
    const parsed = parseResponsesRequest(await readJson(c));
    const call = fabricCall(c, deps, parsed.model, parsed.stream);
    const { requestId, span, now } = call;
    if (deps.traceContent) span.setAttribute('gen_ai.input.messages', JSON.stringify(parsed.chat.messages ?? []));
    const submission = call.submit({ chat: parsed.chat }, { stream: parsed.stream });
    const client = call.watchClient([submission]);

    const id = `resp_${requestId.slice(4)}`;
    const messageId = `msg_${requestId.slice(4)}`;
    const response = (status: ResponseStatus, output: ReturnType<typeof outputMessage>[], usage: IUsage | null | undefined = null) =>
      responseObject({ id, createdAt: Math.floor(now / 1000), model: parsed.model, settings: parsed.settings, status, output, usage });
    const finish = (text: string, last: IFinal | undefined) => {
      call.recordUsage(last?.usage);
      if (deps.traceContent) span.setAttribute('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', content: text }]));
      const status = statusOf(last);
      return response(status, [outputMessage(messageId, status, [outputText(text)])], last?.usage);
    };

    if (!parsed.stream) {
      let text = '';
      let last: IFinal | undefined;
      try {
        for await (const ch of submission.chunks) {
          call.sawText(ch.delta?.text);
          text += ch.delta?.text ?? '';
          if (ch.final) last = ch.final;
        }
      } finally {
        client.done();
      }
      return c.json(finish(text, last));
    }

    const iterator = submission.chunks[Symbol.asyncIterator]() as AsyncIterator<GenerateChunk>;
    return streamAnswer(c, deps, call, client, iterator, async (send, first) => {
      const at = { item_id: messageId, output_index: 0, content_index: 0 };
      await send({ type: 'response.created', response: response('in_progress', []) });
      await send({ type: 'response.in_progress', response: response('in_progress', []) });
      await send({ type: 'response.output_item.added', output_index: 0, item: outputMessage(messageId, 'in_progress', []) });
      await send({ type: 'response.content_part.added', ...at, part: outputText('') });
      let text = '';
      let last: IFinal | undefined;
      for (let r = first; !r.done; r = await iterator.next()) {
        const delta = r.value.delta?.text;
        if (delta) {
          call.sawText(delta);
          text += delta;
          await send({ type: 'response.output_text.delta', ...at, delta, logprobs: [] });
        }
        if (r.value.final) last = r.value.final;
      }
      const done = finish(text, last);
      await send({ type: 'response.output_text.done', ...at, text, logprobs: [] });
      await send({ type: 'response.content_part.done', ...at, part: outputText(text) });
      await send({ type: 'response.output_item.done', output_index: 0, item: done.output[0] });
      await send({ type: `response.${done.status}`, response: done });
    }, { named: true });
  });
}
