// The benchmark's output: a markdown report for people, and
// test/bench/results/latest.json holding every figure for machines.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LatencyResult, AddedLatency } from './latency.ts';
import type { ThroughputRow } from './throughput.ts';
import { round, type Summary } from './stats.ts';

export const TARGETS = {
  addedP50Ms: 1,
  addedP99Ms: 3,
  streamingRatioAt16: 0.97,
} as const;

export interface Machine {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemGiB: number;
  loadAvgAtStart: number[];
  loadAvgAtEnd?: number[];
}

export interface CalibrationEntry {
  threads: number;
  side: 'executor (gRPC)' | 'in-process';
  oneTokenP50Ms: number;
  oneTokenRequests: number;
  tokensPerSecondAt16: number;
}

export interface Setup {
  mode: 'quick' | 'full';
  model: { name: string; shape: string; dims: Record<string, unknown>; path: string; bytes: number };
  threads: number;
  threadsChosenBy: string;
  slots: number;
  contextSizePerSequence: number;
  httpClient: string;
  latencyPrompt: string;
  throughputMaxTokens: number;
  throughputWindowMs: number;
  throughputRounds: number;
  fabricEnv: Record<string, string>;
  executorDescribe?: { threads: number; slotsTotal: number; contextSize: number };
}

export interface Report {
  timestamp: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
  wallSeconds: number;
  machine: Machine;
  setup: Setup;
  calibration: CalibrationEntry[];
  latency: LatencyResult;
  throughput: ThroughputRow[];
  targets: {
    addedP50Ms: number;
    addedP99Ms: number;
    streamingRatioAt16: number;
    results: TargetResult[];
  };
}

export interface TargetResult {
  name: string;
  value: number;
  target: string;
  pass: boolean;
}

