// The boundary every engine implements (llama.cpp, synthetic; onnxruntime
// later). The executor's gRPC server only talks to this. An engine says what
// it can run (capabilities); the EngineSet checks a load's device and format
// and a request's task against them, so engines never see work they cannot do.
import {
  errors, TASK_OF_BODY, taskName,
  type DeviceKindName, type FinishReason, type IChatRequest, type IDetectSpeechRequest, type IEmbedRequest, type IRerankRequest, type ILoadedModel, type ITokenLogprob, type ISpeakRequest, type ITranscribeRequest, type Task,
} from '../proto/index.ts';

/** Model file formats an engine reads ("synthetic": no file, a path of parameters). */
export type ModelFormat = 'gguf' | 'onnx' | 'synthetic' | 'sphinx' | 'espeak';

/** What an engine kind can run, whatever is loaded now. */
export interface EngineCapabilities {
  /** Request bodies it serves (proto Task values). */
  readonly tasks: readonly Task[];
  readonly formats: readonly ModelFormat[];
  /** Device kinds it can run a model on (a declared device counts as its kind: see ModelDevice.simulated). */
  readonly devices: readonly DeviceKindName[];
  /** Whether it returns token log probabilities (ChatRequest.logprobs); a request asking an engine without them is refused, never answered without them. */
  readonly logprobs?: boolean;
}

/** The device a model must run on: the one the replica plan assigned (its memory is reserved there). */
export interface ModelDevice {
  kind: DeviceKindName;
  index: number;
  /**
   * The device is declared (WEFT_DEVICES), not detected: the work really runs
   * on the CPU underneath, and the engine must not ask for the accelerator.
   */
  simulated: boolean;
}

/** Where a model runs when nothing assigned it a device: the detected CPU. */
export const CPU_DEVICE: Readonly<ModelDevice> = Object.freeze({ kind: 'cpu', index: 0, simulated: false });

export interface ModelSpec {
  name: string;
  path: string;
  /** Context size per sequence, in tokens. */
  contextSize: number;
  /** Concurrent sequences (continuous batching). */
  slots: number;
  /** Jinja chat template overriding the file's own. */
  chatTemplate?: string;
  /** Engine to serve it with (an ENGINE name); DEFAULT_ENGINE when unset. */
  engine?: string;
  /** The file's format, when the caller knows it (the catalog does); checked against the engine's. */
  format?: ModelFormat;
  /** The device to run it on; CPU_DEVICE when unset. */
  device?: ModelDevice;
  /**
   * Memory the catalog expects a replica to take, in bytes (reserved on its
   * device while it loads). Engines report what they really took in
   * ILoadedModel.memoryBytes; the synthetic engine, which takes nothing,
   * reports this figure so simulated fleets account memory like real ones.
   */
  memoryBytes?: number;
}

/** A request's body, by task: the `body` oneof of GenerateRequest. */
export type GenerateBody =
  | { task: 'chat'; chat: IChatRequest }
  | { task: 'embed'; embed: IEmbedRequest }
  | { task: 'rerank'; rerank: IRerankRequest }
  | { task: 'transcribe'; transcribe: ITranscribeRequest }
  | { task: 'speak'; speak: ISpeakRequest }
  | { task: 'detectSpeech'; detectSpeech: IDetectSpeechRequest };

export interface GenerateInput {
  requestId: string;
  model: string;
  body: GenerateBody;
}

/** One embedding: the vector of the input at `index` of the request's inputs. */
export interface EmbeddingItem {
  index: number;
  vector: number[];
}

/** A document's relevance to the query, in (0, 1), with the document's index. */
export interface RerankScoreItem {
  index: number;
  score: number;
}

/**
 * What generate() yields: output as it is produced (text deltas for chat
 * and transcribe, embeddings for embed, pcm16 audio for speak, speech
 * probabilities for detectSpeech), then exactly one finish.
 */
export type EngineEvent =
  /** `logprobs`: with ChatRequest.logprobs, one entry per token of `text`. */
  | { type: 'delta'; text: string; tokens: number; logprobs?: ITokenLogprob[] }
  /** One complete tool call of a chat answer (`arguments`: JSON text). */
  | { type: 'toolCall'; index: number; id: string; name: string; arguments: string }
  | { type: 'embeddings'; items: EmbeddingItem[] }
  | { type: 'scores'; items: RerankScoreItem[] }
  /** pcm16 mono little-endian samples at `sampleRate`. */
  | { type: 'audio'; pcm: Uint8Array; sampleRate: number }
  /** One probability per whole window; `state` continues the stream. */
  | { type: 'speech'; probabilities: number[]; windowSamples: number; state: Uint8Array }
  | {
      type: 'finish';
      reason: FinishReason;
      usage: { promptTokens: number; completionTokens: number };
      timing: { queueMs: number; timeToFirstTokenMs: number; totalMs: number };
    };

export interface Engine {
  /** Stable engine name, an ENGINE value (proto/tasks.ts) for the fabric's engines. */
  readonly name: string;
  readonly capabilities: EngineCapabilities;
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
  /**
   * Whether this engine can really run models on a DETECTED accelerator of
   * this machine: it loads its backend for `device` (and keeps it for the
   * loads to come). Resolves undefined when it can, else why not. Engines
   * without accelerator backends leave it out. Discovery advertises an
   * accelerator's engines only when this says yes.
   */
  probe?(device: ModelDevice): Promise<string | undefined>;
  dispose(): Promise<void>;
}

/** What `engine` runs, for errors: "chat, embed". */
export function tasksOf(engine: Pick<Engine, 'capabilities'>): string {
  return engine.capabilities.tasks.map(taskName).join(', ') || 'nothing';
}

/** Throws UNSUPPORTED, naming the model, the task and what it runs, when `engine` cannot serve the input's body. */
export function checkTask(engine: Pick<Engine, 'name' | 'capabilities'>, input: GenerateInput): void {
  const task = input.body.task;
  if (!engine.capabilities.tasks.includes(TASK_OF_BODY[task])) {
    throw errors.unsupported(`The model '${input.model}' cannot run ${task} requests: it runs ${tasksOf(engine)} (engine ${engine.name}).`, 'model');
  }
  if (input.body.task === 'chat' && input.body.chat.logprobs && !engine.capabilities.logprobs) {
    throw errors.unsupported(`logprobs are not supported for the model '${input.model}': its engine (${engine.name}) does not compute token probabilities.`, 'logprobs');
  }
}
