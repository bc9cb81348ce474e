// `npm run bench`: how much the fabric costs next to llama.cpp itself.
//
//   (a) added latency of one non-streaming 1-token chat request: gateway over
//       HTTP vs the executor over gRPC vs node-llama-cpp in this process;
//   (b) aggregate streamed tokens/s at 1, 4 and 16 concurrent streams: the
//       fabric (SSE) vs node-llama-cpp in this process;
//   (c) priority: realtime TTFT p95 with the fleet saturated by batch work
//       vs on an idle fleet (synthetic-engine executors), with one slot per
//       replica reserved for realtime (the default), then with none, where
//       every realtime request preempts a batch one;
//   (d) scheduling decision latency with 1,000 simulated executors
//       registered vs the real ones only;
//   (e) prefix affinity: TTFT of a conversation's second turn with
//       WEFT_PREFIX_AFFINITY on vs off (llama.cpp executors);
//   (f) a new request while others generate: TTFT of a streaming request
//       that finds a free slot with 0, 1, 2, 3 requests generating on the
//       same replica, every sequence holding another conversation's cache;
//   (g) Weft against llama.cpp's own llama-server (built from the llama.cpp
//       source node-llama-cpp pins) on the same GGUF files, slots, context
//       and threads: tokens/s and TTFT at 1, 4 and 16 streams, 1-token
//       latency, idle memory; on real model shapes (synthesized weights);
//   (h) the Batch API: lines/s of a 2,000-line batch against the executors'
//       saturated throughput for the same requests sent directly, and
//       realtime TTFT p95 while it runs vs on the idle fleet (llama.cpp);
//   (i) realtime voice: voice-to-voice latency (end of speech → first audio)
//       of a WebSocket session through the fabric, by stage from its traces,
//       vs the same engines (Silero VAD, PocketSphinx, llama.cpp, eSpeak NG)
//       called in this process;
//   (j) tracing: throughput and sequential p99 of the fabric with tracing on
//       (every span to the trace store, 100% sampling) vs off
//       (WEFT_TRACE_STORE=off), synthetic engine;
//   (l) embeddings per second on onnxruntime: through the fabric vs the same
//       engine in this process, 1 and 64 inputs per request;
//   (m) structured output: completion tokens/s, TTFT and ms per token of
//       chat with response_format json_schema (strict) and json_object vs
//       none, through the fabric at 1 and 4 streams (llama.cpp), every
//       json_schema answer validated against its schema.
//
// It measures and reports; it asserts nothing about speed. Progress goes to
// stderr, the markdown report to stdout, every figure to
// test/bench/results/latest.json.
//
// Environment:
//   WEFT_BENCH_QUICK=1      ~1 minute smoke run (fewer requests, shorter windows)
//   WEFT_BENCH_THREADS=n    skip the thread probe and use n threads everywhere
//   WEFT_BENCH_HTTP=fetch   use Node's fetch (undici) instead of node:http
//   WEFT_BENCH_OUT=path     write the JSON elsewhere
//   WEFT_BENCH_ONLY=a,b     run only these sections: latency, throughput,
//                           priority, decisions, affinity, busy, llamaserver,
//                           batch, voice, tracing, embeddings, structured
//                           (default: all)
//   WEFT_BENCH_LLAMA_CACHE  where llama-server is built once per release
//   WEFT_BENCH_VS_THREADS=N (g) also at N threads (e.g. all cores)
// First: the in-process baselines drive llama.cpp as the executor does, from one libuv thread.
import '../../executors/one-libuv-thread.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDING_SHAPES, ensureEmbeddingModel, ensureModel, SHAPES } from '../../synth/index.ts';
import type { IChatMessage } from '../../proto/index.ts';
import { measureAffinityMode, type AffinityModeResult } from './affinity.ts';
import { measureBatchApi } from './batch-api.ts';
import { measureBusy } from './busy.ts';
import { GatewaySide, GrpcSide, InProcessSide, type HttpClientKind, type Side } from './clients.ts';
import { measureDecisions } from './decisions.ts';
import { killOwnChildren, startBenchFabric, startFleet, type BenchFabric, type BenchFleet, type FleetOptions } from './fabric.ts';
import { measureLatency, type LatencyResult } from './latency.ts';
import { connectNats } from './nats.ts';
import { measurePriority, type PriorityResult } from './priority.ts';
import { measureEmbeddings } from './embeddings.ts';
import { ALL_SECTIONS, evaluateTargets, markdown, writeJson, TARGETS, type CalibrationEntry, type Machine, type Report, type Section } from './report.ts';
import { LATENCY_MESSAGES, LATENCY_PROMPT, STREAM_PROMPTS } from './prompts.ts';
import { summarize } from './stats.ts';
import { measureThroughput, runWindow, type ThroughputRow } from './throughput.ts';
import { ensureLlamaServer } from './llama-server.ts';
import { measureVsLlamaServer, type VsResult } from './vs-llama-server.ts';
import { measureVoiceDirect, measureVoiceFabric, SILERO_VAD_PATH, SPHINX_EN_US_PATH, VOICE_MODELS } from './realtime-voice.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { measureTracing } from './tracing.ts';
import { measureStructured } from './structured.ts';

