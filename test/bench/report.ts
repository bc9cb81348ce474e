// The benchmark's output: a markdown report for people, and
// test/bench/results/latest.json holding every figure for machines.
import { embeddingsMarkdown, type EmbeddingsResult } from './embeddings.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AffinityResult } from './affinity.ts';
import type { BatchApiResult } from './batch-api.ts';
import type { VoiceResult } from './realtime-voice.ts';
import type { BusyResult } from './busy.ts';
import type { DecisionPhase, DecisionResult } from './decisions.ts';
import type { LatencyResult, AddedLatency } from './latency.ts';
import type { PriorityResult } from './priority.ts';
import type { ThroughputRow } from './throughput.ts';
import type { VsResult } from './vs-llama-server.ts';
import { tracingMarkdown, type TracingResult } from './tracing.ts';
import { structuredMarkdown, type StructuredResult } from './structured.ts';
import { round, type Summary } from './stats.ts';

export const TARGETS = {
  /** (j) tracing on vs off: throughput lost, and sequential p99 added. */
  tracingThroughputLossMax: 0.05,
  tracingAddedP99Ms: 0.3,
  /** (l) embeddings through the fabric ÷ the same engine in-process, 64 inputs per request. */
  embeddingsRatioAt64: 0.9,
  /** (i) what the fabric adds to a voice turn (voice-to-voice p50, fabric − in-process). */
  voiceAddedMs: 10,
  addedP50Ms: 1,
  addedP99Ms: 3,
  streamingRatioAt16: 0.97,
  /** Realtime TTFT p95 with the fleet saturated by batch work / on an idle fleet. */
  priorityTtftP95Ratio: 1.25,
  /** Scheduling decision p99 with 1,000 (simulated) executors registered. */
  decisionP99Ms: 1,
  /** Against llama-server on the same model and settings (issue 9). */
  vsLlamaServerTokensRatio: 0.9,
  vsLlamaServerTtftP95Ratio: 1.5,
  vsLlamaServerOneTokenAddedMs: 1,
  vsLlamaServerMemoryRatio: 2,
  /** Batch API (issue 11): a batch's lines/s ÷ the executors' saturated throughput for the same requests sent directly. */
  batchLinesRatio: 0.95,
  /** Batch API: realtime TTFT p95 while the batch runs ÷ on the idle fleet. */
  batchRealtimeTtftP95Ratio: 1.25,
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
  /** Sections left out by WEFT_BENCH_ONLY are absent. */
  sections: string[];
  latency?: LatencyResult;
  throughput?: ThroughputRow[];
  /**
   * With WEFT_BATCH_RESERVE_SLOTS=1 (the default); `preemption`: the same in a
   * fleet of its own with WEFT_BATCH_RESERVE_SLOTS=0, where every realtime
   * request preempts a batch one.
   */
  priority?: PriorityResult & {
    fabricEnv: Record<string, string>;
    model: { name: string; path: string; slots: number; executors: number };
    preemption?: PriorityResult & { fabricEnv: Record<string, string> };
  };
  decisionLatency?: DecisionResult & { fabricEnv: Record<string, string>; model: { name: string; path: string; slots: number; executors: number } };
  prefixAffinity?: AffinityResult & { model: { name: string; shape: string; path: string; slots: number; contextSize: number; executors: number; threads: number } };
  busy?: BusyResult & { fabricEnv: Record<string, string>; model: { name: string; shape: string; path: string; slots: number; contextSize: number; threads: number } };
  /** (h) the Batch API on llama.cpp executors. */
  batchApi?: BatchApiResult & { fabricEnv: Record<string, string>; model: { name: string; shape: string; path: string; slots: number; contextSize: number; threads: number; executors: number } };
  /** (g): one run per model shape and thread count; `skipped` says why when llama-server could not be built. */
  llamaServer?: { release: string; binary: string; runs: VsResult[] } | { skipped: string };
  /** (j) tracing on (100% sampling, store on) vs off: throughput and sequential latency. */
  tracing?: TracingResult & { fabricEnv: Record<string, string> };
  /** (i) realtime voice: voice-to-voice latency and its stages, fabric vs the engines in-process. */
  realtimeVoice?: VoiceResult & { fabricEnv: Record<string, string>; model: { name: string; shape: string; path: string; threads: number; contextSize: number } };
  /** (l) embeddings on onnxruntime, fabric vs in-process. */
  embeddings?: EmbeddingsResult & { fabricEnv: Record<string, string> };
  /** (m) structured output: json_schema / json_object decode vs unconstrained, through the fabric. */
  structured?: StructuredResult & { fabricEnv: Record<string, string>; model: { name: string; shape: string; path: string; slots: number; contextSize: number; threads: number } };
  targets: typeof TARGETS & { results: TargetResult[] };
}

