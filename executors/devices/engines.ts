// What each device can run: engine, backend and the weight types accepted.
//
// What the executor can actually run: llama.cpp on the CPU, and on a
// detected NVIDIA GPU when node-llama-cpp's CUDA build loads in this process
// (the executor probes it at start: executor.ts, backend.ts); `available`
// says which; and onnxruntime on the CPU. Every other combination below is
// advertised capability, for placement:
//   - on a DETECTED accelerator it is listed only when this executor process
//     really has that backend (`available`); a detected NVIDIA GPU on an
//     executor with only the CPU build gets no cuda engines, and so on;
//   - on a DECLARED accelerator it is always listed, with simulated: true,
//     because the work really runs on the CPU backend underneath. Weft never
//     presents simulated capability as real.
// onnxruntime entries are listed because placement must know of them; an
// executor without an onnxruntime engine must not be sent onnxruntime work
// whatever its devices say (ExecutorInfo.engines names the engines it has).
import { DeviceKind, DeviceSource, ENGINE, type IDevice, type IEngineSupport } from '../../proto/index.ts';

/** The backends this executor process can really run, besides the CPU. */
export interface BackendAvailability {
  cuda: boolean;
  cann: boolean;
  /**
   * The one NVIDIA GPU (nvidia-smi index) the CUDA backend drives: the CUDA
   * runtime of a process is pinned to it (backend.ts), so the host's other
   * GPUs get no engines from this executor. Also set for a declared
   * inventory when WEFT_GPU is (simulating that layout). Unset: any.
   */
  cudaIndex?: number;
}

/** The executor today: node-llama-cpp's CPU build only. */
export const CPU_ONLY: BackendAvailability = Object.freeze({ cuda: false, cann: false });

// llama.cpp's CPU backend runs every GGUF weight type. Named as the catalog
// names a file's general.file_type (catalog/estimate.ts: "q4_k_m", not
// "q4_k"), since placement compares the two; a unit test keeps this list
// equal to node-llama-cpp's GgufFileType, less the types llama.cpp dropped.
export const LLAMACPP_WEIGHT_TYPES: readonly string[] = [
  'f32', 'f16', 'bf16', 'q8_0', 'q6_k', 'q5_k_m', 'q5_k_s', 'q5_1', 'q5_0', 'q4_k_m', 'q4_k_s', 'q4_1', 'q4_0',
  'q3_k_l', 'q3_k_m', 'q3_k_s', 'q2_k', 'q2_k_s', 'q2_0', 'q1_0',
  'iq4_xs', 'iq4_nl', 'iq3_m', 'iq3_s', 'iq3_xs', 'iq3_xxs', 'iq2_m', 'iq2_s', 'iq2_xs', 'iq2_xxs', 'iq1_m', 'iq1_s',
  'tq2_0', 'tq1_0', 'mxfp4_moe', 'nvfp4',
];
const LLAMACPP_CPU = LLAMACPP_WEIGHT_TYPES;
// CUDA runs the same set; bf16 only from compute capability 8.0 (Ampere) on.
const LLAMACPP_CUDA = LLAMACPP_CPU;
// llama.cpp's CANN backend (docs/backend/CANN.md) supports F16, Q8_0 and Q4_0 only.
const LLAMACPP_CANN = ['f16', 'q8_0', 'q4_0'];
// onnxruntime CPU EP: fp32 and int8 (quantized) models; fp16 kernels exist
// for few operators only, so fp16 models are not advertised.
const ORT_CPU = ['f32', 'int8'];
const ORT_CUDA = ['f32', 'f16'];
const ORT_CANN = ['f32', 'f16'];

/** True when a "major.minor" compute capability is at least 8.0; false when unknown. */
export function supportsBf16(computeCapability: string | null | undefined): boolean {
  const m = /^(\d+)\.(\d+)$/.exec(computeCapability ?? '');
  return m !== null && Number(m[1]) >= 8;
}

/**
 * The engines usable on `device`. `available` says which accelerator
 * backends this executor process really has (default: CPU only, the truth
 * today); it matters for DETECTED devices only. A device of unknown kind
 * gets no engines.
 */
export function enginesFor(device: IDevice, available: BackendAvailability = CPU_ONLY): IEngineSupport[] {
  const declared = device.source === DeviceSource.DEVICE_SOURCE_DECLARED;
  const entry = (engine: string, backend: string, dtypes: readonly string[], simulated: boolean): IEngineSupport =>
    ({ engine, backend, dtypes: [...dtypes], simulated });

  switch (device.kind) {
    case DeviceKind.DEVICE_KIND_CPU:
      // A CPU (detected, or declared with other cores/memory) runs the genuine CPU backends: never simulated.
      return [entry(ENGINE.llamacpp, 'cpu', LLAMACPP_CPU, false), entry(ENGINE.onnxruntime, 'cpu', ORT_CPU, false)];

    case DeviceKind.DEVICE_KIND_NVIDIA: {
      if (!declared && !available.cuda) return [];
      // One executor drives one GPU (WEFT_GPU), detected or declared.
      if (available.cudaIndex !== undefined && (device.index ?? 0) !== available.cudaIndex) return [];
      const bf16 = supportsBf16(device.computeCapability);
      return [
        entry(ENGINE.llamacpp, 'cuda', LLAMACPP_CUDA.filter((t) => bf16 || t !== 'bf16'), declared),
        entry(ENGINE.onnxruntime, 'cuda', ORT_CUDA, declared),
      ];
    }

    case DeviceKind.DEVICE_KIND_ASCEND:
      if (!declared && !available.cann) return [];
      return [entry(ENGINE.llamacpp, 'cann', LLAMACPP_CANN, declared), entry(ENGINE.onnxruntime, 'cann', ORT_CANN, declared)];

    default:
      return [];
  }
}
