// A model definition becomes a catalog entry: defaults applied, device
// preference as kinds, and the memory a replica needs, estimated from the
// GGUF header (weights + KV cache for context × slots + a margin) unless the
// operator gives it; measured figures win once an engine reported them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeviceKind, ErrorCode, GGUF_POOLING_TYPE_RANK, ggufTasksOfHeader, Task, WeftError } from '../../proto/index.ts';
import { memoryNeed, sameDefinition, toCatalogModel } from '../../catalog/definition.ts';
import { estimateGguf } from '../../catalog/estimate.ts';
import { tinyModelPath, tinyRerankerPath } from '../harness/models.ts';
import { onnxTasks } from '../../catalog/onnx-model.ts';
import { EMBEDDING_SHAPES, synthesizeEmbeddingModel, synthesizeRerankModel } from '../../synth/onnx-embedding.ts';
import { SILERO_VAD_PATH } from '../support/speech.ts';

const DEFAULTS = { contextSize: 1024, slots: 2, idleTtlMs: 60_000 };
const MIB = 2 ** 20;

describe('estimateGguf', () => {
  test('weights are the file; the KV cache grows with context × slots', async () => {
    const path = await tinyModelPath();
    const one = await estimateGguf(path, 512, 1);
    const four = await estimateGguf(path, 512, 4);
    assert.equal(one.fileBytes, statSync(path).size);
    assert.equal(four.kvCacheBytes, 4 * one.kvCacheBytes);
    assert.ok(one.kvCacheBytes > 0);
    assert.equal(four.memoryBytes - one.memoryBytes, four.kvCacheBytes - one.kvCacheBytes);
    assert.ok(one.memoryBytes > one.fileBytes + one.kvCacheBytes, 'plus a margin for compute buffers');
    assert.equal(one.dtype, 'f32');
  });

  test('the context is capped at the trained context, as the engine caps it', async () => {
    const path = await tinyModelPath();
    const est = await estimateGguf(path, 1 << 20, 1);
    const atTrain = await estimateGguf(path, est.trainContext, 1);
    assert.equal(est.kvCacheBytes, atTrain.kvCacheBytes);
  });
});

describe('the tasks a GGUF serves, from its header', () => {
  test('rank pooling (LLAMA_POOLING_TYPE_RANK) is a reranker: rerank only; any other pooling or none, chat and embed', () => {
    assert.equal(GGUF_POOLING_TYPE_RANK, 4);
    assert.deepEqual(ggufTasksOfHeader(4), [Task.TASK_RERANK]);
    for (const pooling of [undefined, null, -1, 0, 1, 2, 3]) assert.deepEqual(ggufTasksOfHeader(pooling), [Task.TASK_CHAT, Task.TASK_EMBED], String(pooling));
  });

  test('estimateGguf and the catalog entry: the synthesized reranker serves rerank, the chat model chat and embed', async () => {
    assert.deepEqual((await estimateGguf(await tinyRerankerPath(), 512, 1)).tasks, [Task.TASK_RERANK]);
    assert.deepEqual((await estimateGguf(await tinyModelPath(), 512, 1)).tasks, [Task.TASK_CHAT, Task.TASK_EMBED]);
    assert.deepEqual((await toCatalogModel({ name: 'r', path: await tinyRerankerPath() }, DEFAULTS, 'file')).tasks, [Task.TASK_RERANK]);
    // memoryMiB given: the file is not opened (it may be a pipe, or not readable here), so its engine's tasks apply.
    assert.deepEqual((await toCatalogModel({ name: 'r', path: await tinyRerankerPath(), memoryMiB: 10 }, DEFAULTS, 'api')).tasks, []);
    assert.deepEqual((await toCatalogModel({ name: 'c', path: await tinyModelPath() }, DEFAULTS, 'file')).tasks, [Task.TASK_CHAT, Task.TASK_EMBED]);
  });

  test('no header read (a file not here, other engines): no tasks, so its engine\'s apply', async () => {
    assert.deepEqual((await toCatalogModel({ name: 'x', path: '/not/read.gguf', memoryMiB: 300 }, DEFAULTS, 'api')).tasks, []);
    assert.deepEqual((await toCatalogModel({ name: 's', path: 'synthetic:?tps=10', engine: 'synthetic' }, DEFAULTS, 'file')).tasks, []);
  });
});