export function evaluateTargets(latency: LatencyResult, throughput: ThroughputRow[]): TargetResult[] {
  const out: TargetResult[] = [];
  const lat = (label: string, a: AddedLatency) => {
    out.push({ name: `added p50, ${label}`, value: a.p50, target: `<= ${TARGETS.addedP50Ms} ms`, pass: a.p50 <= TARGETS.addedP50Ms });
    out.push({ name: `added p99, ${label}`, value: a.p99, target: `<= ${TARGETS.addedP99Ms} ms`, pass: a.p99 <= TARGETS.addedP99Ms });
  };
  lat('gateway - executor gRPC', latency.added.gatewayMinusGrpc);
  lat('gateway - in-process', latency.added.gatewayMinusInProcess);
  const at16 = throughput.find((r) => r.concurrency === 16);
  if (at16) {
    out.push({ name: 'streaming fabric/direct at 16 streams', value: at16.ratio, target: `>= ${(TARGETS.streamingRatioAt16 * 100).toFixed(0)}%`, pass: at16.ratio >= TARGETS.streamingRatioAt16 });
  }
  return out;
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const signed = (x: number) => (x >= 0 ? `+${ms(x)}` : ms(x));
const mark = (pass: boolean) => (pass ? 'pass ✓' : 'MISS ✗');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function markdown(r: Report): string {
  const L: string[] = [];
  const { machine: m, setup: s, latency: lat } = r;
  L.push(`## Weft benchmark (${s.mode} mode)`, '');
  L.push(`${r.timestamp} · commit ${r.gitCommit ?? 'unknown'}${r.gitDirty ? ' (working tree dirty)' : ''} · ${r.wallSeconds.toFixed(0)} s wall`, '');
  L.push('| Machine / setup | |', '|---|---|');
  L.push(`| CPU | ${m.cpuModel}, ${m.cores} cores, ${m.totalMemGiB.toFixed(1)} GiB |`);
  L.push(`| Load average (1/5/15 min) | start ${m.loadAvgAtStart.map((x) => x.toFixed(2)).join(' / ')}${m.loadAvgAtEnd ? `, end ${m.loadAvgAtEnd.map((x) => x.toFixed(2)).join(' / ')}` : ''} |`);
  L.push(`| Node | ${m.node} (${m.platform}) |`);
  L.push(`| Model | SHAPES.${s.model.shape}: ${Object.entries(s.model.dims).map(([k, v]) => `${k} ${v}`).join(', ')} (${(s.model.bytes / 1e6).toFixed(2)} MB) |`);
  L.push(`| Threads | ${s.threads} on every side (${s.threadsChosenBy}) |`);
  L.push(`| Slots | ${s.slots} (executor and in-process) |`);
  L.push(`| Context per sequence | ${s.contextSizePerSequence} tokens |`);
  if (s.executorDescribe) L.push(`| Executor Describe | threads ${s.executorDescribe.threads}, slots ${s.executorDescribe.slotsTotal}, context ${s.executorDescribe.contextSize} |`);
  L.push(`| HTTP client | ${s.httpClient} |`);
  L.push('');

  if (r.calibration.length > 0) {
    L.push('### Thread count probe', '');
    L.push('| threads | side | 1-token p50 (ms) | tokens/s at 16 streams |', '|---:|---|---:|---:|');
    for (const c of r.calibration) L.push(`| ${c.threads} | ${c.side} | ${ms(c.oneTokenP50Ms)} (n=${c.oneTokenRequests}) | ${c.tokensPerSecondAt16.toFixed(0)} |`);
    L.push('');
  }

  L.push(`### (a) Latency of one non-streaming 1-token chat request (${lat.requestsPerSide} sequential requests per path, ${lat.rounds} interleaved rounds of ${lat.perRound}, ${lat.warmupPerSide} warm-up)`, '');
  L.push('| path | p50 (ms) | p99 (ms) | mean (ms) | min (ms) | max (ms) | errors |', '|---|---:|---:|---:|---:|---:|---:|');
  const row = (name: string, x: Summary, errors: number) => L.push(`| ${name} | ${ms(x.p50)} | ${ms(x.p99)} | ${ms(x.mean)} | ${ms(x.min)} | ${ms(x.max)} | ${errors} |`);
  row(`gateway, HTTP (${s.httpClient})`, lat.gateway.summary, lat.gateway.errors);
  row('executor, gRPC direct', lat.grpc.summary, lat.grpc.errors);
  row('node-llama-cpp in-process', lat.inProcess.summary, lat.inProcess.errors);
  L.push('');
  L.push('| added latency | p50 (ms) | p99 (ms) | mean (ms) | target p50 ≤ 1 ms | target p99 ≤ 3 ms |', '|---|---:|---:|---:|---|---|');
  const added = (name: string, a: AddedLatency, targeted: boolean) => L.push(
    `| ${name} | ${signed(a.p50)} | ${signed(a.p99)} | ${signed(a.mean)} | ${targeted ? mark(a.p50 <= TARGETS.addedP50Ms) : '—'} | ${targeted ? mark(a.p99 <= TARGETS.addedP99Ms) : '—'} |`);
  added('gateway − executor gRPC', lat.added.gatewayMinusGrpc, true);
  added('executor gRPC − in-process', lat.added.grpcMinusInProcess, false);
  added('gateway − in-process', lat.added.gatewayMinusInProcess, true);
  L.push('', 'Added latency is the difference of each path\'s own percentile (p99 of A minus p99 of B), not a percentile of paired differences.', '');

  L.push(`### (b) Aggregate streamed tokens/s (max_tokens ${s.throughputMaxTokens}, temperature 0, ${s.throughputRounds} × ${(s.throughputWindowMs / 1000).toFixed(0)} s windows per cell)`, '');
  L.push('| streams | direct in-process (tokens/s) | fabric SSE (tokens/s) | fabric / direct | tokens/request direct · fabric | chunks/request direct · fabric | target ≥ 97% at 16 |', '|---:|---:|---:|---:|---|---|---|');
  for (const t of r.throughput) {
    L.push(`| ${t.concurrency} | ${t.direct.tokensPerSecond.toFixed(0)} | ${t.fabric.tokensPerSecond.toFixed(0)} | ${pct(t.ratio)} | ${t.direct.meanCompletionTokens.toFixed(1)} · ${t.fabric.meanCompletionTokens.toFixed(1)} | ${t.direct.meanChunksPerRequest.toFixed(1)} · ${t.fabric.meanChunksPerRequest.toFixed(1)} | ${t.concurrency === 16 ? mark(t.ratio >= TARGETS.streamingRatioAt16) : '—'} |`);
  }
  L.push('');

  L.push('### Targets', '');
  L.push('| target | value | goal | result |', '|---|---:|---|---|');
  for (const t of r.targets.results) {
    const v = t.name.startsWith('streaming') ? pct(t.value) : `${signed(t.value)} ms`;
    L.push(`| ${t.name} | ${v} | ${t.target} | ${mark(t.pass)} |`);
  }
  L.push('');
  return L.join('\n');
}

/** Rounds every number to 3 decimals for the JSON file. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return round(value, 3);
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** Writes the report atomically (a .tmp file, then rename). */
export function writeJson(file: string, r: Report): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(rounded(r), null, 2) + '\n');
  renameSync(tmp, file);
}
