// BERT-style encoders exported to ONNX, on onnxruntime: model.onnx beside
// its tokenizer and config.json, as sentence-transformers and optimum export
// them (and as `weft synth --kind embedding|rerank` writes them). The
// tokenizer is Hugging Face's tokenizer.json when the directory has one (any
// WordPiece, BPE or Unigram tokenizer: BERT, RoBERTa, XLM-RoBERTa models such
// as multilingual-e5 and bge-m3, gte, nomic), else BERT's WordPiece vocab.txt
// (encoder-tokenizer.ts). The graph's outputs say what a model is:
//   - a sentence-embedding encoder: `sentence_embedding` (pooled and
//     normalised in the graph) is used as it is; `last_hidden_state` or
//     `token_embeddings` is mean-pooled over the attention mask and
//     L2-normalised here, as sentence-transformers does;
//   - a cross-encoder reranker: `logits` [batch, 1] for the tokenizer's pair
//     of query and document ([CLS] query [SEP] document [SEP] for BERT,
//     <s> query </s></s> document </s> for RoBERTa), turned into a relevance in (0, 1) by a sigmoid, as
//     sentence-transformers' CrossEncoder does for one label.
// A request's inputs (or query-document pairs) run together, in batches
// padded to their longest, one session.run per batch.
import { join } from 'node:path';
import { encoderModelFiles, estimateOnnx } from '../../../catalog/onnx-model.ts';
import { errors, FinishReason, Task, ENGINE, type IEmbedRequest, type IRerankRequest } from '../../../proto/index.ts';
import type { EngineCapabilities, EngineEvent, GenerateInput, ModelSpec } from '../../engine.ts';
import { EngineBase, type Loaded, type Opened } from '../base.ts';
import type { Emit } from '../event-stream.ts';
import { readJsonSettings } from './json-settings.ts';
import { loadEncoderTokenizer, type EncoderTokenizer, type TokenSequence } from './encoder-tokenizer.ts';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;
type Tensor = import('onnxruntime-node').Tensor;

/** Sequences per session.run: bounds the padded batch's memory. */
const BATCH_MAX = 64;
const POOLED_OUTPUT = 'sentence_embedding';
const TOKEN_OUTPUTS = ['last_hidden_state', 'token_embeddings'];
const LOGITS_OUTPUT = 'logits';

/** What the graph ends in. */
type Head = 'pooled' | 'tokens' | 'logits';

export interface EncoderModel {
  ort: Ort;
  session: Session;
  tokenizer: EncoderTokenizer;
  head: Head;
  /** The output read. */
  output: string;
  /** Whether the graph takes token_type_ids; segment ids are fed only where it has more than one segment embedding. */
  hasTokenTypes: boolean;
  segments: boolean;
  /** Longest sequence, in tokens with the special ones. */
  maxTokens: number;
}

type Sequence = TokenSequence;

/** RoBERTa-family models number positions from pad_token_id + 1: two of max_position_embeddings are not positions. */
const PADDED_POSITIONS = new Set(['roberta', 'xlm-roberta', 'xlm-roberta-xl', 'camembert', 'xmod']);

/**
 * The longest sequence the model takes: max_position_embeddings (less
 * RoBERTa's offset), tokenizer_config.json's model_max_length when smaller
 * (tokenizers write 1e30 for "no limit"), and the catalog's context size when smaller still.
 */
export function maxSequence(config: Record<string, unknown>, tokenizerConfig: Record<string, unknown>, contextSize: number): number {
  let limit = Number(config.max_position_embeddings ?? 512);
  const pad = config.pad_token_id;
  if (PADDED_POSITIONS.has(String(config.model_type)) && typeof pad === 'number' && pad >= 0 && limit - pad - 1 > 0) limit -= pad + 1;
  const declared = Number(tokenizerConfig.model_max_length);
  if (Number.isSafeInteger(declared) && declared > 0 && declared < limit) limit = declared;
  return contextSize > 0 ? Math.min(contextSize, limit) : limit;
}

export class OnnxEncoderEngine extends EngineBase<number, EncoderModel> {
  readonly name = ENGINE.onnxruntime;
  readonly capabilities: EngineCapabilities = { tasks: [Task.TASK_EMBED, Task.TASK_RERANK], formats: ['onnx'], devices: ['cpu'] };
  private readonly threads: number;

  constructor(opts: { threads: number }) {
    super();
    this.threads = Math.max(1, opts.threads);
  }

