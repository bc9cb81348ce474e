// (h) The Batch API: lines per second of a batch of N chat lines against
// the executors' saturated throughput for the same requests sent to them
// directly (gRPC, as many at once as the fleet has slots), and realtime TTFT
// while that batch runs against the same on the idle fleet.
//
// One fabric (llama.cpp executors on a synthesized GGUF, product defaults:
// one slot per replica reserved for realtime while realtime requests come,
// preemption on), measured in this order: the same N requests over gRPC
// straight to the executors, `slots` at a time, timed from the first sent to
// the last answered; the batch alone (no realtime traffic yet, so it may use
// every slot), timed at the client from POST /v1/batches to the poll that
// sees it completed (validation, publishing, running and writing the output
// file all count); realtime TTFT on the idle fleet (sequential streaming
// requests); the batch again with sequential realtime streaming requests
// while its lines run (one at a time, at most one every realtimeEveryMs). Every line is greedy (temperature 0) and the same on both paths, so
// both produce the same tokens.
import http from 'node:http';
import type { IChatMessage } from '../../proto/index.ts';
import { chatCall } from './clients.ts';
import type { GrpcSide } from './clients.ts';
import type { BenchFleet } from './fabric.ts';
import { summarize, type Summary } from './stats.ts';

export interface BatchApiOptions {
  model: string;
  lines: number;
  maxTokens: number;
  /** Requests sent to the executors at once in the direct run (the fleet's slots). */
  slots: number;
  realtimeIdle: number;
  realtimeMaxTokens: number;
  /** While the batch runs, a realtime request starts at most this often (one at a time). */
  realtimeEveryMs: number;
  log(line: string): void;
}

export interface BatchApiResult {
  lines: number;
  maxTokens: number;
  slots: number;
  direct: { seconds: number; linesPerSecond: number; meanCompletionTokens: number; errors: number };
  batch: {
    status: string;
    /** POST /v1/batches → completed, at the client (polled every 100 ms). */
    seconds: number;
    linesPerSecond: number;
    /** From the poll that first saw a line done to the one that saw the batch completed. */
    runningSeconds: number;
    completed: number;
    failed: number;
    meanCompletionTokens: number;
  };
  /** batch lines/s ÷ direct lines/s. */
  ratio: number;
  /** The same batch again, with realtime requests flowing (their TTFT is `realtime.duringBatch`): reserved slots held for them. */
  batchWithRealtime: BatchApiResult['batch'];
  realtime: {
    idle: Summary;
    duringBatch: Summary;
    errors: number;
    firstError?: string;
    /** duringBatch p95 ÷ idle p95. */
    ratioP95: number;
  };
}

const TOPICS = ['the sea', 'a mountain', 'the city at night', 'a small garden', 'the first snow', 'an old library', 'a train journey', 'the desert'];
const messagesOf = (i: number): IChatMessage[] => [{ role: 'user', content: `Write two sentences about ${TOPICS[i % TOPICS.length]} (line ${i}).` }];

