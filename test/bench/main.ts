// `npm run bench`: how much the fabric costs next to llama.cpp itself.
//
//   (a) added latency of one non-streaming 1-token chat request: gateway over
//       HTTP vs the executor over gRPC vs node-llama-cpp in this process;
//   (b) aggregate streamed tokens/s at 1, 4 and 16 concurrent streams: the
//       fabric (SSE) vs node-llama-cpp in this process.
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
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureModel, SHAPES } from '../../executors/engines/llamacpp/gguf/index.ts';
import type { IChatMessage } from '../../proto/index.ts';
import { GatewaySide, GrpcSide, InProcessSide, type HttpClientKind, type Side } from './clients.ts';
import { killOwnChildren, startBenchFabric, type BenchFabric } from './fabric.ts';
import { measureLatency } from './latency.ts';
import { evaluateTargets, markdown, writeJson, TARGETS, type CalibrationEntry, type Machine, type Report } from './report.ts';
import { summarize } from './stats.ts';
import { measureThroughput, runWindow } from './throughput.ts';

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

const LATENCY_PROMPT = 'Reply with one word: hello.';
const LATENCY_MESSAGES: IChatMessage[] = [{ role: 'user', content: LATENCY_PROMPT, name: '' }];
const STREAM_PROMPTS: IChatMessage[][] = [
  'Tell me a long story about a fox who learns to sail.',
  'Explain how a compiler turns source code into machine code.',
  'Write a poem about the sea at night.',
  'Describe the water cycle to a ten year old.',
  'List the steps to bake a loaf of bread.',
  'What happened during the industrial revolution?',
  'Summarise the plot of a detective novel you like.',
  'Give advice to someone starting to learn the piano.',
  'Describe a busy market in a city you imagine.',
  'How do bees make honey?',
  'Write a letter to a friend about a summer trip.',
  'Explain why the sky is blue.',
  'Describe how trains changed travel.',
  'Tell a story about a robot who wants to paint.',
  'What makes a good cup of tea?',
  'Describe the life of a lighthouse keeper.',
].map((content) => [{ role: 'user', content, name: '' }]);

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
  log(`Weft benchmark, ${QUICK ? 'quick' : 'full'} mode: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAvgAtStart.map((x) => x.toFixed(2)).join(' ')}`);

  mkdirSync(MODEL_CACHE, { recursive: true });
  const { path: modelPath } = await ensureModel(join(MODEL_CACHE, `${SHAPE}.gguf`), SHAPES[SHAPE]);
  log(`model: SHAPES.${SHAPE} at ${modelPath}`);

  // Thread count: the same value for the executor and the in-process engine.
  const calibration: CalibrationEntry[] = [];
  let threads: number;
  let threadsChosenBy: string;
  let kept: Running | undefined;
  const forced = process.env.WEFT_BENCH_THREADS;
  if (forced) {
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

  if (kept && kept.fab.env.WEFT_THREADS !== String(threads)) {
    await kept.stop();
    kept = undefined;
  }
  const run = kept ?? await fabricWith(modelPath, threads);
  const local = await inProcessWith(modelPath, threads);
  const gateway = new GatewaySide(run.fab.gatewayUrl, MODEL, HTTP, Math.max(...CONCURRENCIES));
  onCleanup('HTTP agent', () => gateway.close());

  const info = await run.grpc.describe();
  const m = info.models.find((x) => x.name === MODEL);
  const executorDescribe = { threads: info.threads, slotsTotal: m?.slotsTotal ?? 0, contextSize: m?.contextSize ?? 0 };
  if (executorDescribe.threads !== threads || executorDescribe.slotsTotal !== SLOTS) {
    log(`WARNING: the executor reports threads ${executorDescribe.threads}, slots ${executorDescribe.slotsTotal}; expected ${threads} and ${SLOTS}`);
  }

  log(`(a) latency: ${P.rounds} rounds × ${P.perRound} sequential 1-token requests per path, ${P.warmup} warm-up`);
  const latency = await measureLatency({ gateway, grpc: run.grpc, inProcess: local.side }, {
    messages: LATENCY_MESSAGES, maxTokens: 1, warmup: P.warmup, rounds: P.rounds, perRound: P.perRound, log,
  });

  log(`(b) throughput: ${CONCURRENCIES.join('/')} streams, ${P.tpRounds} × ${P.tpWindowMs / 1000} s per cell, max_tokens ${MAX_TOKENS}`);
  const throughput = await measureThroughput({ fabric: gateway, direct: local.side }, {
    concurrencies: CONCURRENCIES, rounds: P.tpRounds, windowMs: P.tpWindowMs, maxTokens: MAX_TOKENS, prompts: STREAM_PROMPTS, log,
  });

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
      fabricEnv: run.fab.env,
      executorDescribe,
    },
    calibration,
    latency,
    throughput,
    targets: { ...TARGETS, results: evaluateTargets(latency, throughput) },
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
