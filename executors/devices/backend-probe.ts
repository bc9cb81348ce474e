// Which accelerator backends this executor really has, asked of its engines
// once the accelerators are detected: an NVIDIA GPU gets llama.cpp engines
// only when node-llama-cpp's CUDA build loads here (the engine's probe loads
// it, and keeps it for the models to come). Nothing is claimed from a tool's
// output alone.
//
// One executor drives one GPU (the CUDA runtime is pinned per process):
// `gpu` (WEFT_GPU) picks it, else a single index in CUDA_VISIBLE_DEVICES,
// else the first GPU nvidia-smi lists. The others are listed without engines.
import { DeviceKind, type IDevice } from '../../proto/index.ts';
import type { ModelDevice } from '../engine.ts';
import { CPU_ONLY, type BackendAvailability } from './engines.ts';

export type Probe = (device: ModelDevice) => Promise<string | undefined>;

export interface ProbeOptions {
  /** WEFT_GPU: the GPU to drive, by nvidia-smi index. */
  gpu?: number;
  env: NodeJS.ProcessEnv;
}

/** The GPU this executor drives among `gpus` (nvidia-smi indexes), or why none. */
export function chooseGpu(gpus: number[], opts: ProbeOptions): { index: number } | { why: string } {
  if (opts.gpu !== undefined) {
    return gpus.includes(opts.gpu) ? { index: opts.gpu } : { why: `WEFT_GPU=${opts.gpu}, but nvidia-smi lists GPU ${gpus.join(', ')}` };
  }
  const visible = opts.env.CUDA_VISIBLE_DEVICES?.trim();
  if (visible && /^\d+$/.test(visible)) {
    const index = Number(visible);
    return gpus.includes(index) ? { index } : { why: `CUDA_VISIBLE_DEVICES=${visible}, but nvidia-smi lists GPU ${gpus.join(', ')}` };
  }
  if (visible !== undefined && visible !== '' && !/^\d+$/.test(visible)) {
    return { why: `CUDA_VISIBLE_DEVICES=${visible} names more than one GPU or a UUID; set WEFT_GPU to the nvidia-smi index this executor drives` };
  }
  return { index: Math.min(...gpus) };
}

export async function probeBackends(detected: IDevice[], probe: Probe, opts: ProbeOptions): Promise<{ available: BackendAvailability; notes: string[] }> {
  const gpus = detected.filter((d) => d.kind === DeviceKind.DEVICE_KIND_NVIDIA).map((d) => d.index ?? 0);
  if (gpus.length === 0) return { available: CPU_ONLY, notes: [] };
  const chosen = chooseGpu(gpus, opts);
  if ('why' in chosen) return { available: CPU_ONLY, notes: [`no GPU driven: ${chosen.why}`] };
  const no = await probe({ kind: 'nvidia', index: chosen.index, simulated: false });
  if (no !== undefined) return { available: CPU_ONLY, notes: [`nvidia:${chosen.index}: no CUDA backend here (${no})`] };
  const others = gpus.filter((i) => i !== chosen.index);
  return {
    available: { cuda: true, cann: false, cudaIndex: chosen.index },
    notes: [`nvidia:${chosen.index}: llama.cpp's CUDA build loads; this executor drives that GPU${others.length ? ` (GPU ${others.join(', ')}: one executor each, WEFT_GPU)` : ''}`],
  };
}
