// Deterministic synthetic sentence-embedding models (ONNX, BERT encoder).
//
// Like the GGUF synthesizer: the graph and the tokenizer are what a real
// exported BERT/MiniLM sentence encoder has (WordPiece vocab.txt, int64
// input_ids/attention_mask/token_type_ids, post-LayerNorm encoder, masked mean
// pooling, L2 normalisation), so an engine that serves this serves the real
// thing; only the weights are seeded noise, so the embeddings mean nothing.
//
// The same encoder body also makes a cross-encoder reranker (kind
// 'cross-encoder', BertForSequenceClassification with one label): input
// `[CLS] query [SEP] document [SEP]` with token_type_ids 0/1 for the two
// segments, output `logits` [batch, 1] from the [CLS] state through the pooler
// (Dense + Tanh) and the classifier (Dense hidden→1).
//
// The tokenizer is BERT's WordPiece vocab.txt by default; with tokenizer
// 'bpe' it is instead a Hugging Face tokenizer.json (byte-level BPE in
// RoBERTa's layout and templates, `<s> A </s>` and `<s> A </s></s> B </s>`,
// with tokenizer_config.json), as RoBERTa, XLM-RoBERTa and other non-BERT
// exports ship it; the graph's vocabulary is sized to it either way.
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { partialPath, removeStalePartials } from './partial-files.ts';
import { BPE_CORPUS } from './bpe-corpus.ts';
import { bpeTokenizerJson } from './hf-tokenizer-json.ts';
import { encodeModel, initializer, node, OnnxDataType, valueInfo, type AttrValue, type OnnxGraph, type OnnxNode, type OnnxTensor } from './onnx-proto.ts';

export interface EmbeddingShape {
  layers: number;
  hidden: number;
  heads: number;
  feedForward: number;
  maxPositions: number;
  seed: number;
}

export type EmbeddingShapeName = 'bert-tiny' | 'minilm-l6';

/** What a synthesized ONNX BERT directory holds: a sentence encoder or a cross-encoder reranker. */
export type SynthModelKind = 'embedding' | 'cross-encoder';

/** The tokenizer files written: WordPiece vocab.txt, or a byte-level BPE tokenizer.json. */
export type SynthTokenizer = 'wordpiece' | 'bpe';
export const SYNTH_TOKENIZERS: readonly SynthTokenizer[] = ['wordpiece', 'bpe'];

export interface EncoderSynthOptions {
  /** 'wordpiece' (the default) or 'bpe'. */
  tokenizer?: SynthTokenizer;
}

const frozen = (s: EmbeddingShape): Readonly<EmbeddingShape> => Object.freeze(s);
export const EMBEDDING_SHAPES: Readonly<Record<EmbeddingShapeName, Readonly<EmbeddingShape>>> = Object.freeze({
  // google/bert_uncased_L-2_H-128_A-2 (BERT-Tiny).
  'bert-tiny': frozen({ layers: 2, hidden: 128, heads: 2, feedForward: 512, maxPositions: 512, seed: 1 }),
  // sentence-transformers/all-MiniLM-L6-v2.
  'minilm-l6': frozen({ layers: 6, hidden: 384, heads: 12, feedForward: 1536, maxPositions: 512, seed: 1 }),
});

// Bump whenever the files produced for a given shape change, so
// ensureEmbeddingModel regenerates directories made by an older synthesizer.
export const EMBEDDING_SYNTH_VERSION = 1;
const GENERATOR = 'weft-synth-onnx-embedding';

const FILES = {
  model: 'model.onnx', vocab: 'vocab.txt', tokenizer: 'tokenizer.json', tokenizerConfig: 'tokenizer_config.json', config: 'config.json', marker: 'weft-synth.json',
} as const;
/** Each tokenizer's files; the other's are removed when a directory is (re)written. */
const TOKENIZER_FILES: Record<SynthTokenizer, string[]> = { wordpiece: [FILES.vocab], bpe: [FILES.tokenizer, FILES.tokenizerConfig] };
const WEIGHT_STD = 0.02;
// Large enough that the logits of different (query, document) pairs differ
// visibly: with 0.02 every score would sit within a hair of the bias.
const POOLER_STD = 0.1;
const CLASSIFIER_STD = 0.5;
const LAYER_NORM_EPS = 1e-12;
const TYPE_VOCAB = 2; // BERT's segment A/B

