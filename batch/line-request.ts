// A batch line as the fabric runs it, and its result as the output or error
// file shows it. A line's body is validated exactly as its endpoint (POST
// /v1/chat/completions, /v1/responses or /v1/embeddings) validates one (the same parsers),
// and its answer or error takes the shape and HTTP status that endpoint
// would have given (the one error mapping, openai/errors.ts, shared with the
// gateway).
import { CONTRACT_VERSION, errors, Priority, WeftError, type IEmbedding, type IFinal, type IInferenceRequest } from '../proto/index.ts';
import { parseChatRequest } from '../openai/chat-request.ts';
import { completion, finishReasonName } from '../openai/chat-response.ts';
import { embeddingsResponse, parseEmbeddingsRequest } from '../openai/embeddings-request.ts';
import { toOpenAIError } from '../openai/errors.ts';
import { outputMessage, outputText, parseResponsesRequest, responseObject, type ResponseSettings } from '../openai/responses-request.ts';
import { newLineId, type BatchRecord, type LineResult } from './records.ts';
import type { ValidLine } from './validate.ts';

/** The request id of a line: one per batch and line, so a redelivered line is the same request to the dispatcher. */
export const lineRequestId = (batchId: string, n: number): string => `${batchId}-${n}`;

/** How an embeddings line wants its vectors written. */
export type LineEncoding = 'float' | 'base64';

/** The InferenceRequest a line runs as (for embeddings, its encoding; for responses, what the Response echoes), or why its body is rejected (that line fails alone). */
export function lineRequest(batch: BatchRecord, line: ValidLine): { ok: true; req: IInferenceRequest; encoding?: LineEncoding; responses?: ResponseSettings } | { ok: false; error: WeftError } {
  const run = { requestId: lineRequestId(batch.id, line.n), tenant: batch.tenant, priority: Priority.PRIORITY_BATCH, deadlineUnixMs: batch.expires_at_ms, stream: false, contractVersion: CONTRACT_VERSION, replySubject: 'batch' };
  const rejected = (err: unknown) => ({ ok: false as const, error: WeftError.is(err) ? err : errors.invalid(String(err)) });
  if (batch.endpoint === '/v1/embeddings') {
    try {
      const e = parseEmbeddingsRequest(line.body);
      return { ok: true, req: { ...run, model: e.model, createdUnixMs: Date.now(), embed: e.embed }, encoding: e.encoding };
    } catch (err) {
      return rejected(err);
    }
  }
  if (batch.endpoint === '/v1/responses') {
    try {
      const r = parseResponsesRequest(line.body);
      if (r.stream) return { ok: false, error: errors.invalid("Batch requests cannot stream: leave out 'stream' or set it to false.", 'stream') };
      return { ok: true, req: { ...run, model: r.model, createdUnixMs: Date.now(), chat: r.chat }, responses: r.settings };
    } catch (err) {
      return rejected(err);
    }
  }
  let parsed;
  try {
    parsed = parseChatRequest(line.body);
  } catch (err) {
    return rejected(err);
  }
  if (parsed.stream) return { ok: false, error: errors.invalid("Batch requests cannot stream: leave out 'stream' or set it to false.", 'stream') };
  // A batch answer is the scheduler's one-chunk text; tool calls would be lost.
  if ((parsed.chat.tools?.length ?? 0) > 0) return { ok: false, error: errors.unsupported('tools in batch requests are not supported by this server yet.', 'tools') };
  // Likewise the token logprobs, which the one-chunk answer does not carry to the output file.
  if (parsed.chat.logprobs) return { ok: false, error: errors.unsupported('logprobs in batch requests are not supported by this server yet.', 'logprobs') };
  return {
    ok: true,
    // The scheduler's answers go to the results sink, not to a subject (replySubject 'batch').
    req: { ...run, model: parsed.model, createdUnixMs: Date.now(), chat: parsed.chat },
  };
}

/** A line answered: what the output file holds for it. */
export function answeredLine(customId: string, requestId: string, model: string, text: string, final: IFinal | null | undefined): LineResult {
  const created = Math.floor(Date.now() / 1000);
  const body = completion(`chatcmpl-${requestId}`, created, model, text, finishReasonName(final?.finishReason), final?.usage);
  return {
    ok: true, input_tokens: body.usage.prompt_tokens, output_tokens: body.usage.completion_tokens,
    line: { id: newLineId(), custom_id: customId, response: { status_code: 200, request_id: requestId, body }, error: null },
  };
}

/** A /v1/responses line answered: the Response that endpoint would have returned (a length finish is incomplete, as there). */
export function respondedLine(customId: string, requestId: string, model: string, text: string, final: IFinal | null | undefined, settings: ResponseSettings): LineResult {
  const status = finishReasonName(final?.finishReason) === 'length' ? 'incomplete' : 'completed';
  const body = responseObject({
    id: `resp_${requestId}`, createdAt: Math.floor(Date.now() / 1000), model, settings, status,
    output: [outputMessage(`msg_${requestId}`, status, [outputText(text)])], usage: final?.usage,
  });
  return {
    ok: true, input_tokens: body.usage?.input_tokens ?? 0, output_tokens: body.usage?.output_tokens ?? 0,
    line: { id: newLineId(), custom_id: customId, response: { status_code: 200, request_id: requestId, body }, error: null },
  };
}

/** An embeddings line answered: the list /v1/embeddings would have returned. */
export function embeddedLine(customId: string, requestId: string, model: string, items: readonly IEmbedding[], encoding: LineEncoding, final: IFinal | null | undefined): LineResult {
  const body = embeddingsResponse(model, items, encoding, final?.usage);
  return {
    ok: true, input_tokens: body.usage.prompt_tokens, output_tokens: 0,
    line: { id: newLineId(), custom_id: customId, response: { status_code: 200, request_id: requestId, body }, error: null },
  };
}

/** A line that failed with an HTTP error: its status and OpenAI error body, as the endpoint would have answered. */
export function failedLine(customId: string, requestId: string, error: unknown): LineResult {
  const m = toOpenAIError(error);
  return {
    ok: false, input_tokens: 0, output_tokens: 0,
    line: { id: newLineId(), custom_id: customId, response: { status_code: m.status, request_id: requestId, body: m.body }, error: null },
  };
}

/** A line that never ran (the batch expired or was cancelled first): a non-HTTP error, as OpenAI writes it. */
export function unrunLine(customId: string, ending: 'expired' | 'cancelled'): LineResult {
  const error = ending === 'expired'
    ? { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' }
    : { code: 'batch_cancelled', message: 'This request was not executed because the batch was cancelled.' };
  return { ok: false, input_tokens: 0, output_tokens: 0, line: { id: newLineId(), custom_id: customId, response: null, error } };
}