describe('the tasks an ONNX model serves, from its files', () => {
  test('a sentence encoder embeds, a cross-encoder reranks, Silero VAD detects speech: what /v1/models lists before any replica loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-onnx-tasks-'));
    try {
      const embed = await synthesizeEmbeddingModel(join(dir, 'embed'), EMBEDDING_SHAPES['bert-tiny']);
      const rerank = await synthesizeRerankModel(join(dir, 'rerank'), EMBEDDING_SHAPES['bert-tiny']);
      assert.deepEqual(onnxTasks(embed.dir), [Task.TASK_EMBED]);
      assert.deepEqual(onnxTasks(rerank.dir), [Task.TASK_RERANK]);
      assert.deepEqual((await toCatalogModel({ name: 'e', path: embed.dir, engine: 'onnxruntime' }, DEFAULTS, 'file')).tasks, [Task.TASK_EMBED]);
      assert.deepEqual((await toCatalogModel({ name: 'r', path: rerank.dir, engine: 'onnxruntime' }, DEFAULTS, 'file')).tasks, [Task.TASK_RERANK]);
      assert.deepEqual((await toCatalogModel({ name: 'v', path: SILERO_VAD_PATH, engine: 'onnxruntime' }, DEFAULTS, 'file')).tasks, [Task.TASK_DETECT_SPEECH]);
      // No config.json to name the head: either, until the executor reads the graph.
      rmSync(join(embed.dir, 'config.json'));
      assert.deepEqual(onnxTasks(embed.dir), [Task.TASK_EMBED, Task.TASK_RERANK]);
      writeFileSync(join(embed.dir, 'config.json'), '{"architectures": ["BertModel"]}');
      assert.deepEqual(onnxTasks(embed.dir), [Task.TASK_EMBED]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('toCatalogModel', () => {
  test('a GGUF entry gets defaults and an estimate for each preferred device kind', async () => {
    const path = await tinyModelPath();
    const m = await toCatalogModel({ name: 'tiny', path }, DEFAULTS, 'file', 5);
    assert.equal(m.contextSize, 1024);
    assert.equal(m.slots, 2);
    assert.equal(m.idleTtlMs, 60_000);
    assert.equal(m.minReplicas, 0);
    assert.equal(m.maxReplicas, 4);
    assert.deepEqual(m.devicePreference, [DeviceKind.DEVICE_KIND_NVIDIA, DeviceKind.DEVICE_KIND_ASCEND, DeviceKind.DEVICE_KIND_CPU]);
    const est = await estimateGguf(path, 1024, 2);
    assert.deepEqual(m.memoryEstimateBytes, { nvidia: est.memoryBytes, ascend: est.memoryBytes, cpu: est.memoryBytes });
    assert.equal(m.format, 'gguf');
    assert.equal(m.source, 'file');
    assert.equal(m.updatedUnixMs, 5);
  });

  test('memoryMiB and devices given by the operator win; maxReplicas is never below minReplicas', async () => {
    const m = await toCatalogModel({ name: 'x', path: '/not/read.gguf', memoryMiB: 300, devices: ['ascend'], minReplicas: 6 }, DEFAULTS, 'api');
    assert.deepEqual(m.memoryEstimateBytes, { ascend: 300 * MIB });
    assert.deepEqual(m.devicePreference, [DeviceKind.DEVICE_KIND_ASCEND]);
    assert.equal(m.maxReplicas, 6);
  });

  test('a file that cannot be read here, with no memoryMiB, is an invalid request saying what to do', async () => {
    await assert.rejects(toCatalogModel({ name: 'x', path: '/nonexistent.gguf' }, DEFAULTS, 'api'), (err) => {
      assert.ok(WeftError.is(err));
      assert.equal(err.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
      assert.match(err.message, /Give memoryMiB/);
      return true;
    });
  });

  test('synthetic models need no file', async () => {
    const m = await toCatalogModel({ name: 's', path: 'synthetic:?tps=10', engine: 'synthetic' }, DEFAULTS, 'file');
    assert.equal(m.format, 'synthetic');
    assert.ok(Number(m.memoryEstimateBytes!.cpu) > 0);
  });
});

describe('memoryNeed and sameDefinition', () => {
  test('a measured figure replaces the estimate for its device kind only', async () => {
    const m = await toCatalogModel({ name: 'x', path: 'p', memoryMiB: 100 }, DEFAULTS, 'api');
    m.memoryMeasuredBytes = { cpu: 40 * MIB };
    assert.equal(memoryNeed(m, DeviceKind.DEVICE_KIND_CPU), 40 * MIB);
    assert.equal(memoryNeed(m, DeviceKind.DEVICE_KIND_NVIDIA), 100 * MIB);
  });

  test('measurements and timestamps do not make a definition different; a field does', async () => {
    const a = await toCatalogModel({ name: 'x', path: 'p', memoryMiB: 100 }, DEFAULTS, 'file', 1);
    const b = { ...(await toCatalogModel({ name: 'x', path: 'p', memoryMiB: 100 }, DEFAULTS, 'file', 2)), memoryMeasuredBytes: { cpu: 1 } };
    assert.ok(sameDefinition(a, b));
    assert.ok(!sameDefinition(a, await toCatalogModel({ name: 'x', path: 'p', memoryMiB: 100, slots: 3 }, DEFAULTS, 'file', 1)));
  });
});