export function validateEmbeddingShape(shape: EmbeddingShape): void {
  const fail = (msg: string) => { throw new Error(`invalid embedding shape: ${msg}`); };
  for (const k of ['layers', 'hidden', 'heads', 'feedForward', 'maxPositions'] as const) {
    if (!Number.isSafeInteger(shape[k]) || shape[k] <= 0) fail(`${k} must be a positive integer`);
  }
  if (!Number.isSafeInteger(shape.seed)) fail('seed must be an integer');
  if (shape.hidden % shape.heads !== 0) fail('hidden must be divisible by heads');
}

// ---------- vocabulary ----------

const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const SUFFIXES = ['##s', '##ing', '##ed', '##ly', '##er'];

/**
 * BERT-uncased WordPiece order: specials (so [PAD] is id 0), single characters,
 * `##` continuations of letters and digits (any lowercase word can then be
 * spelled), whole words, then common suffixes. Words come from the BPE corpus.
 */
export function buildWordPieceVocab(): string[] {
  const chars = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i));
  const continuations = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `##${c}`);
  const words = [...new Set(BPE_CORPUS.toLowerCase().match(/[a-z0-9]+/g))].sort();
  // Set keeps first occurrences: one-letter words ("a", "i") are already characters.
  return [...new Set([...SPECIALS, ...chars, ...continuations, ...words, ...SUFFIXES])];
}

// ---------- deterministic weights ----------

// FNV-1a then a murmur finalizer: each tensor's stream depends only on (seed, name).
function tensorSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 0x9e3779b9 : h; // xorshift32 must not start at 0
}

/** Sum of four uniforms (Irwin–Hall): bell-shaped, bounded, cheap; scaled to `std`. */
function noise(seed: number, name: string, count: number, std: number): Float32Array {
  let s = tensorSeed(seed, name);
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const k = std * Math.sqrt(3); // the sum of 4 U(0,1) has variance 1/3
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = (next() + next() + next() + next() - 2) * k;
  return out;
}

// ---------- graph ----------

