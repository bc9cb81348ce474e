// A synthetic engine for scheduling tests and fabric benchmarks: it runs no
// model, it streams made-up tokens at a configured rate after a configured
// time to first token. Slots, queueing, abort, stop sequences, max tokens and
// the finish event behave like the llama.cpp engine's, so the fabric around
// it cannot tell the difference except by the speed and the `synthetic` label.
// Never a default: a model is synthetic only when its path says so.
import { DEVICE_KIND, ENGINE, ENGINE_TASKS, errors, FinishReason, Task, type DeviceKindName, type IChatRequest } from '../../../proto/index.ts';
import { SYNTHETIC_DEFAULT_MEMORY_BYTES } from '../../../catalog/estimate.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { cancelledWhileQueued, EngineBase, type Loaded as BaseLoaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { stopPrefixAtEnd } from '../stop-strings.ts';

export const SYNTHETIC_SCHEME = 'synthetic:';

/** How a synthetic model behaves, from its path. */
export interface SyntheticConfig {
  /** Tokens per second of one sequence (each slot streams at this rate). */
  tokensPerSecond: number;
  /** Milliseconds from getting a slot to the first token (the "prefill"). */
  ttftMs: number;
  /** Up to this many milliseconds of random delay added to each token's due time (never accumulates). */
  jitterMs: number;
}

export const SYNTHETIC_DEFAULTS: Readonly<SyntheticConfig> = { tokensPerSecond: 100, ttftMs: 10, jitterMs: 0 };

/** Completion length when the request sets no max_tokens. */
export const SYNTHETIC_DEFAULT_MAX_TOKENS = 16;

/** The memory a synthetic replica reports when its spec names none: the catalog's figure (catalog/estimate.ts). */
export { SYNTHETIC_DEFAULT_MEMORY_BYTES };

const PARAMS = {
  tps: { key: 'tokensPerSecond', min: 0, minInclusive: false },
  ttft: { key: 'ttftMs', min: 0, minInclusive: true },
  jitter: { key: 'jitterMs', min: 0, minInclusive: true },
} as const satisfies Record<string, { key: keyof SyntheticConfig; min: number; minInclusive: boolean }>;

const DECIMAL = /^\d+(\.\d+)?$/;

/** Whether a model path names the synthetic engine. */
export function isSyntheticPath(path: string): boolean {
  return path.startsWith(SYNTHETIC_SCHEME);
}

/**
 * Parses `synthetic:` with optional query parameters, e.g.
 * `synthetic:?tps=200&ttft=20&jitter=0` (tps > 0; ttft, jitter ≥ 0; plain
 * decimals). Unknown or repeated parameters are errors, so a typo never
 * silently falls back to a default. Throws WeftError INVALID_REQUEST.
 */
export function parseSyntheticPath(path: string): SyntheticConfig {
  const bad = (why: string) => errors.invalid(`invalid synthetic model path '${path}': ${why}`, 'path');
  if (!isSyntheticPath(path)) throw bad(`it must start with '${SYNTHETIC_SCHEME}', e.g. 'synthetic:?tps=200&ttft=20&jitter=0'`);
  let query = path.slice(SYNTHETIC_SCHEME.length);
  if (query.startsWith('?')) query = query.slice(1);
  else if (query !== '') throw bad(`parameters follow a '?', e.g. 'synthetic:?tps=200'`);
  const config: SyntheticConfig = { ...SYNTHETIC_DEFAULTS };
  const seen = new Set<string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw bad(`'${part}' has no value`);
    const name = decodeURIComponent(part.slice(0, eq));
    const raw = decodeURIComponent(part.slice(eq + 1));
    if (!Object.hasOwn(PARAMS, name)) throw bad(`unknown parameter '${name}' (known: ${Object.keys(PARAMS).join(', ')})`);
    if (seen.has(name)) throw bad(`parameter '${name}' is given twice`);
    seen.add(name);
    const p = PARAMS[name as keyof typeof PARAMS];
    const value = Number(raw);
    const inRange = p.minInclusive ? value >= p.min : value > p.min;
    if (!DECIMAL.test(raw) || !Number.isFinite(value) || !inRange) {
      throw bad(`'${name}' must be a number ${p.minInclusive ? '≥' : '>'} ${p.min}, got '${raw}'`);
    }
    config[p.key] = value;
  }
  return config;
}

