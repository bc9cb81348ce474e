// How many executors `npm start` runs, and what each is told: one on a host
// with no GPU or one (as always), one per GPU where nvidia-smi lists several.
//
// Why one per GPU: node-llama-cpp 3.x has no main-GPU or tensor-split
// option, and the CUDA runtime reads CUDA_VISIBLE_DEVICES once per process,
// so an executor process drives one GPU (WEFT_GPU; executors/engines/
// llamacpp/backend.ts). Placement puts at most one replica of a model on an
// executor, so a second GPU is also what lets a hot model scale out on one
// host.
//
// The host's CPU (and its RAM) is offered by the first executor only: the
// others run with WEFT_CPU_DEVICE=off, or placement would count the same RAM
// once per executor. CPU threads are divided: an executor whose models are
// offloaded whole to its GPU needs few (sampling, and the host side of each
// step), so each GPU-only executor gets GPU_ONLY_THREADS at most, and the
// one that offers the CPU (CPU models, encoders, speech) the rest.
//
// A pure function of what nvidia-smi listed and the launcher's environment,
// so that it is tested without GPUs (test/unit/executor-layout.test.ts).
import { hostname } from 'node:os';
import type { IDevice } from '../../proto/index.ts';

/** Threads at most of an executor that offers no CPU device (its models run on its GPU). */
export const GPU_ONLY_THREADS = 2;

export interface PlannedExecutor {
  /** The supervisor's name for it ("executor" when it is the only one). */
  name: string;
  /** The GPU it drives (nvidia-smi index); undefined: the executor chooses, as before. */
  gpu: number | undefined;
  /** Whether it offers the host's CPU device. */
  cpu: boolean;
  threads: number;
  /** Set in its environment, over the launcher's. */
  env: Record<string, string>;
}

export interface ExecutorLayout {
  executors: PlannedExecutor[];
  /** One line saying why this layout, for the start log. */
  why: string;
}

const positiveInt = (raw: string | undefined): number | undefined =>
  raw !== undefined && /^\s*\d+\s*$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;

/**
 * The executors to start. `gpus` are the NVIDIA GPUs nvidia-smi listed (none
 * when it is absent or failed); `cores` the cores available; `env` the
 * launcher's environment (WEFT_THREADS set there is the total to divide).
 * Throws an Error whose message is the line to show, for settings that
 * cannot be shared by several executors.
 */
export function executorLayout(gpus: readonly IDevice[], env: NodeJS.ProcessEnv, cores: number): ExecutorLayout {
  // All processes share this machine: llama.cpp threads that outnumber the
  // free cores spin against the gateway, scheduler and NATS (measured 30x
  // slower on 2 cores), so the executors leave one core to the rest.
  const total = positiveInt(env.WEFT_THREADS) ?? Math.max(1, cores - 1);
  const single = (why: string): ExecutorLayout => ({
    executors: [{ name: 'executor', gpu: undefined, cpu: env.WEFT_CPU_DEVICE !== 'off', threads: total, env: { WEFT_THREADS: String(total) } }],
    why,
  });
  const indexes = [...new Set(gpus.map((g) => g.index ?? 0))].sort((a, b) => a - b);
  const count = `nvidia-smi lists ${indexes.length} GPU${indexes.length === 1 ? '' : 's'}`;
  if (env.WEFT_DEVICES?.trim()) return single('WEFT_DEVICES declares the devices: one executor');
  if (env.WEFT_GPU?.trim()) return single(`WEFT_GPU=${env.WEFT_GPU.trim()} names one GPU: one executor`);
  if (env.CUDA_VISIBLE_DEVICES !== undefined) return single(`CUDA_VISIBLE_DEVICES is set: one executor, on what it makes visible (${count})`);
  if (indexes.length < 2) return single(`${count}: one executor`);

  const port = positiveInt(env.WEFT_GRPC_PORT);
  const advertise = env.WEFT_GRPC_ADVERTISE?.trim();
  const advertised = advertise ? /^(.*):(\d+)$/.exec(advertise) : undefined;
  if (advertise && !advertised) {
    throw new Error(`WEFT_GRPC_ADVERTISE=${advertise} names no port, and ${count}: one executor per GPU needs an address each (host:port, the port counted up per GPU), or set WEFT_GPU to run one`);
  }
  const gpuOnly = Math.max(1, Math.min(GPU_ONLY_THREADS, Math.floor(total / indexes.length)));
  const executors = indexes.map((gpu, k): PlannedExecutor => {
    const cpu = k === 0;
    const threads = cpu ? Math.max(1, total - gpuOnly * (indexes.length - 1)) : gpuOnly;
    const e: Record<string, string> = { WEFT_GPU: String(gpu), WEFT_THREADS: String(threads), WEFT_CPU_DEVICE: cpu ? 'on' : 'off' };
    // Settings naming one executor get one value each.
    if (env.WEFT_EXECUTOR_ID) e.WEFT_EXECUTOR_ID = `${env.WEFT_EXECUTOR_ID}-gpu${gpu}`;
    if (port !== undefined) e.WEFT_GRPC_PORT = String(port + k);
    if (advertised) e.WEFT_GRPC_ADVERTISE = `${advertised[1]}:${Number(advertised[2]) + k}`;
    return { name: `executor-gpu${gpu}`, gpu, cpu, threads, env: e };
  });
  return { executors, why: `${count}: one executor per GPU; the CPU device is offered by executor-gpu${indexes[0]} only` };
}

/** The layout as one short line per executor, for the start log. */
export function describeLayout(layout: ExecutorLayout): string[] {
  return layout.executors.map((e) =>
    `${e.name}: ${e.gpu === undefined ? 'the GPU it finds, if any' : `nvidia:${e.gpu}`}${e.cpu ? ' + CPU' : ', no CPU device'}, ${e.threads} thread${e.threads === 1 ? '' : 's'}`);
}

/**
 * The launcher's executors keep one identity across restarts: the host and
 * the gateway's port (one launcher per port). The replica plan in NATS
 * outlives the processes, so a restarted executor finds its models still
 * placed on it and loads them at once; with a new identity each start (the
 * process id), the scheduler first waited out the old executor's heartbeat
 * expiry before placing the demo model again (measured on a 2-core VM: a
 * restarted `npm start` was ready after 5.2-5.8 s, now 2.6-2.7 s). An id set by
 * WEFT_EXECUTOR_ID, or a port picked at random (0), is left as it is.
 */
export function withStableExecutorId(env: NodeJS.ProcessEnv, port: number, host = hostname()): NodeJS.ProcessEnv {
  if (env.WEFT_EXECUTOR_ID?.trim() || port === 0) return env;
  return { ...env, WEFT_EXECUTOR_ID: `exec-${host}-${port}` };
}
