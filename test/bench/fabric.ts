// Starts the fabric under benchmark (nats-server, gateway, scheduler, one
// executor: real processes, through test/harness) and keeps track of every
// child process so that none outlives the benchmark, Ctrl-C included.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const modelsFile = writeModels(tmpdir(), [{ name: o.model, path: o.modelPath, slots: o.slots, contextSize: o.contextSize }]);
  const env = {
    WEFT_THREADS: String(o.threads),
    WEFT_SLOTS: String(o.slots),
    WEFT_CONTEXT_SIZE: String(o.contextSize),
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
    ...o.extraEnv,
  };
  let fabric: Fabric;
  try {
    fabric = await Fabric.start({ modelsFile, env, waitForModels: [o.model] });
  } catch (err) {
    rmSync(modelsFile, { force: true });
    throw err;
  }
  const listening = await fabric.executors[0]!.waitFor('gRPC server listening');
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
