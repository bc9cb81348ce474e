// (f) A new request while others generate: time to first token of a
// streaming request that finds a free slot while N long requests of the same
// replica are generating, against the same request on an idle replica.
// Continuous batching should put its prefill into the next batch; it used to
// wait for the running requests to finish whenever the free sequence held
// another conversation's cache (issue 7).
//
// One llama.cpp executor with `slots` sequences. Every probe prompt is new
// (no cache shares it) and every sequence already holds some other
// conversation, so each probe needs its sequence's cache erased first: the
// case that stalled. Rounds interleave N = 0, 1, …, slots-1 so drift falls on
// every N alike. The long requests are aborted after each probe.
import { chatCall } from './clients.ts';
import { clusterView, type BenchFleet } from './fabric.ts';
import { summarize, type Summary } from './stats.ts';

export interface BusyOptions {
  model: string;
  slots: number;
  rounds: number;
  /** Words of each probe prompt (all new text). */
  probeWords: number;
  probeMaxTokens: number;
  /** max_tokens of the running requests: long enough to outlast any probe. */
  longMaxTokens: number;
  log(line: string): void;
}

export interface BusyRow {
  running: number;
  ttft: Summary;
  /** p50 TTFT over the p50 with nothing running. */
  ratioP50: number;
  /** Probes whose first token came after a running request of their round had finished: the stall. */
  afterARunningFinished: number;
  errors: number;
  firstError?: string;
}

export interface BusyResult {
  rounds: number;
  rows: BusyRow[];
}

const WORDS = ['amber', 'basalt', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kelp', 'lagoon', 'meadow', 'nectar', 'orchid', 'prairie'];
let unique = 0;
/** A prompt no earlier request shares beyond the chat template. */
function freshPrompt(words: number): string {
  const n = ++unique;
  const out = [`Request ${n} (${process.pid}):`];
  for (let i = 0; i < words; i++) out.push(WORDS[(n * 7 + i * 3 + (i >> 2)) % WORDS.length]!);
  return out.join(' ');
}

async function waitIdle(gatewayUrl: string, model: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const view = await clusterView(gatewayUrl);
    const busy = view.executors.flatMap((e) => e.models).filter((m) => m.name === model).reduce((n, m) => n + ((m as { slots_busy?: number }).slots_busy ?? 0), 0);
    if (busy === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${model}: slots still busy 10 s after the running requests were aborted`);
}

export async function measureBusy(fleet: BenchFleet, o: BusyOptions): Promise<BusyResult> {
  const body = (content: string, max_tokens: number) => ({ model: o.model, messages: [{ role: 'user', content }], max_tokens, temperature: 1 });
  const samples = new Map<number, number[]>();
  const stalls = new Map<number, number>();
  const errs = new Map<number, { n: number; first?: string }>();
  const levels = Array.from({ length: o.slots }, (_, n) => n);
  for (const n of levels) {
    samples.set(n, []);
    stalls.set(n, 0);
    errs.set(n, { n: 0 });
  }
  // Every sequence holds a conversation before the first round.
  await Promise.all(levels.map(() => chatCall({ baseUrl: fleet.gatewayUrl, body: body(freshPrompt(o.probeWords), 2), stream: false })));

  for (let round = 0; round < o.rounds; round++) {
    const order = round % 2 === 0 ? levels : [...levels].reverse();
    for (const n of order) {
      const ac = new AbortController();
      let started = 0;
      let allStarted!: () => void;
      const go = new Promise<void>((r) => (allStarted = r));
      if (n === 0) allStarted();
      /** When running requests generated all their max_tokens (one that stops early on its own says nothing). */
      const completedAt: number[] = [];
      const running = Array.from({ length: n }, () => chatCall({
        baseUrl: fleet.gatewayUrl, body: body(freshPrompt(o.probeWords), o.longMaxTokens), stream: true, signal: ac.signal,
        onFirstToken: () => {
          if (++started === n) allStarted();
        },
      }).then((r) => {
        if ((r.usage?.completion_tokens ?? 0) >= o.longMaxTokens) completedAt.push(performance.now());
      }, () => undefined)); // aborted below
      await Promise.race([go, Promise.all(running)]); // a running request that failed before its first token ends the wait
      const sent = performance.now();
      const probe = await chatCall({ baseUrl: fleet.gatewayUrl, body: body(freshPrompt(o.probeWords), o.probeMaxTokens), stream: true });
      const firstTokenAt = sent + probe.ttftMs;
      if (probe.status !== 200 || probe.error) {
        const e = errs.get(n)!;
        e.n++;
        e.first ??= probe.error ?? `HTTP ${probe.status}`;
      } else {
        samples.get(n)!.push(probe.ttftMs);
        if (completedAt.some((t) => t < firstTokenAt)) stalls.set(n, stalls.get(n)! + 1);
      }
      ac.abort();
      await Promise.all(running);
      await waitIdle(fleet.gatewayUrl, o.model);
    }
    o.log(`  round ${round + 1}/${o.rounds}: ${levels.map((n) => `${n} running ${samples.get(n)!.at(-1)?.toFixed(1) ?? 'n/a'} ms`).join(', ')}`);
  }
  const base = summarize(samples.get(0)!).p50;
  return {
    rounds: o.rounds,
    rows: levels.map((n) => {
      const ttft = summarize(samples.get(n)!);
      const e = errs.get(n)!;
      return { running: n, ttft, ratioP50: ttft.p50 / base, afterARunningFinished: stalls.get(n)!, errors: e.n, ...(e.first ? { firstError: e.first } : {}) };
    }),
  };
}