export interface TargetResult {
  name: string;
  value: number;
  target: string;
  pass: boolean;
}

export function evaluateTargets(latency: LatencyResult | undefined, throughput: ThroughputRow[] | undefined, priority?: PriorityResult & { preemption?: PriorityResult }, decisions?: DecisionResult, vs?: VsResult[], batchApi?: BatchApiResult, voice?: VoiceResult, tracing?: TracingResult, embeddings?: EmbeddingsResult): TargetResult[] {
  const out: TargetResult[] = [];
  const at64 = embeddings?.rows.find((r) => r.batch === 64);
  if (at64) out.push({ name: 'embeddings: inputs/s ratio, fabric ÷ in-process, 64 per request', value: at64.ratio, target: `>= ${TARGETS.embeddingsRatioAt64}x`, pass: at64.ratio >= TARGETS.embeddingsRatioAt64 });
  if (tracing) {
    out.push({ name: `tracing: throughput loss ratio, on vs off at ${tracing.concurrency} in flight`, value: tracing.throughputLoss, target: `<= ${TARGETS.tracingThroughputLossMax}`, pass: tracing.throughputLoss <= TARGETS.tracingThroughputLossMax });
    out.push({ name: 'tracing: added sequential p99 (on - off)', value: tracing.addedP99Ms, target: `<= ${TARGETS.tracingAddedP99Ms} ms`, pass: tracing.addedP99Ms <= TARGETS.tracingAddedP99Ms });
  }
  if (voice) out.push({ name: 'voice: added voice-to-voice p50 per turn (fabric - in-process)', value: voice.addedP50Ms.voiceToVoiceMs, target: `<= ${TARGETS.voiceAddedMs} ms`, pass: voice.addedP50Ms.voiceToVoiceMs <= TARGETS.voiceAddedMs });
  if (batchApi) {
    out.push({ name: `batch API: lines/s ratio, ${batchApi.lines}-line batch ÷ direct saturated`, value: batchApi.ratio, target: `>= ${TARGETS.batchLinesRatio}x`, pass: batchApi.ratio >= TARGETS.batchLinesRatio });
    out.push({ name: 'batch API: realtime TTFT p95 ratio, batch running ÷ idle', value: batchApi.realtime.ratioP95, target: `<= ${TARGETS.batchRealtimeTtftP95Ratio}x`, pass: batchApi.realtime.ratioP95 <= TARGETS.batchRealtimeTtftP95Ratio });
  }
  const lat = (label: string, a: AddedLatency) => {
    out.push({ name: `added p50, ${label}`, value: a.p50, target: `<= ${TARGETS.addedP50Ms} ms`, pass: a.p50 <= TARGETS.addedP50Ms });
    out.push({ name: `added p99, ${label}`, value: a.p99, target: `<= ${TARGETS.addedP99Ms} ms`, pass: a.p99 <= TARGETS.addedP99Ms });
  };
  if (latency) {
    lat('gateway - executor gRPC', latency.added.gatewayMinusGrpc);
    lat('gateway - in-process', latency.added.gatewayMinusInProcess);
  }
  const at16 = throughput?.find((r) => r.concurrency === 16);
  if (at16) {
    out.push({ name: 'streaming fabric/direct at 16 streams', value: at16.ratio, target: `>= ${(TARGETS.streamingRatioAt16 * 100).toFixed(0)}%`, pass: at16.ratio >= TARGETS.streamingRatioAt16 });
  }
  if (priority) {
    for (const p of [priority, priority.preemption]) {
      if (!p) continue;
      out.push({ name: `priority, ${variantName(p)}: realtime TTFT p95 saturated/idle`, value: p.ratioP95, target: `<= ${TARGETS.priorityTtftP95Ratio}x`, pass: p.ratioP95 <= TARGETS.priorityTtftP95Ratio });
    }
  }
  if (decisions) {
    const v = decisions.with1000.p99Us / 1000;
    out.push({ name: `decision p99 with ${decisions.with1000.executorsRegistered} executors registered (${decisions.with1000.simulatedExecutors} simulated)`, value: v, target: `<= ${TARGETS.decisionP99Ms} ms`, pass: v <= TARGETS.decisionP99Ms });
  }
  for (const run of vs ?? []) {
    const at = `${run.shape}, ${run.threads} thread${run.threads === 1 ? '' : 's'}`;
    for (const row of run.rows) {
      out.push({ name: `vs llama-server tokens/s ratio, ${at}, ${row.concurrency} streams`, value: row.tokensRatio, target: `>= ${TARGETS.vsLlamaServerTokensRatio}x`, pass: row.tokensRatio >= TARGETS.vsLlamaServerTokensRatio });
      if (row.concurrency >= 4) out.push({ name: `vs llama-server TTFT p95 ratio, ${at}, ${row.concurrency} streams`, value: row.ttftP95Ratio, target: `<= ${TARGETS.vsLlamaServerTtftP95Ratio}x`, pass: row.ttftP95Ratio <= TARGETS.vsLlamaServerTtftP95Ratio });
    }
    out.push({ name: `vs llama-server 1-token p50 added, ${at}`, value: run.oneToken.addedP50Ms, target: `<= +${TARGETS.vsLlamaServerOneTokenAddedMs} ms`, pass: run.oneToken.addedP50Ms <= TARGETS.vsLlamaServerOneTokenAddedMs });
    out.push({ name: `vs llama-server idle memory ratio, ${at}`, value: run.memoryMiB.ratio, target: `<= ${TARGETS.vsLlamaServerMemoryRatio}x`, pass: run.memoryMiB.ratio <= TARGETS.vsLlamaServerMemoryRatio });
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
  const hasLlamaSections = lat !== undefined || r.throughput !== undefined;
  L.push(`## Weft benchmark (${s.mode} mode)`, '');
  L.push(`${r.timestamp} · commit ${r.gitCommit ?? 'unknown'}${r.gitDirty ? ' (working tree dirty)' : ''} · ${r.wallSeconds.toFixed(0)} s wall`, '');
  if (r.sections.length < ALL_SECTIONS.length) L.push(`Sections run (WEFT_BENCH_ONLY): ${r.sections.join(', ')}`, '');
  L.push('| Machine / setup | |', '|---|---|');
  L.push(`| CPU | ${m.cpuModel}, ${m.cores} cores, ${m.totalMemGiB.toFixed(1)} GiB |`);
  L.push(`| Load average (1/5/15 min) | start ${m.loadAvgAtStart.map((x) => x.toFixed(2)).join(' / ')}${m.loadAvgAtEnd ? `, end ${m.loadAvgAtEnd.map((x) => x.toFixed(2)).join(' / ')}` : ''} |`);
  L.push(`| Node | ${m.node} (${m.platform}) |`);
  if (hasLlamaSections) {
  L.push(`| Model | SHAPES.${s.model.shape}: ${Object.entries(s.model.dims).map(([k, v]) => `${k} ${v}`).join(', ')} (${(s.model.bytes / 1e6).toFixed(2)} MB) |`);
  L.push(`| Threads | ${s.threads} on every side (${s.threadsChosenBy}) |`);
  L.push(`| Slots | ${s.slots} (executor and in-process) |`);
  L.push(`| Context per sequence | ${s.contextSizePerSequence} tokens |`);
  if (s.executorDescribe) L.push(`| Executor Describe | threads ${s.executorDescribe.threads}, slots ${s.executorDescribe.slotsTotal}, context ${s.executorDescribe.contextSize} |`);
  L.push(`| HTTP client | ${s.httpClient} |`);
  }
  L.push('');

  if (r.calibration.length > 0) {
    L.push('### Thread count probe', '');
    L.push('| threads | side | 1-token p50 (ms) | tokens/s at 16 streams |', '|---:|---|---:|---:|');
    for (const c of r.calibration) L.push(`| ${c.threads} | ${c.side} | ${ms(c.oneTokenP50Ms)} (n=${c.oneTokenRequests}) | ${c.tokensPerSecondAt16.toFixed(0)} |`);
    L.push('');
  }

  if (lat) {
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
  }

  if (r.throughput) {
  L.push(`### (b) Aggregate streamed tokens/s (max_tokens ${s.throughputMaxTokens}, temperature 0, ${s.throughputRounds} × ${(s.throughputWindowMs / 1000).toFixed(0)} s windows per cell)`, '');
  L.push('| streams | direct in-process (tokens/s) | fabric SSE (tokens/s) | fabric / direct | tokens/request direct · fabric | chunks/request direct · fabric | target ≥ 97% at 16 |', '|---:|---:|---:|---:|---|---|---|');
  for (const t of r.throughput) {
    L.push(`| ${t.concurrency} | ${t.direct.tokensPerSecond.toFixed(0)} | ${t.fabric.tokensPerSecond.toFixed(0)} | ${pct(t.ratio)} | ${t.direct.meanCompletionTokens.toFixed(1)} · ${t.fabric.meanCompletionTokens.toFixed(1)} | ${t.direct.meanChunksPerRequest.toFixed(1)} · ${t.fabric.meanChunksPerRequest.toFixed(1)} | ${t.concurrency === 16 ? mark(t.ratio >= TARGETS.streamingRatioAt16) : '—'} |`);
  }
  L.push('');
  }

  if (r.priority) priorityMarkdown(L, r.priority);
  if (r.decisionLatency) decisionMarkdown(L, r.decisionLatency);
  if (r.prefixAffinity) affinityMarkdown(L, r.prefixAffinity);
  if (r.busy) busyMarkdown(L, r.busy);
  if (r.llamaServer) vsMarkdown(L, r.llamaServer);
  if (r.batchApi) batchApiMarkdown(L, r.batchApi);
  if (r.realtimeVoice) voiceMarkdown(L, r.realtimeVoice);
  if (r.embeddings) embeddingsMarkdown(L, r.embeddings);
  if (r.structured) structuredMarkdown(L, r.structured);
  if (r.tracing) tracingMarkdown(L, r.tracing, { lossMax: TARGETS.tracingThroughputLossMax, addedP99Ms: TARGETS.tracingAddedP99Ms });

  if (r.targets.results.length > 0) {
    L.push('### Targets', '');
    L.push('| target | value | goal | result |', '|---|---:|---|---|');
    for (const t of r.targets.results) {
      const v = t.name.startsWith('streaming') ? pct(t.value) : t.name.startsWith('priority') || / ratio, /.test(t.name) ? `${t.value.toFixed(3)}x` : t.name.startsWith('decision') ? `${ms(t.value)} ms` : `${signed(t.value)} ms`;
      L.push(`| ${t.name} | ${v} | ${t.target} | ${mark(t.pass)} |`);
    }
    L.push('');
  }
  return L.join('\n');
}

export const ALL_SECTIONS = ['latency', 'throughput', 'priority', 'decisions', 'affinity', 'busy', 'llamaserver', 'batch', 'voice', 'tracing', 'embeddings', 'structured'] as const;
export type Section = (typeof ALL_SECTIONS)[number];

const ms1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const us = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

/** "reserve 1 slot" / "reserve 0: every realtime request preempts". */
function variantName(p: PriorityResult): string {
  return p.batchReserveSlots === 0 ? 'reserve 0: every realtime request preempts' : `reserve ${p.batchReserveSlots} slot${p.batchReserveSlots === 1 ? '' : 's'}`;
}

function priorityMarkdown(L: string[], p: NonNullable<Report['priority']>): void {
  const variants = [p, ...(p.preemption ? [p.preemption] : [])];
  L.push(`### (c) Priority: realtime TTFT on an idle fleet vs a fleet saturated with batch work`, '');
  L.push(`${p.model.executors} executors × ${p.model.slots} slots, synthetic engine \`${p.model.path}\` (no model runs: paced tokens). Realtime: sequential streaming requests (the idle phase: half before the saturated one, half after it), max_tokens ${p.realtimeMaxTokens}, TTFT at the client (send → first content chunk). Saturated: batch requests (\`X-Weft-Priority: batch\`, non-streaming, max_tokens ${p.batchMaxTokens}) kept in flight over ${p.fleetSlots} slots, more than batch may use, so batch work is always queued.`, '');
  L.push(`Two variants, each in a fleet of its own: **reserve ${p.batchReserveSlots} slot** (WEFT_BATCH_RESERVE_SLOTS=${p.batchReserveSlots}, the product default: batch never takes a replica's last slot, so a sequential realtime request always finds one free and nothing is preempted)`
    + (p.preemption ? `, then **reserve ${p.preemption.batchReserveSlots}: every realtime request preempts** (WEFT_BATCH_RESERVE_SLOTS=${p.preemption.batchReserveSlots}: batch takes every slot, so each realtime request finds none free and the scheduler aborts a batch request, requeues it invisibly and starts the realtime one).` : '.'), '');
  L.push('| variant | phase | TTFT p50 (ms) | p90 (ms) | p95 (ms) | p99 (ms) | max (ms) | n | errors |', '|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const v of variants) {
    for (const [name, ph] of [['idle fleet (both halves: baseline)', v.idle], ['  idle, first half (before)', v.idleBefore], ['  idle, second half (after)', v.idleAfter], [`saturated with batch (${v.batchInFlight} in flight)`, v.saturated]] as const) {
      L.push(`| ${variantName(v)} | ${name} | ${ms1(ph.ttft.p50)} | ${ms1(ph.ttft.p90)} | ${ms1(ph.ttft.p95)} | ${ms1(ph.ttft.p99)} | ${ms1(ph.ttft.max)} | ${ph.ttft.n} | ${ph.errors} |`);
    }
  }
  L.push('');
  for (const v of variants) {
    const sat = v.saturated;
    L.push(`**${variantName(v)}**: ratio of p95s (saturated / idle) **${v.ratioP95.toFixed(3)}x** (target ≤ ${TARGETS.priorityTtftP95Ratio}x: ${mark(v.ratioP95 <= TARGETS.priorityTtftP95Ratio)}); `
      + `**${sat.preemptions} preemptions** for ${sat.ttft.n + sat.errors} realtime requests while saturated`
      + (sat.preemptedRequests > 0
        ? ` (of ${sat.preemptedRequests} distinct batch request(s); with no new batch work started afterwards, ${sat.preemptedCompleted} of them completed whole, HTTP 200 with ${v.batchMaxTokens} tokens, ${sat.preemptedFailed} failed or came back short, within ${sat.preemptedDrainSeconds.toFixed(1)} s)`
        : '')
      + '. '
      + `Batch work kept completing: ${sat.batchCompleted} batch requests (${sat.batchCompletionTokens} tokens) in ${sat.seconds.toFixed(1)} s, ${sat.batchErrors} errors; `
      + `batch queue depth ${sat.batchQueueDepth.min}–${sat.batchQueueDepth.max} (mean ${sat.batchQueueDepth.mean.toFixed(1)}), scheduler running ${sat.schedulerRunning.min}–${sat.schedulerRunning.max}; `
      + `${sat.batchAbortedAtEnd} batch requests were still in flight when the realtime requests ended${sat.preemptedRequests > 0 ? ' (the preempted ones among them were waited for, the rest then aborted)' : ', then aborted'}.`, '');
  }
}

function decisionMarkdown(L: string[], d: NonNullable<Report['decisionLatency']>): void {
  L.push(`### (d) Scheduling decision latency with ${d.with1000.executorsRegistered} executors registered (${d.with1000.simulatedExecutors} SIMULATED)`, '');
  L.push(`${d.model.executors} real executors (synthetic engine, ${d.model.slots} slots); ${d.with1000.simulatedExecutors} simulated executors are heartbeats this benchmark publishes on NATS every ${d.simulatedHeartbeatMs} ms (declared device, engine marked simulated, ${d.simulatedSlotsEach} slots each, gRPC address of a real executor, so their dispatches really run). `
    + `The scheduler's own decision latency (registry read + replica choice) from its snapshot, which keeps the last ${d.decisionWindow} decisions: each round sends ${d.requestsPerRound} non-streaming 1-token requests through the gateway (${d.concurrency} concurrent), so its figures cover that round only.`, '');
  L.push('| executors registered | round | decisions in round | p50 (µs) | p99 (µs) | replicas weighed | recent placements on simulated | req/s | errors |', '|---|---:|---:|---:|---:|---|---:|---:|---:|');
  const rows = (name: string, ph: DecisionPhase) => ph.rounds.forEach((r, i) => L.push(
    `| ${name} | ${i + 1} | ${r.decisions}${r.windowInRound ? '' : ' (window spills over)'} | ${us(r.p50Us)} | ${us(r.p99Us)} | ${r.replicasWeighed ? `${r.replicasWeighed.min}–${r.replicasWeighed.max}` : 'n/a'} | ${r.recentOnSimulated}/${r.recentPlacements} | ${(r.requests / r.seconds).toFixed(0)} | ${r.errors} |`));
  rows(`${d.baseline.executorsRegistered} (baseline, real only)`, d.baseline);
  rows(`${d.with1000.executorsRegistered} (${d.with1000.realExecutors} real + ${d.with1000.simulatedExecutors} simulated)`, d.with1000);
  L.push('');
  L.push(`p99 (worst round): baseline ${us(d.baseline.p99Us)} µs, with ${d.with1000.executorsRegistered} registered **${us(d.with1000.p99Us)} µs** (${d.p99Ratio.toFixed(1)}x baseline; target ≤ ${TARGETS.decisionP99Ms} ms: ${mark(d.with1000.p99Us / 1000 <= TARGETS.decisionP99Ms)}). p50 (median round): ${us(d.baseline.p50Us)} µs → ${us(d.with1000.p50Us)} µs.`, '');
}

function affinityMarkdown(L: string[], a: NonNullable<Report['prefixAffinity']>): void {
  L.push(`### (e) Prefix affinity: TTFT of a conversation's second turn, WEFT_PREFIX_AFFINITY on vs off`, '');
  L.push(`llama.cpp, SHAPES.${a.model.shape} (synthesized), ${a.model.executors} executors × ${a.model.slots} slots, ${a.model.threads} thread each, context ${a.model.contextSize}; a fresh fabric per setting. `
    + `${a.waves} waves of ${a.waveSize} conversations, each with its own system prompt (~${a.on.meanPromptTokensTurn1.toFixed(0)} prompt tokens in turn 1): the wave's first turns at once, then the second turns (turn 1 + the answer + a new user message, ~${a.on.meanPromptTokensTurn2.toFixed(0)} tokens) one at a time in reverse order; greedy, streaming, TTFT at the client. `
    + `"Reused" counts second turns faster than half the cold-prefill TTFT (a lone long prompt nobody has seen).`, '');
  L.push('| WEFT_PREFIX_AFFINITY | turn-2 TTFT p50 (ms) | p90 (ms) | max (ms) | n | reused | cold prefill TTFT p50 (ms) | turn-1 TTFT p50 (ms) | errors |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of [a.off, a.on]) {
    L.push(`| ${m.mode} | ${ms1(m.turn2Ttft.p50)} | ${ms1(m.turn2Ttft.p90)} | ${ms1(m.turn2Ttft.max)} | ${m.turn2Ttft.n} | ${m.turn2Reused}/${m.turn2Ttft.n} | ${ms1(m.coldTtft.p50)} | ${ms1(m.turn1Ttft.p50)} | ${m.errors} |`);
  }
  L.push('', `Turn-2 TTFT p50, on / off: **${a.ratioP50.toFixed(3)}** (below 1: affinity saves prefill).`, '');
}

function busyMarkdown(L: string[], b: NonNullable<Report['busy']>): void {
  L.push(`### (f) A new request while others generate: TTFT with N requests running on its replica`, '');
  L.push(`llama.cpp, SHAPES.${b.model.shape} (synthesized), 1 executor × ${b.model.slots} slots, ${b.model.threads} thread(s) (the launcher's default), context ${b.model.contextSize}. `
    + `Each probe is a streaming request with a prompt no cache shares, sent once N long requests (max_tokens high enough to outlast it) have their first token; every sequence holds another conversation, so the probe's sequence must be erased first. `
    + `${b.rounds} rounds, N interleaved; TTFT at the client. "After a finish" counts probes whose first token came after a running request had generated all its tokens (the stall this section guards against).`, '');
  L.push('| requests running | TTFT p50 (ms) | p95 (ms) | max (ms) | n | ÷ idle p50 | after a finish | errors |', '|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of b.rows) {
    L.push(`| ${r.running} | ${ms1(r.ttft.p50)} | ${ms1(r.ttft.p95)} | ${ms1(r.ttft.max)} | ${r.ttft.n} | ${r.ratioP50.toFixed(2)}× | ${r.afterARunningFinished} | ${r.errors} |`);
  }
  L.push('');
}

function batchApiMarkdown(L: string[], b: NonNullable<Report['batchApi']>): void {
  L.push(`### (h) The Batch API: a ${b.lines}-line batch against the executors' saturated throughput, and realtime TTFT while it runs`, '');
  L.push(`llama.cpp, SHAPES.${b.model.shape} (synthesized), ${b.model.executors} executor × ${b.model.slots} slots, ${b.model.threads} thread(s), context ${b.model.contextSize}, product defaults (WEFT_BATCH_RESERVE_SLOTS=1: while realtime requests come, within WEFT_BATCH_RESERVE_IDLE_MS, batch lines leave one slot per replica to them until they have waited WEFT_BATCH_AGING_MS; with no realtime traffic batch uses every slot and realtime preempts). `
    + `Every line is a greedy chat request, max_tokens ${b.maxTokens}; **direct**: the same ${b.lines} requests over gRPC straight to the executor, ${b.slots} at a time (every slot busy), first sent → last answered; `
    + `**batch alone**: POST /v1/batches → the poll (every 100 ms) that sees it completed, so validation, publishing the lines to JetStream, running them and writing the output file all count; no realtime traffic yet. `
    + 'Realtime: sequential streaming requests (max_tokens 4), on the idle fleet first, then while the same batch runs again (at most one every 250 ms); TTFT at the client.', '');
  L.push('| | seconds | lines/s | tokens per line | errors / failed |', '|---|---:|---:|---:|---:|');
  L.push(`| direct (gRPC, ${b.slots} at a time) | ${b.direct.seconds.toFixed(1)} | ${b.direct.linesPerSecond.toFixed(2)} | ${b.direct.meanCompletionTokens.toFixed(1)} | ${b.direct.errors} |`);
  L.push(`| batch alone (${b.batch.status}; lines running ${b.batch.runningSeconds.toFixed(1)} s) | ${b.batch.seconds.toFixed(1)} | ${b.batch.linesPerSecond.toFixed(2)} | ${b.batch.meanCompletionTokens.toFixed(1)} | ${b.batch.failed} |`);
  if (b.batchWithRealtime) L.push(`| batch with realtime requests flowing (${b.batchWithRealtime.status}) | ${b.batchWithRealtime.seconds.toFixed(1)} | ${b.batchWithRealtime.linesPerSecond.toFixed(2)} | ${b.batchWithRealtime.meanCompletionTokens.toFixed(1)} | ${b.batchWithRealtime.failed} |`);
  L.push('');
  L.push(`Batch ÷ direct: **${(b.ratio * 100).toFixed(1)}%** (target ≥ ${(TARGETS.batchLinesRatio * 100).toFixed(0)}%: ${mark(b.ratio >= TARGETS.batchLinesRatio)}).`, '');
  L.push('| realtime TTFT | p50 (ms) | p95 (ms) | max (ms) | n |', '|---|---:|---:|---:|---:|');
  L.push(`| idle fleet | ${ms1(b.realtime.idle.p50)} | ${ms1(b.realtime.idle.p95)} | ${ms1(b.realtime.idle.max)} | ${b.realtime.idle.n} |`);
  L.push(`| while the batch runs | ${ms1(b.realtime.duringBatch.p50)} | ${ms1(b.realtime.duringBatch.p95)} | ${ms1(b.realtime.duringBatch.max)} | ${b.realtime.duringBatch.n} |`);
  L.push('', `p95 during ÷ idle: **${b.realtime.ratioP95.toFixed(3)}x** (target ≤ ${TARGETS.batchRealtimeTtftP95Ratio}x: ${mark(b.realtime.ratioP95 <= TARGETS.batchRealtimeTtftP95Ratio)}); ${b.realtime.errors} realtime errors${b.realtime.firstError ? ` (first: ${b.realtime.firstError})` : ''}.`, '');
}

/** How llama-server treated weights in these runs: its default (repacked), or why not. */
function repackNote(runs: { llamaServerRepack?: { on: boolean; why?: string } }[]): string {
  const off = runs.find((r) => r.llamaServerRepack && !r.llamaServerRepack.on);
  return off ? `no weight repacking: ${off.llamaServerRepack!.why}` : 'weights repacked for this CPU as it does by default';
}

function vsMarkdown(L: string[], v: NonNullable<Report['llamaServer']>): void {
  L.push('### (g) Weft vs llama-server on the same model, slots, context and threads', '');
  if ('skipped' in v) {
    L.push(`Not measured: ${v.skipped}.`, '');
    return;
  }
  L.push(`llama.cpp's own \`llama-server\` (release ${v.release}, built from the llama.cpp source node-llama-cpp ships, native CPU flags, ${repackNote(v.runs)}) and Weft as \`npm start\` runs it (${[...new Set(v.runs.map((r) => r.weftLayout))].join('; ')}; gateway → NATS → scheduler → gRPC → executor, node-llama-cpp) on the same synthesized GGUF file, slots and context per sequence, the same threads; all sides up, measured one at a time, rounds interleaved; streaming with the same client; tokens/s is the median round, TTFT over all requests. "Engine alone" is the executor's engine in the bench process, no fabric.`, '');
  L.push('| shape | threads | streams | llama-server tok/s | Weft tok/s | Weft ÷ llama-server | TTFT p50 llama-server / Weft (ms) | TTFT p95 llama-server / Weft (ms) | TTFT p95 ratio | tokens per answer llama-server / Weft | engine alone in-process: tok/s, TTFT p95 (ms) |', '|---|---:|---:|---:|---:|---:|---|---|---:|---|---|');
  for (const run of v.runs) {
    for (const r of run.rows) {
      L.push(`| ${run.shape} | ${run.threads} | ${r.concurrency} | ${r.llamaServer.tokensPerSecond.toFixed(0)} | ${r.weft.tokensPerSecond.toFixed(0)} | **${r.tokensRatio.toFixed(2)}** | ${ms1(r.llamaServer.ttft.p50)} / ${ms1(r.weft.ttft.p50)} | ${ms1(r.llamaServer.ttft.p95)} / ${ms1(r.weft.ttft.p95)} | ${r.ttftP95Ratio.toFixed(2)}× | ${r.llamaServer.meanCompletionTokens.toFixed(0)} / ${r.weft.meanCompletionTokens.toFixed(0)} | ${r.inProcess ? `${r.inProcess.tokensPerSecond.toFixed(0)}, ${ms1(r.inProcess.ttft.p95)}` : '—'} |`);
    }
  }
  L.push('');
  L.push('| shape | threads | 1-token p50 llama-server / Weft (ms) | p99 (ms) | idle memory llama-server / Weft (MiB) | memory ratio |', '|---|---:|---|---|---|---:|');
  for (const run of v.runs) {
    L.push(`| ${run.shape} | ${run.threads} | ${ms(run.oneToken.llamaServer.p50)} / ${ms(run.oneToken.weft.p50)} | ${ms(run.oneToken.llamaServer.p99)} / ${ms(run.oneToken.weft.p99)} | ${run.memoryMiB.llamaServer.toFixed(0)} / ${run.memoryMiB.weft.toFixed(0)} (${Object.entries(run.memoryMiB.weftByProcess).map(([k, x]) => `${k} ${x.toFixed(0)}`).join(', ')}) | ${run.memoryMiB.ratio.toFixed(2)}× |`);
  }
  L.push('');
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

function voiceMarkdown(L: string[], v: NonNullable<Report['realtimeVoice']>): void {
  L.push(`### (i) Realtime voice: voice-to-voice latency, fabric vs the same engines in-process`, '');
  L.push(`${v.turns} turns (one session each), eSpeak NG speech of ${v.questions.length} questions streamed in 20 ms frames at real-time pace, then silence; server VAD at OpenAI's defaults (silence_duration_ms ${v.silenceDurationMs}), PocketSphinx, llama.cpp SHAPES.${v.model.shape} (greedy, max ${v.maxTokens} tokens, ${v.model.threads} thread(s)), eSpeak NG. `
    + 'Voice-to-voice: the last frame holding speech sent → the first response.output_audio.delta. Fabric stages from each turn\'s realtime.turn span; direct: the engines called in this process the way a session calls them. '
    + `Transcript or reply differing between the sides: ${v.mismatches} turn(s).`, '');
  L.push('| stage | fabric p50 | fabric p95 | direct p50 | direct p95 | added p50 |', '|---|---:|---:|---:|---:|---:|');
  const rows: [string, keyof VoiceResult['fabric']][] = [
    ['**voice-to-voice**', 'voiceToVoiceMs'], ['VAD: end of speech → turn ended (incl. silence)', 'vadMs'], ['  VAD decision (deciding audio arrived → decided)', 'vadDecisionMs'],
    ['transcription', 'transcribeMs'], ['LLM TTFT', 'llmTtftMs'], ['LLM first sentence (from reply start)', 'firstSentenceMs'], ['TTS first audio (from first sentence)', 'ttsFirstAudioMs'],
  ];
  for (const [name, k] of rows) {
    L.push(`| ${name} | ${ms1(v.fabric[k].p50)} | ${ms1(v.fabric[k].p95)} | ${ms1(v.direct[k].p50)} | ${ms1(v.direct[k].p95)} | ${v.addedP50Ms[k] >= 0 ? '+' : ''}${ms1(v.addedP50Ms[k])} |`);
  }
  L.push('');
}
