// OpenAI chat completion objects, exactly as OpenAI sends them.
import { FinishReason, type ITokenLogprob, type IUsage } from '../proto/index.ts';
import { chatLogprobs } from './logprobs.ts';

export type OpenAIFinish = 'stop' | 'length' | 'tool_calls' | null;

/** An assistant message's tool call, as OpenAI sends it. */
export interface OpenAIToolCall { id: string; type: 'function'; function: { name: string; arguments: string } }

/** A streamed piece of a tool call (delta.tool_calls[]). */
export interface OpenAIToolCallDelta { index: number; id?: string; type?: 'function'; function: { name?: string; arguments: string } }

export function finishReasonName(r: FinishReason | null | undefined): OpenAIFinish {
  if (r === FinishReason.FINISH_REASON_LENGTH) return 'length';
  if (r === FinishReason.FINISH_REASON_TOOL_CALLS) return 'tool_calls';
  if (r === FinishReason.FINISH_REASON_STOP || r === FinishReason.FINISH_REASON_CANCELLED) return 'stop';
  return null;
}

export function usageObject(u: IUsage | null | undefined) {
  const prompt = u?.promptTokens ?? 0;
  const completion = u?.completionTokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** `logprobs`: the answer's token entries when the request asked for them, else null. */
export function completion(
  id: string, created: number, model: string, text: string, finish: OpenAIFinish, usage: IUsage | null | undefined,
  toolCalls: OpenAIToolCall[] = [], logprobs: readonly ITokenLogprob[] | null = null,
) {
  const message = toolCalls.length > 0
    ? { role: 'assistant' as const, content: text || null, refusal: null, tool_calls: toolCalls }
    : { role: 'assistant' as const, content: text, refusal: null };
  return {
    id, object: 'chat.completion' as const, created, model, system_fingerprint: null,
    choices: [{ index: 0, message, logprobs: logprobs ? chatLogprobs(logprobs) : null, finish_reason: finish ?? 'stop' }],
    usage: usageObject(usage),
  };
}

/**
 * One SSE chunk. With include_usage, every chunk carries usage: null and a
 * last one carries it. `logprobs`: the entries of the tokens in this chunk's
 * content, when the request asked for them.
 */
export function chunk(
  id: string, created: number, model: string, delta: { role?: 'assistant'; content?: string; tool_calls?: OpenAIToolCallDelta[] }, finish: OpenAIFinish, includeUsage: boolean,
  logprobs: readonly ITokenLogprob[] | null = null,
) {
  return {
    id, object: 'chat.completion.chunk' as const, created, model, system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: logprobs ? chatLogprobs(logprobs) : null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  };
}

export function usageChunk(id: string, created: number, model: string, usage: IUsage | null | undefined) {
  return { id, object: 'chat.completion.chunk' as const, created, model, system_fingerprint: null, choices: [], usage: usageObject(usage) };
}
