// The OpenAI chat completion request: validated with zod, then normalised
// into the wire's ChatRequest. Every field of OpenAI's API that changes the
// answer is either honoured or rejected by name (400) — never silently
// ignored; bookkeeping fields that change nothing (user, metadata, store,
// service_tier, …) are accepted. Unknown extra fields are ignored, as
// OpenAI-compatible servers commonly do. Every rejection says which rule
// failed and names the field in `param`.
import { z } from 'zod';
import { errors, type IChatRequest } from '../proto/index.ts';
import { grammarSchema } from './json-schema-subset.ts';

/**
 * A string as it travels on the wire. JSON may carry lone UTF-16 surrogates
 * ("\ud800"), which have no UTF-8 form, so protobuf could encode but no
 * scheduler decode them; they become U+FFFD, as most JSON parsers do.
 */
export const text = z.string().transform((s) => s.toWellFormed());

export const range = (min: number, max: number) => z.number().min(min, `expected a number from ${min} to ${max}`).max(max, `expected a number from ${min} to ${max}`);
export const tokens = z.number().int().min(1, 'expected a positive integer').max(1_048_576, 'expected at most 1048576 tokens');

/** OpenAI's rule for every streaming endpoint, as a zod refinement: stream_options only with stream: true. */
export const streamOptionsNeedStream: [(b: { stream_options?: unknown; stream?: boolean | null }) => boolean, { message: string; path: string[] }] = [
  (b) => b.stream_options == null || b.stream === true,
  { message: "stream_options is only allowed when 'stream' is true", path: ['stream_options'] },
];

/** Content part types OpenAI defines that a text-only model cannot take. */
const NON_TEXT_PARTS = new Set(['image_url', 'input_audio', 'file', 'refusal']);

const textPart = z.object({
  type: z.literal('text', {
    error: (iss) => typeof iss.input === 'string' && NON_TEXT_PARTS.has(iss.input)
      ? `'${iss.input}' content parts are not supported: the models served here take text only`
      : "expected a content part of type 'text'",
  }),
  text,
});
const content = z.union([text, z.array(textPart).min(1, 'expected at least one content part'), z.null()], {
  error: 'expected a string, null or an array of content parts',
});

/** A field Weft does not implement yet: accepted only at its "off" value. */
const unsupported = (what: string, off: (v: unknown) => boolean) =>
  z.unknown().refine((v) => v === null || off(v), { message: `${what} is not supported by this server yet` }).optional();
const emptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
const emptyObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

const functionName = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'expected a function name of 1 to 64 letters, digits, underscores or dashes');

const tool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: functionName,
    description: text.nullish(),
    parameters: z.record(z.string(), z.unknown(), { error: 'expected a JSON Schema object' }).nullish(),
    strict: z.boolean().nullish(),
  }),
});

const toolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: functionName }) }),
], { error: "expected 'none', 'auto', 'required' or {\"type\": \"function\", \"function\": {\"name\": ...}}" });

const message = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: content.optional(),
  name: text.pipe(z.string().max(256, 'expected at most 256 characters')).optional(),
  // An assistant turn's tool calls, and the call a tool message answers:
  // rendered through the model's chat template.
  tool_calls: z.array(z.object({
    id: text.pipe(z.string().min(1, 'expected a call id').max(256, 'expected at most 256 characters')),
    type: z.literal('function'),
    function: z.object({ name: functionName, arguments: text }),
  })).max(128, 'expected at most 128 tool calls').nullish(),
  tool_call_id: text.pipe(z.string().max(256, 'expected at most 256 characters')).nullish(),
  // Earlier turns' audio would be dropped from the prompt.
  function_call: unsupported('function_call', () => false),
  audio: unsupported('audio', () => false),
});

