// Rerank on llama.cpp: GGUF rerankers (Qwen3-Reranker, bge-reranker and the
// like) scored through node-llama-cpp's ranking context. Whether a file is a
// reranker is node-llama-cpp's own judgement (GgufInsights.supportsRanking:
// a `cls.output.weight` or `cls.weight` head, plus an EOS/SEP token or a
// `tokenizer.chat_template.rerank` prompt), read from the loaded file, so a
// GGUF needs no declaration in the models file to serve rerank.
//
// A reranker runs rerank only: its generation context would sample from a
// head that is not a language model's, and its embedding would be the rank
// score. Every other GGUF runs chat and embed (proto/tasks.ts ggufTasks, the
// rule the catalog also applies to the header at registration, from its rank
// pooling: converted rerankers have both a rank head and rank pooling, so
// /v1/models lists what the replicas run). The replica reports its own
// tasks (LoadedModel.tasks), so the scheduler refuses the wrong task before
// dispatch; checkModelTask refuses it again here for a request that came
// straight to the executor.
import type { LlamaModel, LlamaRankingContext, Token } from 'node-llama-cpp';
import { ENGINE, errors, FinishReason, ggufTasks, Task, taskName, type BodyKind, type IRerankRequest } from '../../../proto/index.ts';
import type { EngineEvent } from '../../engine.ts';
import type { Emit } from '../event-stream.ts';

/**
 * Documents per rankAll call: rankAll evaluates its documents one after the
 * other on the context's one sequence and takes no signal, so a cancelled
 * request stops at the next group instead of after a thousand documents.
 */
const DOCUMENTS_PER_CALL = 16;

/** The tasks a loaded GGUF runs. */
export function modelTasks(model: LlamaModel): Task[] {
  return ggufTasks(model.fileInsights.supportsRanking);
}

/** Throws UNSUPPORTED (a 400) naming the model's own tasks when its file cannot run `task`. */
export function checkModelTask(name: string, model: LlamaModel, task: BodyKind): void {
  const tasks = modelTasks(model);
  if (tasks.some((t) => taskName(t) === task)) return;
  const why = task === 'rerank'
    ? ': its file has no rank head (a cls.output.weight or cls.weight tensor, as in GGUF rerankers)'
    : ': it is a reranker';
  throw errors.unsupported(`The model '${name}' cannot run ${task} requests: it runs ${tasks.map(taskName).join(', ')} (engine ${ENGINE.llamacpp})${why}.`, 'model');
}

/** What the ranking context is made from: LlamaState has these. */
export interface RankingHolder {
  model: LlamaModel;
  /** The longest query-document prompt, in tokens. */
  contextSize: number;
  /** Made at the model's first rerank request; a failed attempt is retried by the next. */
  ranking?: Promise<LlamaRankingContext>;
}

/** The model's ranking context, made once (as the embedding context is). */
export function rankingContext(st: RankingHolder, name: string, threads: number): Promise<LlamaRankingContext> {
  st.ranking ??= st.model.createRankingContext({
    // A whole prompt in one batch: llama.cpp pools a sequence from a single batch.
    contextSize: st.contextSize, batchSize: st.contextSize, threads,
  }).catch((err) => {
    st.ranking = undefined;
    throw errors.unsupported(`The model '${name}' cannot rank documents: ${(err as Error).message}`, 'model');
  });
  return st.ranking;
}

/**
 * Each document as tokens that fit the context with the query and the
 * model's prompt around them: a document too long is scored on its start,
 * as the ONNX cross-encoders do; a query that leaves no room is refused.
 */
async function fittedDocuments(ctx: LlamaRankingContext, model: LlamaModel, query: Token[], documents: readonly string[]): Promise<Token[][]> {
  // Prompt tokens around the document, and what is left for it (the context
  // must keep one cell free: rankAll refuses a prompt that fills it).
  const room = ctx.contextSize - 1 - ctx.calculateInputLength(query, []);
  if (room <= 0) {
    throw errors.contextLength(`This model takes at most ${ctx.contextSize - 1} tokens per query and document; the query with the model's prompt takes ${ctx.contextSize - 1 - room}.`);
  }
  const out: Token[][] = [];
  for (const doc of documents) {
    const tokens = model.tokenize(doc, false, 'trimLeadingSpace');
    out.push(tokens.length > room ? tokens.slice(0, room) : tokens);
    // Tokenizing is synchronous: let the gRPC service and heartbeats run between documents.
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

/**
 * Scores one request's documents against its query, on the ranking context,
 * and emits them (relevances in [0, 1]: node-llama-cpp applies the sigmoid,
 * or takes Qwen3's softmax as it is) with the finish. Run holding a slot.
 */
export async function scoreDocuments(
  ctx: LlamaRankingContext, model: LlamaModel, req: IRerankRequest, signal: AbortSignal, emit: Emit<EngineEvent>, t0: number, tSlot: number,
): Promise<void> {
  const query = model.tokenize(req.query ?? '', false, 'trimLeadingSpace');
  const documents = await fittedDocuments(ctx, model, query, req.documents ?? []);
  const promptTokens = documents.reduce((n, doc) => n + ctx.calculateInputLength(query, doc), 0);
  const scores: number[] = [];
  let firstAt = 0;
  for (let start = 0; start < documents.length && !signal.aborted; start += DOCUMENTS_PER_CALL) {
    scores.push(...await ctx.rankAll(query, documents.slice(start, start + DOCUMENTS_PER_CALL)));
    firstAt ||= performance.now();
  }
  const done = !signal.aborted;
  if (done) emit({ type: 'scores', items: scores.map((score, index) => ({ index, score })) });
  emit({
    type: 'finish', reason: done ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_CANCELLED,
    usage: { promptTokens: done ? promptTokens : 0, completionTokens: 0 },
    timing: { queueMs: tSlot - t0, timeToFirstTokenMs: firstAt ? firstAt - tSlot : 0, totalMs: performance.now() - t0 },
  });
}
