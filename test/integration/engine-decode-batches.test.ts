// Continuous batching pays only when every generating sequence is in each
// decode. Two things in node-llama-cpp broke that, both mended by
// patches/node-llama-cpp+3.21.1.patch, and this test keeps them mended
// (node-llama-cpp as the executor drives it: one libuv thread, LlamaChat on
// sequences of one context):
// - the last sequence to sample its token re-queued a few promise hops after
//   the next batch was dispatched, so it missed that batch and took a decode
//   of its own: two decodes, each reading every weight, per step;
// - a batch listed its sequences in queue order, and with a KV cache per
//   sequence llama.cpp only puts sequences whose ids rise by one into one
//   micro-batch (llama_batch_allocr::split_equal), so a rotated order ran
//   as two or more.
// Asserted on what reaches llama.cpp (the sequence ids of each batch), never
// as a time.
import '../../executors/one-libuv-thread.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLlama, LlamaChat, LlamaLogLevel, type Llama, type LlamaContext } from 'node-llama-cpp';
import { tinyModelPath } from '../harness/models.ts';

const SEQUENCES = 6;
const TOKENS = 24;

/** Records the sequence ids of each batch node-llama-cpp hands to llama.cpp (through its internal native handle). */
function recordBatches(context: LlamaContext): number[][] {
  const batches: number[][] = [];
  const holder = context as unknown as { _ctx: Record<string, (...a: unknown[]) => unknown> };
  const native = holder._ctx;
  holder._ctx = new Proxy(native, {
    get(target, key: string) {
      if (key === 'initBatch') return (...a: unknown[]) => { batches.push([]); return target.initBatch!(...a); };
      if (key === 'addToBatch') return (id: number, ...a: unknown[]) => { batches.at(-1)!.push(id); return target.addToBatch!(id, ...a); };
      const v = target[key];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return batches;
}

describe('node-llama-cpp decodes every generating sequence in one batch per step', () => {
  let llama: Llama;
  let context: LlamaContext;
  let batches: number[][];
  /** Per sequence id: how many tokens it generated. */
  const generated = new Map<number, number>();

  before(async () => {
    llama = await getLlama({ gpu: false, maxThreads: 1, logLevel: LlamaLogLevel.error, build: 'never' });
    const model = await llama.loadModel({ modelPath: await tinyModelPath() });
    context = await model.createContext({ contextSize: 512 * SEQUENCES, sequences: SEQUENCES, threads: 1 });
    batches = recordBatches(context);
    await Promise.all(Array.from({ length: SEQUENCES }, async (_, i) => {
      // A fresh context numbers its sequences 0, 1, … in the order they are taken.
      const sequence = context.getSequence();
      const chat = new LlamaChat({ contextSequence: sequence });
      let n = 0;
      await chat.generateResponse([{ type: 'user', text: `Request ${i}: ${'tell me more '.repeat(i + 1)}` }], {
        maxTokens: TOKENS, temperature: 0, onToken: (t) => { n += t.length; },
      });
      generated.set(i, n);
    }));
  });

  after(async () => {
    await llama?.dispose();
  });

  test('each batch lists its sequences in rising id order', () => {
    for (const ids of batches) assert.deepEqual(ids, [...ids].sort((a, b) => a - b), `batch ${ids.join(',')}`);
  });

  test('no sequence misses a step: once generating, it is in every batch until it stops', () => {
    assert.equal(generated.size, SEQUENCES);
    for (const [id, n] of generated) {
      const steps = batches.map((ids, k) => (ids.includes(id) ? k : -1)).filter((k) => k >= 0);
      assert.ok(n > 1, `sequence ${id} generated ${n} tokens`);
      // Its batches are consecutive: no decode went by without it.
      const first = steps[0]!;
      const last = steps.at(-1)!;
      const gaps = Array.from({ length: last - first + 1 }, (_, j) => first + j).filter((k) => !steps.includes(k));
      assert.deepEqual(gaps, [], `sequence ${id} (batches ${steps.join(',')}) sat out decodes ${gaps.join(',')}`);
    }
  });
});
