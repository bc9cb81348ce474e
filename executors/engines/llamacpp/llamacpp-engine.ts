// The llama.cpp engine, on node-llama-cpp. One context per model with one
// sequence per slot: concurrent requests run as separate sequences of that
// context, so llama.cpp batches their tokens together (continuous batching).
import {
  getLlama, JinjaTemplateChatWrapper, LlamaChat, LlamaLogLevel, resolveChatWrapper,
  type ChatHistoryItem, type ChatWrapper, type Llama, type LlamaContext, type LlamaContextSequence, type LlamaModel,
} from 'node-llama-cpp';
import { errors, FinishReason, ModelState, WeftError, type IChatRequest, type ILoadedModel } from '../../../proto/index.ts';
import type { Engine, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { eventStream, type Emit } from '../event-stream.ts';
import { toChatHistory } from './chat-history.ts';
import { mapStopReason } from './map-finish-reason.ts';
import { SlotPool } from './slot-pool.ts';

interface Loaded {
  spec: ModelSpec;
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper;
  slots: SlotPool<LlamaContextSequence>;
  running: Set<AbortController>;
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
      this.loaded.set(spec.name, { spec, model, context, chatWrapper, slots: new SlotPool(sequences), running: new Set() });
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
    };
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
    const sequence = await m.slots.acquire(signal).catch((err) => {
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
    try {
      const history: ChatHistoryItem[] = toChatHistory(chat.messages ?? []);
      const promptTokens = m.chatWrapper
        .generateContextState({ chatHistory: history })
        .contextText.tokenize(m.model.tokenizer, 'trimLeadingSpace').length;
      const room = m.context.contextSize - promptTokens;
      if (room <= 0) {
        throw errors.contextLength(`This model's context is ${m.context.contextSize} tokens; the messages take ${promptTokens}.`);
      }
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
        ...(s?.seed != null ? { seed: s.seed % 2 ** 32 } : {}),
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
          if (firstTokenAt === 0) firstTokenAt = performance.now();
          completionTokens += chunk.tokens.length;
          emit({ type: 'delta', text: chunk.text, tokens: chunk.tokens.length });
        },
      }).catch((err) => {
        if (ac.signal.aborted) return undefined;
        throw err;
      });
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
