// The models file (WEFT_MODELS): the models an operator serves, under which
// names, with their placement requirements. Written by `weft models add` and
// the launcher; schedulers import it into the catalog (NATS KV) at start and
// whenever it changes. The admin API takes entries of the same shape.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { DEFAULT_ENGINE, DEVICE_KIND, ENGINE, type DeviceKindName, type EngineName } from '../proto/index.ts';

export interface ModelEntry {
  name: string;
  path: string;
  /**
   * An engine Weft ships (proto/tasks.ts ENGINE): "llama.cpp" (the default)
   * or "synthetic" (no model: paced tokens, for tests and benchmarks; path
   * "synthetic:?tps=…&ttft=…").
   */
  engine?: EngineName;
  contextSize?: number;
  slots?: number;
  /** Jinja chat template text, or `@/path/to/template.jinja`. */
  chatTemplate?: string;
  /** Replicas kept loaded even when idle (default 0: scale to zero). */
  minReplicas?: number;
  /** Most replicas scale-out may place (default 4). */
  maxReplicas?: number;
  /** A replica unused this long is unloaded, down to minReplicas (default WEFT_IDLE_TTL_MS; 0 never). */
  idleTtlMs?: number;
  /** Device kinds in order of preference (default nvidia, ascend, cpu). */
  devices?: DeviceKindName[];
  /** Memory a replica needs, in MiB, when the estimate from the file is not wanted (or the file is not readable here). */
  memoryMiB?: number;
}

export const DEVICE_KIND_NAMES = Object.keys(DEVICE_KIND) as DeviceKindName[];
/** Engines a model may name: those executors register (executors/engines/registry.ts). "onnxruntime" runs sentence-embedding encoders and cross-encoder rerankers (a model.onnx with tokenizer.json or vocab.txt beside it) and Silero VAD models. */
export const ENGINE_NAMES: readonly EngineName[] = [ENGINE.llamacpp, ENGINE.synthetic, ENGINE.onnxruntime, ENGINE.pocketsphinx, ENGINE.espeakNg];
export type { DeviceKindName };

export class ModelsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelsFileError';
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._:\/-]{0,127}$/;

