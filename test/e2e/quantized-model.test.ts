// A k-quant GGUF file (the Q4_K_M / Q4_K_S files most users download) is
// placed and served like any other: placement compares the file's type as
// its header names it ("q4_k_s") with what each executor's llama.cpp runs.
// Before that list used the names of the quantization families ("q4_k"), no
// such file was ever placed: its minReplicas replica never loaded and its
// requests waited for an executor that did not exist.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { ensureModel, SHAPES } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

const MODEL = 'tiny-q4k';
let dir: string;
let fabric: Fabric;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-q4k-'));
  // The tiny shape with Q4_K matmuls (their rows must be multiples of 256).
  const { path } = await ensureModel(join(dir, 'q4k.gguf'), { ...SHAPES.tiny, embedding: 256, heads: 4, kvHeads: 2, feedForward: 512, dtype: 'q4_k' });
  fabric = await Fabric.start({ modelsFile: writeModels(dir, [{ name: MODEL, path, slots: 2, contextSize: 512 }]), waitForModels: [MODEL] });
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a Q4_K file gets its minReplicas replica on the CPU and answers', async () => {
  const view = await fabric.clusterView();
  const model = view.executors.flatMap((e) => e.models).find((m) => m.name === MODEL);
  assert.equal(model?.state, 'ready');
  const client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused', maxRetries: 0 });
  const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hello' }], max_tokens: 8 });
  assert.ok((r.usage?.completion_tokens ?? 0) > 0);
});