const QUICK = process.env.WEFT_BENCH_QUICK === '1' || process.env.WEFT_BENCH_QUICK === 'true';
const P = QUICK
  ? { warmup: 30, rounds: 2, perRound: 150, tpRounds: 1, tpWindowMs: 2_000, probeWindowMs: 1_500, probeRequests: 40, probeMs: 600 }
  : { warmup: 300, rounds: 4, perRound: 750, tpRounds: 3, tpWindowMs: 8_000, probeWindowMs: 3_000, probeRequests: 200, probeMs: 1_500 };
const MODEL = 'bench-tiny';
const SHAPE = 'tiny' as const;
const SLOTS = 16;
const CONTEXT_SIZE = 1024;
const MAX_TOKENS = 128;
const CONCURRENCIES = [1, 4, 16];
const THREAD_CANDIDATES = [2, 1]; // the last one's fabric is reused when it wins
const HTTP: HttpClientKind = process.env.WEFT_BENCH_HTTP === 'fetch' ? 'fetch' : 'node:http';
const OUT = process.env.WEFT_BENCH_OUT ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));
const SECTIONS: Section[] = (() => {
  const only = process.env.WEFT_BENCH_ONLY;
  if (!only) return [...ALL_SECTIONS];
  const wanted = only.split(',').map((x) => x.trim()).filter(Boolean);
  for (const w of wanted) {
    if (!(ALL_SECTIONS as readonly string[]).includes(w)) throw new Error(`WEFT_BENCH_ONLY: unknown section '${w}' (known: ${ALL_SECTIONS.join(', ')})`);
  }
  return ALL_SECTIONS.filter((x) => wanted.includes(x));
})();
const runs = (s: Section) => SECTIONS.includes(s);

// (c) priority: synthetic engine, 2 executors × 4 slots, TTFT 20 ms.
const PRIORITY = {
  model: 'bench-priority', executors: 2, slots: 4, path: 'synthetic:?tps=100&ttft=20',
  batchReserveSlots: 1, // WEFT_BATCH_RESERVE_SLOTS, the product default
  ...(QUICK
    ? { warmup: 30, realtimePerPhase: 60, batchInFlight: 32 }
    : { warmup: 50, realtimePerPhase: 200, batchInFlight: 48 }),
  realtimeMaxTokens: 4,
  batchMaxTokens: 200, // 2 s of generation at 100 tokens/s
};
// (c) second variant, its own fleet: WEFT_BATCH_RESERVE_SLOTS=0, so batch work
// takes every slot and every realtime request preempts a batch request.
const PRIORITY_PREEMPT = {
  ...PRIORITY,
  batchReserveSlots: 0,
  ...(QUICK
    ? { warmup: 20, realtimePerPhase: 60, batchInFlight: 32 }
    : { warmup: 30, realtimePerPhase: 150, batchInFlight: 48 }),
};
// (d) decision latency: 2 real synthetic executors, 1,000 simulated.
const DECISIONS = {
  model: 'bench-decide', executors: 2, slots: 8, path: 'synthetic:?tps=1000&ttft=0',
  simulated: 1000, simulatedSlots: 8, heartbeatMs: 1000, concurrency: 8,
  warmup: 300, perRound: 1050, rounds: QUICK ? 1 : 3,
};
// (e) prefix affinity: llama.cpp, SHAPES.small, 2 executors × 2 slots, 1 thread each.
const AFFINITY = {
  model: 'bench-affinity', shape: 'small' as const, executors: 2, slots: 2, contextSize: 2048, threads: 1,
  systemWords: 400, turn1MaxTokens: 8, turn2MaxTokens: 4,
  waves: QUICK ? 2 : 6,
};

// (f) a new request while others generate: llama.cpp, SHAPES.small, one
// executor × 4 slots with the launcher's default threads (cores - 1).
const BUSY = {
  model: 'bench-busy', shape: 'small' as const, slots: 4, contextSize: 2048,
  threads: Math.max(1, availableParallelism() - 1),
  rounds: QUICK ? 2 : 8, probeWords: 60, probeMaxTokens: 4, longMaxTokens: 1500,
};

// (g) vs llama-server: real model shapes (synthesized weights), the
// threads the launcher gives an executor on this machine (cores - 1) and 1.
const VS = {
  slots: 16, contextSize: 1024,
  ...(QUICK
    ? { shapes: [{ shape: 'small' as const, maxTokens: 64 }], rounds: 1, windowMs: 4_000, oneTokenRequests: 100 }
    : { shapes: [{ shape: 'small' as const, maxTokens: 128 }, { shape: 'qwen2-0.5b' as const, maxTokens: 32 }], rounds: 3, windowMs: 8_000, oneTokenRequests: 300 }),
};

// (h) the Batch API: llama.cpp, SHAPES.small, one executor × 4 slots with
// the launcher's default threads (cores - 1).
const BATCH_API = {
  model: 'bench-batch', shape: 'small' as const, slots: 4, contextSize: 1024,
  threads: Math.max(1, availableParallelism() - 1),
  maxTokens: 16, realtimeMaxTokens: 4, realtimeEveryMs: 250,
  ...(QUICK ? { lines: 200, realtimeIdle: 20 } : { lines: 2000, realtimeIdle: 60 }),
};

