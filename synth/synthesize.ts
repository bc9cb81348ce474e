// Deterministic synthetic GGUF models.
//
// No trained weights can be fetched, so Weft fabricates models whose *shape* is
// real (so memory use and tokens/s match the real architecture) while the weights
// are seeded noise. Everything the serving path touches besides the weight values
// — tensor layout, metadata, tokenizer, chat template — is what llama.cpp expects
// from a genuine Qwen2/Llama GGUF, or (rerank shapes) a Qwen3-Reranker GGUF as
// llama.cpp's convert_hf_to_gguf writes one.
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { removeStalePartials } from './partial-files.ts';
import { buildBpeVocab, tokenizerMetadata, DEFAULT_MERGES, TokenType } from './bpe-tokenizer.ts';
import { GgmlType, GgufWriter, floatTensorChunks, gv, randomQ4KChunks, type GgmlTensorType } from './gguf-writer.ts';

export interface ModelShape {
  arch: 'llama' | 'qwen2' | 'qwen3';
  layers: number;
  embedding: number;
  heads: number;
  kvHeads: number;
  feedForward: number;
  vocab: number;
  context: number;
  /** Weight type of the matmuls. q4_k: Q4_K blocks (random, not quantized), with Q8_0 embeddings and output. */
  dtype: 'f32' | 'f16' | 'q8_0' | 'q4_k';
  seed: number;
  bpeMerges?: number;
  /** Omit output.weight so llama.cpp reuses token_embd (as Qwen2-0.5B itself does). */
  tiedEmbeddings?: boolean;
  /**
   * A reranker laid out as convert_hf_to_gguf writes Qwen3-Reranker (qwen3
   * only): rank pooling, a `cls.output.weight` head with the rows of "yes" and
   * "no" (llama.cpp takes the last token's hidden state through it and a
   * softmax, so the score is P(yes)), the labels and the rerank prompt template.
   */
  rerank?: boolean;
}

export type ShapeName = 'tiny' | 'tiny-llama' | 'small' | 'qwen2-0.5b' | 'qwen2-7b';
export type RerankShapeName = 'tiny-reranker';

const frozen = (s: ModelShape): Readonly<ModelShape> => Object.freeze(s);
export const SHAPES: Readonly<Record<ShapeName, Readonly<ModelShape>>> = Object.freeze({
  // Tiny but ordinary: 2 heads of 32 with GQA (1 kv head)
  // still exercises the grouped-attention path. f32 because at this size q8_0 buys
  // nothing (measured the same ~3k tok/s) and f32 keeps weights exact. Vocab is padded
  // past the ~1.3k learned tokens so the padding-token path is covered too.
  tiny: frozen({ arch: 'qwen2', layers: 2, embedding: 64, heads: 2, kvHeads: 1, feedForward: 128, vocab: 1536, context: 2048, dtype: 'f32', seed: 1 }),
  'tiny-llama': frozen({ arch: 'llama', layers: 2, embedding: 64, heads: 2, kvHeads: 1, feedForward: 128, vocab: 1536, context: 2048, dtype: 'f32', seed: 1 }),
  small: frozen({ arch: 'qwen2', layers: 8, embedding: 256, heads: 4, kvHeads: 2, feedForward: 768, vocab: 8192, context: 4096, dtype: 'q8_0', seed: 1 }),
  // Qwen2-0.5B(-Instruct) as published: tied embeddings, so the file lands near the real ~531 MB Q8_0.
  'qwen2-0.5b': frozen({ arch: 'qwen2', layers: 24, embedding: 896, heads: 14, kvHeads: 2, feedForward: 4864, vocab: 151936, context: 32768, dtype: 'q8_0', seed: 1, tiedEmbeddings: true }),
  // Qwen2-7B(-Instruct)'s shape (7.6B parameters), 4-bit: Q4_K matmuls with
  // Q8_0 embeddings and output, about 4.9 GB (a real Q4_K_M is 4.7 GB: Q6_K
  // output and a few Q6_K layers). For GPU benchmarks.
  'qwen2-7b': frozen({ arch: 'qwen2', layers: 28, embedding: 3584, heads: 28, kvHeads: 4, feedForward: 18944, vocab: 152064, context: 32768, dtype: 'q4_k', seed: 1 }),
});