/** The prompt's token count: whitespace-separated words plus 4 per message. Deterministic. */
export function syntheticPromptTokens(chat: IChatRequest): number {
  let n = 0;
  for (const m of chat.messages ?? []) {
    const content = (m.content ?? '').trim();
    n += 4 + (content === '' ? 0 : content.split(/\s+/).length);
  }
  return n;
}

const WORDS = [
  'the', 'fabric', 'weaves', 'tokens', 'through', 'a', 'queue', 'of', 'many', 'threads', 'and', 'every',
  'request', 'finds', 'its', 'slot', 'on', 'some', 'executor', 'while', 'scheduler', 'watches', 'load', 'with',
  'patience', 'light', 'river', 'stone', 'green', 'quiet', 'morning', 'signal', 'bright', 'window', 'over', 'under',
  'small', 'large', 'steady', 'stream', 'carries', 'words', 'from', 'here', 'to', 'there', 'again', 'today',
];

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The token texts of a request's completion: words from a fixed list, seeded by the messages (and seed). */
export function syntheticTokens(chat: IChatRequest): (i: number) => string {
  let h = 0x811c9dc5;
  for (const m of chat.messages ?? []) h = fnv1a(`${m.role ?? ''}\u0000${m.content ?? ''}\u0001`, h);
  if (chat.sampling?.seed != null) h = fnv1a(`seed:${String(chat.sampling.seed)}`, h);
  const next = prng(h);
  return (i) => {
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    return i === 0 ? word : ` ${word}`;
  };
}

/** Resolves after `ms`, or at once when `signal` aborts; never rejects. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Waits until performance.now() reaches `at` (timers may fire a little early), or the signal aborts. */
async function until(at: number, signal: AbortSignal): Promise<void> {
  for (let d = at - performance.now(); d > 0 && !signal.aborted; d = at - performance.now()) {
    await sleep(Math.max(1, Math.ceil(d)), signal);
  }
}

export interface SyntheticEngineOptions {
  /** Random source for jitter, in [0, 1); Math.random by default. */
  random?: () => number;
  /**
   * Every model's token rate is multiplied by this (default 1): a fleet of
   * synthetic executors can then simulate devices of different speeds, so
   * that routing by measured speed can be tested. Never affects llama.cpp.
   */
  speed?: number;
}

/** A slot is a number; a model's state is its parsed behaviour. */
type Loaded = BaseLoaded<number, SyntheticConfig>;

export class SyntheticEngine extends EngineBase<number, SyntheticConfig> {
  readonly name = ENGINE.synthetic;
  // Runs anywhere: it computes nothing, so any device (declared or not) will do.
  readonly capabilities: EngineCapabilities = {
    tasks: ENGINE_TASKS[ENGINE.synthetic], formats: ['synthetic'], devices: Object.keys(DEVICE_KIND) as DeviceKindName[],
  };
  private readonly random: () => number;
  private readonly speed: number;

  constructor(opts: SyntheticEngineOptions = {}) {
    super();
    this.random = opts.random ?? Math.random;
    this.speed = opts.speed ?? 1;
    if (!(this.speed > 0 && Number.isFinite(this.speed))) throw new Error(`synthetic engine speed must be a number > 0, got ${opts.speed}`);
  }

  protected async open(spec: ModelSpec): Promise<Opened<number, SyntheticConfig>> {
    const parsed = parseSyntheticPath(spec.path);
    const config = { ...parsed, tokensPerSecond: parsed.tokensPerSecond * this.speed };
    if (!Number.isInteger(spec.slots) || spec.slots < 1) throw errors.invalid(`slots must be a whole number ≥ 1, got ${spec.slots}`, 'slots');
    if (!Number.isInteger(spec.contextSize) || spec.contextSize < 1) {
      throw errors.invalid(`contextSize must be a whole number ≥ 1, got ${spec.contextSize}`, 'contextSize');
    }
    if (spec.memoryBytes !== undefined && !(Number.isSafeInteger(spec.memoryBytes) && spec.memoryBytes >= 0)) {
      throw errors.invalid(`memoryBytes must be a whole number ≥ 0, got ${spec.memoryBytes}`, 'memoryBytes');
    }
    return {
      state: config,
      slots: Array.from({ length: spec.slots }, (_, i) => i),
      // It takes nothing: it reports what the catalog expects of it.
      memoryBytes: spec.memoryBytes ?? SYNTHETIC_DEFAULT_MEMORY_BYTES,
      contextSize: spec.contextSize,
    };
  }

