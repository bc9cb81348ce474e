// End to end: synthesized BERT sentence encoders load in onnxruntime (CPU) and
// behave like real ones where it is checkable without trained weights: unit-norm
// embeddings, padding that changes nothing, different text giving different vectors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { EMBEDDING_SHAPES, ensureEmbeddingModel, ensureRerankModel, synthesizeEmbeddingModel, synthesizeRerankModel } from '../../synth/index.ts';

const ort = (await import('onnxruntime-node')).default;

let dir: string;
let session: InferenceSession;
let vocab: string[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weft-synth-onnx-'));
  const r = await synthesizeEmbeddingModel(join(dir, 'bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  vocab = (await readFile(r.vocabPath, 'utf8')).split('\n').filter((l) => l !== '');
  assert.equal(vocab.length, r.vocabSize);
  session = await ort.InferenceSession.create(r.modelPath, { executionProviders: ['cpu'], intraOpNumThreads: 1 });
});

after(async () => {
  await session?.release();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Whole-word lookup, enough for test sentences made of vocabulary words: [CLS] words [SEP]. */
function tokenize(text: string): number[] {
  const id = (t: string) => {
    const i = vocab.indexOf(t);
    return i < 0 ? vocab.indexOf('[UNK]') : i;
  };
  return [id('[CLS]'), ...text.toLowerCase().split(/\s+/).map(id), id('[SEP]')];
}

/** Right-pads with [PAD] (id 0) and mask 0; returns [batch, hidden] rows. */
async function embed(sentences: number[][]): Promise<{ rows: Float32Array[]; dims: readonly number[] }> {
  const seq = Math.max(...sentences.map((s) => s.length));
  const ids = new BigInt64Array(sentences.length * seq);
  const mask = new BigInt64Array(sentences.length * seq);
  sentences.forEach((s, b) => s.forEach((t, i) => {
    ids[b * seq + i] = BigInt(t);
    mask[b * seq + i] = 1n;
  }));
  const dims = [sentences.length, seq];
  const out = await session.run({
    input_ids: new ort.Tensor('int64', ids, dims),
    attention_mask: new ort.Tensor('int64', mask, dims),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), dims),
  });
  const e = out.sentence_embedding as Tensor;
  const data = e.data as Float32Array;
  const hidden = e.dims[1]!;
  return { rows: sentences.map((_, b) => data.subarray(b * hidden, (b + 1) * hidden)), dims: e.dims };
}

const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

test('inputs and outputs are those of an exported sentence-transformers BERT', () => {
  assert.deepEqual(session.inputNames, ['input_ids', 'attention_mask', 'token_type_ids']);
  assert.deepEqual(session.outputNames, ['last_hidden_state', 'sentence_embedding']);
});

test('vocab.txt is a BERT WordPiece vocabulary with [PAD] as id 0', () => {
  assert.equal(vocab[0], '[PAD]');
  for (const t of ['[CLS]', '[SEP]', '[UNK]', '[MASK]', '##s', '##ing', 'the', 'quick']) assert.ok(vocab.includes(t), t);
  assert.equal(new Set(vocab).size, vocab.length, 'no duplicate tokens');
});

test('a padded batch gives finite unit-norm embeddings, unchanged by the padding', async () => {
  const long = tokenize('the quick brown fox jumps over the lazy dog');
  const short = tokenize('hello world');
  assert.ok(!long.includes(vocab.indexOf('[UNK]')) && !short.includes(vocab.indexOf('[UNK]')), 'test words are in the vocabulary');
  const batch = await embed([long, short]);
  assert.deepEqual(batch.dims, [2, 128]);
  for (const row of batch.rows) {
    assert.ok(row.every(Number.isFinite));
    assert.ok(Math.abs(Math.hypot(...row) - 1) <= 1e-4, `norm ${Math.hypot(...row)}`);
  }
  const alone = await embed([short]);
  assert.ok(maxAbsDiff(alone.rows[0]!, batch.rows[1]!) < 1e-4, `padding changed the embedding by ${maxAbsDiff(alone.rows[0]!, batch.rows[1]!)}`);
  assert.ok(maxAbsDiff(batch.rows[0]!, batch.rows[1]!) > 1e-3, 'different sentences, different embeddings');
});

test('ensureEmbeddingModel reuses its own directory and refuses a foreign one', async () => {
  const target = join(dir, 'cached');
  const first = await ensureEmbeddingModel(target, EMBEDDING_SHAPES['bert-tiny']);
  assert.equal(first.created, true);
  const mtime = (await stat(first.modelPath)).mtimeMs;
  const again = await ensureEmbeddingModel(target, EMBEDDING_SHAPES['bert-tiny']);
  assert.equal(again.created, false);
  assert.equal(again.vocabSize, first.vocabSize);
  assert.equal((await stat(again.modelPath)).mtimeMs, mtime);

  const foreign = join(dir, 'foreign');
  await mkdir(foreign);
  await writeFile(join(foreign, 'model.onnx'), 'not ours');
  await assert.rejects(ensureEmbeddingModel(foreign, EMBEDDING_SHAPES['bert-tiny']), /not synthesized by Weft/);
});

test('minilm-l6 synthesizes and runs (384 dimensions)', async () => {
  const r = await synthesizeEmbeddingModel(join(dir, 'minilm-l6'), EMBEDDING_SHAPES['minilm-l6']);
  const s = await ort.InferenceSession.create(r.modelPath, { executionProviders: ['cpu'], intraOpNumThreads: 1 });
  try {
    const ids = BigInt64Array.from(tokenize('what is the capital of france'), BigInt);
    const dims = [1, ids.length];
    const out = await s.run({
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), dims),
    });
    const e = out.sentence_embedding as Tensor;
    assert.deepEqual(e.dims, [1, 384]);
    const row = e.data as Float32Array;
    assert.ok(row.every(Number.isFinite));
    assert.ok(Math.abs(Math.hypot(...row) - 1) <= 1e-4);
  } finally {
    await s.release();
  }
});

