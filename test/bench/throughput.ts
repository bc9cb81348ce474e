// (b) Aggregate streamed tokens/s at N concurrent streams: N closed-loop
// workers, each streaming fixed-prompt requests one after another until the
// window closes; requests running at that moment finish and count. Tokens
// are the usage each side reports for its completions.
import type { IChatMessage } from '../../proto/index.ts';
import type { Side } from './clients.ts';

export interface WindowResult {
  concurrency: number;
  requests: number;
  tokens: number;
  /** Content-bearing delta chunks (SSE events / engine deltas) received. */
  chunks: number;
  seconds: number;
  tokensPerSecond: number;
  /** Time to first content chunk of each request that got one (ms), where the side measures it. */
  ttftsMs: number[];
}

export interface WindowOptions {
  concurrency: number;
  windowMs: number;
  maxTokens: number;
  /** Fixed prompt per stream: stream i sends prompts[i % prompts.length]. */
  prompts: IChatMessage[][];
  /**
   * Abort every request when the window closes and count the tokens streamed
   * so far (for quick probes where one request may outlast the window).
   */
  abortAtDeadline?: boolean;
}

export async function runWindow(side: Side, o: WindowOptions): Promise<WindowResult> {
  const ac = new AbortController();
  const t0 = performance.now();
  const deadline = t0 + o.windowMs;
  const timer = o.abortAtDeadline ? setTimeout(() => ac.abort(), o.windowMs) : undefined;
  let requests = 0;
  let tokens = 0;
  let chunks = 0;
  const ttftsMs: number[] = [];
  try {
    await Promise.all(Array.from({ length: o.concurrency }, async (_, i) => {
      const prompt = o.prompts[i % o.prompts.length]!;
      while (performance.now() < deadline && !ac.signal.aborted) {
        const r = await side.stream(prompt, o.maxTokens, o.abortAtDeadline ? ac.signal : undefined);
        requests++;
        tokens += r.completionTokens;
        chunks += r.chunks;
        if (r.ttftMs !== undefined) ttftsMs.push(r.ttftMs);
      }
    }));
  } finally {
    clearTimeout(timer);
  }
  const seconds = o.abortAtDeadline ? o.windowMs / 1000 : (performance.now() - t0) / 1000;
  return { concurrency: o.concurrency, requests, tokens, chunks, seconds, tokensPerSecond: tokens / seconds, ttftsMs };
}

export interface ThroughputCell {
  concurrency: number;
  tokensPerSecond: number;
  tokens: number;
  requests: number;
  seconds: number;
  meanCompletionTokens: number;
  /** Mean content chunks per request: how many tokens each chunk carried. */
  meanChunksPerRequest: number;
  /** tokens/s of each round, in order. */
  rounds: number[];
}

export interface ThroughputRow {
  concurrency: number;
  direct: ThroughputCell;
  fabric: ThroughputCell;
  /** fabric / direct tokens/s. */
  ratio: number;
}

export interface ThroughputOptions {
  concurrencies: number[];
  rounds: number;
  windowMs: number;
  maxTokens: number;
  prompts: IChatMessage[][];
  log(line: string): void;
}

function cell(concurrency: number, windows: WindowResult[]): ThroughputCell {
  const tokens = windows.reduce((n, w) => n + w.tokens, 0);
  const seconds = windows.reduce((n, w) => n + w.seconds, 0);
  const requests = windows.reduce((n, w) => n + w.requests, 0);
  const chunks = windows.reduce((n, w) => n + w.chunks, 0);
  return {
    concurrency, tokens, seconds, requests,
    tokensPerSecond: tokens / seconds,
    meanCompletionTokens: tokens / requests,
    meanChunksPerRequest: chunks / requests,
    rounds: windows.map((w) => w.tokensPerSecond),
  };
}

/**
 * Fabric vs direct at each concurrency, one at a time (never both at once:
 * on a 2-core box each must have the machine), alternating which goes first.
 */
export async function measureThroughput(sides: { fabric: Side; direct: Side }, o: ThroughputOptions): Promise<ThroughputRow[]> {
  const max = Math.max(...o.concurrencies);
  // Warm-up: one request per stream at the highest concurrency, each side.
  for (const side of [sides.direct, sides.fabric]) {
    await Promise.all(Array.from({ length: max }, (_, i) => side.stream(o.prompts[i % o.prompts.length]!, o.maxTokens)));
  }
  const results = new Map<string, WindowResult[]>();
  const key = (side: Side, c: number) => `${side.name}@${c}`;
  let turn = 0;
  for (let r = 0; r < o.rounds; r++) {
    for (const c of o.concurrencies) {
      const pair = turn++ % 2 === 0 ? [sides.direct, sides.fabric] : [sides.fabric, sides.direct];
      for (const side of pair) {
        const w = await runWindow(side, { concurrency: c, windowMs: o.windowMs, maxTokens: o.maxTokens, prompts: o.prompts });
        const k = key(side, c);
        results.set(k, [...(results.get(k) ?? []), w]);
        o.log(`  throughput round ${r + 1}/${o.rounds} c=${String(c).padStart(2)} ${side.name.padEnd(28)} ${w.tokensPerSecond.toFixed(0).padStart(6)} tokens/s (${w.requests} requests, ${w.seconds.toFixed(1)} s)`);
      }
    }
  }
  return o.concurrencies.map((c) => {
    const direct = cell(c, results.get(key(sides.direct, c))!);
    const fabric = cell(c, results.get(key(sides.fabric, c))!);
    return { concurrency: c, direct, fabric, ratio: fabric.tokensPerSecond / direct.tokensPerSecond };
  });
}
