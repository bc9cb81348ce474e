// Which node-llama-cpp build (a Llama instance) runs a model, from the device
// the replica plan assigned it:
//   - the CPU, and any declared (simulated) device: the prebuilt CPU binary,
//     loaded offline at start (gpu: false), as before devices were assigned;
//   - a detected NVIDIA GPU: the CUDA build (gpu: 'cuda'), loaded on first
//     use. It is never a silent fallback: a binary without CUDA (or a machine
//     where it does not load) fails the model's load, naming the device.
//   - a detected Ascend NPU: no CANN build ships with node-llama-cpp; the
//     load fails likewise.
//
// Pinning the GPU: node-llama-cpp 3.x exposes no main-GPU option, so the
// index is pinned with CUDA_VISIBLE_DEVICES (in nvidia-smi's PCI bus order),
// which the CUDA runtime reads once, when the CUDA build is first loaded. One
// executor process therefore drives one GPU; a later load on another index
// fails rather than land on the pinned one. (Run on one H200; several GPUs
// per host run as one executor each, which no multi-GPU host has run yet.)
import { getLlama as nodeLlamaGetLlama, LlamaLogLevel, type Llama, type LlamaOptions } from 'node-llama-cpp';
import { errors } from '../../../proto/index.ts';
import type { ModelDevice } from '../../engine.ts';

export type GetLlama = (opts: LlamaOptions) => Promise<Llama>;

export interface BackendOptions {
  /** CPU threads for evaluation. */
  threads: number;
  /** node-llama-cpp's getLlama; injected by tests. */
  getLlama?: GetLlama;
  /** Where CUDA_VISIBLE_DEVICES is set; process.env by default, injected by tests. */
  env?: NodeJS.ProcessEnv;
}

export class LlamaBackends {
  private readonly getLlama: GetLlama;
  private readonly threads: number;
  private readonly env: NodeJS.ProcessEnv;
  private readonly cpu: Llama;
  private cuda: Promise<Llama> | undefined;
  private cudaIndex: number | undefined;

  private constructor(cpu: Llama, opts: BackendOptions) {
    this.cpu = cpu;
    this.threads = opts.threads;
    this.getLlama = opts.getLlama ?? nodeLlamaGetLlama;
    this.env = opts.env ?? process.env;
  }

  static async create(opts: BackendOptions): Promise<LlamaBackends> {
    const getLlama = opts.getLlama ?? nodeLlamaGetLlama;
    // gpu:false loads the prebuilt CPU binary offline; build:'never' never
    // compiles at run time.
    const cpu = await getLlama({ gpu: false, maxThreads: opts.threads, logLevel: LlamaLogLevel.error, build: 'never' });
    return new LlamaBackends(cpu, opts);
  }

  /** The Llama that runs models on `device`; throws UNSUPPORTED when this executor has no build for it. */
  async forDevice(device: ModelDevice): Promise<Llama> {
    if (device.kind === 'cpu' || device.simulated) return this.cpu;
    if (device.kind === 'nvidia') return this.forCuda(device.index);
    throw errors.unsupported(
      `llama.cpp cannot run on ${device.kind}:${device.index}: node-llama-cpp has no ${device.kind} backend in this executor`, 'device',
    );
  }

  private async forCuda(index: number): Promise<Llama> {
    if (this.cudaIndex !== undefined && this.cudaIndex !== index) {
      throw errors.unsupported(
        `llama.cpp cannot run on nvidia:${index}: this executor's CUDA backend is pinned to nvidia:${this.cudaIndex} (one executor per GPU)`, 'device',
      );
    }
    if (!this.cuda) {
      const pinned = this.env.CUDA_VISIBLE_DEVICES;
      if (pinned !== undefined && pinned !== String(index)) {
        throw errors.unsupported(`llama.cpp cannot run on nvidia:${index}: CUDA_VISIBLE_DEVICES is set to '${pinned}' for this executor`, 'device');
      }
      // nvidia-smi numbers GPUs in PCI bus order; CUDA's default order differs.
      this.env.CUDA_DEVICE_ORDER = 'PCI_BUS_ID';
      this.env.CUDA_VISIBLE_DEVICES = String(index);
      this.cudaIndex = index;
      this.cuda = this.loadCuda(index);
      // A failed attempt is not kept: the next load tries again.
      this.cuda.catch(() => {
        this.cuda = undefined;
        this.cudaIndex = undefined;
      });
    }
    return this.cuda;
  }

  private async loadCuda(index: number): Promise<Llama> {
    let llama: Llama;
    try {
      llama = await this.getLlama({ gpu: 'cuda', maxThreads: this.threads, logLevel: LlamaLogLevel.error, build: 'never' });
    } catch (err) {
      throw errors.unsupported(
        `llama.cpp cannot run on nvidia:${index}: node-llama-cpp's CUDA build does not load in this executor (${(err as Error).message})`, 'device',
      );
    }
    if (llama.gpu !== 'cuda') {
      await llama.dispose();
      throw errors.unsupported(`llama.cpp cannot run on nvidia:${index}: node-llama-cpp loaded a build without CUDA (gpu: ${String(llama.gpu)})`, 'device');
    }
    return llama;
  }

  /**
   * Loads the backend for a detected accelerator now (kept for the loads to
   * come): undefined when it loads, else why not. Discovery asks this before
   * advertising the device's llama.cpp engine.
   */
  async probe(device: ModelDevice): Promise<string | undefined> {
    try {
      await this.forDevice(device);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }

  /** Whether models on this Llama run on the GPU (offloaded whole) or the CPU. */
  isGpu(llama: Llama): boolean {
    return llama !== this.cpu;
  }

  async dispose(): Promise<void> {
    const cuda = await this.cuda?.catch(() => undefined);
    await cuda?.dispose();
    await this.cpu.dispose();
  }
}
