// The GPU benchmark: Weft with a CUDA executor against llama.cpp on the same
// GPU, same GGUF file, same sampling. Runs on an NVIDIA machine after
// deploy/gpu/setup.sh built node-llama-cpp's CUDA backend with llama-server
// and llama-batched-bench in the same build tree (the very llama.cpp the
// executor runs):
//
//   node test/bench/gpu.ts [results.json]     (default test/bench/results/gpu-h200.json)
//
// Per model shape (synthesized: random weights, real shape and tokenizer):
// - llama.cpp's decode-only ceiling: llama-batched-bench at 1, 16 and 64
//   parallel sequences (no sampling, no HTTP);
// - llama-server vs Weft as `npm start` runs it, both with every layer on the
//   GPU and flash attention, streamed tokens/s and TTFT at 1, 16 and 64
//   concurrent streams, rounds interleaved; 1-token request latency (the
//   fabric's overhead per request).
// WEFT_GPU_BENCH_SHAPES picks shapes (default qwen2-0.5b,qwen2-7b);
// WEFT_GPU_BENCH_QUICK=1 runs one short round.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureModel, SHAPES, type ShapeName } from '../../synth/index.ts';
import { LATENCY_MESSAGES, STREAM_PROMPTS } from './prompts.ts';
import { writeJson } from './report.ts';
import { measureVsLlamaServer, type VsResult } from './vs-llama-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUICK = process.env.WEFT_GPU_BENCH_QUICK === '1';
const OUT = process.argv[2] ?? join(ROOT, 'test/bench/results/gpu-h200.json');
const MODELS = process.env.WEFT_GPU_BENCH_MODELS ?? '/tmp/weft-gpu-models';
const SHAPE_NAMES = (process.env.WEFT_GPU_BENCH_SHAPES ?? 'qwen2-0.5b,qwen2-7b').split(',') as ShapeName[];
const CONCURRENCIES = [1, 16, 64];
const SLOTS = 64;
const CONTEXT = 1024;
const MAX_TOKENS = 128;
const t0 = performance.now();
const log = (line: string) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);

/** The Release folder of node-llama-cpp's local CUDA build (deploy/gpu/setup.sh), with llama-server beside the addon. */
function cudaBuild(): string {
  const builds = join(ROOT, 'node_modules/node-llama-cpp/llama/localBuilds');
  const dirs = existsSync(builds) ? readdirSync(builds).map((d) => join(builds, d, 'Release')).filter((d) => existsSync(join(d, 'llama-server'))) : [];
  if (dirs.length === 0) throw new Error(`no CUDA build with llama-server under ${builds}: run deploy/gpu/setup.sh first`);
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

function nvidiaSmi(query: string): string {
  return execFileSync('nvidia-smi', [`--query-gpu=${query}`, '--format=csv,noheader'], { encoding: 'utf8' }).trim().split('\n')[0]!.trim();
}

export interface Ceiling {
  parallel: number;
  /** llama-batched-bench's S_TG: generated tokens/s over all sequences, decode only. */
  decodeTokensPerSecond: number;
}

/** llama.cpp's decode-only ceiling on this GPU: llama-batched-bench, every layer offloaded, flash attention. */
function decodeCeiling(bin: string, model: string): Ceiling[] {
  const out = execFileSync(join(bin, 'llama-batched-bench'), [
    '-m', model, '-ngl', '99', '-fa', 'on', '-c', String(SLOTS * (CONTEXT + 256)), '-b', '2048', '-ub', '512',
    '-npp', '32', '-ntg', String(MAX_TOKENS), '-npl', CONCURRENCIES.join(','),
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LD_LIBRARY_PATH: bin } });
  // |    PP |     TG |    B |   N_KV |   T_PP s | S_PP t/s |   T_TG s | S_TG t/s |      T s |    S t/s |
  const rows: Ceiling[] = [];
  for (const line of out.split('\n')) {
    const cells = line.split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.length === 10 && /^\d+$/.test(cells[0]!)) rows.push({ parallel: Number(cells[2]), decodeTokensPerSecond: Number(cells[7]) });
  }
  if (rows.length === 0) throw new Error(`llama-batched-bench printed no table:\n${out.slice(-2000)}`);
  return rows;
}

