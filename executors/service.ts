// The Executor gRPC service over one engine. It owns the per-request abort
// controllers (cancel by call or by id) and the counters Describe reports.
// It speaks contract v1: a request's body oneof becomes the engine's
// GenerateInput, and a request it cannot read (a newer contract, a body
// kind it does not know) is refused with UNSUPPORTED naming what it runs.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  CONTRACT_VERSION, deviceLabel, errors, FinishReason, kindName, WeftError,
  type GenerateRequest, type IExecutorInfo, type IGenerateChunk,
} from '../proto/index.ts';
import { toGrpcError, type ExecutorServer } from '../proto/grpc.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { extractGrpc } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import type { Logger } from '../observability/logger.ts';
import type { EmbeddingItem, GenerateBody, ModelSpec, RerankScoreItem } from './engine.ts';
import type { EngineSet } from './engine-set.ts';
import { modelDevice } from './model-device.ts';
import { DeltaCoalescer } from './delta-coalescer.ts';

export interface ExecutorServiceDeps {
  engine: EngineSet;
  log: Logger;
  /** Describes this executor (identity, devices, counters). */
  info(): IExecutorInfo;
  /** Model defaults applied to LoadModel requests that leave them unset. */
  defaults: { contextSize: number; slots: number };
  /** A label for spans: the devices this executor runs on (used when a model's own device is unknown). */
  deviceLabel: string;
  /** This executor's id, for spans. */
  executorId?: string;
  /** Deltas of one stream within this window are sent as one chunk. */
  coalesceMs: number;
  /** Called when a request of `model` starts and when it ends (idle tracking). */
  onUse?(model: string): void;
}

export interface ExecutorRuntime {
  /** Abort controllers of running requests, by request id. */
  readonly running: Map<string, AbortController>;
  readonly implementation: ExecutorServer;
}

/**
 * The engine's input body of a request, or UNSUPPORTED when this executor
 * cannot read it: a newer contract, or no body it knows (protobufjs drops a
 * oneof member of a newer contract, so `body` is then unset).
 */
export function bodyOf(req: GenerateRequest, runs: string): GenerateBody {
  const version = req.contractVersion ?? 0;
  if (version > CONTRACT_VERSION) {
    throw errors.unsupported(`This executor speaks contract version ${CONTRACT_VERSION}; the request is version ${version}. It runs: ${runs}.`);
  }
  switch (req.body) {
    case 'chat': return { task: 'chat', chat: req.chat! };
    case 'embed': return { task: 'embed', embed: req.embed! };
    case 'rerank': return { task: 'rerank', rerank: req.rerank! };
    case 'transcribe': return { task: 'transcribe', transcribe: req.transcribe! };
    case 'speak': return { task: 'speak', speak: req.speak! };
    case 'detectSpeech': return { task: 'detectSpeech', detectSpeech: req.detectSpeech! };
    default: throw errors.unsupported(`The request carries no body this executor knows; it runs: ${runs}.`, 'body');
  }
}

/** gen_ai.operation.name of each task (OpenTelemetry's names where it has them). */
const OPERATION: Record<string, string> = { chat: 'chat', embed: 'embeddings', rerank: 'rerank', transcribe: 'transcribe', speak: 'speak', detectSpeech: 'detect_speech' };

/**
 * Output tokens per second of the decode phase: the tokens after the first
 * over the time after the first token. Undefined when there is no decode
 * phase to measure (one token or none, or no time after the first).
 */
export function decodeTokensPerSecond(completionTokens: number, timing: { queueMs: number; timeToFirstTokenMs: number; totalMs: number }): number | undefined {
  // Engines measure the first token from taking a slot, the total from the request's start.
  const decodeMs = timing.totalMs - timing.queueMs - timing.timeToFirstTokenMs;
  if (completionTokens < 2 || decodeMs <= 0) return undefined;
  return Math.round(((completionTokens - 1) / decodeMs) * 1000 * 10) / 10;
}