/** Accumulates nodes and initializers; node names are their first output's name. */
class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  readonly #consts = new Set<string>();
  readonly #seed: number;

  constructor(seed: number) {
    this.#seed = seed;
  }

  op(opType: string, inputs: string[], output: string, attrs: Record<string, AttrValue> = {}): string {
    this.nodes.push(node(opType, inputs, [output], output, attrs));
    return output;
  }

  weight(name: string, dims: number[], std = WEIGHT_STD): string {
    this.initializers.push(initializer(name, dims, noise(this.#seed, name, dims.reduce((a, b) => a * b, 1), std)));
    return name;
  }

  filled(name: string, dims: number[], value: number): string {
    this.initializers.push(initializer(name, dims, new Float32Array(dims.reduce((a, b) => a * b, 1)).fill(value)));
    return name;
  }

  /** A shared constant initializer, named after its value. */
  floatConst(value: number): string {
    return this.#const(`const_f_${value}`, () => initializer(`const_f_${value}`, [], new Float32Array([value])));
  }

  int64s(values: number[]): string {
    const name = `const_i64_${values.join('_')}`;
    return this.#const(name, () => initializer(name, [values.length], BigInt64Array.from(values, BigInt)));
  }

  int64Scalar(value: number): string {
    const name = `const_i64_scalar_${value}`;
    return this.#const(name, () => initializer(name, [], BigInt64Array.of(BigInt(value))));
  }

  #const(name: string, make: () => OnnxTensor): string {
    if (!this.#consts.has(name)) {
      this.initializers.push(make());
      this.#consts.add(name);
    }
    return name;
  }

  linear(x: string, prefix: string, inDim: number, outDim: number, std = WEIGHT_STD): string {
    // Stored [in, out], as torch.onnx exports nn.Linear (weight transposed into the MatMul).
    const y = this.op('MatMul', [x, this.weight(`${prefix}.weight`, [inDim, outDim], std)], `${prefix}.matmul`);
    return this.op('Add', [y, this.weight(`${prefix}.bias`, [outDim])], `${prefix}.out`);
  }

  layerNorm(x: string, prefix: string, hidden: number): string {
    return this.op('LayerNormalization', [x, this.filled(`${prefix}.weight`, [hidden], 1), this.filled(`${prefix}.bias`, [hidden], 0)],
      `${prefix}.out`, { axis: -1, epsilon: { float: LAYER_NORM_EPS } });
  }
}

/** word + position (0..seq-1) + token-type embeddings, then LayerNorm → [batch, seq, hidden]. */
function embeddings(g: GraphBuilder, shape: EmbeddingShape, vocabSize: number, prefix: string): string {
  const h = shape.hidden;
  const words = g.op('Gather', [g.weight(`${prefix}embeddings.word_embeddings.weight`, [vocabSize, h]), 'input_ids'], 'embeddings.words');
  const dims = g.op('Shape', ['input_ids'], 'embeddings.input_shape');
  const seqLen = g.op('Gather', [dims, g.int64Scalar(1)], 'embeddings.seq_len', { axis: 0 });
  const seqEnd = g.op('Unsqueeze', [seqLen, g.int64s([0])], 'embeddings.seq_end');
  const positions = g.op('Slice', [g.weight(`${prefix}embeddings.position_embeddings.weight`, [shape.maxPositions, h]), g.int64s([0]), seqEnd, g.int64s([0])],
    'embeddings.positions');
  const types = g.op('Gather', [g.weight(`${prefix}embeddings.token_type_embeddings.weight`, [TYPE_VOCAB, h]), 'token_type_ids'], 'embeddings.types');
  const sum = g.op('Add', [g.op('Add', [words, positions], 'embeddings.words_positions'), types], 'embeddings.sum');
  return g.layerNorm(sum, `${prefix}embeddings.LayerNorm`, h);
}

/** 0 where attention_mask is 1, -10000 where it is 0, as [batch, 1, 1, seq] to add to the scores. */
function attentionBias(g: GraphBuilder, maskF: string): string {
  const ext = g.op('Unsqueeze', [maskF, g.int64s([1, 2])], 'mask.extended');
  const inverted = g.op('Sub', [g.floatConst(1), ext], 'mask.inverted');
  return g.op('Mul', [inverted, g.floatConst(-10000)], 'mask.bias');
}

/** Multi-head self-attention with residual and post-LayerNorm. */
function attention(g: GraphBuilder, x: string, bias: string, p: string, shape: EmbeddingShape): string {
  const { hidden, heads } = shape;
  const headDim = hidden / heads;
  const split = g.int64s([0, 0, heads, headDim]); // 0: copy batch and seq from the input
  const project = (which: string, perm: number[]) => {
    const y = g.linear(x, `${p}.attention.self.${which}`, hidden, hidden);
    const r = g.op('Reshape', [y, split], `${p}.attention.self.${which}.heads`);
    return g.op('Transpose', [r], `${p}.attention.self.${which}.t`, { perm });
  };
  const q = project('query', [0, 2, 1, 3]); // [b, h, s, d]
  const kT = project('key', [0, 2, 3, 1]); // [b, h, d, s]
  const v = project('value', [0, 2, 1, 3]);
  const raw = g.op('MatMul', [q, kT], `${p}.attention.scores`);
  const scaled = g.op('Mul', [raw, g.floatConst(Math.fround(1 / Math.sqrt(headDim)))], `${p}.attention.scores_scaled`);
  const masked = g.op('Add', [scaled, bias], `${p}.attention.scores_masked`);
  const probs = g.op('Softmax', [masked], `${p}.attention.probs`, { axis: -1 });
  const ctx = g.op('MatMul', [probs, v], `${p}.attention.context`);
  const merged = g.op('Transpose', [ctx], `${p}.attention.context_t`, { perm: [0, 2, 1, 3] });
  const flat = g.op('Reshape', [merged, g.int64s([0, 0, hidden])], `${p}.attention.context_flat`);
  const out = g.linear(flat, `${p}.attention.output.dense`, hidden, hidden);
  const res = g.op('Add', [out, x], `${p}.attention.residual`);
  return g.layerNorm(res, `${p}.attention.output.LayerNorm`, hidden);
}

/** Feed-forward with exact (erf) GELU, residual and post-LayerNorm. */
function ffn(g: GraphBuilder, x: string, p: string, shape: EmbeddingShape): string {
  const h = g.linear(x, `${p}.intermediate.dense`, shape.hidden, shape.feedForward);
  const erf = g.op('Erf', [g.op('Div', [h, g.floatConst(Math.fround(Math.SQRT2))], `${p}.gelu.scaled`)], `${p}.gelu.erf`);
  const gate = g.op('Add', [erf, g.floatConst(1)], `${p}.gelu.gate`);
  const gelu = g.op('Mul', [g.op('Mul', [h, g.floatConst(0.5)], `${p}.gelu.half`), gate], `${p}.gelu.out`);
  const out = g.linear(gelu, `${p}.output.dense`, shape.feedForward, shape.hidden);
  const res = g.op('Add', [out, x], `${p}.output.residual`);
  return g.layerNorm(res, `${p}.output.LayerNorm`, shape.hidden);
}

/** Mean over the positions whose mask is 1, then L2-normalised → [batch, hidden]. */
function pooling(g: GraphBuilder, hidden: string, maskF: string): string {
  const m = g.op('Unsqueeze', [maskF, g.int64s([2])], 'pool.mask'); // [b, s, 1]
  const sum = g.op('ReduceSum', [g.op('Mul', [hidden, m], 'pool.masked'), g.int64s([1])], 'pool.sum', { keepdims: 0 });
  const count = g.op('ReduceSum', [m, g.int64s([1])], 'pool.count', { keepdims: 0 }); // [b, 1]
  // An all-padding row would divide by 0; sentence-transformers clamps the same way.
  const mean = g.op('Div', [sum, g.op('Max', [count, g.floatConst(1e-9)], 'pool.count_clamped')], 'pool.mean');
  const norm = g.op('ReduceL2', [mean], 'pool.norm', { axes: [1], keepdims: 1 }); // axes still an attribute in opset 17
  return g.op('Div', [mean, g.op('Max', [norm, g.floatConst(1e-12)], 'pool.norm_clamped')], 'sentence_embedding');
}

/**
 * The shared BERT body: embeddings then `shape.layers` post-LayerNorm encoder
 * blocks → { hidden: [batch, seq, hidden], maskF: attention_mask as float }.
 * `prefix` goes before every weight name ('' for the sentence encoder, as
 * sentence-transformers exports it; 'bert.' inside BertForSequenceClassification).
 */
function encoder(g: GraphBuilder, shape: EmbeddingShape, vocabSize: number, prefix: string): { hidden: string; maskF: string } {
  const maskF = g.op('Cast', ['attention_mask'], 'mask.float', { to: OnnxDataType.FLOAT });
  const bias = attentionBias(g, maskF);
  let x = embeddings(g, shape, vocabSize, prefix);
  for (let i = 0; i < shape.layers; i++) {
    const p = `${prefix}encoder.layer.${i}`;
    x = ffn(g, attention(g, x, bias, p, shape), p, shape);
  }
  return { hidden: x, maskF };
}

const TOKEN_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'];
const TOKEN_DIMS = ['batch', 'sequence'];

export function buildEmbeddingGraph(shape: EmbeddingShape, vocabSize: number): OnnxGraph {
  validateEmbeddingShape(shape);
  const g = new GraphBuilder(shape.seed);
  const { hidden: x, maskF } = encoder(g, shape, vocabSize, '');
  g.op('Identity', [x], 'last_hidden_state');
  pooling(g, 'last_hidden_state', maskF);
  return {
    name: 'weft_synth_bert',
    node: g.nodes,
    initializer: g.initializers,
    input: TOKEN_INPUTS.map((n) => valueInfo(n, OnnxDataType.INT64, TOKEN_DIMS)),
    output: [
      valueInfo('last_hidden_state', OnnxDataType.FLOAT, [...TOKEN_DIMS, shape.hidden]),
      valueInfo('sentence_embedding', OnnxDataType.FLOAT, ['batch', shape.hidden]),
    ],
  };
}

/**
 * BertForSequenceClassification with one label: the [CLS] token's final hidden
 * state → bert.pooler.dense + Tanh → classifier (hidden→1) → `logits` [batch, 1].
 */
export function buildRerankGraph(shape: EmbeddingShape, vocabSize: number): OnnxGraph {
  validateEmbeddingShape(shape);
  const g = new GraphBuilder(shape.seed);
  const { hidden: x } = encoder(g, shape, vocabSize, 'bert.');
  const cls = g.op('Gather', [x, g.int64Scalar(0)], 'pooler.cls', { axis: 1 }); // [b, hidden]
  const dense = g.linear(cls, 'bert.pooler.dense', shape.hidden, shape.hidden, POOLER_STD);
  const pooled = g.op('Tanh', [dense], 'bert.pooler.tanh');
  const scores = g.linear(pooled, 'classifier', shape.hidden, 1, CLASSIFIER_STD);
  g.op('Identity', [scores], 'logits');
  return {
    name: 'weft_synth_bert_cross_encoder',
    node: g.nodes,
    initializer: g.initializers,
    input: TOKEN_INPUTS.map((n) => valueInfo(n, OnnxDataType.INT64, TOKEN_DIMS)),
    output: [valueInfo('logits', OnnxDataType.FLOAT, ['batch', 1])],
  };
}

// ---------- files ----------

/**
 * `dimensions` is the encoder's hidden size (the embedding width; for a
 * cross-encoder, the width before the classifier). `vocabPath` is the
 * tokenizer's file: vocab.txt, or tokenizer.json for tokenizer 'bpe'.
 */
export interface EmbeddingModelFiles {
  dir: string; modelPath: string; vocabPath: string; dimensions: number; vocabSize: number; kind: SynthModelKind; tokenizer: SynthTokenizer;
}

function fingerprint(shape: EmbeddingShape, kind: SynthModelKind, tokenizer: SynthTokenizer): string {
  const { layers, hidden, heads, feedForward, maxPositions, seed } = shape;
  const base = { generator: GENERATOR, v: EMBEDDING_SYNTH_VERSION, layers, hidden, heads, feedForward, maxPositions, seed };
  // Embedding fingerprints are what they were before kinds (and tokenizers) existed, so directories made then are still reused.
  return JSON.stringify({ ...base, ...(kind === 'embedding' ? {} : { kind }), ...(tokenizer === 'wordpiece' ? {} : { tokenizer }) });
}

function modelFiles(dir: string, shape: EmbeddingShape, vocabSize: number, kind: SynthModelKind, tokenizer: SynthTokenizer): EmbeddingModelFiles {
  const vocabPath = join(dir, tokenizer === 'bpe' ? FILES.tokenizer : FILES.vocab);
  return { dir, modelPath: join(dir, FILES.model), vocabPath, dimensions: shape.hidden, vocabSize, kind, tokenizer };
}

function tokenizerOf(opts: EncoderSynthOptions): SynthTokenizer {
  const t = opts.tokenizer ?? 'wordpiece';
  if (!SYNTH_TOKENIZERS.includes(t)) throw new Error(`tokenizer must be one of ${SYNTH_TOKENIZERS.join(', ')}, got ${String(t)}`);
  return t;
}

/** The tokenizer's files, the vocabulary size the graph is built for, and what config.json says of the tokenizer. */
function tokenizerFiles(tokenizer: SynthTokenizer, shape: EmbeddingShape): { files: Array<[string, string]>; vocabSize: number; config: Record<string, unknown> } {
  if (tokenizer === 'bpe') {
    const t = bpeTokenizerJson({ maxLength: shape.maxPositions });
    return {
      files: [[FILES.tokenizer, JSON.stringify(t.tokenizer, null, 2) + '\n'], [FILES.tokenizerConfig, JSON.stringify(t.tokenizerConfig, null, 2) + '\n']],
      vocabSize: t.vocabSize,
      config: { pad_token_id: t.padId },
    };
  }
  const vocab = buildWordPieceVocab();
  return { files: [[FILES.vocab, vocab.join('\n') + '\n']], vocabSize: vocab.length, config: { do_lower_case: true } };
}

/**
 * Writes model.onnx, vocab.txt (or, with tokenizer 'bpe', tokenizer.json and
 * tokenizer_config.json), config.json and, last, the weft-synth.json
 * marker into `dir`. Every file lands by an atomic rename after fsync, and the
 * marker (which ensureEmbeddingModel trusts) only once the others are in place.
 */
export function synthesizeEmbeddingModel(dir: string, shape: EmbeddingShape, opts: EncoderSynthOptions = {}): Promise<EmbeddingModelFiles> {
  return synthesize(dir, shape, 'embedding', tokenizerOf(opts));
}

/** As synthesizeEmbeddingModel, but a cross-encoder reranker: model.onnx maps token pairs to `logits` [batch, 1]. */
export function synthesizeRerankModel(dir: string, shape: EmbeddingShape, opts: EncoderSynthOptions = {}): Promise<EmbeddingModelFiles> {
  return synthesize(dir, shape, 'cross-encoder', tokenizerOf(opts));
}

async function synthesize(dir: string, shape: EmbeddingShape, kind: SynthModelKind, tokenizer: SynthTokenizer): Promise<EmbeddingModelFiles> {
  validateEmbeddingShape(shape);
  const abs = resolve(dir);
  const tok = tokenizerFiles(tokenizer, shape);
  const graph = kind === 'embedding' ? buildEmbeddingGraph(shape, tok.vocabSize) : buildRerankGraph(shape, tok.vocabSize);
  const model = encodeModel(graph, { irVersion: 8, opset: 17, producerName: GENERATOR });
  const config = {
    model_type: 'bert',
    ...(kind === 'cross-encoder' ? { architectures: ['BertForSequenceClassification'], num_labels: 1 } : {}),
    hidden_size: shape.hidden, num_hidden_layers: shape.layers, num_attention_heads: shape.heads,
    intermediate_size: shape.feedForward, max_position_embeddings: shape.maxPositions, vocab_size: tok.vocabSize,
    ...tok.config,
    weft_synthesized: kind === 'embedding' ? 'random weights: the embeddings mean nothing' : 'random weights: the scores mean nothing',
  };
  await mkdir(abs, { recursive: true });
  await unlink(join(abs, FILES.marker)).catch(() => {}); // the directory is not to be trusted while it changes
  // The other tokenizer's files would be read instead of (tokenizer.json) or beside (vocab.txt) these.
  for (const [t, names] of Object.entries(TOKENIZER_FILES)) if (t !== tokenizer) for (const name of names) await unlink(join(abs, name)).catch(() => {});
  const files: Array<[string, Uint8Array | string]> = [
    [FILES.model, model],
    ...tok.files,
    [FILES.config, JSON.stringify(config, null, 2) + '\n'],
  ];
  const sizes: Record<string, number> = {};
  for (const [name, data] of files) sizes[name] = await writeAtomically(join(abs, name), data);
  await writeAtomically(join(abs, FILES.marker), JSON.stringify({ kind, fingerprint: fingerprint(shape, kind, tokenizer), sizes }, null, 2) + '\n');
  return modelFiles(abs, shape, tok.vocabSize, kind, tokenizer);
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<number> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const tmp = partialPath(path);
  const fh = await open(tmp, 'w');
  let ok = false;
  try {
    await fh.writeFile(bytes);
    await fh.sync();
    ok = true;
  } finally {
    await fh.close();
    if (!ok) await unlink(tmp).catch(() => {});
  }
  await rename(tmp, path);
  return bytes.length;
}

// ---------- idempotent cache ----------

const perDir = new Map<string, Promise<unknown>>();

/**
 * Make sure `dir` holds the model for `shape`: reused when its marker names
 * this generator version and shape and every file has the size it recorded;
 * a stale Weft directory is rewritten; a directory holding a model.onnx Weft
 * did not write is left alone (an error), and so is one holding a Weft model
 * of the other kind (a cross-encoder reranker).
 */
export function ensureEmbeddingModel(dir: string, shape: EmbeddingShape, opts: EncoderSynthOptions = {}): Promise<EmbeddingModelFiles & { created: boolean }> {
  return ensure(dir, shape, 'embedding', tokenizerOf(opts));
}

/**
 * As ensureEmbeddingModel, for the cross-encoder reranker. A directory holding
 * a synthesized embedding model is refused, not rewritten: it is a different
 * model that something may have registered or be serving, not a stale copy.
 */
export function ensureRerankModel(dir: string, shape: EmbeddingShape, opts: EncoderSynthOptions = {}): Promise<EmbeddingModelFiles & { created: boolean }> {
  return ensure(dir, shape, 'cross-encoder', tokenizerOf(opts));
}

async function ensure(dir: string, shape: EmbeddingShape, kind: SynthModelKind, tokenizer: SynthTokenizer): Promise<EmbeddingModelFiles & { created: boolean }> {
  const abs = resolve(dir);
  // Serialize per directory within the process; across processes the unique .partial names keep writers apart.
  const prev = perDir.get(abs) ?? Promise.resolve();
  const run = prev.catch(() => {}).then(() => ensureOnce(abs, shape, kind, tokenizer));
  perDir.set(abs, run);
  try {
    return await run;
  } finally {
    if (perDir.get(abs) === run) perDir.delete(abs);
  }
}

async function ensureOnce(dir: string, shape: EmbeddingShape, kind: SynthModelKind, tokenizer: SynthTokenizer): Promise<EmbeddingModelFiles & { created: boolean }> {
  validateEmbeddingShape(shape);
  const verdict = await checkExisting(dir, shape, kind, tokenizer);
  if (verdict.kind === 'match') return { ...verdict.files, created: false };
  if (verdict.kind === 'foreign') throw new Error(`${dir} holds a ${FILES.model} not synthesized by Weft; refusing to overwrite it`);
  if (verdict.kind === 'other-kind') {
    throw new Error(`${dir} holds a synthesized ${verdict.found} model, not the ${kind} model asked for; refusing to overwrite it (use another directory)`);
  }
  for (const name of Object.values(FILES)) await removeStalePartials(join(dir, name));
  return { ...(await synthesize(dir, shape, kind, tokenizer)), created: true };
}

type Verdict =
  | { kind: 'match'; files: EmbeddingModelFiles }
  | { kind: 'stale' }
  | { kind: 'foreign' }
  | { kind: 'other-kind'; found: SynthModelKind };

async function checkExisting(dir: string, shape: EmbeddingShape, kind: SynthModelKind, tokenizer: SynthTokenizer): Promise<Verdict> {
  const markerText = await readFile(join(dir, FILES.marker), 'utf8').catch(() => null);
  if (markerText === null) {
    const model = await stat(join(dir, FILES.model)).catch(() => null);
    return model ? { kind: 'foreign' } : { kind: 'stale' };
  }
  let marker: { kind?: unknown; fingerprint?: unknown; sizes?: Record<string, unknown> };
  try {
    marker = JSON.parse(markerText);
  } catch {
    return { kind: 'stale' };
  }
  // Markers written before kinds existed carry none: those directories hold embedding models.
  const found = marker.kind ?? 'embedding';
  if (found !== kind && (found === 'embedding' || found === 'cross-encoder')) return { kind: 'other-kind', found };
  if (marker.fingerprint !== fingerprint(shape, kind, tokenizer) || typeof marker.sizes !== 'object' || marker.sizes === null) return { kind: 'stale' };
  for (const name of [FILES.model, ...TOKENIZER_FILES[tokenizer], FILES.config]) {
    const s = await stat(join(dir, name)).catch(() => null);
    if (!s || s.size !== marker.sizes[name]) return { kind: 'stale' };
  }
  let vocabSize: number;
  if (tokenizer === 'bpe') {
    try {
      vocabSize = Object.keys((JSON.parse(await readFile(join(dir, FILES.tokenizer), 'utf8')) as { model: { vocab: object } }).model.vocab).length;
    } catch {
      return { kind: 'stale' };
    }
  } else {
    vocabSize = (await readFile(join(dir, FILES.vocab), 'utf8')).split('\n').filter((l) => l !== '').length;
  }
  return { kind: 'match', files: modelFiles(dir, shape, vocabSize, kind, tokenizer) };
}