  protected async open(spec: ModelSpec): Promise<Opened<number, EncoderModel>> {
    const files = encoderModelFiles(spec.path);
    if (!files) throw errors.invalid(`'${spec.path}' is not an encoder model: expected model.onnx with tokenizer.json or vocab.txt beside it`, 'path');
    const config = readJsonSettings(join(files.dir, 'config.json'));
    const tokenizerConfig = readJsonSettings(join(files.dir, 'tokenizer_config.json'));
    let tokenizer: EncoderTokenizer;
    try {
      tokenizer = loadEncoderTokenizer(files, config, tokenizerConfig);
    } catch (err) {
      throw errors.invalid(`'${files.tokenizerJson ?? files.vocab}': ${(err as Error).message}`, 'path');
    }
    const maxTokens = maxSequence(config, tokenizerConfig, spec.contextSize);
    // Loaded on first use: an executor that serves no ONNX model never pays for onnxruntime.
    const ort = (await import('onnxruntime-node')).default as unknown as Ort;
    const session = await ort.InferenceSession.create(files.onnx, { intraOpNumThreads: this.threads, interOpNumThreads: 1, executionProviders: ['cpu'] });
    const outputs = session.outputNames;
    const [head, output]: [Head, string | undefined] = outputs.includes(POOLED_OUTPUT) ? ['pooled', POOLED_OUTPUT]
      : outputs.includes(LOGITS_OUTPUT) ? ['logits', LOGITS_OUTPUT]
      : ['tokens', TOKEN_OUTPUTS.find((o) => outputs.includes(o))];
    if (!session.inputNames.includes('input_ids') || !session.inputNames.includes('attention_mask') || !output) {
      await session.release();
      throw errors.invalid(
        `'${files.onnx}' is neither a sentence-embedding encoder nor a cross-encoder (inputs ${session.inputNames.join(', ')}; outputs ${outputs.join(', ')}): ` +
        `expected input_ids and attention_mask in, and ${[POOLED_OUTPUT, ...TOKEN_OUTPUTS, LOGITS_OUTPUT].join(' or ')} out`, 'path');
    }
    return {
      state: {
        ort, session, tokenizer, head, output, maxTokens,
        hasTokenTypes: session.inputNames.includes('token_type_ids'),
        // XLM-RoBERTa and RoBERTa have one segment embedding: a template's segment 1 would index past it.
        segments: Number(config.type_vocab_size ?? 2) > 1,
      },
      slots: Array.from({ length: Math.max(1, spec.slots) }, (_, i) => i),
      // Weights, plus onnxruntime's arena for a full padded batch's activations.
      memoryBytes: spec.memoryBytes ?? estimateOnnx(spec.path).memoryBytes,
      contextSize: maxTokens,
    };
  }

  protected async close(m: Loaded<number, EncoderModel>): Promise<void> {
    await m.state.session.release();
  }

  protected async run(m: Loaded<number, EncoderModel>, input: GenerateInput, signal: AbortSignal, emit: Emit<EngineEvent>): Promise<void> {
    const body = input.body;
    const reranker = m.state.head === 'logits';
    const runs = reranker ? 'rerank' : 'embed';
    if ((body.task !== 'embed' && body.task !== 'rerank') || (body.task === 'rerank') !== reranker) {
      throw errors.unsupported(`The model '${m.name}' cannot run ${body.task} requests: it runs ${runs} (engine ${this.name}).`, 'model');
    }
    const t0 = performance.now();
    const sequences = body.task === 'embed' ? this.embedInputs(m, body.embed) : this.rerankPairs(m, body.rerank);
    let tFirst = 0;
    let tSlot = t0;
    const outputs: number[][] = [];
    const ran = await this.withSlot(m, signal, undefined, async (_slot, sig) => {
      tSlot = performance.now();
      for (let start = 0; start < sequences.length && !sig.aborted; start += BATCH_MAX) {
        outputs.push(...(await this.runBatch(m.state, sequences.slice(start, start + BATCH_MAX))));
        tFirst ||= performance.now();
      }
    });
    const done = ran && !signal.aborted;
    if (done && body.task === 'embed') {
      const dims = body.embed.dimensions;
      if (dims && outputs.length > 0 && dims !== outputs[0]!.length) {
        throw errors.invalid(`Invalid value for 'dimensions': the model '${m.name}' makes ${outputs[0]!.length}-dimensional embeddings and does not support other sizes.`, 'dimensions');
      }
      emit({ type: 'embeddings', items: outputs.map((vector, index) => ({ index, vector })) });
    }
    if (done && body.task === 'rerank') emit({ type: 'scores', items: outputs.map(([logit], index) => ({ index, score: 1 / (1 + Math.exp(-logit!)) })) });
    const t = performance.now();
    emit({
      type: 'finish', reason: done ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_CANCELLED,
      // Real tokens, special ones included: padding is not counted.
      usage: { promptTokens: done ? sequences.reduce((n, s) => n + s.ids.length, 0) : 0, completionTokens: 0 },
      timing: { queueMs: tSlot - t0, timeToFirstTokenMs: tFirst ? tFirst - tSlot : 0, totalMs: t - t0 },
    });
  }

