// (c) Priority: realtime time to first token while the fleet is saturated
// with batch work, against the same on an idle fleet, in one fabric.
//
// Synthetic-engine executors (paced tokens, a fixed "prefill" delay), so the
// figure is the fabric's scheduling and nothing else. Idle phase: sequential
// realtime streaming requests, half before the saturated phase and half
// after it (once the batch work is gone), so that drift and warm-up fall on
// both sides. Saturated phase: far more batch-class requests in flight
// (closed loop, non-streaming, long generations) than the fleet has slots,
// then the same sequential realtime requests. TTFT is measured at the
// client: request sent → first SSE chunk with content.
//
// Run twice by main.ts, each in its own fleet: with WEFT_BATCH_RESERVE_SLOTS=1
// (the product default: batch never takes a replica's last slot, so
// sequential realtime requests always find one free and nothing is
// preempted), then with WEFT_BATCH_RESERVE_SLOTS=0 (batch takes every slot,
// so every realtime request must preempt a batch one: the scheduler aborts
// it, requeues it invisibly and starts the realtime request).
import http from 'node:http';
import type { NatsConnection } from '@nats-io/transport-node';
import { chatCall, type ChatCallResult } from './clients.ts';
import type { BenchFleet } from './fabric.ts';
import { schedulerSnapshot } from './nats.ts';
import { mean, summarize, type Summary } from './stats.ts';

export interface PriorityOptions {
  model: string;
  /** Executors × slots of the fleet (for the report and the saturation check). */
  executors: number;
  slotsPerExecutor: number;
  /** The scheduler's WEFT_BATCH_RESERVE_SLOTS (product default 1). */
  batchReserveSlots: number;
  warmup: number;
  realtimePerPhase: number;
  realtimeMaxTokens: number;
  batchInFlight: number;
  batchMaxTokens: number;
  /** Prefix of the progress lines ("priority" unless told). */
  label?: string;
  log(line: string): void;
}

export interface PriorityPhase {
  /** Client TTFT of the realtime requests, ms. */
  ttft: Summary;
  /** Whole realtime request, ms. */
  total: Summary;
  errors: number;
  firstError?: string;
}

export interface PriorityResult {
  realtimeRequestsPerPhase: number;
  realtimeMaxTokens: number;
  batchInFlight: number;
  batchMaxTokens: number;
  fleetSlots: number;
  batchReserveSlots: number;
  /** Both idle halves together: the baseline. */
  idle: PriorityPhase;
  idleBefore: PriorityPhase;
  idleAfter: PriorityPhase;
  saturated: PriorityPhase & {
    seconds: number;
    /** Batch requests answered 200 while the phase ran (they kept completing). */
    batchCompleted: number;
    batchCompletionTokens: number;
    batchErrors: number;
    batchFirstError?: string;
    /** Batch requests still in flight (queued or running) when the realtime requests ended; aborted by the client (after the wait for the preempted ones below). */
    batchAbortedAtEnd: number;
    /** Scheduler snapshots taken every 500 ms while realtime requests ran. */
    batchQueueDepth: { min: number; mean: number; max: number; samples: number };
    schedulerRunning: { min: number; mean: number; max: number };
    /** 'preempt' lines the scheduler logged during the phase. */
    preemptions: number;
    /** Distinct batch requests those lines named (one request may be preempted again after its restart). */
    preemptedRequests: number;
    /**
     * Of those, answered 200 with the whole max_tokens: after the realtime
     * requests, no new batch work starts and the preempted requests are given
     * up to PREEMPTED_DRAIN_TIMEOUT_MS (6 s) to finish before the rest is aborted.
     */
    preemptedCompleted: number;
    /** Of those, answered with an error (or a short answer). */
    preemptedFailed: number;
    /** How long the wait for the preempted requests took, s (0 when none was preempted). */
    preemptedDrainSeconds: number;
  };
  /** saturated TTFT p95 / idle TTFT p95. */
  ratioP95: number;
}

/** How long the preempted batch requests get to finish once the realtime requests are done. */
const PREEMPTED_DRAIN_TIMEOUT_MS = 6_000;

const PROMPTS = [
  'Say hello to the operator.',
  'Give me a one word answer.',
  'What is the status of the queue?',
  'Name a colour.',
];

