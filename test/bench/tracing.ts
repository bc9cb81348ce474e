// (j) what tracing costs: the fabric with tracing on (every process
// exporting its spans to the trace store, 100% sampling, the gateway
// indexing them) against tracing off (WEFT_TRACE_STORE=off, no OTLP
// endpoint), on the synthetic engine so that the fabric's own work is what
// is measured. Each mode gets a fleet of its own, one at a time, in
// alternating order over the rounds: throughput of non-streaming 1-token
// requests at a fixed concurrency (closed loop), and the latency of
// sequential ones (p50/p99; the added p99 is the target).
import type { BenchFleet, FleetOptions } from './fabric.ts';
import { GatewaySide, type HttpClientKind } from './clients.ts';
import { summarize, type Summary } from './stats.ts';
import { round } from './stats.ts';
import type { IChatMessage } from '../../proto/index.ts';

export type TracingMode = 'off' | 'on';

export interface TracingOptions {
  model: string;
  path: string;
  slots: number;
  concurrency: number;
  rounds: number;
  windowMs: number;
  sequential: number;
  warmup: number;
  http: HttpClientKind;
  log(line: string): void;
  /** Starts a fleet with `env` over the benchmark defaults; the caller's cleanup stops it too. */
  fleet(label: string, o: FleetOptions): Promise<{ fleet: BenchFleet; stop: () => Promise<void> }>;
}

export interface TracingModeResult {
  env: Record<string, string>;
  /** Requests/s at `concurrency`, one figure per round. */
  requestsPerSecond: number[];
  meanRequestsPerSecond: number;
  /** Latency (ms) of the requests at `concurrency`, every round pooled. */
  loaded: Summary;
  /** Latency (ms) of sequential requests, every round pooled. */
  sequential: Summary;
  /** Traces the gateway's store held at the end of the last round (0 when off). */
  tracesStored: number;
}

export interface TracingResult {
  model: { name: string; path: string; slots: number; executors: number };
  concurrency: number;
  rounds: number;
  windowMs: number;
  sequentialPerRound: number;
  off: TracingModeResult;
  on: TracingModeResult;
  /** 1 - on/off of the mean requests/s. */
  throughputLoss: number;
  /** Sequential p99 (and p50), on - off, ms. */
  addedP99Ms: number;
  addedP50Ms: number;
}

const MESSAGES: IChatMessage[] = [{ role: 'user', content: 'How long does tracing take?' }];

const ENV: Record<TracingMode, Record<string, string>> = {
  off: { WEFT_TRACE_STORE: 'off' },
  on: { WEFT_TRACE_STORE: 'on', WEFT_TRACE_SAMPLE: '1' },
};

