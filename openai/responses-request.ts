// OpenAI's Responses API (POST /v1/responses), text generation only:
// validated with zod and normalised into the same wire ChatRequest chat
// sends (instructions become a system message, input items the turns
// after it), and the Response objects it answers with. Nothing is stored:
// every field that would need a stored response, a conversation, tools or
// reasoning is refused by name (400, code 'unsupported'), and so is any
// field this file does not know; none is silently ignored.
import { z } from 'zod';
import { errors, type IChatRequest, type IUsage } from '../proto/index.ts';
import { flatten, jsonResponseFormat, parseWith, range, samplingOf, streamOptionsNeedStream, text, tokens } from './chat-request.ts';

/** Content parts OpenAI defines that a text-only model cannot take. */
const NON_TEXT_PARTS = new Set(['input_image', 'input_file', 'input_audio']);

const never = () => false;
const emptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fields of the API this server does not implement: refused by name unless
 * null, absent, or at their "off" value. The first ones would need
 * responses or conversations kept between requests (none are kept here).
 */
const REFUSED: [field: string, what: string, off: (v: unknown) => boolean][] = [
  ['previous_response_id', 'previous_response_id is not supported: responses are not stored here; send the whole conversation as input', never],
  ['conversation', 'conversation is not supported: conversations are not stored here; send the whole conversation as input', never],
  ['prompt', 'prompt (stored prompt templates) is not supported by this server', never],
  ['background', 'background mode is not supported: responses are not stored here', (v) => v === false],
  ['tools', 'tools are not supported on /v1/responses by this server yet (use /v1/chat/completions for function calling)', emptyList],
  ['tool_choice', "tool_choice other than 'none' or 'auto' is not supported: there are no tools on /v1/responses here", (v) => v === 'none' || v === 'auto'],
  ['max_tool_calls', 'max_tool_calls is not supported: there are no tools on /v1/responses here', never],
  ['reasoning', 'reasoning is not supported by this server (its models have no reasoning settings)', (v) => isObject(v) && Object.values(v).every((x) => x == null)],
  ['include', 'include is not supported by this server yet (no extra output is computed)', emptyList],
  ['top_logprobs', 'top_logprobs is not supported on /v1/responses by this server yet (use /v1/chat/completions)', (v) => v === 0],
  ['truncation', "truncation 'auto' is not supported: an input longer than the model's context is a 400", (v) => v === 'disabled'],
  ['service_tier', "service_tier other than 'auto' or 'default' is not supported by this server", (v) => v === 'auto' || v === 'default'],
];

/**
 * Refuses, by name and before anything else is checked (so a client learns
 * what is missing rather than a schema detail): the fields above when on,
 * fields the schema does not know, input items that are not messages
 * (tool calls and outputs, reasoning, references to stored items…), and
 * image, file and audio content parts.
 */
function refuseUnserved(body: Record<string, unknown>): void {
  for (const [field, what, off] of REFUSED) {
    const v = body[field];
    if (v != null && !off(v)) throw errors.unsupported(`Invalid value for '${field}': ${what}.`, field);
  }
  const verbosity = isObject(body.text) ? body.text.verbosity : undefined;
  if (verbosity != null) throw errors.unsupported("Invalid value for 'text.verbosity': verbosity is not supported by this server yet.", 'text.verbosity');
  for (const k of Object.keys(body)) {
    if (!KNOWN.has(k)) throw errors.unsupported(`Unknown parameter: '${k}' (not a field of the Responses API this server serves).`, k);
  }
  if (!Array.isArray(body.input)) return;
  for (const [i, item] of body.input.entries()) {
    if (!isObject(item)) continue;
    if (typeof item.type === 'string' && item.type !== 'message') {
      const param = `input[${i}].type`;
      throw errors.unsupported(`Invalid value for '${param}': '${item.type}' input items are not supported by this server yet; only messages with text are.`, param);
    }
    if (!Array.isArray(item.content)) continue;
    for (const [j, part] of item.content.entries()) {
      const type = isObject(part) ? part.type : undefined;
      if (typeof type === 'string' && NON_TEXT_PARTS.has(type)) {
        const param = `input[${i}].content[${j}].type`;
        throw errors.unsupported(`Invalid value for '${param}': '${type}' content parts are not supported: the models served here take text only.`, param);
      }
    }
  }
}