export async function measurePriority(fleet: BenchFleet, nc: NatsConnection, o: PriorityOptions): Promise<PriorityResult> {
  const tag = o.label ?? 'priority';
  const rtAgent = new http.Agent({ keepAlive: true, maxSockets: 1, scheduling: 'lifo' });
  const batchAgent = new http.Agent({ keepAlive: true, maxSockets: o.batchInFlight + 8 });
  try {
    const realtime = (i: number) => chatCall({
      baseUrl: fleet.gatewayUrl, agent: rtAgent, stream: true,
      headers: { 'x-weft-priority': 'realtime' },
      body: { model: o.model, messages: [{ role: 'user', content: `${PROMPTS[i % PROMPTS.length]} (${i})` }], max_tokens: o.realtimeMaxTokens, temperature: 0 },
    });

    interface Raw { ttft: number[]; total: number[]; errors: number; firstError?: string }
    const phaseOf = (r: Raw): PriorityPhase => ({ ttft: summarize(r.ttft), total: summarize(r.total), errors: r.errors, ...(r.firstError ? { firstError: r.firstError } : {}) });
    const runRealtime = async (n: number, label: string): Promise<Raw> => {
      const ttft: number[] = [];
      const total: number[] = [];
      let errors = 0;
      let firstError: string | undefined;
      for (let i = 0; i < n; i++) {
        let r: ChatCallResult;
        try {
          r = await realtime(i);
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
          continue;
        }
        if (r.status !== 200 || r.error || !r.content) {
          errors++;
          firstError ??= `HTTP ${r.status}: ${r.error ?? 'no content'}`;
          continue;
        }
        ttft.push(r.ttftMs);
        total.push(r.totalMs);
      }
      const s = summarize(ttft);
      o.log(`  ${tag} ${label}: realtime TTFT p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms (n=${s.n}, errors ${errors})`);
      return { ttft, total, errors, ...(firstError ? { firstError } : {}) };
    };

    for (let i = 0; i < o.warmup; i++) await realtime(i).catch(() => undefined);
    const idleBefore = await runRealtime(Math.ceil(o.realtimePerPhase / 2), 'idle fleet (first half, before)');

    // ---- saturated ----
    const stop = new AbortController();
    let batchCompleted = 0;
    let batchTokens = 0;
    let batchErrors = 0;
    let batchFirstError: string | undefined;
    let inFlight = 0;
    /** Set once the realtime requests are done: workers start no new batch request. */
    let draining = false;
    /** Request id → completion tokens of a 200, or -1 for an error. */
    const batchOutcome = new Map<string, number>();
    const batchWorker = async (w: number) => {
      for (let i = 0; !stop.signal.aborted && !draining; i++) {
        inFlight++;
        try {
          const r = await chatCall({
            baseUrl: fleet.gatewayUrl, agent: batchAgent, stream: false, signal: stop.signal,
            headers: { 'x-weft-priority': 'batch' },
            body: { model: o.model, messages: [{ role: 'user', content: `Summarise document ${w}-${i} at length.` }], max_tokens: o.batchMaxTokens, temperature: 0 },
          });
          if (r.requestId) batchOutcome.set(r.requestId, r.status === 200 ? r.usage?.completion_tokens ?? 0 : -1);
          if (r.status === 200) {
            batchCompleted++;
            batchTokens += r.usage?.completion_tokens ?? 0;
          } else {
            batchErrors++;
            batchFirstError ??= `HTTP ${r.status}: ${r.error ?? ''}`;
            await new Promise((res) => setTimeout(res, 200));
          }
        } catch (err) {
          if (stop.signal.aborted) return;
          batchErrors++;
          batchFirstError ??= (err as Error).message;
          await new Promise((res) => setTimeout(res, 200));
        } finally {
          inFlight--;
        }
      }
    };
    const scheduler = fleet.fabric.schedulers[0]!;
    const linesBefore = scheduler.lines.length;
    const t0 = performance.now();
    const workers = Array.from({ length: o.batchInFlight }, (_, w) => batchWorker(w));

    // Saturated: every slot batch may use is busy and batch work is queued.
    const batchSlots = o.executors * (o.slotsPerExecutor - Math.min(o.batchReserveSlots, o.slotsPerExecutor - 1));
    const depthOf = (s: Awaited<ReturnType<typeof schedulerSnapshot>>) => s.queues.filter((q) => q.model === o.model && q.priority === 'batch').reduce((n, q) => n + (q.depth ?? 0), 0);
    const until = Date.now() + 15_000;
    for (;;) {
      const s = await schedulerSnapshot(nc, fleet.fabric.names.subjects);
      if (s.running >= batchSlots && depthOf(s) > 0) break;
      if (Date.now() > until) throw new Error(`the fleet did not saturate within 15 s: running ${s.running}, batch queue ${depthOf(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    o.log(`  ${tag}: saturated with ${o.batchInFlight} batch requests in flight over ${batchSlots} slots batch may use (${o.executors * o.slotsPerExecutor} in all)`);

    const depths: number[] = [];
    const running: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const s = await schedulerSnapshot(nc, fleet.fabric.names.subjects).catch(() => undefined);
        if (s) {
          depths.push(depthOf(s));
          running.push(s.running);
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    const sat = phaseOf(await runRealtime(o.realtimePerPhase, 'saturated fleet'));
    sampling = false;
    await sampler;
    const seconds = (performance.now() - t0) / 1000;
    const abortedAtEnd = inFlight;
    const completedAtEnd = batchCompleted;
    const tokensAtEnd = batchTokens;
    // The preempted batch requests were requeued invisibly: with no new batch
    // work started, wait for them to be answered (whole, status 200).
    draining = true;
    const preemptedIds = () => new Set(scheduler.lines.slice(linesBefore).filter((l) => l.msg === 'preempt').map((l) => String(l.requestId)));
    const drainT0 = performance.now();
    const drainBy = Date.now() + PREEMPTED_DRAIN_TIMEOUT_MS;
    for (;;) {
      const ids = [...preemptedIds()];
      if (ids.length === 0 || ids.every((id) => batchOutcome.has(id)) || Date.now() > drainBy) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const drainSeconds = preemptedIds().size === 0 ? 0 : (performance.now() - drainT0) / 1000;
    stop.abort();
    await Promise.all(workers);
    const preemptLines = scheduler.lines.slice(linesBefore).filter((l) => l.msg === 'preempt');
    const preemptions = preemptLines.length;
    const preempted = preemptedIds();
    const preemptedCompleted = [...preempted].filter((id) => (batchOutcome.get(id) ?? -1) === o.batchMaxTokens).length;
    const preemptedFailed = [...preempted].filter((id) => batchOutcome.has(id) && batchOutcome.get(id) !== o.batchMaxTokens).length;
    // Idle again: the aborted batch requests are cancelled everywhere.
    const idleBy = Date.now() + 10_000;
    for (;;) {
      const s = await schedulerSnapshot(nc, fleet.fabric.names.subjects);
      if (s.running === 0 && depthOf(s) === 0) break;
      if (Date.now() > idleBy) throw new Error(`the fleet was still busy 10 s after the batch work was aborted: running ${s.running}, batch queue ${depthOf(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500));
    const idleAfter = await runRealtime(Math.floor(o.realtimePerPhase / 2), 'idle fleet (second half, after)');
    const idle = phaseOf({
      ttft: [...idleBefore.ttft, ...idleAfter.ttft], total: [...idleBefore.total, ...idleAfter.total],
      errors: idleBefore.errors + idleAfter.errors, ...(idleBefore.firstError ?? idleAfter.firstError ? { firstError: idleBefore.firstError ?? idleAfter.firstError } : {}),
    });
    o.log(`  ${tag} idle fleet, both halves: realtime TTFT p50 ${idle.ttft.p50.toFixed(1)} ms, p95 ${idle.ttft.p95.toFixed(1)} ms (n=${idle.ttft.n})`);
    o.log(`  ${tag}: batch completed ${completedAtEnd} in ${seconds.toFixed(1)} s (${batchErrors} errors), batch queue depth mean ${mean(depths).toFixed(1)}, ${abortedAtEnd} batch requests in flight at the end, ${preemptions} preemptions for ${o.realtimePerPhase} realtime requests while saturated`);
    if (preempted.size > 0) {
      o.log(`  ${tag}: the preemptions hit ${preempted.size} distinct batch requests; ${preemptedCompleted} of them then completed whole (${o.batchMaxTokens} tokens, HTTP 200), ${preemptedFailed} failed or came back short, ${preempted.size - preemptedCompleted - preemptedFailed} still unanswered after ${drainSeconds.toFixed(1)} s without new batch work (then aborted)`);
    }

    const stats = (xs: number[]) => ({ min: Math.min(...xs), mean: mean(xs), max: Math.max(...xs) });
    return {
      realtimeRequestsPerPhase: o.realtimePerPhase,
      realtimeMaxTokens: o.realtimeMaxTokens,
      batchInFlight: o.batchInFlight,
      batchMaxTokens: o.batchMaxTokens,
      fleetSlots: o.executors * o.slotsPerExecutor,
      batchReserveSlots: o.batchReserveSlots,
      idle,
      idleBefore: phaseOf(idleBefore),
      idleAfter: phaseOf(idleAfter),
      saturated: {
        ...sat,
        seconds,
        batchCompleted: completedAtEnd,
        batchCompletionTokens: tokensAtEnd,
        batchErrors,
        ...(batchFirstError ? { batchFirstError } : {}),
        batchAbortedAtEnd: abortedAtEnd,
        batchQueueDepth: { ...stats(depths), samples: depths.length },
        schedulerRunning: stats(running),
        preemptions,
        preemptedRequests: preempted.size,
        preemptedCompleted,
        preemptedFailed,
        preemptedDrainSeconds: drainSeconds,
      },
      ratioP95: sat.ttft.p95 / idle.ttft.p95,
    };
  } finally {
    rtAgent.destroy();
    batchAgent.destroy();
  }
}