// GGUF rerankers (`weft synth --kind rerank --format gguf`): apart from SHAPES so
// what iterates the chat shapes (benchmarks, the CLI's --kind gguf) never gets one.
export const GGUF_RERANK_SHAPES: Readonly<Record<RerankShapeName, Readonly<ModelShape>>> = Object.freeze({
  // tiny's dims on Qwen3's layout, embeddings tied as in Qwen3-Reranker-0.6B
  // (whose lm_head rows become cls.output, so no output.weight).
  'tiny-reranker': frozen({
    arch: 'qwen3', layers: 2, embedding: 64, heads: 2, kvHeads: 1, feedForward: 128, vocab: 1536, context: 2048, dtype: 'f32', seed: 1,
    tiedEmbeddings: true, rerank: true,
  }),
});

// Bump whenever the bytes produced for a given shape change, so ensureModel
// regenerates caches made by an older synthesizer instead of trusting them.
export const SYNTH_VERSION = 2;

const WEIGHT_STD = 0.02;
const FILE_TYPE = { f32: 0, f16: 1, q8_0: 7, q4_k: 14 } as const; // llama_ftype: ALL_F32, MOSTLY_F16, MOSTLY_Q8_0, MOSTLY_Q4_K_S
const WEIGHT_TYPE: Record<ModelShape['dtype'], GgmlTensorType> = { f32: GgmlType.F32, f16: GgmlType.F16, q8_0: GgmlType.Q8_0, q4_k: GgmlType.Q4_K };
// Embeddings and output: written from values (padding rows must be zero), so never Q4_K.
const VOCAB_TYPE: Record<ModelShape['dtype'], GgmlTensorType> = { f32: GgmlType.F32, f16: GgmlType.F16, q8_0: GgmlType.Q8_0, q4_k: GgmlType.Q8_0 };
// qkNorm: Qwen3 RMS-normalises each head's Q and K (attn_q_norm/attn_k_norm, [head_dim]) and drops Qwen2's qkv bias.
const ARCH_DEFAULTS = {
  llama: { ropeFreqBase: 10000, rmsEps: 1e-5, qkvBias: false, qkNorm: false },
  qwen2: { ropeFreqBase: 1000000, rmsEps: 1e-6, qkvBias: true, qkNorm: false },
  qwen3: { ropeFreqBase: 1000000, rmsEps: 1e-6, qkvBias: false, qkNorm: true },
} as const;

// What convert_hf_to_gguf's Qwen3Model writes for a reranker: LLAMA_POOLING_TYPE_RANK,
// the two labels (so llama.cpp's n_cls_out is 2), and the prompt that asks for yes or no.
export const POOLING_TYPE_RANK = 4;
export const RERANK_LABELS = ['yes', 'no'] as const;
export const QWEN3_RERANK_TEMPLATE =
  '<|im_start|>system\nJudge whether the Document meets the requirements based on the Query and the Instruct provided. Note that the answer can only be "yes" or "no".<|im_end|>\n' +
  '<|im_start|>user\n<Instruct>: Given a web search query, retrieve relevant passages that answer the query\n<Query>: {query}\n<Document>: {document}<|im_end|>\n' +
  '<|im_start|>assistant\n<think>\n\n</think>\n\n';

export function validateShape(shape: ModelShape): void {
  const fail = (msg: string) => { throw new Error(`invalid model shape: ${msg}`); };
  for (const k of ['layers', 'embedding', 'heads', 'kvHeads', 'feedForward', 'vocab', 'context'] as const) {
    if (!Number.isSafeInteger(shape[k]) || shape[k] <= 0) fail(`${k} must be a positive integer`);
  }
  if (!(shape.arch in ARCH_DEFAULTS)) fail(`unknown arch ${shape.arch}`);
  if (!(shape.dtype in FILE_TYPE)) fail(`unknown dtype ${shape.dtype}`);
  if (!Number.isSafeInteger(shape.seed)) fail('seed must be an integer');
  // llama.cpp reads a rank head as Qwen3-Reranker's (last token, softmax over yes/no) on qwen3 only.
  if (shape.rerank && shape.arch !== 'qwen3') fail('rerank needs arch qwen3');
  if (shape.embedding % shape.heads !== 0) fail('embedding must be divisible by heads');
  if (shape.heads % shape.kvHeads !== 0) fail('heads must be divisible by kvHeads');
  if ((shape.embedding / shape.heads) % 2 !== 0) fail('head dim must be even (RoPE rotates pairs)');
  if (shape.dtype === 'q4_k' && (shape.embedding % 256 !== 0 || shape.feedForward % 256 !== 0)) {
    fail('q4_k needs embedding and feedForward to be multiples of 256 (quant blocks run along rows)');
  }
  if ((shape.dtype === 'q8_0' || shape.dtype === 'q4_k') && (shape.embedding % 32 !== 0 || shape.feedForward % 32 !== 0)) {
    fail('q8_0 needs embedding and feedForward to be multiples of 32 (quant blocks run along rows)');
  }
}

