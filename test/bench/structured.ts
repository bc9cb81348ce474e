// (m) Structured output (issue 14): decode tokens/s of chat requests whose
// answer a grammar constrains (response_format json_schema, strict, and
// json_object) against the same requests unconstrained, through the fabric
// (gateway → NATS → scheduler → gRPC → executor, llama.cpp). The same chat
// prompts, max_tokens and temperature 0 in every mode; at each stream count
// the modes take turns, one window each, the order rotating over the rounds.
// Tokens/s is the completion tokens the gateway's usage reports over the
// window's wall time. A random-weight model under a grammar may end its
// answer well before max_tokens, so each mode's mean completion tokens per
// request and its time per output token after the first (which does not
// depend on the answer's length) are reported beside it. Every json_schema
// answer is parsed and validated against the schema; json_object answers
// are checked to be a JSON object. Failures are counted and printed, not
// hidden.
import http from 'node:http';
import type { IChatMessage } from '../../proto/index.ts';
import { chatCall } from './clients.ts';
import { summarize, type Summary } from './stats.ts';

export type StructuredMode = 'text' | 'json_schema' | 'json_object';
export const STRUCTURED_MODES: readonly StructuredMode[] = ['text', 'json_schema', 'json_object'];

/** The schema of mode json_schema: string, integer, enum and array properties, every one required (strict). */
export const STRUCTURED_SCHEMA = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: 24 },
    year: { type: 'integer' },
    genre: { type: 'string', enum: ['fiction', 'science', 'history', 'poetry'] },
    tags: { type: 'array', items: { type: 'string', maxLength: 12 }, maxItems: 3 },
  },
  required: ['title', 'year', 'genre', 'tags'],
  additionalProperties: false,
} as const;

/** The response_format each mode sends (none for text). */
export const RESPONSE_FORMATS: Record<StructuredMode, Record<string, unknown>> = {
  text: {},
  json_schema: { response_format: { type: 'json_schema', json_schema: { name: 'book', strict: true, schema: STRUCTURED_SCHEMA } } },
  json_object: { response_format: { type: 'json_object' } },
};

type Schema = { type?: string; properties?: Record<string, Schema>; required?: readonly string[]; additionalProperties?: boolean; items?: Schema; enum?: readonly unknown[]; maxLength?: number; minLength?: number; maxItems?: number; minItems?: number };

export interface Violation {
  /** JSON path of the value, e.g. $.tags[0]. */
  at: string;
  /** What broke: 'type', 'integer', 'enum', 'maxLength', 'maxLength (U+FFFD)', 'required', 'additionalProperties', … */
  kind: string;
  message: string;
}

/** JSON.stringify, except numbers it cannot write (Infinity) */
const show = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v));

/**
 * The ways `v` breaks `schema` (the keywords STRUCTURED_SCHEMA uses; string
 * lengths in code points, as JSON Schema counts them); empty when it is
 * valid. A string over maxLength that holds U+FFFD is told apart
 * ('maxLength (U+FFFD)'): bytes that were no valid UTF-8 reached the client
 * as one U+FFFD each.
 */
