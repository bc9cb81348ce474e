// The synthesized GGUF reranker: what llama.cpp needs to load a Qwen3-Reranker
// (qwen3 tensors with per-head Q/K norms, rank pooling, a two-label
// cls.output head, the rerank prompt), read back through node-llama-cpp's own
// parser; and a rank head is part of a shape's fingerprint (its cache key).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import {
  GGUF_RERANK_SHAPES, POOLING_TYPE_RANK, SHAPES, defaultModelName, modelTensors, shapeFingerprint, synthesizeModel, validateShape, SYNTH_VERSION,
} from '../../synth/index.ts';

test('tiny-reranker: qwen3 metadata with rank pooling, yes/no labels and the rerank template; cls.output and Q/K norm tensors', async () => {
  const shape = GGUF_RERANK_SHAPES['tiny-reranker'];
  const dir = await mkdtemp(join(tmpdir(), 'weft-rerank-gguf-'));
  try {
    const { path } = await synthesizeModel(join(dir, 'r.gguf'), shape);
    const info = await readGgufFileInfo(path, { logWarnings: false, ignoreKeys: ['tokenizer.ggml.tokens', 'tokenizer.ggml.merges', 'tokenizer.ggml.token_type'] });
    const m = info.metadata as any;
    const headDim = shape.embedding / shape.heads;
    assert.equal(m.general.architecture, 'qwen3');
    assert.equal(m.general.name, defaultModelName(shape));
    assert.match(m.general.name, /-rerank$/);
    assert.equal(m.qwen3.pooling_type, POOLING_TYPE_RANK);
    assert.deepEqual(m.qwen3.classifier.output_labels, ['yes', 'no']);
    assert.equal(m.qwen3.attention.key_length, headDim);
    assert.equal(m.qwen3.attention.value_length, headDim);
    // node-llama-cpp reads the rerank prompt under this key and turns {query}/{document} into its placeholders.
    const template = m.tokenizer['chat_template.rerank'] as string;
    assert.ok(template.includes('<Query>: {query}') && template.includes('<Document>: {document}'), template);
    assert.ok(template.startsWith('<|im_start|>system\n') && template.endsWith('<|im_start|>assistant\n<think>\n\n</think>\n\n'));
    assert.deepEqual(m.tokenizer.chat_templates, ['rerank']);
    assert.equal(typeof m.tokenizer.chat_template, 'string', 'the chat template is still there');

    const dims = new Map(info.tensorInfo!.map((t) => [t.name, t.dimensions.map(Number)]));
    assert.deepEqual(dims.get('cls.output.weight'), [shape.embedding, 2]);
    // Tied, as Qwen3-Reranker-0.6B: llama.cpp reuses token_embd for output.
    assert.equal(dims.has('output.weight'), false);
    for (let i = 0; i < shape.layers; i++) {
      assert.deepEqual(dims.get(`blk.${i}.attn_q_norm.weight`), [headDim]);
      assert.deepEqual(dims.get(`blk.${i}.attn_k_norm.weight`), [headDim]);
      assert.equal(dims.has(`blk.${i}.attn_q.bias`), false, 'qwen3 has no qkv bias');
    }
    // token_embd, output_norm, cls.output; per layer Qwen2's 9 weights and the two norms.
    assert.equal(info.tensorInfo!.length, 3 + shape.layers * 11);
    assert.deepEqual(info.tensorInfo!.map((t) => t.name), modelTensors(shape).map((t) => t.name));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a rank head is only written on qwen3, where llama.cpp reads it as Qwen3-Reranker\'s', () => {
  assert.throws(() => validateShape({ ...SHAPES.tiny, rerank: true }), /rerank needs arch qwen3/);
  assert.doesNotThrow(() => validateShape({ ...SHAPES.tiny, arch: 'qwen3' }));
  assert.equal(modelTensors({ ...SHAPES.tiny, arch: 'qwen3' }).some((t) => t.name === 'cls.output.weight'), false);
});

test('a rank head adds to the fingerprint; the other shapes\' fingerprints carry no rerank key', () => {
  const fp = (arch: string, layers: number, embedding: number, heads: number, kvHeads: number, feedForward: number, vocab: number, context: number, dtype: string, tied: boolean) =>
    JSON.stringify({ v: SYNTH_VERSION, arch, layers, embedding, heads, kvHeads, feedForward, vocab, context, dtype, seed: 1, bpeMerges: 1024, tiedEmbeddings: tied });
  assert.equal(shapeFingerprint(SHAPES.tiny), fp('qwen2', 2, 64, 2, 1, 128, 1536, 2048, 'f32', false));
  assert.equal(shapeFingerprint(SHAPES['tiny-llama']), fp('llama', 2, 64, 2, 1, 128, 1536, 2048, 'f32', false));
  assert.equal(shapeFingerprint(SHAPES.small), fp('qwen2', 8, 256, 4, 2, 768, 8192, 4096, 'q8_0', false));
  assert.equal(shapeFingerprint(SHAPES['qwen2-0.5b']), fp('qwen2', 24, 896, 14, 2, 4864, 151936, 32768, 'q8_0', true));
  assert.equal(shapeFingerprint(SHAPES['qwen2-7b']), fp('qwen2', 28, 3584, 28, 4, 18944, 152064, 32768, 'q4_k', false));
  assert.match(shapeFingerprint(GGUF_RERANK_SHAPES['tiny-reranker']), /"rerank":true/);
});