// A message's text: input_text parts from the user, system or developer,
// output_text parts in the assistant's earlier turns (as a previous
// Response's `output` items come back; their annotations and logprobs are
// dropped).
const contentPart = z.object({ type: z.enum(['input_text', 'output_text']), text });

const inputMessage = z.object({
  type: z.literal('message').optional(),
  role: z.enum(['user', 'assistant', 'system', 'developer']),
  content: z.union([text, z.array(contentPart).min(1, 'expected at least one content part')], { error: 'expected a string or an array of content parts' }),
}).superRefine((m, ctx) => {
  if (typeof m.content === 'string') return;
  const want = m.role === 'assistant' ? 'output_text' : 'input_text';
  for (const [j, p] of m.content.entries()) {
    if (p.type !== want) ctx.addIssue({ code: 'custom', path: ['content', j, 'type'], message: `${m.role} messages take '${want}' content parts` });
  }
});

const FORMATS = ['text', 'json_object', 'json_schema'];
// json_object and json_schema are enforced by a grammar on the engine, as chat's response_format.
const textFormat = z.object({
  type: z.string().refine((t) => FORMATS.includes(t), { message: `expected one of ${FORMATS.map((t) => `'${t}'`).join(', ')}` }),
  name: z.string().min(1, 'expected a name').max(64, 'expected at most 64 characters').optional(),
  description: z.string().nullish(),
  schema: z.record(z.string(), z.unknown(), { error: 'expected a JSON Schema object' }).optional(),
  strict: z.boolean().nullish(),
}, { error: 'expected an object like {"type": "text"}' }).refine((f) => f.type !== 'json_schema' || f.name !== undefined, {
  message: "a format of type 'json_schema' needs a 'name'", path: ['name'],
}).refine((f) => f.type !== 'json_schema' || f.schema !== undefined, {
  message: "a format of type 'json_schema' needs a 'schema'", path: ['schema'],
});

export const responsesSchema = z.object({
  model: text.pipe(z.string().min(1, 'expected a model name').max(256, 'expected at most 256 characters')),
  input: z.union([text, z.array(inputMessage).min(1, 'expected at least one input item').max(10_000, 'expected at most 10000 input items')], {
    error: 'expected a string or an array of input items',
  }),
  instructions: text.nullish(),
  max_output_tokens: tokens.nullish(),
  temperature: range(0, 2).nullish(),
  top_p: range(0, 1).nullish(),
  stream: z.boolean().nullish(),
  // The obfuscation padding OpenAI adds to delta events (a side-channel guard) is not sent here, asked for or not.
  stream_options: z.object({ include_obfuscation: z.boolean().nullish() }).nullish(),
  text: z.object({ format: textFormat.nullish(), verbosity: z.unknown().optional() }).nullish(),
  metadata: z.record(z.string().max(64, 'expected keys of at most 64 characters'), z.string().max(512, 'expected values of at most 512 characters'), {
    error: 'expected an object of string values',
  }).refine((m) => Object.keys(m).length <= 16, { message: 'expected at most 16 keys' }).nullish(),
  // Accepted at their only values here (tools are refused above); echoed in the Response.
  tool_choice: z.enum(['none', 'auto']).nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  // Bookkeeping: validated, then ignored (they change nothing in the answer). `store`: nothing is stored, whatever it says.
  store: z.boolean().nullish(),
  user: z.string().nullish(),
  safety_identifier: z.string().nullish(),
  prompt_cache_key: z.string().nullish(),
}).refine(...streamOptionsNeedStream);

/** Every top-level field this route knows: served, or refused by name above. */
const KNOWN = new Set([...Object.keys(responsesSchema.shape), ...REFUSED.map(([f]) => f)]);

type TextFormat = z.infer<typeof textFormat>;