// ---------- deterministic weights ----------

// FNV-1a then splitmix32 finalizer: each tensor gets an independent stream derived
// from (seed, name), so its bytes don't depend on write order or on other tensors.
function tensorSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ (seed | 0) ^ Math.floor(seed / 2 ** 32);
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 0x9e3779b9 : h; // xorshift32 must not start at 0
}

/**
 * Uniform noise with the requested std (uniform on ±std·√3). xorshift32 is not a
 * quality RNG, but weights only need to be non-degenerate, and it is what keeps
 * ~0.5 G values within a few seconds. Elements from `zeroFrom` on are 0, and those
 * in the `zeroRuns` [start, end) ranges (see SynthTensor); the stream still steps
 * through a run, so the elements after it keep their values.
 */
function noiseFiller(seed: number, name: string, std: number, zeroFrom = Infinity, zeroRuns: ReadonlyArray<readonly [number, number]> = []): (out: Float32Array, start: number) => void {
  let s = tensorSeed(seed, name);
  const k = (std * Math.sqrt(3)) / 2 ** 31;
  return (out, start) => {
    const noisy = Math.max(0, Math.min(out.length, zeroFrom - start));
    for (let i = 0; i < noisy; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[i] = (s | 0) * k;
    }
    out.fill(0, noisy);
    for (const [a, b] of zeroRuns) {
      if (b > start && a < start + out.length) out.fill(0, Math.max(0, a - start), Math.min(out.length, b - start));
    }
  };
}
const constFiller = (v: number) => (out: Float32Array) => { out.fill(v); };

// Logit scale. With unit-RMS hidden states, logit std = WEIGHT_STD·√n_embd·gain, only
// ~0.6 for Qwen2-0.5B — then the ~150k padding tokens (zero logits) would hold ~99% of
// the probability mass and sampled text would be mostly empty. A final-norm gain that
// puts real-token logits at std ≈ 4 keeps output visible under temperature sampling
// while staying far from overflow.
const TARGET_LOGIT_STD = 4;
export function outputNormGain(shape: ModelShape): number {
  return Math.fround(TARGET_LOGIT_STD / (WEIGHT_STD * Math.sqrt(shape.embedding)));
}

/**
 * 'ones': RMSNorm gains of 1 keep activations at unit scale, which (with small matmul
 * weights) keeps every layer's output finite. 'logit-gain': see outputNormGain.
 * 'vocab-noise': noise whose padding-token rows are zero, so a padding token never
 * out-scores a real one (real Qwen2 never emits its padding either), and so are the
 * rows of the byte tokens 0x80-0xFF: alone, none of them is UTF-8, and a random model
 * that picks one every ~10 tokens (128 of tiny's ~1,300 real tokens) writes text no
 * trained model writes. llama-server ends such an answer with a 500 ("does not match
 * the expected format"), which spoiled the baseline, and a JSON-schema grammar counts
 * a broken sequence as one character the client sees as several U+FFFD. With real
 * logits at std ~4 (outputNormGain) a zero logit is never the greedy pick and almost
 * never sampled; those bytes still embed as input (where tied, as zeros).
 */
export interface SynthTensor { name: string; dims: number[]; type: GgmlTensorType; init: 'ones' | 'logit-gain' | 'noise' | 'vocab-noise' }