  protected async close(): Promise<void> {}

  /** The parsed behaviour of a loaded model. */
  config(model: string): SyntheticConfig | undefined {
    const m = this.loaded.get(model);
    return m ? { ...m.state } : undefined;
  }

  protected async run(m: Loaded, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'chat') throw errors.unsupported(`the synthetic engine runs chat only, not ${input.body.task}`);
    const chat = input.body.chat;
    const t0 = performance.now();
    const promptTokens = syntheticPromptTokens(chat);
    const room = m.contextSize - promptTokens;
    if (room <= 0) {
      throw errors.contextLength(`This model's context is ${m.contextSize} tokens; the messages take ${promptTokens}.`);
    }
    const ran = await this.withSlot(m, signal, undefined, (_slot, sig) => this.paced(m, chat, sig, emit, t0, promptTokens, room));
    if (!ran) emit(cancelledWhileQueued(t0, promptTokens));
  }

  /** Emits the tokens on schedule: token i is due at slot + ttft + i / tps (+ jitter), so lateness never accumulates. */
  private async paced(
    m: Loaded, chat: IChatRequest, signal: AbortSignal, emit: Emit<EngineEvent>, t0: number, promptTokens: number, room: number,
  ): Promise<void> {
    const tSlot = performance.now();
    const { tokensPerSecond, ttftMs, jitterMs } = m.state;
    const s = chat.sampling;
    const maxTokens = Math.min(s?.maxTokens ? s.maxTokens : SYNTHETIC_DEFAULT_MAX_TOKENS, room);
    const stops = (s?.stop ?? []).filter((x) => x !== '');
    const tokenText = syntheticTokens(chat);
    const interval = 1000 / tokensPerSecond;
    const due = (i: number) => tSlot + ttftMs + i * interval + (jitterMs > 0 ? this.random() * jitterMs : 0);

    // The completion so far; `emitted` characters of it have been sent, the
    // rest is held back while it may still turn into a stop sequence.
    let text = '';
    let emitted = 0;
    const starts: number[] = []; // each token's start offset in `text`
    let counted = 0; // tokens sent: those starting before `emitted`
    let firstTokenAt = 0;
    let reason: FinishReason = FinishReason.FINISH_REASON_LENGTH;
    const decode = m.decode.start();

    const emitTo = (end: number) => {
      if (end <= emitted) return;
      let n = counted;
      while (n < starts.length && starts[n]! < end) n++;
      const now = performance.now();
      if (firstTokenAt === 0) firstTokenAt = now;
      decode.tokens(n - counted, now);
      emit({ type: 'delta', text: text.slice(emitted, end), tokens: n - counted });
      emitted = end;
      counted = n;
    };

    let i = 0;
    let nextDue = due(0);
    produce: while (i < maxTokens) {
      await until(nextDue, signal);
      if (signal.aborted) break;
      // Catch up on every token that is due (a late timer emits a burst).
      const now = performance.now();
      do {
        starts.push(text.length);
        text += tokenText(i);
        i++;
        nextDue = due(i);
        this.countTokens(1);
        if (stops.length > 0) {
          let at = -1;
          for (const st of stops) {
            const k = text.indexOf(st, emitted);
            if (k >= 0 && (at < 0 || k < at)) at = k;
          }
          if (at >= 0) {
            emitTo(at);
            reason = FinishReason.FINISH_REASON_STOP;
            break produce;
          }
          emitTo(text.length - stopPrefixAtEnd(text.slice(emitted), stops));
        } else {
          emitTo(text.length);
        }
      } while (i < maxTokens && nextDue <= now);
    }
    if (signal.aborted) reason = FinishReason.FINISH_REASON_CANCELLED;
    else if (reason === FinishReason.FINISH_REASON_LENGTH) emitTo(text.length); // release held-back text
    decode.finish();
    emit({
      type: 'finish', reason,
      usage: { promptTokens, completionTokens: counted },
      timing: { queueMs: tSlot - t0, timeToFirstTokenMs: firstTokenAt ? firstTokenAt - tSlot : 0, totalMs: performance.now() - t0 },
    } satisfies EngineEvent);
  }
}
