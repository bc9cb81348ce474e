// The OpenAI chat completion request: validated with zod, then normalised
// into the wire's ChatRequest. Fields Weft cannot honour yet are rejected by
// name rather than silently ignored; unknown extra fields are ignored, as
// OpenAI-compatible servers commonly do.
import { z } from 'zod';
import { errors, type IChatRequest } from '../../proto/index.ts';

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const content = z.union([z.string(), z.array(textPart).min(1), z.null()]);

const message = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: content.optional(),
  name: z.string().max(256).optional(),
});

const unsupported = (what: string) => z.unknown().refine((v) => v === null || (Array.isArray(v) && v.length === 0), {
  message: `${what} is not supported by this server yet`,
}).optional();

export const chatCompletionSchema = z.object({
  model: z.string().min(1).max(256),
  messages: z.array(message).min(1).max(10_000),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_tokens: z.number().int().min(1).max(1_048_576).nullish(),
  max_completion_tokens: z.number().int().min(1).max(1_048_576).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  seed: z.number().int().nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  n: z.number().int().min(1).max(1, { message: 'only n=1 is supported' }).nullish(),
  user: z.string().nullish(),
  tools: unsupported('tools'),
  functions: unsupported('functions'),
  logprobs: z.literal(false, { message: 'logprobs is not supported by this server yet' }).nullish(),
});

export type ChatCompletionBody = z.infer<typeof chatCompletionSchema>;

export interface ParsedChat {
  model: string;
  stream: boolean;
  includeUsage: boolean;
  chat: IChatRequest;
}

/** "messages[0].role" from a zod issue path. */
function paramOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

function flatten(c: z.infer<typeof content> | undefined): string {
  if (c == null) return '';
  return typeof c === 'string' ? c : c.map((p) => p.text).join('');
}

/** Validates a parsed JSON body; throws an INVALID_REQUEST WeftError naming the field. */
export function parseChatRequest(body: unknown): ParsedChat {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.invalid('The request body must be a JSON object.');
  const r = chatCompletionSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const param = paramOf(issue.path);
    const missing = issue.code === 'invalid_type' && (body as Record<string, unknown>)[param] === undefined && issue.path.length === 1;
    throw errors.invalid(missing ? `Missing required parameter: '${param}'.` : `Invalid value for '${param}': ${issue.message}`, param);
  }
  const b = r.data;
  const stop = b.stop == null ? [] : typeof b.stop === 'string' ? [b.stop] : b.stop;
  if (b.seed != null && (b.seed < 0 || !Number.isSafeInteger(b.seed))) throw errors.invalid("Invalid value for 'seed': expected a non-negative integer", 'seed');
  return {
    model: b.model,
    stream: b.stream === true,
    includeUsage: b.stream_options?.include_usage === true,
    chat: {
      messages: b.messages.map((m) => ({ role: m.role, content: flatten(m.content), name: m.name ?? '' })),
      sampling: {
        maxTokens: b.max_completion_tokens ?? b.max_tokens ?? 0,
        stop: stop.filter((s) => s !== ''),
        ...(b.temperature != null ? { temperature: b.temperature } : {}),
        ...(b.top_p != null ? { topP: b.top_p } : {}),
        ...(b.seed != null ? { seed: b.seed } : {}),
        ...(b.presence_penalty != null ? { presencePenalty: b.presence_penalty } : {}),
        ...(b.frequency_penalty != null ? { frequencyPenalty: b.frequency_penalty } : {}),
      },
    },
  };
}