/** Every tensor llama.cpp's loader requires for the arch, in ggml dim order ([in, out] for matmuls). */
export function modelTensors(shape: ModelShape): SynthTensor[] {
  const w = WEIGHT_TYPE[shape.dtype];
  const n = shape.embedding;
  const kv = (shape.embedding / shape.heads) * shape.kvHeads;
  const ff = shape.feedForward;
  // 1-D tensors stay F32 whatever the dtype, as llama.cpp's own quantizer does.
  const t: SynthTensor[] = [
    { name: 'token_embd.weight', dims: [n, shape.vocab], type: VOCAB_TYPE[shape.dtype], init: 'vocab-noise' },
    { name: 'output_norm.weight', dims: [n], type: GgmlType.F32, init: 'logit-gain' },
  ];
  if (!shape.tiedEmbeddings) t.push({ name: 'output.weight', dims: [n, shape.vocab], type: VOCAB_TYPE[shape.dtype], init: 'vocab-noise' });
  if (shape.rerank) t.push({ name: 'cls.output.weight', dims: [n, RERANK_LABELS.length], type: VOCAB_TYPE[shape.dtype], init: 'noise' });
  const { qkvBias: bias, qkNorm } = ARCH_DEFAULTS[shape.arch];
  const headDim = shape.embedding / shape.heads;
  for (let i = 0; i < shape.layers; i++) {
    const p = `blk.${i}.`;
    t.push({ name: `${p}attn_norm.weight`, dims: [n], type: GgmlType.F32, init: 'ones' });
    t.push({ name: `${p}attn_q.weight`, dims: [n, n], type: w, init: 'noise' });
    if (bias) t.push({ name: `${p}attn_q.bias`, dims: [n], type: GgmlType.F32, init: 'noise' });
    t.push({ name: `${p}attn_k.weight`, dims: [n, kv], type: w, init: 'noise' });
    if (bias) t.push({ name: `${p}attn_k.bias`, dims: [kv], type: GgmlType.F32, init: 'noise' });
    t.push({ name: `${p}attn_v.weight`, dims: [n, kv], type: w, init: 'noise' });
    if (bias) t.push({ name: `${p}attn_v.bias`, dims: [kv], type: GgmlType.F32, init: 'noise' });
    t.push({ name: `${p}attn_output.weight`, dims: [n, n], type: w, init: 'noise' });
    if (qkNorm) {
      t.push({ name: `${p}attn_q_norm.weight`, dims: [headDim], type: GgmlType.F32, init: 'ones' });
      t.push({ name: `${p}attn_k_norm.weight`, dims: [headDim], type: GgmlType.F32, init: 'ones' });
    }
    t.push({ name: `${p}ffn_norm.weight`, dims: [n], type: GgmlType.F32, init: 'ones' });
    t.push({ name: `${p}ffn_gate.weight`, dims: [n, ff], type: w, init: 'noise' });
    t.push({ name: `${p}ffn_up.weight`, dims: [n, ff], type: w, init: 'noise' });
    t.push({ name: `${p}ffn_down.weight`, dims: [ff, n], type: w, init: 'noise' });
  }
  return t;
}

/** Canonical identity of a synthesized file; stored in it so caches can be validated. */
export function shapeFingerprint(shape: ModelShape): string {
  const { arch, layers, embedding, heads, kvHeads, feedForward, vocab, context, dtype, seed } = shape;
  return JSON.stringify({
    v: SYNTH_VERSION, arch, layers, embedding, heads, kvHeads, feedForward, vocab, context, dtype, seed,
    bpeMerges: shape.bpeMerges ?? DEFAULT_MERGES, tiedEmbeddings: shape.tiedEmbeddings ?? false,
    // Only when set, so every shape from before rerankers keeps its fingerprint (and its cached file).
    ...(shape.rerank ? { rerank: true } : {}),
  });
}

export function defaultModelName(shape: ModelShape): string {
  return `weft-synth-${shape.arch}-${shape.layers}L-${shape.embedding}d-${shape.dtype}${shape.rerank ? '-rerank' : ''}`;
}