// (j) tracing on vs off: synthetic engine (no model time), 1 executor × 16 slots.
const TRACING = {
  model: 'bench-tracing', path: 'synthetic:?tps=100000&ttft=0', slots: 16, concurrency: 16,
  ...(QUICK ? { rounds: 1, windowMs: 3_000, sequential: 300, warmup: 50 } : { rounds: 4, windowMs: 8_000, sequential: 1_000, warmup: 200 }),
};

async function runTracing(): Promise<NonNullable<Report['tracing']>> {
  const T = TRACING;
  log(`(j) tracing on vs off: ${T.rounds} round(s) per mode, each on a fleet of its own: ${T.concurrency} in flight for ${T.windowMs / 1000} s, then ${T.sequential} sequential 1-token requests`);
  let fabricEnv: Record<string, string> = {};
  const r = await measureTracing({
    ...T, http: HTTP, log,
    fleet: async (label, o) => {
      const f = await fleetWith(label, o);
      fabricEnv = f.fleet.env;
      return f;
    },
  });
  return { ...r, fabricEnv };
}

const T0 = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);

// ---------- cleanup: every process and engine, on any exit ----------

interface CleanupEntry { name: string; run: () => Promise<void> | void; running?: Promise<void> }
const cleanups: CleanupEntry[] = [];
/** Registers a cleanup; the returned function runs it now (once) and forgets it. */
function onCleanup(name: string, run: () => Promise<void> | void): () => Promise<void> {
  const entry: CleanupEntry = { name, run };
  cleanups.push(entry);
  return async () => {
    entry.running ??= Promise.resolve().then(run);
    try {
      await entry.running;
    } finally {
      const i = cleanups.indexOf(entry);
      if (i >= 0) cleanups.splice(i, 1);
    }
  };
}
async function cleanupAll(): Promise<void> {
  // Newest first; one already being run (by the main flow) is waited for.
  for (const c of [...cleanups].reverse()) {
    const timeout = new Promise<void>((r) => setTimeout(() => {
      log(`cleanup: ${c.name} did not finish in 15 s; moving on`);
      r();
    }, 15_000).unref());
    c.running ??= Promise.resolve().then(c.run);
    await Promise.race([c.running.catch((err) => log(`cleanup: ${c.name}: ${(err as Error).message}`)), timeout]);
    const i = cleanups.indexOf(c);
    if (i >= 0) cleanups.splice(i, 1);
  }
}

// Everything the fabric writes to a temp dir (its nats-server store, the
// models file) goes under one directory of this run, removed at exit even
// when a process had to be killed mid-start.
const MODEL_CACHE = join(tmpdir(), 'weft-bench-models');
const RUN_DIR = mkdtempSync(join(tmpdir(), 'weft-bench-run-'));
process.env.TMPDIR = RUN_DIR;
function finalCleanup(): void {
  const killed = killOwnChildren();
  if (killed.length > 0) log(`killed leftover child processes: ${killed.join(', ')}`);
  try {
    rmSync(RUN_DIR, { recursive: true, force: true });
  } catch {
    // best effort
  }
}