/** A `text.format` as a Response echoes it. */
export type EchoedFormat = { type: 'text' | 'json_object' } | { type: 'json_schema'; name: string; schema: Record<string, unknown>; description?: string; strict: boolean | null };

/** The request's settings a Response object echoes back. */
export interface ResponseSettings {
  instructions: string | null;
  max_output_tokens: number | null;
  temperature: number | null;
  top_p: number | null;
  metadata: Record<string, string>;
  parallel_tool_calls: boolean;
  tool_choice: 'none' | 'auto';
  text: { format: EchoedFormat };
}

export interface ParsedResponses {
  model: string;
  stream: boolean;
  chat: IChatRequest;
  settings: ResponseSettings;
}

function echoed(f: TextFormat): EchoedFormat {
  if (f.type !== 'json_schema') return { type: f.type as 'text' | 'json_object' };
  return { type: 'json_schema', name: f.name!, schema: f.schema!, ...(f.description != null ? { description: f.description } : {}), strict: f.strict ?? null };
}

export function parseResponsesRequest(body: unknown): ParsedResponses {
  if (isObject(body)) refuseUnserved(body);
  const b = parseWith(responsesSchema, body);
  const format = b.text?.format ?? { type: 'text' };
  const turns = typeof b.input === 'string' ? [{ role: 'user', content: b.input }] : b.input.map((m) => ({ role: m.role, content: flatten(m.content) }));
  return {
    model: b.model,
    stream: b.stream === true,
    chat: {
      messages: [...(b.instructions ? [{ role: 'system', content: b.instructions }] : []), ...turns].map((m) => ({ ...m, name: '' })),
      sampling: samplingOf(b, b.max_output_tokens ?? 0),
      ...(format.type !== 'text' ? { responseFormat: jsonResponseFormat(format.type, format.schema, 'text.format.schema') } : {}),
    },
    settings: {
      instructions: b.instructions ?? null,
      max_output_tokens: b.max_output_tokens ?? null,
      temperature: b.temperature ?? null,
      top_p: b.top_p ?? null,
      metadata: b.metadata ?? {},
      parallel_tool_calls: b.parallel_tool_calls ?? true,
      tool_choice: b.tool_choice ?? 'auto',
      text: { format: echoed(format) },
    },
  };
}

// ---------------------------------------------------------------- answers

export type ResponseStatus = 'in_progress' | 'completed' | 'incomplete';

/** An output_text content part (no annotations or logprobs are computed here). */
export function outputText(text: string) {
  return { type: 'output_text' as const, text, annotations: [], logprobs: [] };
}

/** The assistant message output item: the one item a text answer has. */
export function outputMessage(id: string, status: ResponseStatus, content: ReturnType<typeof outputText>[]) {
  return { type: 'message' as const, id, status, role: 'assistant' as const, content };
}

export function responseUsage(u: IUsage | null | undefined) {
  const input = u?.promptTokens ?? 0;
  const output = u?.completionTokens ?? 0;
  return { input_tokens: input, input_tokens_details: { cached_tokens: 0 }, output_tokens: output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + output };
}

/**
 * A Response object. `usage` null while in progress (as OpenAI streams
 * it); an incomplete one ran out of output tokens (the only way an answer
 * here ends unfinished without an error).
 */
export function responseObject(r: {
  id: string; createdAt: number; model: string; settings: ResponseSettings; status: ResponseStatus;
  output: ReturnType<typeof outputMessage>[]; usage: IUsage | null | undefined;
}) {
  return {
    id: r.id, object: 'response' as const, created_at: r.createdAt, status: r.status, background: false,
    completed_at: r.status === 'completed' ? Math.floor(Date.now() / 1000) : null,
    error: null, incomplete_details: r.status === 'incomplete' ? { reason: 'max_output_tokens' as const } : null,
    model: r.model, output: r.output, ...r.settings,
    previous_response_id: null, reasoning: null, store: false, tools: [], truncation: 'disabled' as const, access_programs: null,
    usage: r.status === 'in_progress' ? null : responseUsage(r.usage),
  };
}