  /** Each input as token ids, checked against the model's vocabulary and length. */
  private embedInputs(m: Loaded<number, EncoderModel>, req: IEmbedRequest): Sequence[] {
    const { tokenizer, maxTokens } = m.state;
    const tokenInputs = req.tokenInputs ?? [];
    const sequences: Sequence[] = tokenInputs.length > 0
      ? tokenInputs.map((t, i) => {
        const ids = (t.ids ?? []).map(Number);
        const bad = ids.find((id) => id >= tokenizer.vocabSize);
        if (bad !== undefined) throw errors.invalid(`Invalid value for 'input[${i}]': token id ${bad} is outside the model's vocabulary of ${tokenizer.vocabSize} tokens.`, 'input');
        return { ids };
      })
      : (req.inputs ?? []).map((text) => tokenizer.encodeSingle(text));
    return sequences.map((s, i) => {
      if (s.ids.length > maxTokens) throw errors.contextLength(`This model takes at most ${maxTokens} tokens per input; input ${i} takes ${s.ids.length}.`);
      if (s.ids.length === 0) throw errors.invalid(`Invalid value for 'input[${i}]': an empty token list.`, 'input');
      return s;
    });
  }

  /** The tokenizer's pair of query and document, per document; a long document is cut to fit, a query that cannot fit is refused. */
  private rerankPairs(m: Loaded<number, EncoderModel>, req: IRerankRequest): Sequence[] {
    const { tokenizer, maxTokens } = m.state;
    const query = req.query ?? '';
    return (req.documents ?? []).map((doc) => {
      const pair = tokenizer.encodePair(query, doc, maxTokens);
      if (!pair) throw errors.contextLength(`This model takes at most ${maxTokens} tokens per query and document; the query alone takes ${tokenizer.pairLength(query)}.`);
      return pair;
    });
  }

  /** One padded batch through the encoder: a unit vector (or a logit row) per sequence. */
  private async runBatch(st: EncoderModel, sequences: Sequence[]): Promise<number[][]> {
    const { ort, session } = st;
    const batch = sequences.length;
    const width = Math.max(...sequences.map((s) => s.ids.length));
    const ids = new BigInt64Array(batch * width).fill(BigInt(st.tokenizer.pad));
    const mask = new BigInt64Array(batch * width);
    const types = new BigInt64Array(batch * width);
    sequences.forEach((s, b) => s.ids.forEach((id, j) => {
      ids[b * width + j] = BigInt(id);
      mask[b * width + j] = 1n;
      types[b * width + j] = BigInt(s.typeIds?.[j] ?? 0);
    }));
    const feeds: Record<string, Tensor> = {
      input_ids: new ort.Tensor('int64', ids, [batch, width]),
      attention_mask: new ort.Tensor('int64', mask, [batch, width]),
    };
    if (st.hasTokenTypes) feeds.token_type_ids = new ort.Tensor('int64', st.segments ? types : new BigInt64Array(batch * width), [batch, width]);
    const out = (await session.run(feeds, [st.output]))[st.output]!;
    const data = out.data as Float32Array;
    const size = out.dims[out.dims.length - 1]!;
    return sequences.map((s, b) => {
      if (st.head === 'logits') return Array.from(data.subarray(b * size, (b + 1) * size));
      const v = new Array<number>(size).fill(0);
      if (st.head === 'pooled') {
        for (let h = 0; h < size; h++) v[h] = data[b * size + h]!;
      } else {
        // Mean over the sequence's own tokens (not its padding).
        for (let j = 0; j < s.ids.length; j++) for (let h = 0; h < size; h++) v[h] = v[h]! + data[(b * width + j) * size + h]!;
        for (let h = 0; h < size; h++) v[h] = v[h]! / s.ids.length;
      }
      const norm = Math.hypot(...v);
      return norm > 0 ? v.map((x) => x / norm) : v;
    });
  }
}
