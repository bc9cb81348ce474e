// node-llama-cpp alone, in-process, as the executor drives it: N sequences of
// one context generating at once (one `evaluate` per sequence), with the
// time spent in llama_decode and in sampling, and how many tokens each
// decode batched. The probe behind executors/one-libuv-thread.ts: run it
// with UV_THREADPOOL_SIZE=1 and =4 to see what the libuv pool size does.
//
//   node test/bench/engine-batching.ts [shape] [streams] [slots]
//   (default small 16 16; env THREADS (default 1), TOKENS (60 per stream),
//    GPU=1 for node-llama-cpp's CUDA build with every layer offloaded,
//    PERF=1 to print llama.cpp's own timings of the context at the end,
//    BATCH=n for the context's batch size, SHOWSEQ=n to print the sequence
//    ids of the first n batches)
import { getLlama, LlamaLogLevel } from 'node-llama-cpp';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureModel, SHAPES, type ShapeName } from '../../synth/index.ts';

const shape = (process.argv[2] ?? 'small') as ShapeName;
const streams = Number(process.argv[3] ?? 16);
const slots = Number(process.argv[4] ?? streams);
const threads = Number(process.env.THREADS ?? 1);
const tokens = Number(process.env.TOKENS ?? 60);
const gpu = process.env.GPU === '1';

const { path } = await ensureModel(join(process.env.WEFT_BENCH_MODELS ?? join(tmpdir(), 'weft-bench-models'), `${shape}.gguf`), SHAPES[shape]);
const llama = await getLlama({ gpu: gpu ? 'cuda' : false, maxThreads: threads, logLevel: process.env.PERF === '1' ? LlamaLogLevel.info : LlamaLogLevel.error, build: 'never' });
const model = await llama.loadModel({ modelPath: path, ...(gpu ? { gpuLayers: 'max' as const } : {}) });
const context = await model.createContext({
  contextSize: 256 * slots, sequences: slots, threads, ...(gpu ? { flashAttention: true } : {}),
  ...(process.env.BATCH ? { batchSize: Number(process.env.BATCH) } : {}), performanceTracking: process.env.PERF === '1',
});

// Time the addon's calls by wrapping the context's native handle (internal to node-llama-cpp).
const handle = (context as unknown as { _ctx: Record<string, (...a: unknown[]) => unknown> })._ctx;
let decodeMs = 0;
let sampleMs = 0;
let samples = 0;
const batchSizes: number[] = [];
// Sequence ids in the order each batch lists them, to count the ubatches
// llama.cpp splits the batch into: with a KV cache per sequence
// (kv_unified off, as node-llama-cpp leaves it) a ubatch takes only
// sequences whose ids rise by one (llama_batch_allocr::split_equal).
const batchSeqs: number[][] = [];
const ubatchesOf = (ids: number[]) => {
  const used = ids.map(() => false);
  let n = 0;
  while (used.includes(false)) {
    let last = -2;
    ids.forEach((id, i) => {
      if (used[i] || (last !== -2 && id !== last + 1)) return;
      used[i] = true;
      last = id;
    });
    n++;
  }
  return n;
};
const timed = (k: string, add: (ms: number) => void) => async (...a: unknown[]) => {
  const t = performance.now();
  try {
    return await handle[k]!(...a);
  } finally {
    add(performance.now() - t);
  }
};
(context as unknown as { _ctx: unknown })._ctx = new Proxy(handle, {
  get(target, k: string) {
    if (k === 'decodeBatch') return timed(k, (ms) => (decodeMs += ms));
    if (k === 'sampleToken') return timed(k, (ms) => { sampleMs += ms; samples++; });
    if (k === 'initBatch') return (n: number) => { batchSizes.push(n); batchSeqs.push([]); return target.initBatch!(n); };
    if (k === 'addToBatch') return (id: number, ...a: unknown[]) => { batchSeqs.at(-1)?.push(id); return target.addToBatch!(id, ...a); };
    const v = target[k];
    return typeof v === 'function' ? v.bind(target) : v;
  },
});

const t0 = performance.now();
await Promise.all(Array.from({ length: streams }, async (_, i) => {
  const sequence = context.getSequence();
  let n = 0;
  for await (const _t of sequence.evaluate(model.tokenize(`Hello ${i}, how are you today?`), { temperature: 1, seed: i })) {
    if (++n >= tokens) break;
  }
}));
const seconds = (performance.now() - t0) / 1000;
const histogram = new Map<number, number>();
for (const s of batchSizes.filter((s) => s <= streams)) histogram.set(s, (histogram.get(s) ?? 0) + 1);
console.log(JSON.stringify({
  shape, streams, slots, threads, gpu: gpu ? llama.gpu : false, uvThreadpoolSize: process.env.UV_THREADPOOL_SIZE ?? '4 (libuv default)',
  tokensPerSecond: Math.round((streams * tokens) / seconds),
  decodes: batchSizes.length, decodeMsPerCall: +(decodeMs / batchSizes.length).toFixed(2), sampleMsPerCall: +(sampleMs / samples).toFixed(3),
  ubatchesPerDecode: +(batchSeqs.reduce((n, ids) => n + ubatchesOf(ids), 0) / batchSeqs.length).toFixed(2),
  tokensPerDecode: Object.fromEntries([...histogram.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)),
}));
if (process.env.PERF === '1') await context.printTimings();
await llama.dispose();
if (process.env.SHOWSEQ) for (const ids of batchSeqs.slice(0, Number(process.env.SHOWSEQ))) console.log(ids.join(','));
