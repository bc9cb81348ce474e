// (d) Scheduling decision latency with 1,000 executors registered.
//
// A fabric with a couple of real synthetic-engine executors; this process
// then publishes ExecutorInfo heartbeats on NATS for 1,000 SIMULATED
// executors (ids `sim-0000`…, a declared device whose engine is marked
// simulated), each claiming the synthetic model READY with some slots and
// pointing its gRPC address at one of the real executors, so dispatches to
// them really run. Requests go through the gateway; the scheduler's own
// decision latency (the time to choose a replica: reading the registry and
// picking one) comes from its SchedulerSnapshot over NATS. The snapshot keeps
// the last 1,000 decisions, so each round sends more than 1,000 requests and
// its percentiles cover that round only. Baseline: the same rounds with only
// the real executors registered.
import http from 'node:http';
import type { NatsConnection } from '@nats-io/transport-node';
import { DeviceKind, DeviceSource, ExecutorInfo, ModelState, type SchedulerSnapshot, type Subjects } from '../../proto/index.ts';
import { chatCall } from './clients.ts';
import { clusterView, type BenchFleet } from './fabric.ts';
import { schedulerSnapshot } from './nats.ts';
import { percentile } from './stats.ts';

/** Decisions the scheduler's DecisionLog keeps for its percentiles. */
export const DECISION_WINDOW = 1000;

export interface DecisionOptions {
  model: string;
  simulated: number;
  simulatedSlots: number;
  heartbeatMs: number;
  warmup: number;
  rounds: number;
  perRound: number;
  concurrency: number;
  log(line: string): void;
}

export interface DecisionRound {
  requests: number;
  errors: number;
  /** Decisions the scheduler made during the round (its counter's increase). */
  decisions: number;
  /** Whether the snapshot's window (last 1,000 decisions) lies wholly in this round. */
  windowInRound: boolean;
  /** Microseconds: the JSON keeps 3 decimals. */
  p50Us: number;
  p99Us: number;
  /** Replicas the scheduler weighed, as its recent placement reasons say (min and max over the last 50). */
  replicasWeighed: { min: number; max: number } | null;
  /** Of the last 50 placements, how many went to simulated executors. */
  recentOnSimulated: number;
  recentPlacements: number;
  seconds: number;
}

export interface DecisionPhase {
  executorsRegistered: number;
  realExecutors: number;
  simulatedExecutors: number;
  rounds: DecisionRound[];
  /** Median over rounds of each round's p50, µs. */
  p50Us: number;
  /** Worst round's p99, µs. */
  p99Us: number;
  errors: number;
  firstError?: string;
}

export interface DecisionResult {
  decisionWindow: number;
  requestsPerRound: number;
  concurrency: number;
  simulatedSlotsEach: number;
  simulatedHeartbeatMs: number;
  baseline: DecisionPhase;
  with1000: DecisionPhase;
  /** with1000.p99Us / baseline.p99Us. */
  p99Ratio: number;
}

/** Heartbeats of simulated executors, spread evenly over each interval as a real fleet's would be. */
class SimulatedExecutors {
  private readonly frames: Uint8Array[];
  private readonly nc: NatsConnection;
  private readonly subjects: Subjects;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  readonly ids: string[];

  constructor(nc: NatsConnection, subjects: Subjects, n: number, model: string, addresses: string[], slots: number, intervalMs: number) {
    this.nc = nc;
    this.subjects = subjects;
    this.intervalMs = intervalMs;
    const startedUnixMs = Date.now();
    this.ids = Array.from({ length: n }, (_, i) => `sim-${String(i).padStart(4, '0')}`);
    this.frames = this.ids.map((executorId, i) => ExecutorInfo.encode({
      executorId,
      grpcAddress: addresses[i % addresses.length]!,
      devices: [{
        kind: DeviceKind.DEVICE_KIND_CPU, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 0, name: 'simulated by weft-bench',
        engines: [{ engine: 'synthetic', backend: 'cpu', dtypes: [], simulated: true }],
      }],
      engines: ['synthetic'],
      models: [{ name: model, engine: 'synthetic', state: ModelState.MODEL_STATE_READY, slotsTotal: slots, slotsBusy: 0, contextSize: 4096 }],
      slotsFree: slots, outstanding: 0, tokensGeneratedTotal: 0, activeSequences: 0,
      startedUnixMs, heartbeatIntervalMs: this.intervalMs, threads: 1,
    }).finish());
  }