export async function measureTracing(o: TracingOptions): Promise<TracingResult> {
  const acc: Record<TracingMode, { rps: number[]; loaded: number[]; seq: number[]; stored: number }> = {
    off: { rps: [], loaded: [], seq: [], stored: 0 },
    on: { rps: [], loaded: [], seq: [], stored: 0 },
  };
  for (let r = 0; r < o.rounds; r++) {
    const order: TracingMode[] = r % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const mode of order) {
      const { fleet, stop } = await o.fleet(`tracing ${mode}`, {
        executors: 1,
        models: [{ name: o.model, path: o.path, engine: 'synthetic', slots: o.slots, contextSize: 2048, minReplicas: 1 }],
        env: ENV[mode],
      });
      const side = new GatewaySide(fleet.gatewayUrl, o.model, o.http, o.concurrency);
      try {
        // Warm-up, sequential and loaded (JIT, connection pools, the first fleet's start-up work).
        for (let i = 0; i < o.warmup; i++) await side.complete(MESSAGES, 1);
        const warmEnd = performance.now() + Math.min(2_000, o.windowMs / 2);
        await Promise.all(Array.from({ length: o.concurrency }, async () => {
          while (performance.now() < warmEnd) await side.complete(MESSAGES, 1);
        }));
        const seq: number[] = [];
        for (let i = 0; i < o.sequential; i++) {
          const t0 = performance.now();
          await side.complete(MESSAGES, 1);
          seq.push(performance.now() - t0);
        }
        const loaded: number[] = [];
        const end = performance.now() + o.windowMs;
        const t0 = performance.now();
        await Promise.all(Array.from({ length: o.concurrency }, async () => {
          while (performance.now() < end) {
            const t = performance.now();
            await side.complete(MESSAGES, 1);
            loaded.push(performance.now() - t);
          }
        }));
        const rps = loaded.length / ((performance.now() - t0) / 1000);
        acc[mode].rps.push(rps);
        acc[mode].loaded.push(...loaded);
        acc[mode].seq.push(...seq);
        if (mode === 'on') {
          const list = await fetch(new URL('/v1/traces?limit=1000', fleet.gatewayUrl));
          acc.on.stored = list.status === 200 ? ((await list.json()) as { data: unknown[] }).data.length : 0;
        }
        const s = summarize(seq);
        o.log(`  tracing ${mode}, round ${r + 1}: ${rps.toFixed(0)} requests/s at ${o.concurrency} in flight; sequential p50 ${s.p50.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms`);
      } finally {
        side.close();
        await stop();
      }
    }
  }
  const result = (mode: TracingMode): TracingModeResult => ({
    env: ENV[mode],
    requestsPerSecond: acc[mode].rps.map((x) => round(x, 1)),
    meanRequestsPerSecond: round(acc[mode].rps.reduce((a, b) => a + b, 0) / acc[mode].rps.length, 1),
    loaded: summarize(acc[mode].loaded),
    sequential: summarize(acc[mode].seq),
    tracesStored: mode === 'on' ? acc.on.stored : 0,
  });
  const off = result('off');
  const on = result('on');
  return {
    model: { name: o.model, path: o.path, slots: o.slots, executors: 1 },
    concurrency: o.concurrency, rounds: o.rounds, windowMs: o.windowMs, sequentialPerRound: o.sequential,
    off, on,
    throughputLoss: round(1 - on.meanRequestsPerSecond / off.meanRequestsPerSecond, 4),
    addedP99Ms: round(on.sequential.p99 - off.sequential.p99, 3),
    addedP50Ms: round(on.sequential.p50 - off.sequential.p50, 3),
  };
}

export function tracingMarkdown(L: string[], t: TracingResult, targets: { lossMax: number; addedP99Ms: number }): void {
  L.push('## (j) Tracing on vs off', '');
  L.push(`Synthetic engine (\`${t.model.path}\`), 1 executor × ${t.model.slots} slots; non-streaming 1-token requests through the gateway. Each mode has a fleet of its own, one at a time, alternating over ${t.rounds} round(s): ${t.concurrency} requests in flight for ${t.windowMs / 1000} s, then ${t.sequentialPerRound} sequential ones. On: \`WEFT_TRACE_STORE=on WEFT_TRACE_SAMPLE=1\` (every process exports every span; the gateway indexes them). Off: \`WEFT_TRACE_STORE=off\`, no OTLP endpoint (spans are still made in memory: they feed /metrics).`, '');
  L.push('| mode | requests/s at ' + t.concurrency + ' | loaded p50 / p99 (ms) | sequential p50 / p99 (ms) | traces stored |', '|---|---:|---:|---:|---:|');
  for (const [name, m] of [['off', t.off], ['on', t.on]] as const) {
    L.push(`| ${name} | ${m.meanRequestsPerSecond.toFixed(0)} (${m.requestsPerSecond.map((x) => x.toFixed(0)).join(', ')}) | ${m.loaded.p50.toFixed(3)} / ${m.loaded.p99.toFixed(3)} | ${m.sequential.p50.toFixed(3)} / ${m.sequential.p99.toFixed(3)} | ${m.tracesStored} |`);
  }
  L.push('');
  L.push(`Throughput loss ${(t.throughputLoss * 100).toFixed(1)}% (target ≤ ${(targets.lossMax * 100).toFixed(0)}%); added sequential p50 ${t.addedP50Ms.toFixed(3)} ms, p99 ${t.addedP99Ms.toFixed(3)} ms (target ≤ ${targets.addedP99Ms} ms).`, '');
}