// ---------- cross-encoder reranker ----------

/** [CLS] query [SEP] document [SEP]; token type 0 up to and including the first [SEP], 1 after. */
function pair(query: string, doc: string): { ids: number[]; types: number[] } {
  const q = tokenize(query); // [CLS] query [SEP]
  const d = tokenize(doc).slice(1); // document [SEP]
  return { ids: [...q, ...d], types: [...q.map(() => 0), ...d.map(() => 1)] };
}

/** Right-pads with [PAD] (id 0), mask 0 and type 0; returns the logits tensor. */
async function score(s: InferenceSession, pairs: Array<{ ids: number[]; types: number[] }>): Promise<Tensor> {
  const seq = Math.max(...pairs.map((p) => p.ids.length));
  const ids = new BigInt64Array(pairs.length * seq);
  const mask = new BigInt64Array(pairs.length * seq);
  const types = new BigInt64Array(pairs.length * seq);
  pairs.forEach((p, b) => p.ids.forEach((t, i) => {
    ids[b * seq + i] = BigInt(t);
    mask[b * seq + i] = 1n;
    types[b * seq + i] = BigInt(p.types[i]!);
  }));
  const dims = [pairs.length, seq];
  const out = await s.run({
    input_ids: new ort.Tensor('int64', ids, dims),
    attention_mask: new ort.Tensor('int64', mask, dims),
    token_type_ids: new ort.Tensor('int64', types, dims),
  });
  return out.logits as Tensor;
}

