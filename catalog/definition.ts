// Turns a model definition (a models file entry or an admin API body, same
// shape) into the catalog's CatalogModel: defaults applied, the device
// preference as device kinds, and the memory a replica needs, estimated from
// the file unless the operator gave it.
import { Buffer } from 'node:buffer';
import { CatalogModel, DEFAULT_ENGINE, DeviceKind, ENGINE, errors, type EngineName, type ICatalogModel, type Task } from '../proto/index.ts';
import { estimateOnnx, onnxTasks } from './onnx-model.ts';
import { estimateGguf, SYNTHETIC_DEFAULT_MEMORY_BYTES } from './estimate.ts';
import type { DeviceKindName, ModelEntry } from './models-file.ts';

export const DEFAULT_MIN_REPLICAS = 0;
export const DEFAULT_MAX_REPLICAS = 4;
export const DEFAULT_DEVICE_PREFERENCE: readonly DeviceKindName[] = ['nvidia', 'ascend', 'cpu'];

const MIB = 1024 * 1024;

import { DEVICE_KIND as KIND_BY_NAME, kindName } from '../proto/index.ts';

export { KIND_BY_NAME, kindName };

/** The file format each engine reads (CatalogModel.format; executors check it against their engine's). */
export const FORMAT_OF_ENGINE: Record<EngineName, 'gguf' | 'onnx' | 'synthetic' | 'sphinx' | 'espeak'> = {
  [ENGINE.llamacpp]: 'gguf',
  [ENGINE.onnxruntime]: 'onnx',
  [ENGINE.synthetic]: 'synthetic',
  [ENGINE.pocketsphinx]: 'sphinx',
  [ENGINE.espeakNg]: 'espeak',
};

/**
 * Memory a replica of the speech engines takes when the operator gives no
 * figure (measured on this project's machines, rounded up): Silero VAD on
 * onnxruntime ~20 MiB, a PocketSphinx decoder process with the en-us model
 * ~40 MiB per slot, espeak-ng a few MiB per running process.
 */
export const SPEECH_MEMORY_BYTES: Readonly<Partial<Record<string, number>>> = {
  sphinx: 64 * MIB,
  espeak: 16 * MIB,
};

export interface DefinitionDefaults {
  contextSize: number;
  slots: number;
  idleTtlMs: number;
}

export async function toCatalogModel(entry: ModelEntry, defaults: DefinitionDefaults, source: 'file' | 'api', now = Date.now()): Promise<ICatalogModel> {
  const engine = entry.engine ?? DEFAULT_ENGINE;
  const format = FORMAT_OF_ENGINE[engine];
  const contextSize = entry.contextSize ?? defaults.contextSize;
  const slots = entry.slots ?? defaults.slots;
  const preference = entry.devices ?? DEFAULT_DEVICE_PREFERENCE;
  let memory: number;
  let fileBytes = 0;
  let dtype = '';
  // Read from a GGUF's header or an ONNX model's files; empty (its engine's
  // tasks) where neither is read.
  let tasks: Task[] = [];
  if (entry.memoryMiB !== undefined) {
    // The file is not opened at all: memoryMiB is also how an operator
    // registers a file this process cannot (or must not) read, so its tasks
    // stay its engine's until a replica reports what the file serves.
    memory = entry.memoryMiB * MIB;
  } else if (format === 'synthetic') {
    // What the synthetic engine itself reports for a replica with no figure.
    memory = SYNTHETIC_DEFAULT_MEMORY_BYTES;
  } else if (SPEECH_MEMORY_BYTES[format] !== undefined) {
    memory = SPEECH_MEMORY_BYTES[format]! * (format === 'sphinx' ? slots : 1);
  } else if (format === 'onnx') {
    ({ memoryBytes: memory, fileBytes } = estimateOnnx(entry.path));
    tasks = onnxTasks(entry.path);
  } else if (format !== 'gguf') {
    // Only GGUF headers are read for an estimate so far.
    throw errors.invalid(`Cannot estimate the memory a ${format} model needs. Give memoryMiB.`, 'memoryMiB');
  } else {
    try {
      const est = await estimateGguf(entry.path, contextSize, slots);
      memory = est.memoryBytes;
      fileBytes = est.fileBytes;
      dtype = est.dtype;
      tasks = est.tasks;
    } catch (err) {
      throw errors.invalid(
        `Cannot read the GGUF header of '${entry.path}' here to estimate the memory the model needs (${(err as Error).message}). Give memoryMiB, or register it where the file is readable.`,
        'path',
      );
    }
  }
  return {
    name: entry.name,
    format,
    path: entry.path,
    engine,
    contextSize,
    slots,
    chatTemplate: entry.chatTemplate ?? '',
    devicePreference: preference.map((k) => KIND_BY_NAME[k]),
    memoryEstimateBytes: Object.fromEntries(preference.map((k) => [k, memory])),
    memoryMeasuredBytes: {},
    minReplicas: entry.minReplicas ?? DEFAULT_MIN_REPLICAS,
    maxReplicas: Math.max(entry.maxReplicas ?? DEFAULT_MAX_REPLICAS, entry.minReplicas ?? 0),
    idleTtlMs: entry.idleTtlMs ?? defaults.idleTtlMs,
    fileBytes,
    dtype,
    tasks,
    source,
    updatedUnixMs: now,
  };
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  return `${Math.round(n / 1024 ** 2)} MiB`;
}

/** Memory a replica of `model` needs on a device of `kind`: measured if an engine reported it, else estimated. */
export function memoryNeed(model: ICatalogModel, kind: DeviceKind): number {
  const name = kindName(kind);
  if (!name) return 0;
  const measured = model.memoryMeasuredBytes?.[name];
  if (measured) return Number(measured);
  const est = model.memoryEstimateBytes?.[name];
  if (est) return Number(est);
  // A kind outside the preference list: any estimate is as good as another.
  const any = Object.values(model.memoryEstimateBytes ?? {})[0];
  return any ? Number(any) : 0;
}

/** Whether two catalog entries describe the same servable model (ignoring timestamps and measurements). */
export function sameDefinition(a: ICatalogModel, b: ICatalogModel): boolean {
  const strip = (m: ICatalogModel) => CatalogModel.encode({ ...m, updatedUnixMs: 0, memoryMeasuredBytes: {} }).finish();
  return Buffer.from(strip(a)).equals(strip(b));
}

/** What an executor must load for a replica: the fields that change the loaded model. */
export function loadSignature(m: ICatalogModel): string {
  return JSON.stringify([m.path, m.engine, m.contextSize, m.slots, m.chatTemplate]);
}