  start(): void {
    // All at once first (they register quickly), then spread: every tick
    // sends the next share, so each executor beats once per interval.
    for (const f of this.frames) this.nc.publish(this.subjects.heartbeat, f);
    const tickMs = 50;
    const perTick = Math.ceil(this.frames.length / (this.intervalMs / tickMs));
    let next = 0;
    this.timer = setInterval(() => {
      for (let i = 0; i < perTick; i++) {
        this.nc.publish(this.subjects.heartbeat, this.frames[next]!);
        next = (next + 1) % this.frames.length;
      }
    }, tickMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

export async function measureDecisions(fleet: BenchFleet, nc: NatsConnection, o: DecisionOptions): Promise<DecisionResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  let errors = 0;
  let firstError: string | undefined;
  const send = async (n: number) => {
    let i = 0;
    await Promise.all(Array.from({ length: o.concurrency }, async () => {
      while (i < n) {
        const k = i++;
        try {
          const r = await chatCall({
            baseUrl: fleet.gatewayUrl, agent, stream: false,
            body: { model: o.model, messages: [{ role: 'user', content: `ping ${k}` }], max_tokens: 1, temperature: 0 },
          });
          if (r.status !== 200) {
            errors++;
            firstError ??= `HTTP ${r.status}: ${r.error ?? ''}`;
          }
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
        }
        if (errors > 50) throw new Error(`decision benchmark: too many failed requests; first: ${firstError}`);
      }
    }));
  };

  const round = async (label: string): Promise<DecisionRound> => {
    const errorsBefore = errors;
    const before = await schedulerSnapshot(nc, fleet.fabric.names.subjects);
    const t0 = performance.now();
    await send(o.perRound);
    const seconds = (performance.now() - t0) / 1000;
    const after: SchedulerSnapshot = await schedulerSnapshot(nc, fleet.fabric.names.subjects);
    const decisions = after.decisions - before.decisions;
    const weighed = after.recentPlacements
      .map((p) => /(\d+) replica\(s\)/.exec(p.reason ?? '')?.[1])
      .filter((x): x is string => x !== undefined)
      .map(Number);
    const r: DecisionRound = {
      requests: o.perRound,
      errors: errors - errorsBefore,
      decisions,
      windowInRound: decisions >= DECISION_WINDOW,
      p50Us: after.decisionP50Us,
      p99Us: after.decisionP99Us,
      replicasWeighed: weighed.length > 0 ? { min: Math.min(...weighed), max: Math.max(...weighed) } : null,
      recentOnSimulated: after.recentPlacements.filter((p) => (p.executorId ?? '').startsWith('sim-')).length,
      recentPlacements: after.recentPlacements.length,
      seconds,
    };
    o.log(`  decisions ${label}: p50 ${r.p50Us.toFixed(1)} µs, p99 ${r.p99Us.toFixed(1)} µs over the last ${Math.min(DECISION_WINDOW, decisions)} of ${decisions} decisions (${(o.perRound / seconds).toFixed(0)} req/s; replicas weighed ${r.replicasWeighed ? `${r.replicasWeighed.min}–${r.replicasWeighed.max}` : 'n/a'}; ${r.recentOnSimulated}/${r.recentPlacements} recent placements on simulated executors)`);
    if (!r.windowInRound) o.log(`  WARNING: only ${decisions} decisions in the round; the percentiles include earlier decisions`);
    return r;
  };

  const phase = async (label: string, simulated: number): Promise<DecisionPhase> => {
    const errorsBefore = errors;
    const firstBefore = firstError;
    await send(o.warmup);
    const rounds: DecisionRound[] = [];
    for (let r = 0; r < o.rounds; r++) rounds.push(await round(`${label}, round ${r + 1}/${o.rounds}`));
    const phaseErrors = errors - errorsBefore;
    const first = firstBefore === undefined ? firstError : undefined;
    return {
      executorsRegistered: fleet.executors.length + simulated,
      realExecutors: fleet.executors.length,
      simulatedExecutors: simulated,
      rounds,
      p50Us: median(rounds.map((r) => r.p50Us)),
      p99Us: Math.max(...rounds.map((r) => r.p99Us)),
      errors: phaseErrors,
      ...(phaseErrors > 0 && first ? { firstError: first } : {}),
    };
  };

  const sim = new SimulatedExecutors(nc, fleet.fabric.names.subjects, o.simulated, o.model, fleet.executors.map((e) => e.address), o.simulatedSlots, o.heartbeatMs);
  try {
    const baseline = await phase(`baseline (${fleet.executors.length} real executors)`, 0);

    sim.start();
    const want = fleet.executors.length + o.simulated;
    const until = Date.now() + 20_000;
    for (;;) {
      const n = (await clusterView(fleet.gatewayUrl)).executors.length;
      if (n >= want) break;
      if (Date.now() > until) throw new Error(`only ${n} of ${want} executors registered within 20 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The gateway has them all; the scheduler got the same heartbeats. One
    // more interval so that every simulated executor has beaten again.
    await new Promise((r) => setTimeout(r, o.heartbeatMs));
    o.log(`  decisions: ${o.simulated} SIMULATED executors registered (heartbeats from this process, ${o.simulatedSlots} slots each, dispatches to the ${fleet.executors.length} real executors)`);
    const with1000 = await phase(`${fleet.executors.length} real + ${o.simulated} simulated executors`, o.simulated);
    for (const r of with1000.rounds) {
      if (r.replicasWeighed && r.replicasWeighed.min < want) o.log(`  WARNING: a decision weighed only ${r.replicasWeighed.min} replicas (expected ${want})`);
    }
    return {
      decisionWindow: DECISION_WINDOW,
      requestsPerRound: o.perRound,
      concurrency: o.concurrency,
      simulatedSlotsEach: o.simulatedSlots,
      simulatedHeartbeatMs: o.heartbeatMs,
      baseline,
      with1000,
      p99Ratio: with1000.p99Us / baseline.p99Us,
    };
  } finally {
    sim.stop();
    agent.destroy();
  }
}
