// Starts the fabric under benchmark (nats-server, gateway, scheduler, one
// executor: real processes, through test/harness) and keeps track of every
// child process so that none outlives the benchmark, Ctrl-C included.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ModelEntry } from '../../catalog/models-file.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';

export interface BenchFabricOptions {
  modelPath: string;
  model: string;
  threads: number;
  slots: number;
  contextSize: number;
  /** Overrides of the env below (experiments). */
  extraEnv?: Record<string, string>;
}

export interface BenchFabric {
  fabric: Fabric;
  gatewayUrl: string;
  executorAddress: string;
  /** The env every fabric process got, for the report. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startBenchFabric(o: BenchFabricOptions): Promise<BenchFabric> {
  const modelsFile = writeModels(tmpdir(), [{ name: o.model, path: o.modelPath, slots: o.slots, contextSize: o.contextSize, minReplicas: 1 }]);
  const env = benchEnv({
    WEFT_THREADS: String(o.threads),
    WEFT_SLOTS: String(o.slots),
    WEFT_CONTEXT_SIZE: String(o.contextSize),
    ...o.extraEnv,
  });
  let fabric: Fabric;
  try {
    fabric = await Fabric.start({ modelsFile, env, waitForModels: [o.model] });
  } catch (err) {
    rmSync(modelsFile, { force: true });
    throw err;
  }
  let listening;
  try {
    // The gateway lists catalog models; the executor loads its replica (minReplicas 1) on its own time.
    await fabric.waitForReplicas(o.model, 1, 60_000);
    listening = await fabric.executors[0]!.waitFor('gRPC server listening');
  } catch (err) {
    await fabric.stop();
    rmSync(modelsFile, { force: true });
    throw err;
  }
  return {
    fabric,
    gatewayUrl: fabric.gatewayUrl,
    executorAddress: listening.address as string,
    env,
    async stop() {
      await fabric.stop();
      rmSync(modelsFile, { force: true });
    },
  };
}

// ---------- fleets of several executors (priority, decisions, affinity) ----------

/**
 * One models file entry. The benchmarks set minReplicas to the number of
 * executors, so that every executor holds a replica before anything is
 * measured.
 */
export type FleetModel = ModelEntry;

export interface FleetOptions {
  models: FleetModel[];
  executors: number;
  /** Env of every process, over the benchmark defaults below. */
  env?: Record<string, string>;
  /** How long to wait for every executor to report every model ready. */
  readyTimeoutMs?: number;
}

export interface BenchFleet {
  fabric: Fabric;
  gatewayUrl: string;
  natsUrl: string;
  /** Executor ids and gRPC addresses, in start order. */
  executors: { id: string; address: string }[];
  env: Record<string, string>;
  models: FleetModel[];
  stop(): Promise<void>;
}

/** The env of every fabric process in the benchmarks (product defaults, quiet logs, no export). */
export function benchEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    WEFT_THREADS: '1',
    // Info level: the request path logs nothing at info, so logging costs
    // nothing per request (the harness default is debug).
    WEFT_LOG_LEVEL: 'info',
    // The product's defaults (the harness uses 250/1500 to make tests quick).
    WEFT_HEARTBEAT_MS: '1000',
    WEFT_EXECUTOR_EXPIRY_MS: '3000',
    // Spans are recorded as always, but not exported anywhere.
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
    WEFT_API_KEYS: '',
    // Weft processes exit on their own if this benchmark dies (deploy/process.ts).
    WEFT_PARENT_PID: String(process.pid),
    ...extra,
  };
}

interface ClusterView {
  executors: { id: string; address: string; models: { name: string; state: string; slots_total: number }[] }[];
}

/** GET /v1/cluster (the benchmark fabrics run with auth off, where every caller is admin). */
export async function clusterView(gatewayUrl: string): Promise<ClusterView> {
  const r = await fetch(new URL('/v1/cluster', gatewayUrl));
  if (r.status !== 200) throw new Error(`GET /v1/cluster: HTTP ${r.status}: ${(await r.text()).slice(0, 300)}`);
  return (await r.json()) as ClusterView;
}

/**
 * Starts nats-server, one scheduler, the gateway and `executors` executors
 * serving `models`, then waits until the gateway lists every model and the
 * cluster view shows every executor with every model ready.
 */
export async function startFleet(o: FleetOptions): Promise<BenchFleet> {
  const modelsFile = writeModels(tmpdir(), o.models);
  const env = benchEnv(o.env);
  const names = o.models.map((m) => m.name);
  let fabric: Fabric;
  try {
    fabric = await Fabric.start({ modelsFile, env, executors: o.executors, waitForModels: names });
  } catch (err) {
    rmSync(modelsFile, { force: true });
    throw err;
  }
  const stop = async () => {
    await fabric.stop();
    rmSync(modelsFile, { force: true });
  };
  try {
    const executors = await Promise.all(fabric.executors.map(async (p) => {
      const line = await p.waitFor('gRPC server listening');
      return { id: p.name, address: line.address as string };
    }));
    await fabric.waitForModels(names);
    for (const m of o.models) await fabric.waitForReplicas(m.name, m.minReplicas ?? 1, o.readyTimeoutMs ?? 60_000);
    return { fabric, gatewayUrl: fabric.gatewayUrl, natsUrl: fabric.nats.url, executors, env, models: o.models, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Last resort at exit: signals (SIGKILL unless told) every live process whose
 * parent is this one (nats-server and the Weft processes started above), by
 * pid. Linux only; elsewhere it does nothing.
 */
export function killOwnChildren(signal: NodeJS.Signals = 'SIGKILL'): number[] {
  const killed: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return killed;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const state = rest[0];
      const ppid = Number(rest[1]);
      if (ppid === process.pid && state !== 'Z') {
        process.kill(Number(e), signal);
        killed.push(Number(e));
      }
    } catch {
      // gone already, or not ours to read
    }
  }
  return killed;
}
