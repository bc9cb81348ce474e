// The llama.cpp engine, on node-llama-cpp. One context per model with one
// sequence per slot: concurrent requests run as separate sequences of that
// context, so llama.cpp batches their tokens together (continuous batching).
//
// A chat turn runs on LlamaChat only when it needs what LlamaChat adds
// (functions, a reasoning model's thought segments); every other turn, and
// every request for logprobs, runs on the engine's own token loop
// (token-generation.ts), which answers the same and does less per token.
//
// Prefix reuse: a sequence keeps its KV cache between requests, and both
// paths compare the sequence's context tokens with the new prompt's, erase
// from the first difference and evaluate only the rest (LlamaChat:
// alignCurrentSequenceStateWithCurrentTokens →
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
// (test/integration/engine-head-of-line.test.ts). The same patch keeps each
// step's batch whole and in sequence-id order, so llama.cpp decodes it as one
// micro-batch, one read of the weights (test/integration/engine-decode-batches.test.ts).
//
// The device: the model runs on the Llama (node-llama-cpp build) that
// backend.ts picks for the device the plan assigned, CPU unless a detected
// NVIDIA GPU asks for CUDA.
import {
  JinjaTemplateChatWrapper, LlamaChat, LlamaCompletion, resolveChatWrapper,
  type ChatHistoryItem, type ChatWrapper, type Token, type LlamaContext, type LlamaContextSequence, type LlamaEmbeddingContext, type LlamaGrammar, type LlamaModel,
} from 'node-llama-cpp';
import { randomInt } from 'node:crypto';
import { ENGINE, ENGINE_TASKS, errors, FinishReason, Task, type IEmbedRequest, type ILoadedModel, type IRerankRequest, type IResponseFormat, type ITokenLogprob } from '../../../proto/index.ts';
import type { EmbeddingItem, EngineCapabilities, EngineEvent, GenerateInput, ModelDevice, ModelSpec } from '../../engine.ts';
import { cancelledWhileQueued, EngineBase, type Loaded as BaseLoaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { LlamaBackends, type GetLlama } from './backend.ts';
import { toChatHistory } from './chat-history.ts';
import { generateTokens, plainTurn, rawPromptTokens } from './token-generation.ts';
import { mapStopReason } from './map-finish-reason.ts';
import { checkModelTask, modelTasks, rankingContext, scoreDocuments, type RankingHolder } from './rerank.ts';
import { callId, forcedCalls, MAX_FORCED_CALLS, toolPlan, withInstruction, type ToolPlan } from './tools.ts';

/** What one loaded model holds besides the base's bookkeeping (the ranking context: rerank.ts). */
interface LlamaState extends RankingHolder {
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper;
  /** Every sequence of the context, in creation order (the index is the sequence's number in sequences()). */
  sequences: LlamaContextSequence[];
  /** The embedding context, made at the model's first embed request (most models never get one). */
  embedding?: Promise<LlamaEmbeddingContext>;
  /** Context size of the embedding context: the longest input it takes. */
  contextSize: number;
}

type Loaded = BaseLoaded<LlamaContextSequence, LlamaState>;

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
 *
 * Among empty sequences, and among sequences holding an equally long prefix
 * (copies of one prompt), the lowest-numbered wins (a fraction below 1 added
 * to the score, so it never outweighs a token of prefix). The busy sequences
 * then stay in one run of ids, and llama.cpp decodes only runs of consecutive
 * ids in one micro-batch (its KV cache is per sequence: split_equal), each
 * micro-batch reading every weight: with 16 streams scattered over 64
 * sequences an H200 made 265 tokens/s of the 7B shape where one run made 842
 * (README, benchmark (k)). No cache is lost by it: an empty sequence holds
 * nothing, and the copies not taken keep the same prefix. Among sequences
 * holding something else, least recently used still decides: which cache a
 * new conversation evicts matters more than where it sits.
 */
export function preferSequence(prompt: readonly Token[], sequences: readonly LlamaContextSequence[]): (seq: LlamaContextSequence) => number {
  // A fresh context numbers its sequences 0, 1, … in the order they are made,
  // so the index in `sequences` is llama.cpp's sequence id.
  const lowFirst = (seq: LlamaContextSequence) => (sequences.length - sequences.indexOf(seq)) / (sequences.length + 1);
  return (seq) => {
    const cached = seq.contextTokens.length;
    if (cached === 0) return lowFirst(seq);
    const shared = seq.compareContextTokens(prompt as Token[]).firstDifferentIndex;
    const worthIt = shared > 0 && shared > MIN_PREFIX_SIMILARITY * prompt.length && shared > MIN_PREFIX_SIMILARITY * cached;
    return worthIt ? shared + lowFirst(seq) : -1;
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

/**
 * The grammar enforcing a response format: any JSON object, or JSON valid
 * against a schema (node-llama-cpp's JSON schema grammar, which supports a
 * subset of JSON Schema: a schema it cannot turn into a grammar is a 400).
 */
export async function grammarFor(model: LlamaModel, format: IResponseFormat | null | undefined): Promise<LlamaGrammar | undefined> {
  if (!format?.type || format.type === 'text') return undefined;
  // json_schema without a schema: any JSON, as json_object.
  if (format.type === 'json_object' || (format.type === 'json_schema' && !format.schema)) return model.llama.getGrammarFor('json');
  if (format.type !== 'json_schema') throw errors.invalid(`Invalid value for 'response_format.type': '${format.type}' is not supported.`, 'response_format');
  let schema: unknown;
  try {
    schema = JSON.parse(format.schema || '{}');
  } catch {
    throw errors.invalid("Invalid value for 'response_format.json_schema.schema': not JSON.", 'response_format.json_schema.schema');
  }
  try {
    return await model.llama.createGrammarForJsonSchema(schema as Parameters<typeof model.llama.createGrammarForJsonSchema>[0]);
  } catch (err) {
    throw errors.invalid(`Invalid value for 'response_format.json_schema.schema': it cannot be enforced (${(err as Error).message}).`, 'response_format.json_schema.schema');
  }
}

function memoryBytes(model: LlamaModel, context: LlamaContext): number {
  const modelBytes = model.memoryUsage.ram + model.memoryUsage.vram;
  return (modelBytes > 0 ? modelBytes : model.size) + context.memoryUsage.ram + context.memoryUsage.vram;
}

export interface LlamaCppEngineOptions {
  /** CPU threads for evaluation; always explicit (the default is far too many on small machines). */
  threads: number;
  /** node-llama-cpp's getLlama; injected by tests. */
  getLlama?: GetLlama;
  /** Environment the CUDA device pin is set in (backend.ts); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

export class LlamaCppEngine extends EngineBase<LlamaContextSequence, LlamaState> {
  readonly name = ENGINE.llamacpp;
  // Device kinds llama.cpp has backends for; whether this executor's build
  // has the one a detected device needs is checked at load (backend.ts).
  readonly capabilities: EngineCapabilities = { tasks: ENGINE_TASKS[ENGINE.llamacpp], formats: ['gguf'], devices: ['cpu', 'nvidia', 'ascend'], logprobs: true };

  private readonly backends: LlamaBackends;
  private readonly threads: number;

  private constructor(backends: LlamaBackends, threads: number) {
    super();
    this.backends = backends;
    this.threads = threads;
  }

  static async create(opts: LlamaCppEngineOptions): Promise<LlamaCppEngine> {
    return new LlamaCppEngine(await LlamaBackends.create(opts), opts.threads);
  }

  protected async open(spec: ModelSpec, device: ModelDevice): Promise<Opened<LlamaContextSequence, LlamaState>> {
    const llama = await this.backends.forDevice(device);
    // On a GPU every layer is offloaded: the plan reserved the replica's
    // memory there, and a partial offload would run it mostly on the CPU.
    const gpu = this.backends.isGpu(llama);
    const model = await llama.loadModel({ modelPath: spec.path, ...(gpu ? { gpuLayers: 'max' as const } : {}) });
    // Past the trained context a model degrades; never go beyond it.
    const wanted = Math.min(spec.contextSize, model.trainContextSize);
    const context = await model.createContext({
      // On a GPU, node-llama-cpp sizes the KV cache from the memory really
      // free there: the spec's context when it fits, else less (never under
      // 512 tokens or the spec's, whichever is smaller); the replica then
      // reports the context it got.
      contextSize: gpu ? { min: Math.min(512, wanted), max: wanted } : wanted,
      sequences: spec.slots,
      threads: { ideal: this.threads, min: this.threads },
      // Flash attention where llama.cpp's GPU backend has it: less KV memory
      // traffic per step; llama.cpp falls back per layer where unsupported.
      ...(gpu ? { flashAttention: true } : {}),
    }).catch(async (err) => {
      await model.dispose();
      throw err;
    });
    const chatWrapper = spec.chatTemplate
      ? new JinjaTemplateChatWrapper({ template: spec.chatTemplate })
      : resolveChatWrapper(model);
    const sequences = Array.from({ length: spec.slots }, () => context.getSequence());
    return {
      state: { model, context, chatWrapper, sequences, contextSize: wanted },
      slots: sequences, memoryBytes: memoryBytes(model, context), contextSize: context.contextSize,
    };
  }

  protected async close(m: Loaded): Promise<void> {
    if (m.state.embedding) await m.state.embedding.then((e) => e.dispose(), () => undefined);
    if (m.state.ranking) await m.state.ranking.then((r) => r.dispose(), () => undefined);
    await m.state.context.dispose();
    await m.state.model.dispose();
  }

  /** The sequences of a loaded model with what their KV caches hold; undefined when not loaded. */
  sequences(model: string): SequenceInfo[] | undefined {
    const m = this.loaded.get(model);
    if (!m) return undefined;
    const free = new Set<LlamaContextSequence>(m.slots.freeItems());
    return m.state.sequences.map((seq, index) => ({
      index,
      busy: !free.has(seq),
      contextTokens: seq.contextTokens.length,
      inputTokens: seq.tokenMeter.usedInputTokens,
      outputTokens: seq.tokenMeter.usedOutputTokens,
    }));
  }

  protected async run(m: Loaded, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    checkModelTask(m.name, m.state.model, input.body.task);
    if (input.body.task === 'embed') return this.embed(m, input.body.embed, signal, emit);
    if (input.body.task === 'rerank') return this.rerank(m, input.body.rerank, signal, emit);
    if (input.body.task !== 'chat') throw errors.unsupported(`llama.cpp runs chat, embed and rerank, not ${input.body.task}`);
    const chat = input.body.chat;
    const { model, context, chatWrapper } = m.state;
    const t0 = performance.now();
    // Megabytes of text are refused before the prompt is built and
    // tokenized in one synchronous call (see tokensBeyond).
    const beyond = await tokensBeyond(model, (chat.messages ?? []).map((msg) => msg.content ?? '').join('\n'), context.contextSize);
    if (beyond !== undefined) {
      throw errors.contextLength(`This model's context is ${context.contextSize} tokens; the messages take more than ${beyond}.`);
    }
    // Tokenized once: the count is the prompt's usage and the room check, the
    // tokens choose the sequence. (LlamaChat tokenizes the same text again
    // internally; it takes chat history, not tokens.)
    // A legacy completion's prompt is continued as is, with no chat template.
    const raw = typeof chat.prompt === 'string' ? chat.prompt : undefined;
    const plan: ToolPlan = raw === undefined ? toolPlan(chat) : { mode: 'none' };
    let history: ChatHistoryItem[] = raw === undefined ? toChatHistory(chat.messages ?? []) : [];
    if (plan.mode === 'forced') history = withInstruction(history, plan.instruction);
    // The logprobs loop does not parse function calls (the gateway refuses the pair too).
    if (chat.logprobs && plan.mode !== 'none') throw errors.unsupported('logprobs together with tools is not supported by this server yet; leave out one of them.', 'logprobs');
    const contextState = raw === undefined ? chatWrapper.generateContextState({ chatHistory: history }) : undefined;
    const prompt = raw !== undefined
      ? model.tokenize(raw, false, 'trimLeadingSpace')
      : contextState!.contextText.tokenize(model.tokenizer, 'trimLeadingSpace');
    const grammar = plan.mode === 'forced'
      ? await model.llama.createGrammarForJsonSchema(plan.schema as Parameters<typeof model.llama.createGrammarForJsonSchema>[0]).catch((err: Error) => {
        throw errors.invalid(`The tools' parameters cannot be enforced: ${err.message}`, 'tools');
      })
      : await grammarFor(model, chat.responseFormat);
    const promptTokens = prompt.length;
    const room = context.contextSize - promptTokens;
    if (room <= 0) {
      throw errors.contextLength(`This model's context is ${context.contextSize} tokens; the messages take ${promptTokens}.`);
    }
    // The free sequence whose cache shares the longest prefix with the prompt (lowest id among equals).
    const ran = await this.withSlot(m, signal, preferSequence(prompt, m.state.sequences), async (sequence, sig) => {
      const tSlot = performance.now();
      // Token logprobs, and a chat turn that needs nothing LlamaChat adds
      // (plainTurn): a generation loop of its own (token-generation.ts),
      // neither LlamaChat nor LlamaCompletion.
      const withLogprobs = chat.logprobs === true;
      const ownLoop = withLogprobs || (raw === undefined && plan.mode === 'none' && plainTurn(chatWrapper, contextState!));
      const llamaChat = raw === undefined && !ownLoop ? new LlamaChat({ contextSequence: sequence, chatWrapper }) : undefined;
      const llamaCompletion = raw !== undefined && !ownLoop ? new LlamaCompletion({ contextSequence: sequence }) : undefined;
      const decode = m.decode.start();
      try {
        const s = chat.sampling;
        const wanted = s?.maxTokens ? s.maxTokens : room;
        const maxTokens = Math.min(wanted, room);
        let completionTokens = 0;
        let firstTokenAt = 0;
        const options = {
          signal: sig,
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
          ...(grammar ? { grammar } : {}),
        };
        // `tokens`: how many tokens the chunk's text is made of.
        const onChunk = (chunk: { tokens: number; text: string; type?: unknown; logprobs?: ITokenLogprob[] }) => {
          this.countTokens(chunk.tokens);
          if (chunk.type !== undefined) return; // thought segments are not part of the answer
          if (chunk.tokens === 0 && chunk.text === '') return;
          const now = performance.now();
          if (firstTokenAt === 0) firstTokenAt = now;
          completionTokens += chunk.tokens;
          decode.tokens(chunk.tokens, now);
          // A forced tool call is sent as calls once complete, not as text.
          if (plan.mode === 'forced') forcedText += chunk.text;
          else emit({ type: 'delta', text: chunk.text, tokens: chunk.tokens, ...(chunk.logprobs ? { logprobs: chunk.logprobs } : {}) });
        };
        const onResponseChunk = (c: { tokens: readonly Token[]; text: string; type?: unknown }) => onChunk({ ...c, tokens: c.tokens.length });
        let forcedText = '';
        const ownRun = ownLoop
          ? await generateTokens({
            model, sequence, prompt: raw !== undefined ? rawPromptTokens(model, raw) : contextState!.contextText.tokenize(model.tokenizer),
            maxTokens, ...(withLogprobs ? { topLogprobs: chat.topLogprobs ?? 0 } : {}), temperature: options.temperature, ...(s?.topP != null ? { topP: s.topP } : {}), seed: options.seed,
            presencePenalty: options.repeatPenalty.presencePenalty, frequencyPenalty: options.repeatPenalty.frequencyPenalty,
            ...(grammar ? { grammar } : {}), stop: s?.stop ?? [], triggers: contextState?.stopGenerationTriggers ?? [], signal: sig,
            onDelta: (text, tokens, logprobs) => onChunk({ tokens, text, ...(logprobs ? { logprobs } : {}) }),
          }).catch((err) => {
            if (sig.aborted) return undefined;
            throw err;
          })
          : undefined;
        // A completion reports tokens and their text apart: each token's text is its detokenization.
        const result = ownLoop ? undefined : await (llamaCompletion
          ? llamaCompletion.generateCompletionWithMeta(raw!, {
            ...options,
            onToken: (tokens) => onChunk({ tokens: tokens.length, text: model.detokenize(tokens) }),
          })
          : plan.mode === 'auto'
            // Functions and a grammar exclude each other (the gateway refuses the pair).
            ? llamaChat!.generateResponse(history, {
              ...options, grammar: undefined, onResponseChunk,
              functions: plan.functions, maxParallelFunctionCalls: plan.parallel ? MAX_FORCED_CALLS : 1,
            })
            : llamaChat!.generateResponse(history, { ...options, onResponseChunk })
        ).catch((err) => {
          if (sig.aborted) return undefined;
          throw err;
        });
        decode.finish();
        let reason = ownRun ? ownRun.reason : result ? mapStopReason(result.metadata.stopReason) : FinishReason.FINISH_REASON_CANCELLED;
        const calls = !result || sig.aborted ? []
          : plan.mode === 'forced' && reason === FinishReason.FINISH_REASON_STOP ? forcedCalls(forcedText, plan.parallel)
            : ((result as { functionCalls?: { functionName: string; params: unknown }[] }).functionCalls ?? [])
              .map((fc) => ({ name: fc.functionName, arguments: JSON.stringify(fc.params ?? {}) }));
        for (const [index, c] of calls.entries()) emit({ type: 'toolCall', index, id: callId(), ...c });
        if (calls.length > 0) reason = FinishReason.FINISH_REASON_TOOL_CALLS;
        emit({
          type: 'finish',
          reason: sig.aborted ? FinishReason.FINISH_REASON_CANCELLED : reason,
          usage: { promptTokens, completionTokens },
          timing: { queueMs: tSlot - t0, timeToFirstTokenMs: firstTokenAt ? firstTokenAt - tSlot : 0, totalMs: performance.now() - t0 },
        } satisfies EngineEvent);
      } finally {
        llamaChat?.dispose({ disposeSequence: false });
        llamaCompletion?.dispose({ disposeSequence: false });
      }
    });
    if (!ran) emit(cancelledWhileQueued(t0));
  }

  /** The model's embedding context, made once (a failed attempt is retried by the next request). */
  private embeddingContext(m: Loaded): Promise<LlamaEmbeddingContext> {
    const st = m.state;
    st.embedding ??= st.model.createEmbeddingContext({
      // A whole input in one batch: llama.cpp pools an input's embedding
      // from a single batch.
      contextSize: st.contextSize, batchSize: st.contextSize, threads: this.threads,
    }).catch((err) => {
      st.embedding = undefined;
      throw errors.unsupported(`The model '${m.name}' cannot compute embeddings: ${(err as Error).message}`, 'model');
    });
    return st.embedding;
  }

  /**
   * All inputs of one request in one call, on one slot: llama.cpp's
   * embedding context evaluates them in turn (node-llama-cpp's embedding
   * context has one sequence), without a fabric round trip per input.
   * Vectors are L2-normalised, as OpenAI's are.
   */
  private async embed(m: Loaded, req: IEmbedRequest, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    const t0 = performance.now();
    const st = m.state;
    const vocab = st.model.fileInfo.metadata.tokenizer?.ggml?.tokens?.length;
    const inputs: (string | Token[])[] = (req.tokenInputs ?? []).length > 0
      ? (req.tokenInputs ?? []).map((t, i) => {
        const ids = t.ids ?? [];
        const bad = vocab === undefined ? undefined : ids.find((id) => id >= vocab);
        if (bad !== undefined) throw errors.invalid(`Invalid value for 'input[${i}]': token id ${bad} is outside the model's vocabulary of ${vocab} tokens.`, 'input');
        return ids as Token[];
      })
      : [...(req.inputs ?? [])];
    const ran = await this.withSlot(m, signal, undefined, async (_seq, sig) => {
      const tSlot = performance.now();
      const ctx = await this.embeddingContext(m);
      let promptTokens = 0;
      for (const [i, input] of inputs.entries()) {
        const n = ctx.calculateInputLength(input);
        if (n >= st.contextSize) {
          throw errors.contextLength(`This model's context is ${st.contextSize} tokens; input ${i} takes ${n}.`);
        }
        promptTokens += n;
      }
      const items: EmbeddingItem[] = [];
      let firstAt = 0;
      for (const [index, input] of inputs.entries()) {
        if (sig.aborted) break;
        const { vector } = await ctx.getEmbeddingFor(input);
        if (req.dimensions && req.dimensions !== vector.length) {
          throw errors.invalid(`Invalid value for 'dimensions': the model '${m.name}' makes ${vector.length}-dimensional embeddings and does not support other sizes.`, 'dimensions');
        }
        const norm = Math.hypot(...vector);
        items.push({ index, vector: norm > 0 ? vector.map((x) => x / norm) : [...vector] });
        firstAt ||= performance.now();
      }
      if (!sig.aborted) emit({ type: 'embeddings', items });
      emit({
        type: 'finish', reason: sig.aborted ? FinishReason.FINISH_REASON_CANCELLED : FinishReason.FINISH_REASON_STOP,
        usage: { promptTokens, completionTokens: 0 },
        timing: { queueMs: tSlot - t0, timeToFirstTokenMs: firstAt ? firstAt - tSlot : 0, totalMs: performance.now() - t0 },
      });
    });
    if (!ran) emit(cancelledWhileQueued(t0));
  }

  /** A query's documents scored on one slot by the model's ranking context (rerank.ts). */
  private async rerank(m: Loaded, req: IRerankRequest, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    const t0 = performance.now();
    const ran = await this.withSlot(m, signal, undefined, async (_seq, sig) => {
      const tSlot = performance.now();
      await scoreDocuments(await rankingContext(m.state, m.name, this.threads), m.state.model, req, sig, emit, t0, tSlot);
    });
    if (!ran) emit(cancelledWhileQueued(t0));
  }

  /** A replica runs what its file allows (a reranker: rerank only), so the scheduler routes by it. */
  protected override describe(m: Loaded): ILoadedModel {
    return { ...super.describe(m), tasks: modelTasks(m.state.model) };
  }

  probe(device: ModelDevice): Promise<string | undefined> {
    return this.backends.probe(device);
  }

  async dispose(): Promise<void> {
    await super.dispose();
    await this.backends.dispose();
  }
}