export function validateEntry(raw: unknown, where: string): ModelEntry {
  if (typeof raw !== 'object' || raw === null) throw new ModelsFileError(`${where}: expected an object`);
  const e = raw as Record<string, unknown>;
  if (typeof e.name !== 'string' || !NAME.test(e.name)) {
    throw new ModelsFileError(`${where}.name: expected 1-128 characters of letters, digits and . _ : / - (got ${JSON.stringify(e.name)})`);
  }
  if (typeof e.path !== 'string' || e.path === '') throw new ModelsFileError(`${where}.path: expected a file path`);
  if (e.engine !== undefined && !(ENGINE_NAMES as readonly unknown[]).includes(e.engine)) {
    throw new ModelsFileError(`${where}.engine: expected one of ${ENGINE_NAMES.map((n) => `"${n}"`).join(', ')}`);
  }
  for (const k of ['contextSize', 'slots'] as const) {
    if (e[k] !== undefined && (!Number.isInteger(e[k]) || (e[k] as number) < 1)) throw new ModelsFileError(`${where}.${k}: expected a positive integer`);
  }
  if (e.chatTemplate !== undefined && typeof e.chatTemplate !== 'string') throw new ModelsFileError(`${where}.chatTemplate: expected a string`);
  for (const k of ['minReplicas', 'idleTtlMs'] as const) {
    if (e[k] !== undefined && (!Number.isInteger(e[k]) || (e[k] as number) < 0)) throw new ModelsFileError(`${where}.${k}: expected a non-negative integer`);
  }
  for (const k of ['maxReplicas', 'memoryMiB'] as const) {
    if (e[k] !== undefined && (!Number.isInteger(e[k]) || (e[k] as number) < 1)) throw new ModelsFileError(`${where}.${k}: expected a positive integer`);
  }
  if (e.minReplicas !== undefined && e.maxReplicas !== undefined && (e.minReplicas as number) > (e.maxReplicas as number)) {
    throw new ModelsFileError(`${where}: minReplicas (${e.minReplicas}) is above maxReplicas (${e.maxReplicas})`);
  }
  if (e.devices !== undefined) {
    if (!Array.isArray(e.devices) || e.devices.length === 0 || !e.devices.every((d) => (DEVICE_KIND_NAMES as readonly unknown[]).includes(d))) {
      throw new ModelsFileError(`${where}.devices: expected a non-empty list of ${DEVICE_KIND_NAMES.map((d) => `"${d}"`).join(', ')} in order of preference`);
    }
    if (new Set(e.devices).size !== e.devices.length) throw new ModelsFileError(`${where}.devices: a device kind appears twice`);
  }
  const known = new Set(['name', 'path', 'engine', 'contextSize', 'slots', 'chatTemplate', 'minReplicas', 'maxReplicas', 'idleTtlMs', 'devices', 'memoryMiB']);
  const unknown = Object.keys(e).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new ModelsFileError(`${where}: unknown field(s) ${unknown.map((k) => `'${k}'`).join(', ')} (known: ${[...known].join(', ')})`);
  return {
    name: e.name,
    path: e.path,
    engine: (e.engine as EngineName | undefined) ?? DEFAULT_ENGINE,
    ...(e.contextSize !== undefined ? { contextSize: e.contextSize as number } : {}),
    ...(e.slots !== undefined ? { slots: e.slots as number } : {}),
    ...(e.chatTemplate !== undefined ? { chatTemplate: e.chatTemplate as string } : {}),
    ...(e.minReplicas !== undefined ? { minReplicas: e.minReplicas as number } : {}),
    ...(e.maxReplicas !== undefined ? { maxReplicas: e.maxReplicas as number } : {}),
    ...(e.idleTtlMs !== undefined ? { idleTtlMs: e.idleTtlMs as number } : {}),
    ...(e.devices !== undefined ? { devices: [...e.devices] as DeviceKindName[] } : {}),
    ...(e.memoryMiB !== undefined ? { memoryMiB: e.memoryMiB as number } : {}),
  };
}

/** Reads the models file; a missing file is an empty list. Relative paths resolve against the file. */
export function readModelsFile(file: string): ModelEntry[] {
  if (!existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ModelsFileError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const list = (doc as { models?: unknown })?.models;
  if (!Array.isArray(list)) throw new ModelsFileError(`${file}: expected {"models": [...]}`);
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const entry = validateEntry(raw, `${file}: models[${i}]`);
    if (seen.has(entry.name)) throw new ModelsFileError(`${file}: models[${i}].name: '${entry.name}' appears twice`);
    seen.add(entry.name);
    const base = dirname(file);
    if (entry.engine !== ENGINE.synthetic && entry.engine !== ENGINE.espeakNg) entry.path = isAbsolute(entry.path) ? entry.path : resolve(base, entry.path);
    if (entry.chatTemplate?.startsWith('@')) {
      const p = entry.chatTemplate.slice(1);
      entry.chatTemplate = readFileSync(isAbsolute(p) ? p : resolve(base, p), 'utf8');
    }
    return entry;
  });
}

/** Writes the models file atomically (readers never see half a file). */
export function writeModelsFile(file: string, models: ModelEntry[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ models }, null, 2) + '\n');
  renameSync(tmp, file);
}

/** Adds or replaces one entry. */
export function upsertModel(file: string, entry: ModelEntry): void {
  const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { models?: ModelEntry[] }).models ?? [] : [];
  const next = raw.filter((m) => m.name !== entry.name);
  next.push(validateEntry(entry, 'entry'));
  writeModelsFile(file, next);
}

export function removeModel(file: string, name: string): boolean {
  if (!existsSync(file)) return false;
  const raw = (JSON.parse(readFileSync(file, 'utf8')) as { models?: ModelEntry[] }).models ?? [];
  const next = raw.filter((m) => m.name !== name);
  if (next.length === raw.length) return false;
  writeModelsFile(file, next);
  return true;
}