test('the cross-encoder reranker loads, scores a padded batch of pairs, and padding changes nothing', async () => {
  const r = await synthesizeRerankModel(join(dir, 'rerank-bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  assert.equal(r.kind, 'cross-encoder');
  assert.equal(r.dimensions, 128);
  const config = JSON.parse(await readFile(join(r.dir, 'config.json'), 'utf8'));
  assert.deepEqual(config.architectures, ['BertForSequenceClassification']);
  assert.equal(config.num_labels, 1);
  assert.equal(typeof config.weft_synthesized, 'string');
  assert.equal(JSON.parse(await readFile(join(r.dir, 'weft-synth.json'), 'utf8')).kind, 'cross-encoder');

  const s = await ort.InferenceSession.create(r.modelPath, { executionProviders: ['cpu'], intraOpNumThreads: 1 });
  try {
    assert.deepEqual(s.inputNames, ['input_ids', 'attention_mask', 'token_type_ids']);
    assert.deepEqual(s.outputNames, ['logits']);
    const query = 'what is the capital of france';
    const pairs = [
      pair(query, 'the quick brown fox jumps over the lazy dog'),
      pair(query, 'hello world'),
      pair(query, 'the capital of france is paris'),
    ];
    for (const p of pairs) assert.ok(!p.ids.includes(vocab.indexOf('[UNK]')), 'test words are in the vocabulary');
    const batch = await score(s, pairs);
    assert.equal(batch.type, 'float32');
    assert.deepEqual(batch.dims, [3, 1]);
    const logits = [...(batch.data as Float32Array)];
    assert.ok(logits.every(Number.isFinite), `logits ${logits}`);
    for (let i = 0; i < logits.length; i++) {
      for (let j = i + 1; j < logits.length; j++) {
        assert.ok(Math.abs(logits[i]! - logits[j]!) > 1e-3, `different documents, different scores: ${logits}`);
      }
    }
    // The shortest pair alone, then in the padded batch.
    const alone = await score(s, [pairs[1]!]);
    assert.deepEqual(alone.dims, [1, 1]);
    const a = (alone.data as Float32Array)[0]!;
    assert.ok(Math.abs(a - logits[1]!) < 1e-4, `padding changed the score: ${a} vs ${logits[1]}`);
    // The segment ids matter: the same tokens read as one segment score differently.
    const oneSegment = await score(s, [{ ids: pairs[1]!.ids, types: pairs[1]!.ids.map(() => 0) }]);
    assert.ok(Math.abs((oneSegment.data as Float32Array)[0]! - a) > 1e-6, 'token_type_ids feed the model');
  } finally {
    await s.release();
  }
});

test('ensureRerankModel reuses its own directory and never takes over an embedding one (or the reverse)', async () => {
  const target = join(dir, 'rerank-cached');
  const first = await ensureRerankModel(target, EMBEDDING_SHAPES['bert-tiny']);
  assert.equal(first.created, true);
  assert.equal(first.kind, 'cross-encoder');
  const mtime = (await stat(first.modelPath)).mtimeMs;
  const again = await ensureRerankModel(target, EMBEDDING_SHAPES['bert-tiny']);
  assert.equal(again.created, false);
  assert.equal((await stat(again.modelPath)).mtimeMs, mtime);

  // Refused, not rewritten: the embedding model may be registered and served from there.
  const embedding = join(dir, 'embedding-not-rerank');
  const emb = await ensureEmbeddingModel(embedding, EMBEDDING_SHAPES['bert-tiny']);
  const before = await readFile(emb.modelPath);
  await assert.rejects(ensureRerankModel(embedding, EMBEDDING_SHAPES['bert-tiny']), /synthesized embedding model, not the cross-encoder model/);
  assert.deepEqual(await readFile(emb.modelPath), before, 'the embedding model is untouched');
  assert.equal((await ensureEmbeddingModel(embedding, EMBEDDING_SHAPES['bert-tiny'])).created, false);

  // A marker from before kinds existed (no "kind") is an embedding directory too.
  const marker = JSON.parse(await readFile(join(embedding, 'weft-synth.json'), 'utf8'));
  delete marker.kind;
  await writeFile(join(embedding, 'weft-synth.json'), JSON.stringify(marker));
  assert.equal((await ensureEmbeddingModel(embedding, EMBEDDING_SHAPES['bert-tiny'])).created, false);
  await assert.rejects(ensureRerankModel(embedding, EMBEDDING_SHAPES['bert-tiny']), /not the cross-encoder model/);

  await assert.rejects(ensureEmbeddingModel(target, EMBEDDING_SHAPES['bert-tiny']), /synthesized cross-encoder model, not the embedding model/);
});