export function createExecutorService(deps: ExecutorServiceDeps): ExecutorRuntime {
  const { engine, log } = deps;
  const running = new Map<string, AbortController>();

  async function generate(call: ServerWritableStream<GenerateRequest, IGenerateChunk>): Promise<void> {
    const req = call.request;
    // The replica's own device (a model is placed on one), else every device of this executor.
    const replica = engine.models().find((m) => m.name === req.model);
    const span = tracer().startSpan(SpanNames.executorGenerate, {
      kind: SpanKind.SERVER,
      attributes: {
        [Attr.requestId]: req.requestId, [Attr.model]: req.model, [Attr.engine]: engine.engineOf(req.model) ?? '',
        [Attr.genAiOperation]: OPERATION[req.body ?? ''] ?? String(req.body ?? ''), [Attr.genAiRequestModel]: req.model,
        [Attr.device]: replica?.deviceKind ? deviceLabel(replica.deviceKind, replica.deviceIndex) : deps.deviceLabel,
        [Attr.deviceKind]: (replica?.deviceKind ? kindName(replica.deviceKind) : undefined) ?? 'unknown',
        ...(deps.executorId ? { [Attr.executorId]: deps.executorId } : {}),
      },
    }, extractGrpc(call.metadata));
    const ac = new AbortController();
    const onCancel = () => ac.abort(errors.cancelled('the caller cancelled'));
    call.on('cancelled', onCancel);
    const deltas = new DeltaCoalescer(deps.coalesceMs, (text, tokens, logprobs) => call.write({ delta: { text, tokens, logprobs } }));
    // Embeddings and rerank scores are the whole output of their request: they ride on the final.
    let pendingEmbeddings: EmbeddingItem[] = [];
    let pendingScores: RerankScoreItem[] = [];
    try {
      if (req.deadlineUnixMs > 0 && Date.now() >= req.deadlineUnixMs) throw errors.deadline('deadline passed before the executor started');
      const body = bodyOf(req, engine.describeTasks());
      if (running.has(req.requestId)) throw errors.invalid(`request ${req.requestId} is already running`);
      running.set(req.requestId, ac);
      deps.onUse?.(req.model);
      const deadlineTimer = req.deadlineUnixMs > 0
        ? setTimeout(() => ac.abort(errors.deadline()), req.deadlineUnixMs - Date.now())
        : undefined;
      try {
        for await (const ev of engine.generate({ requestId: req.requestId, model: req.model, body }, ac.signal)) {
          if (ev.type === 'embeddings') {
            pendingEmbeddings = pendingEmbeddings.concat(ev.items);
            continue;
          }
          if (ev.type === 'scores') {
            pendingScores = pendingScores.concat(ev.items);
            continue;
          }
          if (ev.type === 'delta') {
            deltas.push(ev.text, ev.tokens, ev.logprobs);
            continue;
          }
          // Audio and speech probabilities go out as they come (one output
          // per chunk: text before them first), never held for coalescing.
          if (ev.type === 'audio') {
            deltas.flush();
            call.write({ audio: { data: ev.pcm, format: 'pcm16', sampleRate: ev.sampleRate } });
            continue;
          }
          if (ev.type === 'speech') {
            deltas.flush();
            call.write({ speech: { probabilities: ev.probabilities, windowSamples: ev.windowSamples, state: ev.state } });
            continue;
          }
          if (ev.type === 'toolCall') {
            deltas.flush();
            call.write({ toolCall: { index: ev.index, id: ev.id, name: ev.name, arguments: ev.arguments } });
            continue;
          }
          deltas.cancelTimer();
          span.setAttributes({
            [Attr.tokensIn]: ev.usage.promptTokens, [Attr.tokensOut]: ev.usage.completionTokens,
            [Attr.ttftMs]: ev.timing.timeToFirstTokenMs, [Attr.queueWaitMs]: ev.timing.queueMs, [Attr.generateMs]: ev.timing.totalMs,
            [Attr.finishReason]: FinishReason[ev.reason] ?? String(ev.reason), [Attr.genAiResponseModel]: req.model,
          });
          const tps = decodeTokensPerSecond(ev.usage.completionTokens ?? 0, ev.timing);
          if (tps !== undefined) span.setAttribute(Attr.tokensPerSecond, tps);
          // A deadline abort is an error for the caller, not a normal finish.
          if (ev.reason === FinishReason.FINISH_REASON_CANCELLED && WeftError.is(ac.signal.reason)) throw ac.signal.reason;
          // One output per chunk (a oneof): text that meets embeddings goes out first.
          if (pendingEmbeddings.length > 0 || pendingScores.length > 0) deltas.flush();
          const last = deltas.take();
          call.write({
            ...(pendingEmbeddings.length > 0 ? { embeddings: { items: pendingEmbeddings } }
              : pendingScores.length > 0 ? { scores: { items: pendingScores } }
              : last ? { delta: last } : {}),
            final: { finishReason: ev.reason, usage: ev.usage, timing: ev.timing },
          });
          pendingEmbeddings = [];
          pendingScores = [];
        }
      } finally {
        clearTimeout(deadlineTimer);
      }
      call.end();
    } catch (err) {
      const g = toGrpcError(err);
      span.setStatus({ code: SpanStatusCode.ERROR, message: g.details });
      if (!call.cancelled) call.emit('error', g);
      if (!WeftError.is(err)) log.error('generate failed', { requestId: req.requestId, err });
    } finally {
      deltas.cancelTimer();
      call.off('cancelled', onCancel);
      if (running.get(req.requestId) === ac) {
        running.delete(req.requestId);
        deps.onUse?.(req.model);
      }
      span.end();
    }
  }

  async function loadModel(...[call, cb]: Parameters<ExecutorServer['LoadModel']>): Promise<void> {
    const r = call.request;
    try {
      const spec: ModelSpec = {
        name: r.name, path: r.path, engine: r.engine || undefined,
        contextSize: r.contextSize || deps.defaults.contextSize,
        slots: r.slots || deps.defaults.slots,
        ...(r.chatTemplate ? { chatTemplate: r.chatTemplate } : {}),
      };
      // The device the plan assigned; unspecified: the engine's default (the CPU).
      if (r.deviceKind) {
        const device = modelDevice(deps.info().devices ?? [], r.deviceKind, r.deviceIndex);
        if (!device) throw errors.invalid(`this executor has no device ${deviceLabel(r.deviceKind, r.deviceIndex)}`, 'device');
        spec.device = device;
      }
      const model = await engine.load(spec);
      log.info('model loaded', { model: spec.name, path: spec.path, contextSize: model.contextSize, slots: spec.slots });
      cb(null, { model });
    } catch (err) {
      cb(toGrpcError(err));
    }
  }

  const implementation: ExecutorServer = {
    Describe: (_call, cb) => cb(null, deps.info()),
    Generate: generate,
    Cancel: (call, cb) => {
      const ac = running.get(call.request.requestId);
      ac?.abort(errors.cancelled('cancelled by id'));
      cb(null, { found: ac !== undefined });
    },
    LoadModel: loadModel,
    UnloadModel: (call, cb) => {
      engine.unload(call.request.name).then((unloaded) => cb(null, { unloaded }), (err) => cb(toGrpcError(err)));
    },
  };
  return { running, implementation };
}
