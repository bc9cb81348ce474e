// Sentence embeddings on onnxruntime: a BERT-style encoder exported to ONNX
// (what `weft synth --kind embedding` writes, and what sentence-transformers
// or optimum export: model.onnx beside vocab.txt and config.json). A
// request's inputs run together, in batches padded to their longest input,
// one session.run per batch. Models that end in a `sentence_embedding`
// output (pooled and normalised in the graph) are used as they are; others
// (`last_hidden_state` / `token_embeddings`) are mean-pooled over the
// attention mask and L2-normalised here, as sentence-transformers does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddingModelFiles, estimateOnnx } from '../../../catalog/onnx-model.ts';
import { errors, FinishReason, Task, ENGINE, type IEmbedRequest } from '../../../proto/index.ts';
import type { EmbeddingItem, EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { EngineBase, type Loaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { WordPieceTokenizer } from './wordpiece.ts';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

/** Inputs per session.run: bounds the padded batch's memory. */
const BATCH_MAX = 64;
const POOLED_OUTPUT = 'sentence_embedding';
const TOKEN_OUTPUTS = ['last_hidden_state', 'token_embeddings'];

export interface EmbeddingModel {
  ort: Ort;
  session: Session;
  tokenizer: WordPieceTokenizer;
  /** The output read, and whether the graph already pools and normalises it. */
  output: string;
  pooled: boolean;
  hasTokenTypes: boolean;
  /** Longest input, in tokens with [CLS] and [SEP]. */
  maxTokens: number;
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export class OnnxEmbeddingEngine extends EngineBase<number, EmbeddingModel> {
  readonly name = ENGINE.onnxruntime;
  readonly capabilities: EngineCapabilities = { tasks: [Task.TASK_EMBED], formats: ['onnx'], devices: ['cpu'] };
  private readonly threads: number;

  constructor(opts: { threads: number }) {
    super();
    this.threads = Math.max(1, opts.threads);
  }

  protected async open(spec: ModelSpec): Promise<Opened<number, EmbeddingModel>> {
    const files = embeddingModelFiles(spec.path);
    if (!files) throw errors.invalid(`'${spec.path}' is not an embedding model: expected model.onnx with vocab.txt beside it`, 'path');
    const config = readJson(join(files.dir, 'config.json'));
    const tokenizerConfig = readJson(join(files.dir, 'tokenizer_config.json'));
    const lowercase = (tokenizerConfig.do_lower_case ?? config.do_lower_case ?? true) !== false;
    let tokenizer: WordPieceTokenizer;
    try {
      tokenizer = WordPieceTokenizer.fromFile(files.vocab, { lowercase });
    } catch (err) {
      throw errors.invalid(`'${files.vocab}': ${(err as Error).message}`, 'path');
    }
    const positions = Number(config.max_position_embeddings ?? 512);
    const maxTokens = Math.min(spec.contextSize > 0 ? spec.contextSize : positions, positions);
    // Loaded on first use: an executor that serves no ONNX model never pays for onnxruntime.
    const ort = (await import('onnxruntime-node')).default as unknown as Ort;
    const session = await ort.InferenceSession.create(files.onnx, { intraOpNumThreads: this.threads, interOpNumThreads: 1, executionProviders: ['cpu'] });
    const output = session.outputNames.includes(POOLED_OUTPUT) ? POOLED_OUTPUT : TOKEN_OUTPUTS.find((o) => session.outputNames.includes(o));
    if (!session.inputNames.includes('input_ids') || !session.inputNames.includes('attention_mask') || !output) {
      await session.release();
      throw errors.invalid(
        `'${files.onnx}' is not a sentence-embedding encoder (inputs ${session.inputNames.join(', ')}; outputs ${session.outputNames.join(', ')}): ` +
        `expected input_ids and attention_mask in, and ${POOLED_OUTPUT} or ${TOKEN_OUTPUTS.join(' or ')} out`, 'path');
    }
    return {
      state: { ort, session, tokenizer, output, pooled: output === POOLED_OUTPUT, hasTokenTypes: session.inputNames.includes('token_type_ids'), maxTokens },
      slots: Array.from({ length: Math.max(1, spec.slots) }, (_, i) => i),
      // Weights, plus onnxruntime's arena for a full padded batch's activations.
      memoryBytes: spec.memoryBytes ?? estimateOnnx(spec.path).memoryBytes,
      contextSize: maxTokens,
    };
  }

  protected async close(m: Loaded<number, EmbeddingModel>): Promise<void> {
    await m.state.session.release();
  }

  protected async run(m: Loaded<number, EmbeddingModel>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    if (input.body.task !== 'embed') throw errors.unsupported(`The model '${m.name}' runs embed requests, not ${input.body.task}`, 'model');
    const t0 = performance.now();
    const sequences = this.tokenize(m, input.body.embed);
    let tFirst = 0;
    let tSlot = t0;
    const items: EmbeddingItem[] = [];
    const ran = await this.withSlot(m, signal, undefined, async (_slot, sig) => {
      tSlot = performance.now();
      for (let start = 0; start < sequences.length && !sig.aborted; start += BATCH_MAX) {
        const vectors = await this.runBatch(m.state, sequences.slice(start, start + BATCH_MAX));
        vectors.forEach((vector, i) => items.push({ index: start + i, vector }));
        tFirst ||= performance.now();
      }
    });
    const dims = input.body.embed.dimensions;
    if (ran && !signal.aborted && dims && items.length > 0 && dims !== items[0]!.vector.length) {
      throw errors.invalid(`Invalid value for 'dimensions': the model '${m.name}' makes ${items[0]!.vector.length}-dimensional embeddings and does not support other sizes.`, 'dimensions');
    }
    const done = ran && !signal.aborted;
    if (done) emit({ type: 'embeddings', items });
    const t = performance.now();
    emit({
      type: 'finish', reason: done ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_CANCELLED,
      usage: { promptTokens: done ? sequences.reduce((n, s) => n + s.length, 0) : 0, completionTokens: 0 },
      timing: { queueMs: tSlot - t0, timeToFirstTokenMs: tFirst ? tFirst - tSlot : 0, totalMs: t - t0 },
    });
  }

  /** Each input as token ids, checked against the model's vocabulary and length. */
  private tokenize(m: Loaded<number, EmbeddingModel>, req: IEmbedRequest): number[][] {
    const { tokenizer, maxTokens } = m.state;
    const tokenInputs = req.tokenInputs ?? [];
    const sequences = tokenInputs.length > 0
      ? tokenInputs.map((t, i) => {
        const ids = (t.ids ?? []).map(Number);
        const bad = ids.find((id) => id >= tokenizer.vocabSize);
        if (bad !== undefined) throw errors.invalid(`Invalid value for 'input[${i}]': token id ${bad} is outside the model's vocabulary of ${tokenizer.vocabSize} tokens.`, 'input');
        return ids;
      })
      : (req.inputs ?? []).map((text) => tokenizer.encode(text));
    sequences.forEach((s, i) => {
      if (s.length > maxTokens) throw errors.contextLength(`This model takes at most ${maxTokens} tokens per input; input ${i} takes ${s.length}.`);
      if (s.length === 0) throw errors.invalid(`Invalid value for 'input[${i}]': an empty token list.`, 'input');
    });
    return sequences;
  }

  /** One padded batch through the encoder: a unit vector per sequence. */
  private async runBatch(st: EmbeddingModel, sequences: number[][]): Promise<number[][]> {
    const { ort, session } = st;
    const batch = sequences.length;
    const width = Math.max(...sequences.map((s) => s.length));
    const ids = new BigInt64Array(batch * width).fill(BigInt(st.tokenizer.pad));
    const mask = new BigInt64Array(batch * width);
    sequences.forEach((s, b) => s.forEach((id, j) => {
      ids[b * width + j] = BigInt(id);
      mask[b * width + j] = 1n;
    }));
    const feeds: Record<string, import('onnxruntime-node').Tensor> = {
      input_ids: new ort.Tensor('int64', ids, [batch, width]),
      attention_mask: new ort.Tensor('int64', mask, [batch, width]),
    };
    if (st.hasTokenTypes) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(batch * width), [batch, width]);
    const out = (await session.run(feeds, [st.output]))[st.output]!;
    const data = out.data as Float32Array;
    const hidden = out.dims[out.dims.length - 1]!;
    return sequences.map((s, b) => {
      const v = new Array<number>(hidden).fill(0);
      if (st.pooled) {
        for (let h = 0; h < hidden; h++) v[h] = data[b * hidden + h]!;
      } else {
        // Mean over the sequence's own tokens (not its padding).
        for (let j = 0; j < s.length; j++) for (let h = 0; h < hidden; h++) v[h] = v[h]! + data[(b * width + j) * hidden + h]!;
        for (let h = 0; h < hidden; h++) v[h] = v[h]! / s.length;
      }
      const norm = Math.hypot(...v);
      return norm > 0 ? v.map((x) => x / norm) : v;
    });
  }
}