let stopping: Promise<never> | undefined;
/** Stops everything once; later calls (an error caused by the stopping itself) wait for the first. */
function shutdown(code: number, why: string): Promise<never> {
  stopping ??= (async () => {
    log(`\nstopping (${why}); cleaning up…`);
    await cleanupAll();
    // Processes of a fabric that was still starting: ask first, then finalCleanup kills.
    if (killOwnChildren('SIGTERM').length > 0) await new Promise((r) => setTimeout(r, 2_000));
    finalCleanup();
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void shutdown(130, 'SIGINT'));
process.on('SIGTERM', () => void shutdown(143, 'SIGTERM'));
process.on('SIGHUP', () => void shutdown(129, 'SIGHUP'));
process.on('exit', () => finalCleanup());

// ---------- helpers ----------

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: fileURLToPath(new URL('../../', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** A short probe of one side: 1-token latency, then tokens/s at 16 streams (aborted at the window's end). */
async function probe(side: Side): Promise<{ p50: number; n: number; tps: number }> {
  const xs: number[] = [];
  const until = performance.now() + P.probeMs;
  for (let i = 0; i < 5; i++) await side.complete(LATENCY_MESSAGES, 1);
  while (xs.length < 5 || (xs.length < P.probeRequests && performance.now() < until)) {
    const t0 = performance.now();
    await side.complete(LATENCY_MESSAGES, 1);
    xs.push(performance.now() - t0);
  }
  const w = await runWindow(side, { concurrency: 16, windowMs: P.probeWindowMs, maxTokens: MAX_TOKENS, prompts: STREAM_PROMPTS, abortAtDeadline: true });
  return { p50: summarize(xs).p50, n: xs.length, tps: w.tokensPerSecond };
}

interface Running {
  fab: BenchFabric;
  grpc: GrpcSide;
  stop: () => Promise<void>;
}

async function fabricWith(modelPath: string, threads: number): Promise<Running> {
  const t0 = performance.now();
  // A Ctrl-C while it starts is covered by killOwnChildren at exit.
  const fab = await startBenchFabric({ modelPath, model: MODEL, threads, slots: SLOTS, contextSize: CONTEXT_SIZE });
  const grpc = new GrpcSide(fab.executorAddress, MODEL);
  const stop = onCleanup(`fabric (threads ${threads})`, async () => {
    grpc.close();
    await fab.stop();
  });
  log(`  fabric up in ${((performance.now() - t0) / 1000).toFixed(1)} s: gateway ${fab.gatewayUrl}, executor ${fab.executorAddress}, threads ${threads}`);
  return { fab, grpc, stop };
}

async function inProcessWith(modelPath: string, threads: number): Promise<{ side: InProcessSide; stop: () => Promise<void> }> {
  const side = await InProcessSide.create({ modelPath, model: MODEL, threads, slots: SLOTS, contextSize: CONTEXT_SIZE });
  const stop = onCleanup(`in-process engine (threads ${threads})`, () => side.dispose());
  return { side, stop };
}

/** Starts a fleet, stopped by the returned function (and at exit). */
async function fleetWith(label: string, o: FleetOptions): Promise<{ fleet: BenchFleet; stop: () => Promise<void> }> {
  const t0 = performance.now();
  const fleet = await startFleet(o);
  const stop = onCleanup(`fleet (${label})`, () => fleet.stop());
  log(`  fleet up in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${fleet.executors.length} executors (${fleet.executors.map((e) => `${e.id} ${e.address}`).join(', ')}), gateway ${fleet.gatewayUrl}`);
  return { fleet, stop };
}

type PriorityVariant = typeof PRIORITY;

/** One priority variant in a fleet of its own. */
async function runPriorityVariant(P2: PriorityVariant, label: string): Promise<PriorityResult & { fabricEnv: Record<string, string> }> {
  const { fleet, stop } = await fleetWith(`priority, reserve ${P2.batchReserveSlots}`, {
    executors: P2.executors,
    models: [{ name: P2.model, path: P2.path, engine: 'synthetic', slots: P2.slots, contextSize: 4096, minReplicas: P2.executors }],
    env: { WEFT_BATCH_RESERVE_SLOTS: String(P2.batchReserveSlots) },
  });
  const nc = await connectNats(fleet.natsUrl);
  try {
    const r = await measurePriority(fleet, nc, {
      model: P2.model, executors: P2.executors, slotsPerExecutor: P2.slots, batchReserveSlots: P2.batchReserveSlots,
      warmup: P2.warmup, realtimePerPhase: P2.realtimePerPhase, realtimeMaxTokens: P2.realtimeMaxTokens,
      batchInFlight: P2.batchInFlight, batchMaxTokens: P2.batchMaxTokens, label, log,
    });
    return { ...r, fabricEnv: fleet.env };
  } finally {
    await nc.close();
    await stop();
  }
}

async function runPriority(): Promise<NonNullable<Report['priority']>> {
  const P2 = PRIORITY;
  const P3 = PRIORITY_PREEMPT;
  log(`(c) priority: ${P2.executors} synthetic executors × ${P2.slots} slots (${P2.path}); ${P2.realtimePerPhase} realtime requests idle, then with ${P2.batchInFlight} batch requests in flight; WEFT_BATCH_RESERVE_SLOTS=${P2.batchReserveSlots} (default)`);
  const t0 = performance.now();
  const first = await runPriorityVariant(P2, `priority [reserve ${P2.batchReserveSlots}]`);
  log(`  priority [reserve ${P2.batchReserveSlots}]: ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
  log(`(c) priority, preemption: a new fleet with WEFT_BATCH_RESERVE_SLOTS=${P3.batchReserveSlots}, so every realtime request preempts a batch one; ${P3.realtimePerPhase} realtime requests idle, then with ${P3.batchInFlight} batch requests in flight`);
  const t1 = performance.now();
  const preemption = await runPriorityVariant(P3, `priority [reserve ${P3.batchReserveSlots}, preempting]`);
  log(`  priority [reserve ${P3.batchReserveSlots}, preempting]: ${((performance.now() - t1) / 1000).toFixed(1)} s in all`);
  return { ...first, model: { name: P2.model, path: P2.path, slots: P2.slots, executors: P2.executors }, preemption };
}

async function runDecisions(): Promise<NonNullable<Report['decisionLatency']>> {
  const D = DECISIONS;
  log(`(d) decision latency: ${D.executors} real synthetic executors, then + ${D.simulated} SIMULATED ones; ${D.rounds} round(s) of ${D.perRound} requests each`);
  const { fleet, stop } = await fleetWith('decisions', {
    executors: D.executors,
    models: [{ name: D.model, path: D.path, engine: 'synthetic', slots: D.slots, contextSize: 4096, minReplicas: D.executors }],
    env: { WEFT_HEARTBEAT_MS: String(D.heartbeatMs) },
  });
  const nc = await connectNats(fleet.natsUrl);
  try {
    const r = await measureDecisions(fleet, nc, {
      model: D.model, simulated: D.simulated, simulatedSlots: D.simulatedSlots, heartbeatMs: D.heartbeatMs,
      warmup: D.warmup, rounds: D.rounds, perRound: D.perRound, concurrency: D.concurrency, log,
    });
    return { ...r, fabricEnv: fleet.env, model: { name: D.model, path: D.path, slots: D.slots, executors: D.executors } };
  } finally {
    await nc.close();
    await stop();
  }
}

async function runAffinity(): Promise<NonNullable<Report['prefixAffinity']>> {
  const A = AFFINITY;
  const { path } = await ensureModel(join(MODEL_CACHE, `${A.shape}.gguf`), SHAPES[A.shape]);
  log(`(e) prefix affinity: SHAPES.${A.shape} at ${path}, ${A.executors} executors × ${A.slots} slots, ${A.threads} thread each; ${A.waves} waves of ${A.executors * A.slots} conversations per setting`);
  const results: Partial<Record<'on' | 'off', AffinityModeResult>> = {};
  for (const mode of ['off', 'on'] as const) {
    const { fleet, stop } = await fleetWith(`affinity ${mode}`, {
      executors: A.executors,
      models: [{ name: A.model, path, slots: A.slots, contextSize: A.contextSize, minReplicas: A.executors }],
      env: { WEFT_THREADS: String(A.threads), WEFT_PREFIX_AFFINITY: mode },
      readyTimeoutMs: 120_000,
    });
    try {
      results[mode] = await measureAffinityMode(fleet, mode, {
        model: A.model, waveSize: A.executors * A.slots, waves: A.waves, systemWords: A.systemWords,
        turn1MaxTokens: A.turn1MaxTokens, turn2MaxTokens: A.turn2MaxTokens, log,
      });
    } finally {
      await stop();
    }
  }
  const off = results.off!;
  const on = results.on!;
  return {
    waves: A.waves, waveSize: A.executors * A.slots, systemWords: A.systemWords, off, on,
    ratioP50: on.turn2Ttft.p50 / off.turn2Ttft.p50,
    model: { name: A.model, shape: A.shape, path, slots: A.slots, contextSize: A.contextSize, executors: A.executors, threads: A.threads },
  };
}

async function runBusy(): Promise<NonNullable<Report['busy']>> {
  const B = BUSY;
  const { path } = await ensureModel(join(MODEL_CACHE, `${B.shape}.gguf`), SHAPES[B.shape]);
  log(`(f) busy: SHAPES.${B.shape} at ${path}, 1 executor × ${B.slots} slots, ${B.threads} thread(s); ${B.rounds} rounds of a new streaming request with 0–${B.slots - 1} long requests generating`);
  const { fleet, stop } = await fleetWith('busy', {
    executors: 1,
    models: [{ name: B.model, path, slots: B.slots, contextSize: B.contextSize, minReplicas: 1 }],
    env: { WEFT_THREADS: String(B.threads) },
    readyTimeoutMs: 120_000,
  });
  try {
    const r = await measureBusy(fleet, { model: B.model, slots: B.slots, rounds: B.rounds, probeWords: B.probeWords, probeMaxTokens: B.probeMaxTokens, longMaxTokens: B.longMaxTokens, log });
    return { ...r, fabricEnv: fleet.env, model: { name: B.model, shape: B.shape, path, slots: B.slots, contextSize: B.contextSize, threads: B.threads } };
  } finally {
    await stop();
  }
}

async function runVsLlamaServer(): Promise<NonNullable<Report['llamaServer']>> {
  const build = ensureLlamaServer(log);
  if (!build.ok) {
    log(`(g) vs llama-server: skipped: ${build.why}`);
    return { skipped: build.why };
  }
  log(`(g) llama-server ${build.release}: ${build.binary}${build.built ? ' (built now)' : ' (cached)'}`);
  // What `npm start` gives an executor here, and 1 thread when that differs.
  const launcherThreads = Math.max(1, availableParallelism() - 1);
  const also = Number(process.env.WEFT_BENCH_VS_THREADS ?? 0);
  const threadSets = [
    { threads: launcherThreads, why: "the launcher's default: cores - 1", launcherDefault: true },
    ...(launcherThreads === 1 ? [] : [{ threads: 1, why: '1 thread', launcherDefault: false }]),
    ...(also > 0 && also !== launcherThreads && also !== 1 ? [{ threads: also, why: 'WEFT_BENCH_VS_THREADS', launcherDefault: false }] : []),
  ];
  const runs: VsResult[] = [];
  for (const { shape, maxTokens } of VS.shapes) {
    const { path } = await ensureModel(join(MODEL_CACHE, `${shape}.gguf`), SHAPES[shape]);
    for (const t of threadSets) {
      runs.push(await measureVsLlamaServer({
        llamaServerBinary: build.binary, modelPath: path, shape, threads: t.threads, threadsWhy: t.why, launcherDefaultThreads: t.launcherDefault,
        slots: VS.slots, contextSize: VS.contextSize, concurrencies: CONCURRENCIES, rounds: VS.rounds, windowMs: VS.windowMs,
        maxTokens, prompts: STREAM_PROMPTS, latencyMessages: LATENCY_MESSAGES, oneTokenRequests: VS.oneTokenRequests, log,
      }));
    }
  }
  return { release: build.release, binary: build.binary, runs };
}

async function runBatchApi(): Promise<NonNullable<Report['batchApi']>> {
  const B = BATCH_API;
  const { path } = await ensureModel(join(MODEL_CACHE, `${B.shape}.gguf`), SHAPES[B.shape]);
  log(`(h) batch API: SHAPES.${B.shape} at ${path}, 1 executor × ${B.slots} slots, ${B.threads} thread(s); ${B.lines} lines of max_tokens ${B.maxTokens}, direct over gRPC then as a batch`);
  const { fleet, stop } = await fleetWith('batch API', {
    executors: 1,
    models: [{ name: B.model, path, slots: B.slots, contextSize: B.contextSize, minReplicas: 1 }],
    env: { WEFT_THREADS: String(B.threads) },
    readyTimeoutMs: 120_000,
  });
  const grpc = new GrpcSide(fleet.executors[0]!.address, B.model);
  try {
    const r = await measureBatchApi(fleet, grpc, { model: B.model, lines: B.lines, maxTokens: B.maxTokens, slots: B.slots, realtimeIdle: B.realtimeIdle, realtimeMaxTokens: B.realtimeMaxTokens, realtimeEveryMs: B.realtimeEveryMs, log });
    return { ...r, fabricEnv: fleet.env, model: { name: B.model, shape: B.shape, path, slots: B.slots, contextSize: B.contextSize, threads: B.threads, executors: 1 } };
  } finally {
    grpc.close();
    await stop();
  }
}

// (l) embeddings: a synthesized MiniLM-L6-shaped ONNX encoder, one executor, 1 thread.
const EMBED = { model: 'bench-embed', shape: 'minilm-l6' as const, threads: 1, requests: QUICK ? { 1: 40, 64: 4 } : { 1: 400, 64: 24 } };

async function runEmbeddings(): Promise<NonNullable<Report['embeddings']>> {
  const E = EMBED;
  const { dir } = await ensureEmbeddingModel(join(MODEL_CACHE, `embed-${E.shape}`), EMBEDDING_SHAPES[E.shape]);
  log(`(l) embeddings: synthesized ${E.shape} encoder at ${dir}, 1 executor, ${E.threads} thread(s)`);
  const { fleet, stop } = await fleetWith('embeddings', {
    executors: 1,
    models: [{ name: E.model, path: dir, engine: 'onnxruntime', slots: 1, minReplicas: 1 }],
    env: { WEFT_THREADS: String(E.threads) },
    readyTimeoutMs: 120_000,
  });
  try {
    const r = await measureEmbeddings({ modelDir: dir, shape: E.shape, threads: E.threads, gatewayUrl: fleet.gatewayUrl, model: E.model, requests: E.requests, log });
    return { ...r, fabricEnv: fleet.env };
  } finally {
    await stop();
  }
}

// (m) structured output: the chat sections' model (SHAPES.tiny), slots and
// context, one executor, 1 thread; streams 1 and 4, max_tokens 128.
const STRUCTURED = {
  model: 'bench-structured', shape: SHAPE, slots: SLOTS, contextSize: CONTEXT_SIZE, threads: 1, streams: [1, 4], maxTokens: MAX_TOKENS,
  ...(QUICK ? { rounds: 2, windowMs: 3_000 } : { rounds: 4, windowMs: 8_000 }),
};

async function runStructured(): Promise<NonNullable<Report['structured']>> {
  const S = STRUCTURED;
  const { path } = await ensureModel(join(MODEL_CACHE, `${S.shape}.gguf`), SHAPES[S.shape]);
  log(`(m) structured output: SHAPES.${S.shape} at ${path}, 1 executor × ${S.slots} slots, ${S.threads} thread(s); text vs json_schema vs json_object at ${S.streams.join('/')} streams, ${S.rounds} × ${S.windowMs / 1000} s per cell, max_tokens ${S.maxTokens}`);
  const { fleet, stop } = await fleetWith('structured', {
    executors: 1,
    models: [{ name: S.model, path, slots: S.slots, contextSize: S.contextSize, minReplicas: 1 }],
    env: { WEFT_THREADS: String(S.threads) },
    readyTimeoutMs: 120_000,
  });
  try {
    const r = await measureStructured({ gatewayUrl: fleet.gatewayUrl, model: S.model, streams: S.streams, rounds: S.rounds, windowMs: S.windowMs, maxTokens: S.maxTokens, prompts: STREAM_PROMPTS, log });
    return { ...r, fabricEnv: fleet.env, model: { name: S.model, shape: S.shape, path, slots: S.slots, contextSize: S.contextSize, threads: S.threads } };
  } finally {
    await stop();
  }
}

// (i) realtime voice: SHAPES.tiny, one executor with every speech engine.
const VOICE = {
  model: 'bench-voice', shape: 'tiny' as const, contextSize: 1024, threads: 1, maxTokens: 24,
  ...(QUICK ? { turns: 6, warmup: 1 } : { turns: 24, warmup: 2 }),
};

async function runVoice(): Promise<NonNullable<Report['realtimeVoice']>> {
  const V = VOICE;
  const { path } = await ensureModel(join(MODEL_CACHE, `${V.shape}.gguf`), SHAPES[V.shape]);
  log(`(i) realtime voice: ${V.turns} turns (+${V.warmup} warm-up) through a WebSocket session, then the same engines in-process; SHAPES.${V.shape}, max ${V.maxTokens} tokens`);
  const otlp = await OtlpReceiver.start();
  const closeOtlp = onCleanup('OTLP receiver', () => otlp.close());
  const { fleet, stop } = await fleetWith('realtime voice', {
    executors: 1,
    models: [
      { name: V.model, path, slots: 2, contextSize: V.contextSize, minReplicas: 1 },
      { name: VOICE_MODELS.vad, engine: 'onnxruntime', path: SILERO_VAD_PATH, slots: 2, minReplicas: 1 },
      { name: VOICE_MODELS.transcribe, engine: 'pocketsphinx', path: SPHINX_EN_US_PATH, slots: 1, minReplicas: 1 },
      { name: VOICE_MODELS.speak, engine: 'espeak-ng', path: 'espeak-ng:', slots: 2, minReplicas: 1 },
    ],
    // The turns' spans go to the receiver (the stage breakdown); batched, off the request path.
    env: { WEFT_THREADS: String(V.threads), ...otlp.env() } as Record<string, string>,
  });
  const opts = { gatewayUrl: fleet.gatewayUrl, otlp, model: V.model, modelPath: path, threads: V.threads, contextSize: V.contextSize, turns: V.turns, warmup: V.warmup, maxTokens: V.maxTokens, log };
  let fabricRows;
  try {
    fabricRows = (await measureVoiceFabric(opts)).rows;
  } finally {
    await stop();
    await closeOtlp();
  }
  const r = await measureVoiceDirect(opts, fabricRows);
  log(`  voice-to-voice p50: fabric ${r.fabric.voiceToVoiceMs.p50.toFixed(1)} ms, direct ${r.direct.voiceToVoiceMs.p50.toFixed(1)} ms (added ${r.addedP50Ms.voiceToVoiceMs.toFixed(1)} ms)`);
  return { ...r, fabricEnv: fleet.env, model: { name: V.model, shape: V.shape, path, threads: V.threads, contextSize: V.contextSize } };
}

// ---------- the run ----------

async function main(): Promise<void> {
  const started = performance.now();
  const machine: Machine = {
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemGiB: totalmem() / 2 ** 30,
    loadAvgAtStart: loadavg(),
  };
  log(`Weft benchmark, ${QUICK ? 'quick' : 'full'} mode: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAvgAtStart.map((x) => x.toFixed(2)).join(' ')}${SECTIONS.length < ALL_SECTIONS.length ? `; sections: ${SECTIONS.join(', ')}` : ''}`);

  mkdirSync(MODEL_CACHE, { recursive: true });
  const { path: modelPath } = await ensureModel(join(MODEL_CACHE, `${SHAPE}.gguf`), SHAPES[SHAPE]);
  log(`model: SHAPES.${SHAPE} at ${modelPath}`);

  // Thread count: the same value for the executor and the in-process engine.
  const calibration: CalibrationEntry[] = [];
  let threads: number;
  let threadsChosenBy: string;
  let kept: Running | undefined;
  const forced = process.env.WEFT_BENCH_THREADS;
  const llamaSections = runs('latency') || runs('throughput');
  if (!llamaSections) {
    threads = forced ? Number(forced) : 1;
    threadsChosenBy = 'not probed: latency and throughput were not run';
  } else if (forced) {
    threads = Number(forced);
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`WEFT_BENCH_THREADS=${forced}: expected a positive integer`);
    threadsChosenBy = 'WEFT_BENCH_THREADS';
  } else {
    log(`thread probe: ${THREAD_CANDIDATES.join(' and ')} threads, each side alone on the machine`);
    for (const t of THREAD_CANDIDATES) {
      // In-process first, with no fabric running…
      const local = await inProcessWith(modelPath, t);
      const a = await probe(local.side);
      await local.stop();
      calibration.push({ threads: t, side: 'in-process', oneTokenP50Ms: a.p50, oneTokenRequests: a.n, tokensPerSecondAt16: a.tps });
      log(`  threads ${t} in-process:      1-token p50 ${a.p50.toFixed(3)} ms, ${a.tps.toFixed(0)} tokens/s at 16 streams`);
      // …then the executor, with no engine in this process.
      const run = await fabricWith(modelPath, t);
      const b = await probe(run.grpc);
      calibration.push({ threads: t, side: 'executor (gRPC)', oneTokenP50Ms: b.p50, oneTokenRequests: b.n, tokensPerSecondAt16: b.tps });
      log(`  threads ${t} executor (gRPC): 1-token p50 ${b.p50.toFixed(3)} ms, ${b.tps.toFixed(0)} tokens/s at 16 streams`);
      if (t === THREAD_CANDIDATES.at(-1)) kept = run;
      else await run.stop();
    }
    // Score: geometric mean over both sides of tokens/s at 16 streams.
    const score = (t: number) => Math.sqrt(calibration.filter((c) => c.threads === t).reduce((p, c) => p * c.tokensPerSecondAt16, 1));
    threads = THREAD_CANDIDATES.reduce((best, t) => (score(t) > score(best) ? t : best));
    const bestFor = (side: CalibrationEntry['side']) => calibration.filter((c) => c.side === side)
      .reduce((a, b) => (b.tokensPerSecondAt16 > a.tokensPerSecondAt16 ? b : a)).threads;
    const agree = bestFor('in-process') === threads && bestFor('executor (gRPC)') === threads;
    threadsChosenBy = `probe: best geometric mean of tokens/s at 16 streams over both sides${agree ? ', faster on both' : ', sides disagreed'}`;
    log(`threads: ${threads} (${threadsChosenBy})`);
  }

  let latency: LatencyResult | undefined;
  let throughput: ThroughputRow[] | undefined;
  let executorDescribe: Report['setup']['executorDescribe'];
  let fabricEnv: Record<string, string> = {};
  if (llamaSections) {
    if (kept && kept.fab.env.WEFT_THREADS !== String(threads)) {
      await kept.stop();
      kept = undefined;
    }
    const run = kept ?? await fabricWith(modelPath, threads);
    fabricEnv = run.fab.env;
    const local = await inProcessWith(modelPath, threads);
    const gateway = new GatewaySide(run.fab.gatewayUrl, MODEL, HTTP, Math.max(...CONCURRENCIES));
    const closeAgent = onCleanup('HTTP agent', () => gateway.close());

    const info = await run.grpc.describe();
    const m = info.models.find((x) => x.name === MODEL);
    executorDescribe = { threads: info.threads, slotsTotal: m?.slotsTotal ?? 0, contextSize: m?.contextSize ?? 0 };
    if (executorDescribe.threads !== threads || executorDescribe.slotsTotal !== SLOTS) {
      log(`WARNING: the executor reports threads ${executorDescribe.threads}, slots ${executorDescribe.slotsTotal}; expected ${threads} and ${SLOTS}`);
    }

    if (runs('latency')) {
      log(`(a) latency: ${P.rounds} rounds × ${P.perRound} sequential 1-token requests per path, ${P.warmup} warm-up`);
      latency = await measureLatency({ gateway, grpc: run.grpc, inProcess: local.side }, {
        messages: LATENCY_MESSAGES, maxTokens: 1, warmup: P.warmup, rounds: P.rounds, perRound: P.perRound, log,
      });
    }

    if (runs('throughput')) {
      log(`(b) throughput: ${CONCURRENCIES.join('/')} streams, ${P.tpRounds} × ${P.tpWindowMs / 1000} s per cell, max_tokens ${MAX_TOKENS}`);
      throughput = await measureThroughput({ fabric: gateway, direct: local.side }, {
        concurrencies: CONCURRENCIES, rounds: P.tpRounds, windowMs: P.tpWindowMs, maxTokens: MAX_TOKENS, prompts: STREAM_PROMPTS, log,
      });
    }
    // The machine to the next sections alone.
    await closeAgent();
    await local.stop();
    await run.stop();
  } else if (kept) {
    await kept.stop();
  }

  const priority = runs('priority') ? await runPriority() : undefined;
  const decisionLatency = runs('decisions') ? await runDecisions() : undefined;
  const prefixAffinity = runs('affinity') ? await runAffinity() : undefined;
  const busy = runs('busy') ? await runBusy() : undefined;
  const llamaServer = runs('llamaserver') ? await runVsLlamaServer() : undefined;
  const batchApi = runs('batch') ? await runBatchApi() : undefined;
  const realtimeVoice = runs('voice') ? await runVoice() : undefined;
  const tracing = runs('tracing') ? await runTracing() : undefined;
  const embeddings = runs('embeddings') ? await runEmbeddings() : undefined;
  const structured = runs('structured') ? await runStructured() : undefined;

  machine.loadAvgAtEnd = loadavg();
  await cleanupAll();

  const commit = git(['rev-parse', '--short', 'HEAD']);
  const status = git(['status', '--porcelain']);
  const report: Report = {
    timestamp: new Date().toISOString(),
    gitCommit: commit,
    gitDirty: status === null ? null : status.length > 0,
    wallSeconds: (performance.now() - started) / 1000,
    machine,
    setup: {
      mode: QUICK ? 'quick' : 'full',
      model: { name: MODEL, shape: SHAPE, dims: { ...SHAPES[SHAPE] }, path: modelPath, bytes: statSync(modelPath).size },
      threads, threadsChosenBy, slots: SLOTS, contextSizePerSequence: CONTEXT_SIZE,
      httpClient: HTTP === 'fetch' ? 'fetch (undici built into Node, keep-alive)' : 'node:http with a keep-alive Agent',
      latencyPrompt: LATENCY_PROMPT,
      throughputMaxTokens: MAX_TOKENS, throughputWindowMs: P.tpWindowMs, throughputRounds: P.tpRounds,
      fabricEnv,
      ...(executorDescribe ? { executorDescribe } : {}),
    },
    calibration,
    sections: SECTIONS,
    ...(latency ? { latency } : {}),
    ...(throughput ? { throughput } : {}),
    ...(priority ? { priority } : {}),
    ...(decisionLatency ? { decisionLatency } : {}),
    ...(prefixAffinity ? { prefixAffinity } : {}),
    ...(busy ? { busy } : {}),
    ...(llamaServer ? { llamaServer } : {}),
    ...(batchApi ? { batchApi } : {}),
    ...(realtimeVoice ? { realtimeVoice } : {}),
    ...(tracing ? { tracing } : {}),
    ...(embeddings ? { embeddings } : {}),
    ...(structured ? { structured } : {}),
    targets: { ...TARGETS, results: evaluateTargets(latency, throughput, priority, decisionLatency, llamaServer && 'runs' in llamaServer ? llamaServer.runs : undefined, batchApi, realtimeVoice, tracing, embeddings) },
  };
  process.stdout.write(markdown(report) + '\n');
  writeJson(OUT, report);
  log(`wrote ${OUT}`);
}

main().then(
  () => (stopping ? undefined : process.exit(0)),
  (err) => {
    // An error caused by a Ctrl-C's cleanup is not worth reporting.
    if (!stopping) log(`benchmark failed: ${(err as Error).stack ?? err}`);
    void shutdown(1, 'error');
  },
);