const RESPONSE_FORMATS = ['text', 'json_object', 'json_schema'];
// json_object and json_schema are enforced by a grammar on the engine (a
// schema it cannot enforce is a 400 from there, naming it).
const responseFormat = z.object({
  type: z.string().refine((t) => RESPONSE_FORMATS.includes(t), { message: `expected one of ${RESPONSE_FORMATS.map((t) => `'${t}'`).join(', ')}` }),
  json_schema: z.object({
    name: z.string().min(1, 'expected a name').max(64, 'expected at most 64 characters'),
    description: z.string().nullish(),
    schema: z.record(z.string(), z.unknown(), { error: 'expected a JSON Schema object' }).nullish(),
    strict: z.boolean().nullish(),
  }).optional(),
}, { error: "expected an object like {\"type\": \"text\"}" }).refine((f) => f.type !== 'json_schema' || f.json_schema !== undefined, {
  message: "response_format of type 'json_schema' needs a 'json_schema' object",
  path: ['json_schema'],
});

export const chatCompletionSchema = z.object({
  model: text.pipe(z.string().min(1, 'expected a model name').max(256, 'expected at most 256 characters')),
  messages: z.array(message).min(1, 'expected at least one message').max(10_000, 'expected at most 10000 messages'),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  temperature: range(0, 2).nullish(),
  top_p: range(0, 1).nullish(),
  max_tokens: tokens.nullish(),
  max_completion_tokens: tokens.nullish(),
  stop: z.union([text, z.array(text).max(4, 'expected at most 4 stop sequences')], { error: 'expected a string or an array of up to 4 strings' }).nullish(),
  // Integers beyond 2^53 are not exact as JS numbers: z.int() rejects them.
  seed: z.number().int().min(0, 'expected a non-negative integer').nullish(),
  presence_penalty: range(-2, 2).nullish(),
  frequency_penalty: range(-2, 2).nullish(),
  n: z.number().int().min(1, 'expected a positive integer').max(1, { message: 'only n=1 is supported' }).nullish(),

  // Fields that change the answer and that this server does not implement: accepted only at their "off" value, otherwise a 400 naming them.
  response_format: responseFormat.nullish(),
  tools: z.array(tool).max(128, 'expected at most 128 tools').nullish(),
  tool_choice: toolChoice.nullish(),
  // The deprecated names of tools.
  functions: unsupported('functions (use tools)', emptyList),
  function_call: unsupported('function_call other than "none" or "auto"', (v) => v === 'none' || v === 'auto'),
  // Token log probabilities: on llama.cpp; other engines refuse them (UNSUPPORTED from the executor).
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().min(0, 'expected an integer from 0 to 20').max(20, 'expected an integer from 0 to 20').nullish(),
  logit_bias: unsupported('logit_bias', emptyObject),
  modalities: z.array(z.string()).refine((m) => m.every((x) => x === 'text'), {
    error: (iss) => ((iss.input as string[]).includes('audio')
      ? "the 'audio' modality is not supported by this server yet (only 'text')"
      : "expected [\"text\"], the only modality supported"),
  }).nullish(),
  audio: unsupported('audio output', () => false),
  prediction: unsupported('prediction (Predicted Outputs)', () => false),
  reasoning_effort: unsupported('reasoning_effort', () => false),
  verbosity: unsupported('verbosity', () => false),
  web_search_options: unsupported('web_search_options', () => false),

  // Bookkeeping: validated, then ignored (they change nothing in the answer).
  user: z.string().nullish(),
  safety_identifier: z.string().nullish(),
  prompt_cache_key: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  store: z.boolean().nullish(),
  service_tier: z.string().nullish(),
  parallel_tool_calls: z.boolean().nullish(),
}).refine(...streamOptionsNeedStream)
// As OpenAI: top_logprobs asks for alternatives of the tokens' logprobs, so
// it needs them (0, asking for nothing, is accepted alone).
  .refine((b) => !b.top_logprobs || b.logprobs === true, {
  message: "'logprobs' must be true when 'top_logprobs' is set",
  path: ['top_logprobs'],
}).refine((b) => b.tool_choice == null || b.tool_choice === 'none' || b.tool_choice === 'auto' || (b.tools?.length ?? 0) > 0, {
  message: 'a tool_choice that requires a call needs tools',
  path: ['tool_choice'],
}).refine((b) => typeof b.tool_choice !== 'object' || b.tool_choice === null || (b.tools ?? []).some((t) => t.function.name === (b.tool_choice as { function: { name: string } }).function.name), {
  message: 'the function named is not among the tools',
  path: ['tool_choice', 'function', 'name'],
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

const A: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean', object: 'an object', array: 'an array', null: 'null',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isInteger(v)) return 'a fractional number';
  return A[typeof v] ?? typeof v;
}

/** Messages for the rules that carry none of their own: each says what was expected. */
const describeIssue: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (typeof iss.input === 'number' && !Number.isFinite(iss.input)) return 'expected a finite number';
      return `expected ${A[iss.expected] ?? iss.expected}, got ${typeOf(iss.input)}`;
    case 'invalid_value':
      return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(iss.minimum)}${iss.origin === 'array' ? ' items' : iss.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `expected at most ${String(iss.maximum)}${iss.origin === 'array' ? ' items' : iss.origin === 'string' ? ' characters' : ''}`;
    default:
      return undefined;
  }
};

