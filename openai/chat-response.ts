// OpenAI chat completion objects, exactly as OpenAI sends them.
import { FinishReason, type IUsage } from '../proto/index.ts';

export type OpenAIFinish = 'stop' | 'length' | null;

export function finishReasonName(r: FinishReason | null | undefined): OpenAIFinish {
  if (r === FinishReason.FINISH_REASON_LENGTH) return 'length';
  if (r === FinishReason.FINISH_REASON_STOP || r === FinishReason.FINISH_REASON_CANCELLED) return 'stop';
  return null;
}

export function usageObject(u: IUsage | null | undefined) {
  const prompt = u?.promptTokens ?? 0;
  const completion = u?.completionTokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export function completion(id: string, created: number, model: string, text: string, finish: OpenAIFinish, usage: IUsage | null | undefined) {
  return {
    id, object: 'chat.completion' as const, created, model, system_fingerprint: null,
    choices: [{ index: 0, message: { role: 'assistant' as const, content: text, refusal: null }, logprobs: null, finish_reason: finish ?? 'stop' }],
    usage: usageObject(usage),
  };
}

/** One SSE chunk. With include_usage, every chunk carries usage: null and a last one carries it. */
export function chunk(id: string, created: number, model: string, delta: { role?: 'assistant'; content?: string }, finish: OpenAIFinish, includeUsage: boolean) {
  return {
    id, object: 'chat.completion.chunk' as const, created, model, system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  };
}

export function usageChunk(id: string, created: number, model: string, usage: IUsage | null | undefined) {
  return { id, object: 'chat.completion.chunk' as const, created, model, system_fingerprint: null, choices: [], usage: usageObject(usage) };
}
