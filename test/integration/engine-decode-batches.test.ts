// Continuous batching pays only when every generating sequence is in each
// decode. Three things in node-llama-cpp broke that, all mended by
// patches/node-llama-cpp+3.21.1.patch, and this test keeps them mended
// (node-llama-cpp as the executor drives it: one libuv thread, LlamaChat and
// a sequence's own evaluate loop, as the engine's token loop uses it, on
// sequences of one context):
// - the last sequence to sample its token re-queued a few promise hops after
//   the next batch was dispatched, so it missed that batch and took a decode
//   of its own: two decodes, each reading every weight, per step;
// - a batch listed its sequences in queue order, and with a KV cache per
//   sequence llama.cpp only puts sequences whose ids rise by one into one
//   micro-batch (llama_batch_allocr::split_equal), so a rotated order ran
//   as two or more;
// - waiting for as many sequences as the last batch held, not for those
//   sequences: once one had joined late (a request arriving a step after
//   the others), two sequences took turns missing every other batch.
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

const turn = () => new Promise<void>((r) => setImmediate(r));

/**
 * Per sequence id: how many tokens it generated. With `late`, as in the
 * executor under load: the last sequence starts once the others have their
 * first tokens, and one of the others asks for each next token two
 * event-loop turns after it got the last one (LlamaChat re-queues within
 * the turn), later than the rest but within the patch's wait.
 */
async function generate(context: LlamaContext, late: boolean): Promise<Map<number, number>> {
  const generated = new Map<number, number>();
  let firstTokens = 0;
  let othersStarted!: () => void;
  const othersGenerating = new Promise<void>((r) => (othersStarted = r));
  const slow = late ? SEQUENCES - 2 : -1;
  await Promise.all(Array.from({ length: SEQUENCES }, async (_, i) => {
    if (late && i === SEQUENCES - 1) await othersGenerating;
    // A fresh context numbers its sequences 0, 1, … in the order they are taken.
    const sequence = context.getSequence();
    const text = `Request ${i}: ${'tell me more '.repeat(i + 1)}`;
    let n = 0;
    const got = () => {
      if (n === 0 && ++firstTokens === SEQUENCES - 1) othersStarted();
      n++;
    };
    if (i === slow) {
      for await (const token of sequence.evaluate(context.model.tokenize(text), { temperature: 0 })) {
        void token;
        got();
        if (n >= TOKENS) break;
        await turn();
        await turn();
      }
    } else {
      const chat = new LlamaChat({ contextSequence: sequence });
      await chat.generateResponse([{ type: 'user', text }], { maxTokens: TOKENS, temperature: 0, onToken: (t) => t.forEach(got) });
    }
    generated.set(i, n);
  }));
  return generated;
}

function assertNoGaps(batches: number[][], generated: Map<number, number>): void {
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
}

for (const late of [false, true]) {
  describe(late ? 'a sequence joining a step late makes none of the others sit out a step, nor one slower to ask for its next token' : 'node-llama-cpp decodes every generating sequence in one batch per step', () => {
    let llama: Llama;
    let context: LlamaContext;
    let batches: number[][];
    let generated: Map<number, number>;

    before(async () => {
      llama = await getLlama({ gpu: false, maxThreads: 1, logLevel: LlamaLogLevel.error, build: 'never' });
      const model = await llama.loadModel({ modelPath: await tinyModelPath() });
      context = await model.createContext({ contextSize: 512 * SEQUENCES, sequences: SEQUENCES, threads: 1 });
      batches = recordBatches(context);
      generated = await generate(context, late);
    });

    after(async () => {
      await llama?.dispose();
    });

    test('each batch lists its sequences in rising id order', () => {
      for (const ids of batches) assert.deepEqual(ids, [...ids].sort((a, b) => a - b), `batch ${ids.join(',')}`);
    });

    test('no sequence misses a step: once generating, it is in every batch until it stops', () => {
      if (late) assert.ok(batches.some((ids) => ids.length === SEQUENCES - 1), 'the others decoded without the late one first');
      assertNoGaps(batches, generated);
    });
  });
}
