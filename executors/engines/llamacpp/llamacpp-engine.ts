// The llama.cpp engine, on node-llama-cpp. One context per model with one
// sequence per slot: concurrent requests run as separate sequences of that
// context, so llama.cpp batches their tokens together (continuous batching).
//
// Prefix reuse: a sequence keeps its KV cache between requests, and
// LlamaChat.generateResponse compares the sequence's context tokens with the
// new prompt's, erases from the first difference and evaluates only the rest
// (LlamaChat's alignCurrentSequenceStateWithCurrentTokens →
// LlamaContextSequence.adaptStateToTokens). So each request takes the free
// sequence whose cache shares the longest prefix with its prompt (see
// preferSequence): the next turn of a conversation lands where its earlier
// turns already are, and only the new messages are evaluated. This is what
// prefix affinity in placement pays off on.
//
// Erasing a sequence's cached tokens takes the context's lock, which
// node-llama-cpp's decode loop used to hold for as long as any sequence kept
// generating: a new prompt landing on a sequence that held another
// conversation waited for every running request to finish. patches/
// node-llama-cpp+*.patch (applied by `npm ci`, patch-package) makes the loop
// decode one batch per hold of the lock, so the erase runs between two
// batches and the new prefill joins the next one, as in llama-server
// (test/integration/engine-head-of-line.test.ts).
import {
  getLlama, JinjaTemplateChatWrapper, LlamaChat, LlamaLogLevel, resolveChatWrapper,
  type ChatHistoryItem, type ChatWrapper, type Token, type Llama, type LlamaContext, type LlamaContextSequence, type LlamaModel,
} from 'node-llama-cpp';
import { randomInt } from 'node:crypto';
import { errors, FinishReason, ModelState, WeftError, type IChatRequest, type ILoadedModel } from '../../../proto/index.ts';
import type { Engine, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { eventStream, type Emit } from '../event-stream.ts';
import { toChatHistory } from './chat-history.ts';
import { mapStopReason } from './map-finish-reason.ts';
import { DecodeRate } from '../decode-rate.ts';
import { SlotPool } from './slot-pool.ts';

interface Loaded {
  spec: ModelSpec;
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper;
  /** Every sequence of the context, in creation order (the index is the sequence's number in sequences()). */
  sequences: LlamaContextSequence[];
  slots: SlotPool<LlamaContextSequence>;
  running: Set<AbortController>;
  /** Bytes the replica took, as llama.cpp reported after load (see memoryBytes()). */
  memoryBytes: number;
  decode: DecodeRate;
}

/** One sequence's state, for diagnostics and tests (see LlamaCppEngine.sequences). */
export interface SequenceInfo {
  /** The sequence's number within its model, from 0. */
  index: number;
  /** Whether a request holds it now. */
  busy: boolean;
  /** Tokens in its KV cache now (kept between requests for prefix reuse). */
  contextTokens: number;
  /** Input tokens it has evaluated since load (node-llama-cpp's token meter): prompt tokens not found in its cache. */
  inputTokens: number;
  /** Tokens it has generated since load (token meter). */
  outputTokens: number;
}

/**
 * A shared prefix counts only when it is more than this fraction both of the
 * prompt and of what the sequence holds. Shorter ones (the chat template's
 * opening tokens, say) save next to nothing, and taking the sequence for them
 * would erase a cached conversation that may yet come back. The fraction of
 * the prompt is llama.cpp server's rule (--slot-prompt-similarity, 0.1); the
 * fraction of the cache keeps a short request off a long conversation.
 */
export const MIN_PREFIX_SIMILARITY = 0.1;

/**
 * How much a request with these prompt tokens wants a free sequence (higher
 * is better, for SlotPool.acquire): the prefix it shares with the sequence's
 * cache, when that is worth reusing; else 0 for an empty sequence and -1 for
 * one holding something else, so a request that reuses nothing takes an empty
 * sequence first, then the one free the longest (SlotPool's tie rule: least
 * recently used), much like llama.cpp server's slot choice.
 */
export function preferSequence(prompt: readonly Token[]): (seq: LlamaContextSequence) => number {
  return (seq) => {
    const cached = seq.contextTokens.length;
    if (cached === 0) return 0;
    const shared = seq.compareContextTokens(prompt as Token[]).firstDifferentIndex;
    const worthIt = shared > 0 && shared > MIN_PREFIX_SIMILARITY * prompt.length && shared > MIN_PREFIX_SIMILARITY * cached;
    return worthIt ? shared : -1;
  };
}

/**
 * The memory a loaded replica takes, in bytes: the model's buffers plus the
 * context's, RAM and VRAM together, as llama.cpp itself reports them after
 * load. node-llama-cpp sets LlamaModel.memoryUsage and LlamaContext.memoryUsage
 * right after creating each from llama.cpp's memory_breakdown() (the
 * getMemoryBreakdown() of its addon): for the model, its weight buffers; for
 * the context, the KV cache of every sequence plus the compute and output
 * buffers. These are the real allocations, not estimates. (The other figures
 * do not fit: LlamaContext.stateSize is the size of a serialized state, which
 * counts only the KV cells in use, a few bytes right after load; GgufInsights
 * estimates are predictions.) LlamaModel.size (the weights' tensor bytes) stands
 * in for the model's part if a breakdown is ever missing.
 */
/** Text longer than this (in UTF-16 units) is counted slice by slice before the prompt is built. */
const SLICE_CHARS = 64 * 1024;

/**
 * Whether `text` takes more than `limit` tokens for certain, counted by
 * tokenizing it a slice at a time and yielding to the event loop between
 * slices: tokenizing is synchronous, and megabytes of text in one call
 * stalled this process (its gRPC service and its heartbeats) for seconds.
 * Stops once the count is past the limit; a token cut at a slice edge counts
 * twice at most, so one token per edge is taken off. Returns the count when
 * it is past the limit, else undefined.
 */
export async function tokensBeyond(model: LlamaModel, text: string, limit: number): Promise<number | undefined> {
  if (text.length <= SLICE_CHARS) return undefined; // one call at most as long as the exact check's
  let count = 0;
  let edges = 0;
  for (let at = 0; at < text.length; at += SLICE_CHARS, edges++) {
    count += model.tokenize(text.slice(at, at + SLICE_CHARS), false, 'trimLeadingSpace').length;
    if (count - edges > limit) return count - edges;
    await new Promise((r) => setImmediate(r));
  }
  return undefined;
}

function memoryBytes(model: LlamaModel, context: LlamaContext): number {
  const modelBytes = model.memoryUsage.ram + model.memoryUsage.vram;
  return (modelBytes > 0 ? modelBytes : model.size) + context.memoryUsage.ram + context.memoryUsage.vram;
}

export interface LlamaCppEngineOptions {
  /** CPU threads for evaluation; always explicit (the default is far too many on small machines). */
  threads: number;
}

export class LlamaCppEngine implements Engine {
  readonly name = 'llama.cpp';
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Set<string>();
  private generated = 0;

  private readonly llama: Llama;
  private readonly threads: number;

  private constructor(llama: Llama, threads: number) {
    this.llama = llama;
    this.threads = threads;
  }

  static async create(opts: LlamaCppEngineOptions): Promise<LlamaCppEngine> {
    // gpu:false loads the prebuilt CPU binary offline; CUDA builds are chosen
    // by device discovery (a later executor kind), never by accident here.
    const llama = await getLlama({ gpu: false, maxThreads: opts.threads, logLevel: LlamaLogLevel.error, build: 'never' });
    return new LlamaCppEngine(llama, opts.threads);
  }

  async load(spec: ModelSpec): Promise<ILoadedModel> {
    if (this.loaded.has(spec.name) || this.loading.has(spec.name)) throw errors.invalid(`model '${spec.name}' is already loaded`);
    this.loading.add(spec.name);
    try {
      const model = await this.llama.loadModel({ modelPath: spec.path });
      const context = await model.createContext({
        // Past the trained context a model degrades; never go beyond it.
        contextSize: Math.min(spec.contextSize, model.trainContextSize),
        sequences: spec.slots,
        threads: { ideal: this.threads, min: this.threads },
      }).catch(async (err) => {
        await model.dispose();
        throw err;
      });
      const chatWrapper = spec.chatTemplate
        ? new JinjaTemplateChatWrapper({ template: spec.chatTemplate })
        : resolveChatWrapper(model);
      const sequences = Array.from({ length: spec.slots }, () => context.getSequence());
      this.loaded.set(spec.name, {
        spec, model, context, chatWrapper, sequences, slots: new SlotPool(sequences), running: new Set(),
        memoryBytes: memoryBytes(model, context), decode: new DecodeRate()
      });
      return this.describeModel(spec.name)!;
    } catch (err) {
      throw WeftError.is(err) ? err : errors.internal(`loading '${spec.name}' from ${spec.path} failed: ${(err as Error).message}`, err);
    } finally {
      this.loading.delete(spec.name);
    }
  }

  async unload(name: string): Promise<boolean> {
    const m = this.loaded.get(name);
    if (!m) return false;
    this.loaded.delete(name);
    for (const ac of m.running) ac.abort(errors.cancelled(`model '${name}' was unloaded`));
    m.slots.close(errors.cancelled(`model '${name}' was unloaded`));
    await m.context.dispose();
    await m.model.dispose();
    return true;
  }

  models(): ILoadedModel[] {
    return [...this.loaded.keys()].map((n) => this.describeModel(n)!);
  }

  tokensGenerated(): number {
    return this.generated;
  }

  private describeModel(name: string): ILoadedModel | undefined {
    const m = this.loaded.get(name);
    if (!m) return undefined;
    return {
      name, engine: this.name, state: ModelState.MODEL_STATE_READY,
      slotsTotal: m.spec.slots, slotsBusy: m.slots.busy, contextSize: m.context.contextSize,
      memoryBytes: m.memoryBytes, tokensPerSecond: m.decode.tokensPerSecond,
    };
  }

  /** The sequences of a loaded model with what their KV caches hold; undefined when not loaded. */
  sequences(model: string): SequenceInfo[] | undefined {
    const m = this.loaded.get(model);
    if (!m) return undefined;
    const free = new Set<LlamaContextSequence>(m.slots.freeItems());
    return m.sequences.map((seq, index) => ({
      index,
      busy: !free.has(seq),
      contextTokens: seq.contextTokens.length,
      inputTokens: seq.tokenMeter.usedInputTokens,
      outputTokens: seq.tokenMeter.usedOutputTokens,
    }));
  }

  generate(input: GenerateInput, signal: AbortSignal): AsyncIterable<EngineEvent> {
    const m = this.loaded.get(input.model);
    if (!m) throw errors.modelNotFound(input.model);
    return eventStream<EngineEvent>(signal, (emit, sig) => this.run(m, input.chat, sig, emit));
  }

  private async run(m: Loaded, chat: IChatRequest, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    const t0 = performance.now();
    const cancelled = (queueMs: number, promptTokens = 0) => emit({
      type: 'finish', reason: FinishReason.FINISH_REASON_CANCELLED,
      usage: { promptTokens, completionTokens: 0 }, timing: { queueMs, timeToFirstTokenMs: 0, totalMs: performance.now() - t0 },
    } satisfies EngineEvent);
    // Megabytes of text are refused before the prompt is built and
    // tokenized in one synchronous call (see tokensBeyond).
    const beyond = await tokensBeyond(m.model, (chat.messages ?? []).map((msg) => msg.content ?? '').join('\n'), m.context.contextSize);
    if (beyond !== undefined) {
      throw errors.contextLength(`This model's context is ${m.context.contextSize} tokens; the messages take more than ${beyond}.`);
    }
    // Tokenized once: the count is the prompt's usage and the room check, the
    // tokens choose the sequence. (LlamaChat tokenizes the same text again
    // internally; it takes chat history, not tokens.)
    const history: ChatHistoryItem[] = toChatHistory(chat.messages ?? []);
    const prompt = m.chatWrapper
      .generateContextState({ chatHistory: history })
      .contextText.tokenize(m.model.tokenizer, 'trimLeadingSpace');
    const promptTokens = prompt.length;
    const room = m.context.contextSize - promptTokens;
    if (room <= 0) {
      throw errors.contextLength(`This model's context is ${m.context.contextSize} tokens; the messages take ${promptTokens}.`);
    }
    // The free sequence whose cache shares the longest prefix with the prompt.
    const sequence = await m.slots.acquire(signal, preferSequence(prompt)).catch((err) => {
      if (signal.aborted) return undefined;
      throw err;
    });
    if (!sequence) return void cancelled(performance.now() - t0);
    const ac = new AbortController();
    const onAbort = () => ac.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) ac.abort(signal.reason);
    m.running.add(ac);
    const tSlot = performance.now();
    const llamaChat = new LlamaChat({ contextSequence: sequence, chatWrapper: m.chatWrapper });
    const decode = m.decode.start();
    try {
      const s = chat.sampling;
      const wanted = s?.maxTokens ? s.maxTokens : room;
      const maxTokens = Math.min(wanted, room);
      let completionTokens = 0;
      let firstTokenAt = 0;
      const result = await llamaChat.generateResponse(history, {
        signal: ac.signal,
        stopOnAbortSignal: true,
        maxTokens,
        // OpenAI's default temperature is 1; node-llama-cpp's is greedy.
        temperature: s?.temperature ?? 1,
        ...(s?.topP != null ? { topP: s.topP } : {}),
        // Without a seed node-llama-cpp seeds from the clock in whole seconds,
        // so identical requests within a second sampled identical answers.
        seed: s?.seed != null ? s.seed % 2 ** 32 : randomInt(2 ** 32 - 1),
        ...(s?.stop && s.stop.length > 0 ? { customStopTriggers: s.stop } : {}),
        // llama.cpp penalties are non-negative; OpenAI's negative values
        // (encouraging repetition) have no equivalent and are ignored.
        repeatPenalty: {
          penalty: 1,
          presencePenalty: Math.max(0, s?.presencePenalty ?? 0),
          frequencyPenalty: Math.max(0, s?.frequencyPenalty ?? 0),
        },
        onResponseChunk: (chunk) => {
          this.generated += chunk.tokens.length;
          if (chunk.type !== undefined) return; // thought segments are not part of the answer
          if (chunk.tokens.length === 0 && chunk.text === '') return;
          const now = performance.now();
          if (firstTokenAt === 0) firstTokenAt = now;
          completionTokens += chunk.tokens.length;
          decode.tokens(chunk.tokens.length, now);
          emit({ type: 'delta', text: chunk.text, tokens: chunk.tokens.length });
        },
      }).catch((err) => {
        if (ac.signal.aborted) return undefined;
        throw err;
      });
      decode.finish();
      const reason = result ? mapStopReason(result.metadata.stopReason) : FinishReason.FINISH_REASON_CANCELLED;
      emit({
        type: 'finish',
        reason: ac.signal.aborted ? FinishReason.FINISH_REASON_CANCELLED : reason,
        usage: { promptTokens, completionTokens },
        timing: { queueMs: tSlot - t0, timeToFirstTokenMs: firstTokenAt ? firstTokenAt - tSlot : 0, totalMs: performance.now() - t0 },
      } satisfies EngineEvent);
    } finally {
      signal.removeEventListener('abort', onAbort);
      m.running.delete(ac);
      llamaChat.dispose({ disposeSequence: false });
      m.slots.release(sequence);
    }
  }

  async dispose(): Promise<void> {
    for (const name of [...this.loaded.keys()]) await this.unload(name);
    await this.llama.dispose();
  }
}
