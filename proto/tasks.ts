// The names that cross the wire as strings or enums, each spelled in one
// place: tasks (request body kinds), engines, device kinds and priority
// classes, with the one conversion between each enum and its name.
import { weft } from './generated/weft.js';
import { PriorityClass } from './subjects.ts';

const { Task, DeviceKind, Priority } = weft.v1;
type Task = weft.v1.Task;
type DeviceKind = weft.v1.DeviceKind;
type Priority = weft.v1.Priority;

/** Request body kinds, as the `body` oneof of GenerateRequest/InferenceRequest names them. */
export type BodyKind = 'chat' | 'embed' | 'rerank' | 'transcribe' | 'speak' | 'detectSpeech';

export const TASK_OF_BODY: Record<BodyKind, Task> = {
  chat: Task.TASK_CHAT,
  embed: Task.TASK_EMBED,
  rerank: Task.TASK_RERANK,
  transcribe: Task.TASK_TRANSCRIBE,
  speak: Task.TASK_SPEAK,
  detectSpeech: Task.TASK_DETECT_SPEECH,
};

/** "chat", "embed", ... for logs and errors; the enum name lower-cased for tasks with no body yet. */
export function taskName(task: Task): string {
  for (const [name, t] of Object.entries(TASK_OF_BODY)) if (t === task) return name;
  return (Task[task] ?? String(task)).replace(/^TASK_/, '').toLowerCase();
}

/** Engine names (LoadModelRequest.engine, EngineSupport.engine, the models file's `engine`). */
export const ENGINE = {
  llamacpp: 'llama.cpp',
  onnxruntime: 'onnxruntime',
  /** Paced tokens without a model: simulation, tests and benchmarks. */
  synthetic: 'synthetic',
  /** Speech to text with CMU PocketSphinx (Debian's pocketsphinx, a host program). */
  pocketsphinx: 'pocketsphinx',
  /** Text to speech with eSpeak NG (Debian's espeak-ng, a host program). */
  espeakNg: 'espeak-ng',
} as const;
export type EngineName = (typeof ENGINE)[keyof typeof ENGINE];

/**
 * What each engine serves: its capabilities' tasks (each engine reads its
 * own here) and what /v1/models shows for a model of that engine.
 */
export const ENGINE_TASKS: Readonly<Record<EngineName, readonly Task[]>> = {
  // Rerank on GGUF rerankers only: each replica reports what its file runs
  // (llamacpp/rerank.ts), and the catalog entry what its header says (ggufTasks).
  [ENGINE.llamacpp]: [Task.TASK_CHAT, Task.TASK_EMBED, Task.TASK_RERANK],
  [ENGINE.onnxruntime]: [Task.TASK_EMBED, Task.TASK_RERANK, Task.TASK_DETECT_SPEECH],
  [ENGINE.synthetic]: [Task.TASK_CHAT],
  [ENGINE.pocketsphinx]: [Task.TASK_TRANSCRIBE],
  [ENGINE.espeakNg]: [Task.TASK_SPEAK],
};
/**
 * LLAMA_POOLING_TYPE_RANK: the `<arch>.pooling_type` llama.cpp's converter
 * writes for a reranker (Qwen3-Reranker, bge-reranker, ...), beside its rank
 * head (a cls.output.weight or cls.weight tensor).
 */
export const GGUF_POOLING_TYPE_RANK = 4;

/**
 * The tasks a GGUF file serves, the one rule for both sides: a reranker runs
 * rerank only (its generation would sample from a head that is not a
 * language model's, its embedding would be the rank score); any other GGUF
 * runs chat and embed. The catalog decides `reranker` from the header read at
 * registration (ggufTasksOfHeader: rank pooling); a loaded replica from
 * node-llama-cpp's supportsRanking (a rank head in its tensors,
 * llamacpp/rerank.ts). Converted rerankers carry both and other models
 * neither, so the two agree (the synthesized reranker and chat models are
 * tested on both sides).
 */
export function ggufTasks(reranker: boolean): Task[] {
  return reranker ? [Task.TASK_RERANK] : [Task.TASK_CHAT, Task.TASK_EMBED];
}

/** The tasks a GGUF serves, from its header's `<arch>.pooling_type` (architectureMetadata.pooling_type). */
export function ggufTasksOfHeader(poolingType: number | null | undefined): Task[] {
  return ggufTasks(poolingType === GGUF_POOLING_TYPE_RANK);
}

/**
 * Engines that run as programs on the host CPU, whatever devices the host
 * has: placement puts their replicas on a CPU device.
 */
export const HOST_CPU_ENGINES: ReadonlySet<string> = new Set([ENGINE.pocketsphinx, ENGINE.espeakNg]);

/** The engine of a model that names none. */
export const DEFAULT_ENGINE: EngineName = ENGINE.llamacpp;

/** Device kinds by name ("nvidia", "ascend", "cpu": the catalog's memory maps and device preferences use these). */
export const DEVICE_KIND = {
  nvidia: DeviceKind.DEVICE_KIND_NVIDIA,
  ascend: DeviceKind.DEVICE_KIND_ASCEND,
  cpu: DeviceKind.DEVICE_KIND_CPU,
} as const satisfies Record<string, DeviceKind>;
export type DeviceKindName = keyof typeof DEVICE_KIND;

export function kindName(kind: DeviceKind | null | undefined): DeviceKindName | undefined {
  for (const [name, k] of Object.entries(DEVICE_KIND)) if (k === kind) return name as DeviceKindName;
  return undefined;
}

/** A device as "kind:index" (e.g. "nvidia:3"), as logs and the cluster view show it. */
export function deviceLabel(kind: DeviceKind | null | undefined, index: number | null | undefined): string {
  return `${kindName(kind) ?? 'unknown'}:${index ?? 0}`;
}

/** The class (queue, subject token) of a request's Priority; unspecified is realtime. */
export function priorityClass(priority: Priority | null | undefined): PriorityClass {
  return priority === Priority.PRIORITY_BATCH ? PriorityClass.BATCH : PriorityClass.REALTIME;
}

export function priorityOf(cls: PriorityClass): Priority {
  return cls === PriorityClass.BATCH ? Priority.PRIORITY_BATCH : Priority.PRIORITY_REALTIME;
}