/**
 * The most specific issue: inside a union that failed as a whole, the
 * alternative that got furthest (an array of parts with a bad part says
 * which part), else the union's own message.
 */
function specific(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string; code: string } {
  if (issue.code === 'invalid_union') {
    // An alternative whose type matched (its issue is not a wrong type at
    // its root) is the one the client meant.
    const rank = (i: z.core.$ZodIssue) => i.path.length * 2 + (i.code === 'invalid_type' ? 0 : 1);
    const best = issue.errors.flat().sort((a, b) => rank(b) - rank(a))[0];
    if (best && rank(best) > 0) {
      const inner = specific(best);
      return { ...inner, path: [...issue.path, ...inner.path] };
    }
  }
  return { path: issue.path, message: issue.message, code: issue.code };
}

/** The value at a zod issue path in the request body; undefined when absent. */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v = body;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/**
 * Validates `body` (a JSON object) with `schema`; on failure throws an
 * INVALID_REQUEST WeftError naming the most specific field that failed,
 * as every OpenAI route here answers.
 */
export function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.invalid('The request body must be a JSON object.');
  const r = schema.safeParse(body, { error: describeIssue });
  if (r.success) return r.data;
  const { path, message, code } = specific(r.error.issues[0]!);
  const param = paramOf(path);
  const missing = code !== 'custom' && valueAt(body, path) === undefined;
  throw errors.invalid(missing ? `Missing required parameter: '${param}'.` : `Invalid value for '${param}': ${message}.`, param);
}

/** Message content as one string: its text parts joined. */
export function flatten(c: string | readonly { text: string }[] | null | undefined): string {
  if (c == null) return '';
  return typeof c === 'string' ? c : c.map((p) => p.text).join('');
}

/**
 * Image, audio and file content parts: UNSUPPORTED (400, code
 * 'unsupported') naming the part, before anything else is checked, so a
 * multimodal request learns what is missing rather than a schema detail.
 */
function refuseNonTextParts(body: unknown): void {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return;
  for (const [i, m] of messages.entries()) {
    const content = (m as { content?: unknown } | null)?.content;
    if (!Array.isArray(content)) continue;
    for (const [j, part] of content.entries()) {
      const type = (part as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type !== 'refusal' && NON_TEXT_PARTS.has(type)) {
        const param = `messages[${i}].content[${j}].type`;
        throw errors.unsupported(`Invalid value for '${param}': '${type}' content parts are not supported: the models served here take text only (modalities: text).`, param);
      }
    }
  }
}