export async function measureBatchApi(fleet: BenchFleet, grpc: GrpcSide, o: BatchApiOptions): Promise<BatchApiResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = fleet.gatewayUrl;
  let rtErrors = 0;
  let firstError: string | undefined;
  const realtime = async (i: number): Promise<number | undefined> => {
    try {
      const r = await chatCall({
        baseUrl: url, agent, stream: true, headers: { 'x-weft-priority': 'realtime' },
        body: { model: o.model, messages: [{ role: 'user', content: `Name a colour (${i}).` }], max_tokens: o.realtimeMaxTokens, temperature: 0 },
      });
      if (r.status === 200 && !r.error && r.content) return r.ttftMs;
      firstError ??= `HTTP ${r.status}: ${r.error ?? 'no content'}`;
    } catch (err) {
      firstError ??= (err as Error).message;
    }
    rtErrors++;
    return undefined;
  };
  interface BatchObj { status: string; request_counts: { total: number; completed: number; failed: number }; usage?: { output_tokens: number } }
  /** Uploads the N lines, runs them as one batch, polls it to the end; with `probes`, realtime requests run one after another while its lines run. */
  const runBatch = async (tag: string, probes: number[] | undefined) => {
    const jsonl = Array.from({ length: o.lines }, (_, i) => JSON.stringify({
      custom_id: `line-${i}`, method: 'POST', url: '/v1/chat/completions',
      body: { model: o.model, messages: messagesOf(i), max_tokens: o.maxTokens, temperature: 0 },
    })).join('\n');
    const form = new FormData();
    form.set('purpose', 'batch');
    form.set('file', new Blob([`${jsonl}\n`], { type: 'application/jsonl' }), `bench-${tag}.jsonl`);
    const file = await json<{ id: string }>(await fetch(`${url}/v1/files`, { method: 'POST', body: form }));
    const b0 = performance.now();
    const created = await json<{ id: string }>(await fetch(`${url}/v1/batches`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' }),
    }));
    let b: BatchObj = { status: 'validating', request_counts: { total: o.lines, completed: 0, failed: 0 } };
    let runningFrom: number | undefined;
    let finished = false;
    const rt = (async () => {
      if (!probes) return;
      for (let i = 0; !finished; i++) {
        if (runningFrom === undefined) {
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const sent = performance.now();
        const t = await realtime(1000 + i);
        if (t !== undefined && !finished) probes.push(t);
        // Interactive traffic at a modest pace, as people type.
        await new Promise((r) => setTimeout(r, Math.max(0, o.realtimeEveryMs - (performance.now() - sent))));
      }
    })();
    let lastLog = performance.now();
    while (!['completed', 'failed', 'expired', 'cancelled'].includes(b.status)) {
      await new Promise((r) => setTimeout(r, 100));
      b = await json<BatchObj>(await fetch(`${url}/v1/batches/${created.id}`));
      const done = b.request_counts.completed + b.request_counts.failed;
      if (runningFrom === undefined && done > 0) runningFrom = performance.now();
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        o.log(`  batch (${tag}): ${done}/${o.lines} lines, ${b.status}, ${((performance.now() - b0) / 1000).toFixed(0)} s`);
      }
    }
    const end = performance.now();
    finished = true;
    await rt;
    const seconds = (end - b0) / 1000;
    return {
      status: b.status, seconds, linesPerSecond: o.lines / seconds, runningSeconds: runningFrom === undefined ? 0 : (end - runningFrom) / 1000,
      completed: b.request_counts.completed, failed: b.request_counts.failed,
      meanCompletionTokens: (b.usage?.output_tokens ?? 0) / Math.max(1, b.request_counts.completed),
    };
  };
  try {
    // ---- warm-up (no realtime requests yet: a fleet that has had none lends batch work its reserved slots) ----
    for (let i = 0; i < 3; i++) await grpc.complete(messagesOf(i), o.maxTokens);

    // ---- the same requests straight to the executors, `slots` at a time ----
    let next = 0;
    let directErrors = 0;
    let directTokens = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: o.slots }, async () => {
      for (let i = next++; i < o.lines; i = next++) {
        try {
          const r = await grpc.complete(messagesOf(i), o.maxTokens);
          directTokens += r.completionTokens;
        } catch {
          directErrors++;
        }
      }
    }));
    const directSeconds = (performance.now() - t0) / 1000;
    const direct = { seconds: directSeconds, linesPerSecond: o.lines / directSeconds, meanCompletionTokens: directTokens / Math.max(1, o.lines - directErrors), errors: directErrors };
    o.log(`  batch: direct (gRPC, ${o.slots} at a time): ${o.lines} requests in ${directSeconds.toFixed(1)} s, ${direct.linesPerSecond.toFixed(2)} lines/s, ${direct.meanCompletionTokens.toFixed(1)} tokens each, ${directErrors} errors`);

    // ---- the batch alone: its throughput ----
    const batch = await runBatch('alone', undefined);
    const ratio = batch.linesPerSecond / direct.linesPerSecond;
    o.log(`  batch: ${batch.status}, ${batch.completed} completed, ${batch.failed} failed in ${batch.seconds.toFixed(1)} s: ${batch.linesPerSecond.toFixed(2)} lines/s (${(ratio * 100).toFixed(1)}% of direct), ${batch.meanCompletionTokens.toFixed(1)} tokens each`);

    // ---- realtime TTFT on the idle fleet, then while the same batch runs again ----
    for (let i = 0; i < 3; i++) await realtime(i);
    const idle: number[] = [];
    for (let i = 0; i < o.realtimeIdle; i++) {
      const t = await realtime(i);
      if (t !== undefined) idle.push(t);
    }
    const idleS = summarize(idle);
    o.log(`  batch: realtime TTFT idle p50 ${idleS.p50.toFixed(1)} ms, p95 ${idleS.p95.toFixed(1)} ms (n=${idleS.n})`);
    const during: number[] = [];
    const withRealtime = await runBatch('with realtime', during);
    const duringS = summarize(during);
    o.log(`  batch: with realtime traffic: ${withRealtime.linesPerSecond.toFixed(2)} lines/s; realtime TTFT during it p50 ${duringS.p50.toFixed(1)} ms, p95 ${duringS.p95.toFixed(1)} ms (n=${duringS.n}, errors ${rtErrors})`);
    return {
      lines: o.lines, maxTokens: o.maxTokens, slots: o.slots, direct, batch, ratio, batchWithRealtime: withRealtime,
      realtime: { idle: idleS, duringBatch: duringS, errors: rtErrors, ...(firstError ? { firstError } : {}), ratioP95: duringS.p95 / idleS.p95 },
    };
  } finally {
    agent.destroy();
  }
}

async function json<T>(r: Response): Promise<T> {
  const body = await r.json() as T & { error?: { message: string } };
  if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  return body;
}