/** The complete file described as a GgufWriter (nothing generated until write()). */
export function buildModelWriter(shape: ModelShape, opts: { name?: string } = {}): GgufWriter {
  validateShape(shape);
  const a = shape.arch;
  const d = ARCH_DEFAULTS[a];
  const headDim = shape.embedding / shape.heads;
  const w = new GgufWriter();
  w.set('general.architecture', a)
    .set('general.name', opts.name ?? defaultModelName(shape))
    .set('general.file_type', gv.uint32(FILE_TYPE[shape.dtype]))
    .set('general.quantization_version', gv.uint32(2))
    // Identity first: ensureModel finds it in the first bytes, before the large vocab arrays.
    .set('weft.synth.fingerprint', shapeFingerprint(shape))
    .set(`${a}.vocab_size`, gv.uint32(shape.vocab))
    .set(`${a}.context_length`, gv.uint32(shape.context))
    .set(`${a}.embedding_length`, gv.uint32(shape.embedding))
    .set(`${a}.block_count`, gv.uint32(shape.layers))
    .set(`${a}.feed_forward_length`, gv.uint32(shape.feedForward))
    .set(`${a}.attention.head_count`, gv.uint32(shape.heads))
    .set(`${a}.attention.head_count_kv`, gv.uint32(shape.kvHeads))
    .set(`${a}.attention.layer_norm_rms_epsilon`, gv.float32(d.rmsEps))
    .set(`${a}.rope.freq_base`, gv.float32(d.ropeFreqBase))
    .set(`${a}.rope.dimension_count`, gv.uint32(headDim));
  if (d.qkNorm) {
    // Qwen3's config names head_dim, and the converter writes it as key/value length.
    w.set(`${a}.attention.key_length`, gv.uint32(headDim)).set(`${a}.attention.value_length`, gv.uint32(headDim));
  }
  if (shape.rerank) {
    w.set(`${a}.pooling_type`, gv.uint32(POOLING_TYPE_RANK))
      .set(`${a}.classifier.output_labels`, gv.array('string', [...RERANK_LABELS]));
  }
  const vocab = buildBpeVocab({ merges: shape.bpeMerges ?? DEFAULT_MERGES, vocabSize: shape.vocab });
  for (const [k, v] of tokenizerMetadata(vocab)) w.set(k, v);
  if (shape.rerank) {
    // gguf-py's add_chat_template for a named template: the text under its name, and the list of names.
    w.set('tokenizer.chat_template.rerank', gv.string(QWEN3_RERANK_TEMPLATE))
      .set('tokenizer.chat_templates', gv.array('string', ['rerank']));
  }

  // Rows are contiguous runs of n_embd values, and the padding ids form the vocab's tail.
  const firstPadId = vocab.tokenTypes.indexOf(TokenType.UNUSED);
  const padFrom = firstPadId < 0 ? Infinity : firstPadId * shape.embedding;
  const filler = (t: SynthTensor) => {
    switch (t.init) {
      case 'ones': return constFiller(1);
      case 'logit-gain': return constFiller(outputNormGain(shape));
      case 'noise': return noiseFiller(shape.seed, t.name, WEIGHT_STD);
      case 'vocab-noise': return noiseFiller(shape.seed, t.name, WEIGHT_STD, padFrom, [[0x80 * shape.embedding, 0x100 * shape.embedding]]);
    }
  };
  for (const t of modelTensors(shape)) {
    const elements = t.dims.reduce((x, y) => x * y, 1);
    // A fresh filler per data() call: the RNG stream must restart if the writer is reused.
    w.addTensor({
      name: t.name, dims: t.dims, type: t.type,
      data: () => (t.type === GgmlType.Q4_K
        ? randomQ4KChunks(elements, tensorSeed(shape.seed, t.name), WEIGHT_STD)
        : floatTensorChunks(t.type, elements, filler(t))),
    });
  }
  return w;
}

export async function synthesizeModel(
  path: string,
  shape: ModelShape,
  opts: { name?: string; onProgress?: (doneBytes: number, totalBytes: number) => void } = {},
): Promise<{ path: string; bytes: number }> {
  return buildModelWriter(shape, opts).write(path, { onProgress: opts.onProgress });
}

// ---------- idempotent cache ----------

const FINGERPRINT_KEY = Buffer.from('weft.synth.fingerprint');
const perPath = new Map<string, Promise<unknown>>();

/**
 * Make sure `path` holds the model for `shape`. Files only ever appear at `path` by an
 * atomic rename after fsync, so an existing file is complete by construction; it is
 * reused when its size and whole header match what we would write now. A stale Weft
 * file (other shape/version) is regenerated; anything else is left alone.
 */
export async function ensureModel(path: string, shape: ModelShape): Promise<{ path: string; created: boolean }> {
  const abs = resolve(path);
  // Serialize per path within the process; across processes the unique .partial names keep writers apart.
  const prev = perPath.get(abs) ?? Promise.resolve();
  const run = prev.catch(() => {}).then(() => ensureOnce(abs, shape));
  perPath.set(abs, run);
  try {
    return await run;
  } finally {
    if (perPath.get(abs) === run) perPath.delete(abs);
  }
}

async function ensureOnce(path: string, shape: ModelShape): Promise<{ path: string; created: boolean }> {
  const writer = buildModelWriter(shape);
  const { totalBytes, dataStart } = writer.layout();
  const existing = await stat(path).catch(() => null);
  if (existing) {
    const verdict = await checkExisting(path, existing.size, totalBytes, writer, dataStart);
    if (verdict === 'match') return { path, created: false };
    if (verdict === 'foreign') throw new Error(`${path} exists and is not a Weft-synthesized model; refusing to overwrite it`);
  }
  await removeStalePartials(path);
  await writer.write(path);
  return { path, created: true };
}

async function checkExisting(path: string, size: number, expectedSize: number, writer: GgufWriter, headerBytes: number): Promise<'match' | 'stale' | 'foreign'> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, headerBytes));
    await fh.read(head, 0, head.length, 0);
    const ours = head.subarray(0, 4096).includes(FINGERPRINT_KEY);
    if (!ours) return 'foreign';
    if (size !== expectedSize) return 'stale';
    return head.equals(writer.headerBytes()) ? 'match' : 'stale';
  } finally {
    await fh.close();
  }
}