export interface GpuShapeResult {
  shape: ShapeName;
  fileBytes: number;
  ceiling: Ceiling[];
  vs: VsResult;
}

async function main(): Promise<void> {
  const bin = cudaBuild();
  const machine = {
    gpu: nvidiaSmi('name'), driver: nvidiaSmi('driver_version'), memoryTotal: nvidiaSmi('memory.total'),
    computeCapability: nvidiaSmi('compute_cap'), cores: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemGiB: totalmem() / 2 ** 30, node: process.version, build: bin,
  };
  log(`GPU bench: ${machine.gpu} (driver ${machine.driver}, ${machine.memoryTotal}), ${machine.cores} cores; llama.cpp build ${bin}`);
  mkdirSync(MODELS, { recursive: true });
  const results: GpuShapeResult[] = [];
  const threads = Math.max(1, availableParallelism() - 1);
  for (const shape of SHAPE_NAMES) {
    const s0 = performance.now();
    const { path } = await ensureModel(join(MODELS, `${shape}.gguf`), SHAPES[shape]);
    log(`${shape}: ${(statSync(path).size / 2 ** 30).toFixed(2)} GiB at ${path} (${((performance.now() - s0) / 1000).toFixed(0)} s)`);
    const ceiling = decodeCeiling(bin, path);
    log(`  llama-batched-bench decode-only: ${ceiling.map((c) => `${c.parallel}: ${c.decodeTokensPerSecond.toFixed(0)} tok/s`).join(', ')}`);
    const vs = await measureVsLlamaServer({
      llamaServerBinary: join(bin, 'llama-server'), modelPath: path, shape, threads, threadsWhy: "the launcher's default: cores - 1", launcherDefaultThreads: true,
      slots: SLOTS, contextSize: CONTEXT, concurrencies: CONCURRENCIES, rounds: QUICK ? 1 : 2, windowMs: QUICK ? 5_000 : 10_000,
      maxTokens: MAX_TOKENS, prompts: STREAM_PROMPTS, latencyMessages: LATENCY_MESSAGES, oneTokenRequests: QUICK ? 50 : 200,
      llamaServerArgs: ['-ngl', '99', '-fa', 'on'],
      modelEntry: { devices: ['nvidia'] },
      inProcess: false,
      log,
    });
    results.push({ shape, fileBytes: statSync(path).size, ceiling, vs });
    writeJson(OUT, { date: new Date().toISOString(), quick: QUICK, machine, results } as never);
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeJson(OUT, { date: new Date().toISOString(), quick: QUICK, machine, results } as never);
  log(`wrote ${OUT}`);
  for (const r of results) {
    for (const row of r.vs.rows) {
      const ceil = r.ceiling.find((c) => c.parallel === row.concurrency)?.decodeTokensPerSecond;
      log(`${r.shape} c=${row.concurrency}: llama-server ${row.llamaServer.tokensPerSecond.toFixed(0)}, Weft ${row.weft.tokensPerSecond.toFixed(0)} tok/s (${row.tokensRatio.toFixed(2)}×; ${row.llamaServer.meanCompletionTokens.toFixed(0)} / ${row.weft.meanCompletionTokens.toFixed(0)} tokens per answer), decode ceiling ${ceil?.toFixed(0) ?? '?'}; TTFT p50 ${row.llamaServer.ttft.p50.toFixed(1)} / ${row.weft.ttft.p50.toFixed(1)} ms, p95 ${row.llamaServer.ttft.p95.toFixed(1)} / ${row.weft.ttft.p95.toFixed(1)} ms`);
    }
    log(`${r.shape} 1-token p50: llama-server ${r.vs.oneToken.llamaServer.p50.toFixed(2)} ms, Weft ${r.vs.oneToken.weft.p50.toFixed(2)} ms (+${r.vs.oneToken.addedP50Ms.toFixed(2)} ms)`);
  }
}

await main();
