// The boundary every engine implements (llama.cpp today; onnxruntime and a
// synthetic engine later). The executor's gRPC server only talks to this.
import type { FinishReason, IChatRequest, ILoadedModel } from '../proto/index.ts';

export interface ModelSpec {
  name: string;
  path: string;
  /** Context size per sequence, in tokens. */
  contextSize: number;
  /** Concurrent sequences (continuous batching). */
  slots: number;
  /** Jinja chat template overriding the file's own. */
  chatTemplate?: string;
  /** Engine to serve it with; "llama.cpp" when unset. */
  engine?: string;
  /**
   * Memory the catalog expects a replica to take, in bytes (reserved on its
   * device while it loads). Engines report what they really took in
   * ILoadedModel.memoryBytes; the synthetic engine, which takes nothing,
   * reports this figure so simulated fleets account memory like real ones.
   */
  memoryBytes?: number;
}

export interface GenerateInput {
  requestId: string;
  model: string;
  chat: IChatRequest;
}

/** What generate() yields: text as it is produced, then exactly one finish. */
export type EngineEvent =
  | { type: 'delta'; text: string; tokens: number }
  | {
      type: 'finish';
      reason: FinishReason;
      usage: { promptTokens: number; completionTokens: number };
      timing: { queueMs: number; timeToFirstTokenMs: number; totalMs: number };
    };

export interface Engine {
  /** Stable engine name, e.g. "llama.cpp". */
  readonly name: string;
  /** Loads a model; resolves when it can serve. Loading a loaded name fails. */
  load(spec: ModelSpec): Promise<ILoadedModel>;
  /** Unloads a model, aborting its running generations. */
  unload(model: string): Promise<boolean>;
  /**
   * Runs one request. Aborting `signal` stops generation at once and frees
   * the sequence; the iterator then ends with a finish of reason CANCELLED.
   * Failures are thrown as WeftError.
   */
  generate(input: GenerateInput, signal: AbortSignal): AsyncIterable<EngineEvent>;
  /** Loaded models with their slot usage. */
  models(): ILoadedModel[];
  /** Tokens generated since start, across all models. */
  tokensGenerated(): number;
  dispose(): Promise<void>;
}
