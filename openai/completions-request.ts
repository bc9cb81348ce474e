// The legacy OpenAI text completion request (POST /v1/completions),
// validated with zod and normalised into the wire's ChatRequest with a raw
// `prompt` (continued with no chat template: see ChatRequest.prompt in
// proto/weft/v1/common.proto). Every field that changes the answer is
// honoured or rejected by name.
import { z } from 'zod';
import { errors, type IChatRequest, type ITokenLogprob, type IUsage } from '../proto/index.ts';
import { parseWith, samplingOf, streamOptionsNeedStream } from './chat-request.ts';
import { usageObject, type OpenAIFinish } from './chat-response.ts';
import { legacyLogprobs } from './logprobs.ts';

const text = z.string().transform((s) => s.toWellFormed());
const range = (min: number, max: number) => z.number().min(min, `expected a number from ${min} to ${max}`).max(max, `expected a number from ${min} to ${max}`);
const unsupported = (what: string, off: (v: unknown) => boolean) =>
  z.unknown().refine((v) => v === null || off(v), { message: `${what} is not supported by this server yet` }).optional();

/** Prompts of one request (OpenAI allows 2048; each is one generation here). */
export const MAX_PROMPTS = 16;

export const completionSchema = z.object({
  model: text.pipe(z.string().min(1, 'expected a model name').max(256, 'expected at most 256 characters')),
  prompt: z.union([text, z.array(text).min(1, 'expected at least one prompt').max(MAX_PROMPTS, `expected at most ${MAX_PROMPTS} prompts`)], {
    error: 'expected a string or an array of strings (token-id prompts are not supported)',
  }),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  // OpenAI's default for this endpoint is 16 tokens.
  max_tokens: z.number().int().min(1, 'expected a positive integer').max(1_048_576, 'expected at most 1048576 tokens').nullish(),
  temperature: range(0, 2).nullish(),
  top_p: range(0, 1).nullish(),
  stop: z.union([text, z.array(text).max(4, 'expected at most 4 stop sequences')], { error: 'expected a string or an array of up to 4 strings' }).nullish(),
  seed: z.number().int().min(0, 'expected a non-negative integer').nullish(),
  presence_penalty: range(-2, 2).nullish(),
  frequency_penalty: range(-2, 2).nullish(),
  echo: z.boolean().nullish(),
  n: z.number().int().min(1, 'expected a positive integer').max(1, { message: 'only n=1 is supported' }).nullish(),
  best_of: z.number().int().min(1, 'expected a positive integer').max(1, { message: 'only best_of=1 is supported' }).nullish(),
  suffix: unsupported('suffix (insertion)', (v) => v === ''),
  // The legacy form: how many alternatives per position (0-5); the chosen tokens' logprobs come with any value.
  logprobs: z.number().int().min(0, 'expected an integer from 0 to 5').max(5, 'expected an integer from 0 to 5').nullish(),
  logit_bias: unsupported('logit_bias', (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0),
  user: z.string().nullish(),
}).refine(...streamOptionsNeedStream).refine((b) => b.stream !== true || typeof b.prompt === 'string' || b.prompt.length === 1, {
  message: 'streaming takes one prompt per request',
  path: ['prompt'],
});

export interface ParsedCompletion {
  model: string;
  stream: boolean;
  includeUsage: boolean;
  echo: boolean;
  /** Whether the answer carries logprobs (the legacy `logprobs` field was set). */
  logprobs: boolean;
  /** One request body per prompt, in order. */
  requests: { prompt: string; chat: IChatRequest }[];
}

export function parseCompletionRequest(body: unknown): ParsedCompletion {
  const raw = (body as { prompt?: unknown } | null)?.prompt;
  if (Array.isArray(raw) && raw.some((p) => typeof p === 'number' || Array.isArray(p))) {
    throw errors.invalid("Invalid value for 'prompt': token-id prompts are not supported by this server yet; send text.", 'prompt');
  }
  const b = parseWith(completionSchema, body);
  // With echo OpenAI returns the prompt tokens' logprobs too; the engine
  // computes the generated tokens' only.
  if (b.echo === true && b.logprobs != null) {
    throw errors.unsupported("echo together with logprobs is not supported by this server yet (the prompt tokens' logprobs are not computed); leave out one of them.", 'echo');
  }
  const prompts = typeof b.prompt === 'string' ? [b.prompt] : b.prompt;
  const sampling = samplingOf(b, b.max_tokens ?? 16);
  const logprobs = b.logprobs != null ? { logprobs: true, topLogprobs: b.logprobs } : {};
  return {
    model: b.model,
    stream: b.stream === true,
    includeUsage: b.stream_options?.include_usage === true,
    echo: b.echo === true,
    logprobs: b.logprobs != null,
    requests: prompts.map((prompt) => ({ prompt, chat: { messages: [], prompt, sampling, ...logprobs } })),
  };
}

/** `logprobs`: the generated tokens' entries when the request asked for them. */
export interface CompletionChoice { text: string; finish: OpenAIFinish; logprobs?: readonly ITokenLogprob[] | null }

export function textCompletion(id: string, created: number, model: string, choices: CompletionChoice[], usage: IUsage) {
  return {
    id, object: 'text_completion' as const, created, model, system_fingerprint: null,
    choices: choices.map((c, index) => ({ text: c.text, index, logprobs: c.logprobs ? legacyLogprobs(c.logprobs) : null, finish_reason: c.finish ?? 'stop' })),
    usage: usageObject(usage),
  };
}

/** `logprobs`: this chunk's tokens, the first starting at `offset` in the generated text. */
export function textChunk(
  id: string, created: number, model: string, text: string, finish: OpenAIFinish, includeUsage: boolean,
  logprobs: { entries: readonly ITokenLogprob[]; offset: number } | null = null,
) {
  return {
    id, object: 'text_completion' as const, created, model, system_fingerprint: null,
    choices: [{ text, index: 0, logprobs: logprobs ? legacyLogprobs(logprobs.entries, logprobs.offset) : null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  };
}

export function textUsageChunk(id: string, created: number, model: string, usage: IUsage | null | undefined) {
  return { id, object: 'text_completion' as const, created, model, system_fingerprint: null, choices: [], usage: usageObject(usage) };
}
