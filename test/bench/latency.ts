// (a) Added latency: the same non-streaming 1-token chat request, sent
// sequentially to each side, in interleaved rounds so that drift on a shared
// machine (other work, thermal, caches) falls on every side alike.
import type { IChatMessage } from '../../proto/index.ts';
import type { Side } from './clients.ts';
import { round, summarize, type Summary } from './stats.ts';

export interface LatencyOptions {
  messages: IChatMessage[];
  maxTokens: number;
  warmup: number;
  rounds: number;
  perRound: number;
  log(line: string): void;
}

export interface LatencyPathResult {
  side: string;
  summary: Summary;
  /** Summary of each round, in order (drift shows here). */
  rounds: Summary[];
  /** Requests whose completion was not exactly maxTokens tokens (e.g. end of text). */
  unexpectedTokenCounts: number;
  errors: number;
  firstError?: string;
}

export interface AddedLatency {
  p50: number;
  p99: number;
  mean: number;
}

export interface LatencyResult {
  requestsPerSide: number;
  warmupPerSide: number;
  rounds: number;
  perRound: number;
  gateway: LatencyPathResult;
  grpc: LatencyPathResult;
  inProcess: LatencyPathResult;
  /** Differences of the per-side statistics (not statistics of differences). */
  added: {
    gatewayMinusGrpc: AddedLatency;
    grpcMinusInProcess: AddedLatency;
    gatewayMinusInProcess: AddedLatency;
  };
}

const diff = (a: Summary, b: Summary): AddedLatency => ({ p50: a.p50 - b.p50, p99: a.p99 - b.p99, mean: a.mean - b.mean });

export async function measureLatency(sides: { gateway: Side; grpc: Side; inProcess: Side }, o: LatencyOptions): Promise<LatencyResult> {
  const order = [sides.gateway, sides.grpc, sides.inProcess];
  const samples = new Map<Side, number[]>(order.map((s) => [s, []]));
  const perRound = new Map<Side, Summary[]>(order.map((s) => [s, []]));
  const odd = new Map<Side, number>(order.map((s) => [s, 0]));
  const errs = new Map<Side, { n: number; first?: string }>(order.map((s) => [s, { n: 0 }]));

  const once = async (side: Side, record: boolean): Promise<number | undefined> => {
    const t0 = performance.now();
    try {
      const r = await side.complete(o.messages, o.maxTokens);
      const dt = performance.now() - t0;
      if (record && r.completionTokens !== o.maxTokens) odd.set(side, odd.get(side)! + 1);
      return dt;
    } catch (err) {
      const e = errs.get(side)!;
      e.n++;
      e.first ??= (err as Error).message;
      if (e.n > 20) throw new Error(`${side.name}: too many failed requests; first: ${e.first}`);
      return undefined;
    }
  };

  for (const side of order) {
    for (let i = 0; i < o.warmup; i++) await once(side, false);
  }
  for (let r = 0; r < o.rounds; r++) {
    // Rotate who goes first each round.
    const rotated = order.map((_, i) => order[(i + r) % order.length]!);
    for (const side of rotated) {
      const xs: number[] = [];
      for (let i = 0; i < o.perRound; i++) {
        const dt = await once(side, true);
        if (dt !== undefined) xs.push(dt);
      }
      samples.get(side)!.push(...xs);
      const s = summarize(xs);
      perRound.get(side)!.push(s);
      o.log(`  latency round ${r + 1}/${o.rounds} ${side.name.padEnd(28)} p50 ${round(s.p50).toFixed(3)} ms  p99 ${round(s.p99).toFixed(3)} ms  mean ${round(s.mean).toFixed(3)} ms`);
    }
  }

  const result = (side: Side): LatencyPathResult => {
    const e = errs.get(side)!;
    return {
      side: side.name,
      summary: summarize(samples.get(side)!),
      rounds: perRound.get(side)!,
      unexpectedTokenCounts: odd.get(side)!,
      errors: e.n,
      ...(e.first ? { firstError: e.first } : {}),
    };
  };
  const gateway = result(sides.gateway);
  const grpc = result(sides.grpc);
  const inProcess = result(sides.inProcess);
  return {
    requestsPerSide: o.rounds * o.perRound,
    warmupPerSide: o.warmup,
    rounds: o.rounds,
    perRound: o.perRound,
    gateway, grpc, inProcess,
    added: {
      gatewayMinusGrpc: diff(gateway.summary, grpc.summary),
      grpcMinusInProcess: diff(grpc.summary, inProcess.summary),
      gatewayMinusInProcess: diff(gateway.summary, inProcess.summary),
    },
  };
}