/**
 * The contract's response format for a JSON `type` (json_object,
 * json_schema) and its schema, reduced to what the engine's grammar
 * enforces (a keyword it cannot enforce is a 400 naming `param`).
 */
export function jsonResponseFormat(type: string, schema: Record<string, unknown> | null | undefined, param: string): NonNullable<IChatRequest['responseFormat']> {
  return { type, schema: schema ? JSON.stringify(grammarSchema(schema, param)) : '' };
}

/** Validates a parsed JSON body; throws an INVALID_REQUEST WeftError naming the field. */
/** The sampling fields chat and legacy completions share, in the contract's shape; `maxTokens` as each endpoint defaults it. */
export function samplingOf(b: {
  stop?: string | string[] | null; temperature?: number | null; top_p?: number | null; seed?: number | null;
  presence_penalty?: number | null; frequency_penalty?: number | null;
}, maxTokens: number): NonNullable<IChatRequest['sampling']> {
  const stop = b.stop == null ? [] : typeof b.stop === 'string' ? [b.stop] : b.stop;
  return {
    maxTokens,
    stop: stop.filter((s) => s !== ''),
    ...(b.temperature != null ? { temperature: b.temperature } : {}),
    ...(b.top_p != null ? { topP: b.top_p } : {}),
    ...(b.seed != null ? { seed: b.seed } : {}),
    ...(b.presence_penalty != null ? { presencePenalty: b.presence_penalty } : {}),
    ...(b.frequency_penalty != null ? { frequencyPenalty: b.frequency_penalty } : {}),
  };
}

export function parseChatRequest(body: unknown): ParsedChat {
  refuseNonTextParts(body);
  const b = parseWith(chatCompletionSchema, body);
  const tools = b.tool_choice === 'none' ? [] : (b.tools ?? []);
  if (tools.length > 0 && b.response_format && b.response_format.type !== 'text') {
    throw errors.unsupported("response_format json_object or json_schema together with tools is not supported by this server yet; use one or the other.", 'response_format');
  }
  // Tool calls are parsed out of the generated text by the model's chat
  // wrapper; the logprobs path generates token by token without it.
  if (tools.length > 0 && b.logprobs === true) {
    throw errors.unsupported('logprobs together with tools is not supported by this server yet; leave out one of them.', 'logprobs');
  }
  const toolChoice = b.tool_choice == null || b.tool_choice === 'auto' ? 'auto'
    : typeof b.tool_choice === 'string' ? b.tool_choice : `function:${b.tool_choice.function.name}`;
  return {
    model: b.model,
    stream: b.stream === true,
    includeUsage: b.stream_options?.include_usage === true,
    chat: {
      messages: b.messages.map((m) => ({
        role: m.role, content: flatten(m.content), name: m.name ?? '',
        ...(m.tool_calls?.length ? { toolCalls: m.tool_calls.map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments })) } : {}),
        ...(m.tool_call_id ? { toolCallId: m.tool_call_id } : {}),
      })),
      sampling: samplingOf(b, b.max_completion_tokens ?? b.max_tokens ?? 0),
      ...(tools.length > 0 ? {
        tools: tools.map((t, i) => ({
          name: t.function.name, description: t.function.description ?? '',
          parameters: t.function.parameters ? JSON.stringify(grammarSchema(t.function.parameters, `tools[${i}].function.parameters`)) : '',
        })),
        toolChoice,
        ...(b.parallel_tool_calls != null ? { parallelToolCalls: b.parallel_tool_calls } : {}),
      } : {}),
      ...(b.response_format && b.response_format.type !== 'text'
        ? { responseFormat: jsonResponseFormat(b.response_format.type, b.response_format.json_schema?.schema, 'response_format.json_schema.schema') }
        : {}),
      ...(b.logprobs === true ? { logprobs: true, topLogprobs: b.top_logprobs ?? 0 } : {}),
    },
  };
}
