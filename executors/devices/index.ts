// Device discovery for an executor: the devices it reports, each with the
// engines usable on it, plus notes for the startup log.
//
// The rule:
//   - The CPU is always DETECTED and listed first (index 0), whatever else is
//     configured: it is where llama.cpp runs today, and where declared
//     accelerators' work really runs. Only WEFT_CPU_DEVICE=off (offerCpu:
//     false) leaves CPU devices out of the list: another executor of the
//     same host offers them (the launcher's one executor per GPU).
//   - WEFT_DEVICES set (non-blank): the declared inventory REPLACES accelerator
//     probing. nvidia-smi and npu-smi are not run, and only declared
//     accelerators are listed (source DECLARED; their engines simulated). A
//     declared "cpu" entry is listed in addition to the detected CPU, as a
//     separate DECLARED device indexed after it; it does not change the
//     detected one. An invalid WEFT_DEVICES rejects (startup should fail loudly
//     rather than fall back to probing). `[]` declares no accelerators and
//     still turns probing off.
//   - WEFT_DEVICES unset or blank: CPU + NVIDIA (nvidia-smi) + Ascend (npu-smi)
//     are probed, the two tools side by side, each bounded by a timeout. A
//     missing or failing tool only adds a note.
import { type IDevice, DeviceKind } from '../../proto/index.ts';
import { detectAscend, type FsLike } from './ascend.ts';
import { detectCpu } from './cpu.ts';
import { parseDeclaredDevices } from './declared.ts';
import { CPU_ONLY, enginesFor, type BackendAvailability } from './engines.ts';
import { detectNvidia, execFileRun, type Run } from './nvidia.ts';

export type { Run, ProbeResult } from './nvidia.ts';
export type { BackendAvailability } from './engines.ts';
export { CPU_ONLY, enginesFor } from './engines.ts';
export { parseNvidiaSmiCsv, parseNvidiaSmiCsvWithHeader, detectNvidia, NVIDIA_QUERY_COLUMNS } from './nvidia.ts';
export { parseNpuSmiInfo, detectAscend, readCannVersion } from './ascend.ts';
export { parseDeclaredDevices } from './declared.ts';

export interface DiscoverOptions {
  env: NodeJS.ProcessEnv;
  /** Runs nvidia-smi / npu-smi; injected by tests. Default: execFile. */
  run?: Run;
  /**
   * Backends this executor process can really run (default: CPU only): fixed,
   * or probed once the accelerators are detected (the executor loads each
   * engine's backend for them), with notes for the log.
   */
  available?: BackendAvailability | ((detected: IDevice[]) => Promise<{ available: BackendAvailability; notes: string[] }>);
  /** Per-tool timeout, default 3000 ms. */
  timeoutMs?: number;
  /** The CPU probe; injected by tests. Default: detectCpu from /proc and node:os. */
  cpu?: () => IDevice;
  /** File access for the CANN version lookup; injected by tests. */
  fs?: FsLike;
  /**
   * Whether this executor offers CPU devices (WEFT_CPU_DEVICE; default true).
   * False on all but one of several executors of one host (`npm start` on a
   * multi-GPU host): the host's RAM is then counted once, not once each.
   */
  offerCpu?: boolean;
  /**
   * WEFT_GPU, for a declared inventory: only that declared NVIDIA GPU gets
   * engines, as only the driven GPU does on a detected host (backend-probe.ts).
   * Detected GPUs are chosen by `available`'s probe instead.
   */
  gpu?: number;
}

export interface Discovery {
  devices: IDevice[];
  notes: string[];
}

export async function discoverDevices(opts: DiscoverOptions): Promise<Discovery> {
  let available = typeof opts.available === 'object' ? opts.available : CPU_ONLY;
  const cpu = (opts.cpu ?? detectCpu)();
  const notes: string[] = [];
  let others: IDevice[];

  const declared = opts.env.WEFT_DEVICES;
  if (declared !== undefined && declared.trim() !== '') {
    others = parseDeclaredDevices(declared);
    for (const d of others) if (d.kind === DeviceKind.DEVICE_KIND_CPU) d.index = (d.index ?? 0) + 1;
    const counts = new Map<string, number>();
    for (const d of others) counts.set(kindLabel(d), (counts.get(kindLabel(d)) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${k}×${n}`).join(', ') || 'none';
    notes.push(`WEFT_DEVICES: declared devices (simulated, work runs on the CPU): ${summary}; nvidia-smi/npu-smi not probed`);
    if (opts.gpu !== undefined) {
      // One executor per GPU, simulated: the other declared GPUs are listed without engines.
      const gpus = others.filter((d) => d.kind === DeviceKind.DEVICE_KIND_NVIDIA).map((d) => d.index ?? 0);
      available = { ...available, cudaIndex: opts.gpu };
      notes.push(gpus.includes(opts.gpu)
        ? `WEFT_GPU=${opts.gpu}: this executor drives declared nvidia:${opts.gpu}${gpus.length > 1 ? ` (GPU ${gpus.filter((i) => i !== opts.gpu).join(', ')} listed without engines)` : ''}`
        : `no GPU driven: WEFT_GPU=${opts.gpu}, but WEFT_DEVICES declares ${gpus.length ? `GPU ${gpus.join(', ')}` : 'no nvidia GPU'}`);
    }
  } else {
    const run = opts.run ?? execFileRun;
    const [nvidia, ascend] = await Promise.all([
      detectNvidia(run, { timeoutMs: opts.timeoutMs }),
      detectAscend(run, { timeoutMs: opts.timeoutMs, env: opts.env, fs: opts.fs }),
    ]);
    others = [...nvidia.devices, ...ascend.devices];
    for (const note of [nvidia.note, ascend.note]) if (note) notes.push(note);
    if (typeof opts.available === 'function' && others.length > 0) {
      const probed = await opts.available(others);
      available = probed.available;
      notes.push(...probed.notes);
    }
    // A probe's notes already say why an accelerator got no engines.
    if (nvidia.devices.length > 0 && !available.cuda && typeof opts.available !== 'function') {
      notes.push('NVIDIA GPU detected, but this executor has no CUDA backend: no cuda engines advertised (llama.cpp runs on the CPU)');
    }
    if (ascend.devices.length > 0 && !available.cann) {
      notes.push('Ascend NPU detected, but this executor has no CANN backend: no cann engines advertised (llama.cpp runs on the CPU)');
    }
  }

  let listed = [cpu, ...others];
  if (opts.offerCpu === false) {
    listed = listed.filter((d) => d.kind !== DeviceKind.DEVICE_KIND_CPU);
    notes.push('WEFT_CPU_DEVICE=off: no CPU device offered (another executor on this host offers it)');
  }
  const devices = listed.map((d) => ({ ...d, engines: enginesFor(d, available) }));
  return { devices, notes };
}

function kindLabel(d: IDevice): string {
  return d.kind === DeviceKind.DEVICE_KIND_NVIDIA ? 'nvidia' : d.kind === DeviceKind.DEVICE_KIND_ASCEND ? 'ascend' : 'cpu';
}
