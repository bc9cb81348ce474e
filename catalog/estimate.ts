// How much memory a replica of a GGUF model needs, estimated from the file's
// header before anything is loaded: the weights (the file size), the KV
// cache for `contextSize` tokens in each of `slots` sequences, and a margin
// for compute buffers. Placement uses it until an engine has loaded the
// model and reported what it really took (CatalogModel.memory_measured_bytes).
import { statSync } from 'node:fs';
import type { GgufFileType } from 'node-llama-cpp';
import { ggufTasksOfHeader, type Task } from '../proto/index.ts';

export interface GgufEstimate {
  fileBytes: number;
  /** Weights + KV cache + compute margin, in bytes. */
  memoryBytes: number;
  kvCacheBytes: number;
  /** Weight type of the file in lower case, e.g. "q8_0", "f16" ("" when the header does not say). */
  dtype: string;
  /** Context the model was trained for (the engine never goes beyond it). */
  trainContext: number;
  /** The tasks the file serves: rerank for a reranker (rank pooling), else chat and embed. */
  tasks: Task[];
}

/**
 * The memory a synthetic model's replica is expected to take when its entry
 * names none: 64 MiB, about a small quantized model, so simulated fleets
 * account some memory per replica without filling any device. The synthetic
 * engine reports the same figure for a spec that carries none.
 */
export const SYNTHETIC_DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024;

/** Bytes per KV cache element: llama.cpp keeps K and V in f16 by default. */
const KV_ELEMENT_BYTES = 2;
/** Compute buffers and allocator slack: a fixed floor plus a share of the weights. */
const MARGIN_FLOOR_BYTES = 64 * 1024 * 1024;
const MARGIN_SHARE = 0.05;

/** The GGUF file_type as the quantization name users know ("q4_k_m", "f16", …). */
function dtypeName(fileTypes: typeof GgufFileType, fileType: number | undefined): string {
  if (fileType === undefined) return '';
  const name = fileTypes[fileType];
  if (!name) return '';
  return name.replace(/^(MOSTLY|ALL)_/, '').toLowerCase();
}

export async function estimateGguf(path: string, contextSize: number, slots: number): Promise<GgufEstimate> {
  const fileBytes = statSync(path).size;
  // Loaded on first use: the gateway and schedulers need it only to register a model.
  const { readGgufFileInfo, GgufFileType: fileTypes } = await import('node-llama-cpp');
  const info = await readGgufFileInfo(path, { readTensorInfo: false, logWarnings: false, sourceType: 'filesystem' });
  const arch = info.architectureMetadata;
  const layers = arch.block_count ?? 0;
  const embd = arch.embedding_length ?? 0;
  const heads = arch.attention?.head_count ?? 0;
  const rawKv = arch.attention?.head_count_kv;
  const kvHeads = Array.isArray(rawKv) ? Math.max(...rawKv) : (rawKv ?? heads);
  const headDimK = arch.attention?.key_length ?? (heads > 0 ? embd / heads : 0);
  const headDimV = arch.attention?.value_length ?? headDimK;
  const trainContext = arch.context_length ?? contextSize;
  const tokens = Math.min(contextSize, trainContext) * slots;
  const kvCacheBytes = Math.ceil(layers * tokens * kvHeads * (headDimK + headDimV) * KV_ELEMENT_BYTES);
  const margin = MARGIN_FLOOR_BYTES + Math.ceil(fileBytes * MARGIN_SHARE);
  return {
    fileBytes,
    memoryBytes: fileBytes + kvCacheBytes + margin,
    kvCacheBytes,
    dtype: dtypeName(fileTypes, info.metadata.general?.file_type),
    trainContext,
    tasks: ggufTasksOfHeader(arch.pooling_type),
  };
}