export function schemaViolations(v: unknown, schema: Schema, at = '$'): Violation[] {
  const out: Violation[] = [];
  const add = (kind: string, message: string) => out.push({ at, kind, message: `${at}: ${message}` });
  const t = schema.type;
  const isObj = typeof v === 'object' && v !== null && !Array.isArray(v);
  if (t === 'object' && !isObj) return add('type', `expected an object, got ${show(v)}`), out;
  if (t === 'array' && !Array.isArray(v)) return add('type', `expected an array, got ${show(v)}`), out;
  if (t === 'string' && typeof v !== 'string') return add('type', `expected a string, got ${show(v)}`), out;
  if (t === 'integer' && !Number.isInteger(v)) return add('integer', `expected an integer, got ${show(v)}`), out;
  if (t === 'number' && typeof v !== 'number') return add('type', `expected a number, got ${show(v)}`), out;
  if (schema.enum && !schema.enum.includes(v)) add('enum', `${show(v)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof v === 'string') {
    const n = [...v].length;
    if (schema.maxLength !== undefined && n > schema.maxLength) add(v.includes('\uFFFD') ? 'maxLength (U+FFFD)' : 'maxLength', `${n} characters, more than maxLength ${schema.maxLength}: ${JSON.stringify(v)}`);
    if (schema.minLength !== undefined && n < schema.minLength) add('minLength', `${n} characters, fewer than minLength ${schema.minLength}`);
  }
  if (Array.isArray(v)) {
    if (schema.maxItems !== undefined && v.length > schema.maxItems) add('maxItems', `${v.length} items, more than maxItems ${schema.maxItems}`);
    if (schema.minItems !== undefined && v.length < schema.minItems) add('minItems', `${v.length} items, fewer than minItems ${schema.minItems}`);
    if (schema.items) v.forEach((x, i) => out.push(...schemaViolations(x, schema.items!, `${at}[${i}]`)));
  }
  if (isObj) {
    const o = v as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in o)) add('required', `the required property '${k}' is missing`);
    for (const [k, x] of Object.entries(o)) {
      const sub = schema.properties?.[k];
      if (sub) out.push(...schemaViolations(x, sub, `${at}.${k}`));
      else if (schema.additionalProperties === false) add('additionalProperties', `the property '${k}' is not in the schema`);
    }
  }
  return out;
}

/** Whether an answer of `mode` is what the mode promises (the kinds of what broke, and how); undefined for text. */
export function checkAnswer(mode: StructuredMode, content: string): { ok: true } | { ok: false; kinds: string[]; why: string } | undefined {
  if (mode === 'text') return undefined;
  let v: unknown;
  try {
    v = JSON.parse(content);
  } catch (err) {
    return { ok: false, kinds: ['not JSON'], why: `not JSON (${(err as Error).message})` };
  }
  if (mode === 'json_object') {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ok: true } : { ok: false, kinds: ['not an object'], why: `JSON but not an object: ${show(v).slice(0, 80)}` };
  }
  const bad = schemaViolations(v, STRUCTURED_SCHEMA as Schema);
  return bad.length === 0 ? { ok: true } : { ok: false, kinds: [...new Set(bad.map((b) => b.kind))], why: bad.map((b) => b.message).join('; ') };
}

export interface StructuredFailure {
  streams: number;
  finishReason: string;
  completionTokens: number;
  why: string;
  /** The answer, its first 400 characters. */
  content: string;
}

export interface StructuredCell {
  mode: StructuredMode;
  streams: number;
  requests: number;
  completionTokens: number;
  seconds: number;
  /** Completion tokens / wall seconds of each round's window, in order. */
  rounds: number[];
  /** The median round's tokens/s. */
  tokensPerSecond: number;
  /** Every round's completion tokens over every round's seconds. */
  pooledTokensPerSecond: number;
  meanCompletionTokens: number;
  /** Send → first content-bearing SSE delta, ms, every request. */
  ttftMs: Summary;
  /** (last chunk − first content chunk) ÷ (completion tokens − 1), ms, requests of 2 tokens or more. */
  msPerTokenAfterFirst: Summary;
  /** Answers that ended at max_tokens (finish_reason 'length'). */
  cutAtMaxTokens: number;
  /** Requests that failed (HTTP status other than 200, an SSE error event, no usage). */
  errors: number;
  /** json_schema / json_object: answers checked, valid, failed; distinct answers (temperature 0: one per prompt at most), and how many of them are valid. */
  checked?: { answers: number; valid: number; failed: number; distinct: number; distinctValid: number };
}

export interface StructuredRow {
  streams: number;
  cells: Record<StructuredMode, StructuredCell>;
  /** Constrained ÷ unconstrained (text), for json_schema and json_object. */
  ratios: Record<'json_schema' | 'json_object', { tokensPerSecond: number; ttftP50: number; msPerTokenAfterFirstP50: number; meanCompletionTokens: number }>;
}

export interface StructuredResult {
  maxTokens: number;
  temperature: number;
  windowMs: number;
  rounds: number;
  schema: typeof STRUCTURED_SCHEMA;
  rows: StructuredRow[];
  /** json_schema answers checked / failing to parse or validate, every stream count. */
  jsonSchemaAnswers: number;
  jsonSchemaFailures: number;
  jsonObjectAnswers: number;
  jsonObjectFailures: number;
  /** Failing json_schema answers by what broke (an answer counts once per kind it shows). */
  jsonSchemaFailureKinds: Record<string, number>;
  /** The failing answers (json_schema and json_object), the first 20 distinct ones. */
  failures: (StructuredFailure & { mode: StructuredMode })[];
}

export interface StructuredOptions {
  gatewayUrl: string;
  model: string;
  streams: number[];
  rounds: number;
  windowMs: number;
  maxTokens: number;
  prompts: IChatMessage[][];
  log(line: string): void;
}

interface Sample { tokens: number; ttftMs: number; tpotMs?: number; finish: string; content: string }
interface WindowOut { samples: Sample[]; errors: string[]; seconds: number }

const TEMPERATURE = 0;

export async function measureStructured(o: StructuredOptions): Promise<StructuredResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(...o.streams), maxFreeSockets: Math.max(...o.streams) });
  const messagesOf = (m: IChatMessage[]) => m.map((x) => ({ role: x.role, content: x.content }));
  const call = async (mode: StructuredMode, messages: IChatMessage[]): Promise<Sample | string> => {
    let first = 0;
    const t0 = performance.now();
    const r = await chatCall({
      baseUrl: o.gatewayUrl, agent, stream: true,
      body: { model: o.model, messages: messagesOf(messages), max_tokens: o.maxTokens, temperature: TEMPERATURE, ...RESPONSE_FORMATS[mode] },
      onFirstToken: () => { first = performance.now(); },
    });
    if (r.status !== 200 || r.error || !r.usage) return `HTTP ${r.status}: ${r.error ?? 'no usage chunk'}`;
    const tokens = r.usage.completion_tokens;
    // First content chunk → the stream's end (its usage chunk), per token after the first.
    const tpotMs = tokens >= 2 && first > 0 ? (t0 + r.totalMs - first) / (tokens - 1) : undefined;
    return { tokens, ttftMs: r.ttftMs, ...(tpotMs !== undefined ? { tpotMs } : {}), finish: r.finishReason ?? 'unknown', content: r.content };
  };
  // One window: `streams` closed-loop clients; worker i's k-th request sends
  // prompt (i + k·streams) mod n, so every prompt comes round in every mode;
  // requests running when the window closes finish and count.
  const window = async (mode: StructuredMode, streams: number): Promise<WindowOut> => {
    const out: WindowOut = { samples: [], errors: [], seconds: 0 };
    const t0 = performance.now();
    const deadline = t0 + o.windowMs;
    await Promise.all(Array.from({ length: streams }, async (_, i) => {
      for (let k = 0; performance.now() < deadline; k++) {
        const r = await call(mode, o.prompts[(i + k * streams) % o.prompts.length]!);
        if (typeof r === 'string') {
          out.errors.push(r);
          if (out.errors.length > 20) throw new Error(`(m) ${mode} at ${streams} streams: ${out.errors.length} failed requests, the first: ${out.errors[0]}`);
        } else {
          out.samples.push(r);
        }
      }
    }));
    out.seconds = (performance.now() - t0) / 1000;
    return out;
  };

  try {
    // Warm-up: every mode, a request per stream at the most streams (grammar
    // creation, JIT, connections, the executor's cached prompts).
    const most = Math.max(...o.streams);
    for (const mode of STRUCTURED_MODES) {
      const r = await Promise.all(Array.from({ length: most }, (_, i) => call(mode, o.prompts[i % o.prompts.length]!)));
      const bad = r.find((x) => typeof x === 'string');
      if (bad) throw new Error(`(m) warm-up, ${mode}: ${bad}`);
    }
    const windows = new Map<string, WindowOut[]>();
    const key = (mode: StructuredMode, streams: number) => `${mode}@${streams}`;
    let turn = 0;
    for (let r = 0; r < o.rounds; r++) {
      for (const streams of o.streams) {
        // a, b, c; then b, c, a; …: interleaved, and no mode always first.
        const order = STRUCTURED_MODES.map((_, j) => STRUCTURED_MODES[(j + turn) % STRUCTURED_MODES.length]!);
        turn++;
        for (const mode of order) {
          const w = await window(mode, streams);
          windows.set(key(mode, streams), [...(windows.get(key(mode, streams)) ?? []), w]);
          const tokens = w.samples.reduce((n, s) => n + s.tokens, 0);
          o.log(`  structured round ${r + 1}/${o.rounds} streams ${streams} ${mode.padEnd(11)} ${(tokens / w.seconds).toFixed(0).padStart(6)} tokens/s (${w.samples.length} requests, ${(tokens / Math.max(1, w.samples.length)).toFixed(1)} tokens each, ${w.seconds.toFixed(1)} s${w.errors.length ? `, ${w.errors.length} errors` : ''})`);
        }
      }
    }

    const failures: StructuredResult['failures'] = [];
    const counts = { json_schema: { answers: 0, failed: 0 }, json_object: { answers: 0, failed: 0 } };
    const kinds: Record<string, number> = {};
    const cell = (mode: StructuredMode, streams: number): StructuredCell => {
      const ws = windows.get(key(mode, streams))!;
      const samples = ws.flatMap((w) => w.samples);
      const completionTokens = samples.reduce((n, s) => n + s.tokens, 0);
      const seconds = ws.reduce((n, w) => n + w.seconds, 0);
      const rounds = ws.map((w) => w.samples.reduce((n, s) => n + s.tokens, 0) / w.seconds);
      const c: StructuredCell = {
        mode, streams, requests: samples.length, completionTokens, seconds, rounds,
        tokensPerSecond: summarize(rounds).p50,
        pooledTokensPerSecond: completionTokens / seconds,
        meanCompletionTokens: completionTokens / samples.length,
        ttftMs: summarize(samples.map((s) => s.ttftMs)),
        msPerTokenAfterFirst: summarize(samples.flatMap((s) => (s.tpotMs === undefined ? [] : [s.tpotMs]))),
        cutAtMaxTokens: samples.filter((s) => s.finish === 'length').length,
        errors: ws.reduce((n, w) => n + w.errors.length, 0),
      };
      if (mode !== 'text') {
        let valid = 0;
        const validContents = new Set<string>();
        for (const s of samples) {
          const v = checkAnswer(mode, s.content)!;
          counts[mode].answers++;
          if (v.ok) {
            valid++;
            validContents.add(s.content);
            continue;
          }
          counts[mode].failed++;
          if (mode === 'json_schema') for (const k of v.kinds) kinds[k] = (kinds[k] ?? 0) + 1;
          if (failures.length < 20 && !failures.some((f) => f.content === s.content.slice(0, 400))) failures.push({ mode, streams, finishReason: s.finish, completionTokens: s.tokens, why: v.why, content: s.content.slice(0, 400) });
        }
        c.checked = { answers: samples.length, valid, failed: samples.length - valid, distinct: new Set(samples.map((s) => s.content)).size, distinctValid: validContents.size };
      }
      return c;
    };
    const rows: StructuredRow[] = o.streams.map((streams) => {
      const cells = Object.fromEntries(STRUCTURED_MODES.map((m) => [m, cell(m, streams)])) as Record<StructuredMode, StructuredCell>;
      const ratio = (m: 'json_schema' | 'json_object') => ({
        tokensPerSecond: cells[m].tokensPerSecond / cells.text.tokensPerSecond,
        ttftP50: cells[m].ttftMs.p50 / cells.text.ttftMs.p50,
        msPerTokenAfterFirstP50: cells[m].msPerTokenAfterFirst.p50 / cells.text.msPerTokenAfterFirst.p50,
        meanCompletionTokens: cells[m].meanCompletionTokens / cells.text.meanCompletionTokens,
      });
      const row = { streams, cells, ratios: { json_schema: ratio('json_schema'), json_object: ratio('json_object') } };
      o.log(`  streams ${streams}: json_schema ÷ text ${row.ratios.json_schema.tokensPerSecond.toFixed(3)} tokens/s, json_object ÷ text ${row.ratios.json_object.tokensPerSecond.toFixed(3)}; tokens per request ${STRUCTURED_MODES.map((m) => `${m} ${cells[m].meanCompletionTokens.toFixed(1)}`).join(', ')}`);
      return row;
    });
    for (const f of failures) o.log(`  FAILED ${f.mode} (streams ${f.streams}, finish_reason ${f.finishReason}, ${f.completionTokens} tokens): ${f.why}\n      answer: ${JSON.stringify(f.content)}`);
    o.log(`  json_schema answers: ${counts.json_schema.answers - counts.json_schema.failed} of ${counts.json_schema.answers} parse and validate (${counts.json_schema.failed} failures${counts.json_schema.failed ? `: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}` : ''}); json_object: ${counts.json_object.answers - counts.json_object.failed} of ${counts.json_object.answers} are JSON objects`);
    return {
      maxTokens: o.maxTokens, temperature: TEMPERATURE, windowMs: o.windowMs, rounds: o.rounds, schema: STRUCTURED_SCHEMA, rows,
      jsonSchemaAnswers: counts.json_schema.answers, jsonSchemaFailures: counts.json_schema.failed,
      jsonObjectAnswers: counts.json_object.answers, jsonObjectFailures: counts.json_object.failed,
      jsonSchemaFailureKinds: kinds,
      failures,
    };
  } finally {
    agent.destroy();
  }
}

const NAMES: Record<StructuredMode, string> = {
  text: '(a) unconstrained',
  json_schema: '(b) json_schema, strict',
  json_object: '(c) json_object',
};

export function structuredMarkdown(L: string[], s: StructuredResult & { model: { shape: string; slots: number; contextSize: number; threads: number } }): void {
  L.push('', `### (m) Structured output: JSON-schema-constrained decode tokens/s vs unconstrained`, '');
  L.push(`llama.cpp, SHAPES.${s.model.shape} (synthesized, random weights), 1 executor × ${s.model.slots} slots, ${s.model.threads} thread(s), context ${s.model.contextSize}; streaming chat through the gateway, the same prompts in every mode, max_tokens ${s.maxTokens}, temperature ${s.temperature}. `
    + `Modes take turns at each stream count (${s.rounds} round(s) of ${s.windowMs / 1000} s windows, the order rotating); tokens/s is usage.completion_tokens over the window's wall time, the median round. `
    + 'A grammar can end a random-weight answer early, so read tokens/s with the tokens per request beside it; ms/token after the first (first content chunk → the stream\'s end, over the tokens after the first) depends less on the answer\'s length, though on a 3-token answer the stream\'s end weighs in. '
    + '"Answers valid": json_schema answers that parse and validate against the schema, json_object answers that are a JSON object; at temperature 0 a prompt gets the same answer each time, so the distinct answers are counted too.', '');
  L.push('| streams | mode | tokens/s | ÷ unconstrained | tokens per request | ms/token after the first, p50 (÷ unconstrained) | TTFT p50 ms (÷ unconstrained) | requests | cut at max_tokens | answers valid | errors |', '|---:|---|---:|---:|---:|---|---|---:|---:|---|---:|');
  for (const r of s.rows) {
    for (const m of STRUCTURED_MODES) {
      const c = r.cells[m];
      const q = m === 'text' ? undefined : r.ratios[m];
      L.push(`| ${r.streams} | ${NAMES[m]} | ${c.tokensPerSecond.toFixed(0)} | ${q ? `**${q.tokensPerSecond.toFixed(3)}**` : '—'} | ${c.meanCompletionTokens.toFixed(1)} | ${c.msPerTokenAfterFirst.p50.toFixed(3)}${q ? ` (${q.msPerTokenAfterFirstP50.toFixed(2)}×)` : ''} | ${c.ttftMs.p50.toFixed(2)}${q ? ` (${q.ttftP50.toFixed(2)}×)` : ''} | ${c.requests} | ${c.cutAtMaxTokens} | ${c.checked ? `${c.checked.valid}/${c.checked.answers} (distinct: ${c.checked.distinctValid}/${c.checked.distinct})` : '—'} | ${c.errors} |`);
    }
  }
  const kinds = Object.entries(s.jsonSchemaFailureKinds).map(([k, n]) => `${k} ${n}`).join(', ');
  L.push('', `json_schema answers that parse and validate against the schema: **${s.jsonSchemaAnswers - s.jsonSchemaFailures} of ${s.jsonSchemaAnswers}** (${s.jsonSchemaFailures} failures${kinds ? `: ${kinds}` : ''}); json_object answers that are a JSON object: ${s.jsonObjectAnswers - s.jsonObjectFailures} of ${s.jsonObjectAnswers}.`, '');
  for (const f of s.failures.slice(0, 5)) L.push(`- ${f.mode}, ${f.streams} stream(s), finish_reason ${f.finishReason}, ${f.completionTokens} tokens: ${f.why}`);
  if (s.failures.length > 0) L.push('');
}
