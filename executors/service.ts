// The Executor gRPC service over one engine. It owns the per-request abort
// controllers (cancel by call or by id) and the counters Describe reports.
import { Metadata, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  errors, FinishReason, toGrpcError, WeftError,
  type GenerateRequest, type IExecutorInfo, type IGenerateChunk, type LoadModelRequest,
} from '../proto/index.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { extractGrpc } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import type { Logger } from '../observability/logger.ts';
import type { ModelSpec } from './engine.ts';
import type { EngineSet } from './engine-set.ts';

export interface ExecutorServiceDeps {
  engine: EngineSet;
  log: Logger;
  /** Describes this executor (identity, devices, counters). */
  info(): IExecutorInfo;
  /** Model defaults applied to LoadModel requests that leave them unset. */
  defaults: { contextSize: number; slots: number };
  /** A label for spans: the device this executor runs on. */
  deviceLabel: string;
  /** Deltas of one stream within this window are sent as one chunk. */
  coalesceMs: number;
  /** Called when a request of `model` starts and when it ends (idle tracking). */
  onUse?(model: string): void;
}

export interface ExecutorRuntime {
  /** Abort controllers of running requests, by request id. */
  readonly running: Map<string, AbortController>;
  readonly implementation: UntypedServiceImplementation;
}

export function createExecutorService(deps: ExecutorServiceDeps): ExecutorRuntime {
  const { engine, log } = deps;
  const running = new Map<string, AbortController>();

  async function generate(call: ServerWritableStream<GenerateRequest, IGenerateChunk>): Promise<void> {
    const req = call.request;
    const span = tracer().startSpan(SpanNames.executorGenerate, {
      kind: SpanKind.SERVER,
      attributes: { [Attr.requestId]: req.requestId, [Attr.model]: req.model, [Attr.engine]: engine.engineOf(req.model) ?? '', [Attr.device]: deps.deviceLabel },
    }, extractGrpc(call.metadata));
    const ac = new AbortController();
    const onCancel = () => ac.abort(errors.cancelled('the caller cancelled'));
    call.on('cancelled', onCancel);
    // Every message costs a wake-up at each hop (gRPC, NATS, SSE), so the
    // deltas of a stream are coalesced: the first goes out on the next tick
    // (where it may still meet the finish of a 1-token answer), later ones
    // at most every coalesceMs, and the last rides on the finish chunk.
    let pendingText = '';
    let pendingTokens = 0;
    let flushTimer: NodeJS.Timeout | NodeJS.Immediate | undefined;
    let sentFirst = false;
    const cancelFlush = () => {
      clearTimeout(flushTimer as NodeJS.Timeout);
      clearImmediate(flushTimer as NodeJS.Immediate);
      flushTimer = undefined;
    };
    const flush = () => {
      flushTimer = undefined;
      if (pendingTokens === 0 && pendingText === '') return;
      call.write({ delta: { text: pendingText, tokens: pendingTokens } });
      pendingText = '';
      pendingTokens = 0;
    };
    try {
      if (req.deadlineUnixMs > 0 && Date.now() >= req.deadlineUnixMs) throw errors.deadline('deadline passed before the executor started');
      if (!req.chat) throw errors.invalid('the request carries no chat body');
      if (running.has(req.requestId)) throw errors.invalid(`request ${req.requestId} is already running`);
      running.set(req.requestId, ac);
      deps.onUse?.(req.model);
      const deadlineTimer = req.deadlineUnixMs > 0
        ? setTimeout(() => ac.abort(errors.deadline()), req.deadlineUnixMs - Date.now())
        : undefined;
      try {
        for await (const ev of engine.generate({ requestId: req.requestId, model: req.model, chat: req.chat }, ac.signal)) {
          if (ev.type === 'delta') {
            pendingText += ev.text;
            pendingTokens += ev.tokens;
            if (flushTimer === undefined) {
              flushTimer = !sentFirst || deps.coalesceMs === 0 ? setImmediate(flush) : setTimeout(flush, deps.coalesceMs);
              sentFirst = true;
            }
            continue;
          }
          cancelFlush();
          span.setAttributes({
            [Attr.tokensIn]: ev.usage.promptTokens, [Attr.tokensOut]: ev.usage.completionTokens,
            [Attr.ttftMs]: ev.timing.timeToFirstTokenMs, [Attr.queueWaitMs]: ev.timing.queueMs,
            [Attr.finishReason]: FinishReason[ev.reason] ?? String(ev.reason),
          });
          // A deadline abort is an error for the caller, not a normal finish.
          if (ev.reason === FinishReason.FINISH_REASON_CANCELLED && WeftError.is(ac.signal.reason)) throw ac.signal.reason;
          call.write({
            ...(pendingTokens > 0 || pendingText !== '' ? { delta: { text: pendingText, tokens: pendingTokens } } : {}),
            final: { finishReason: ev.reason, usage: ev.usage, timing: ev.timing },
          });
          pendingText = '';
          pendingTokens = 0;
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
      cancelFlush();
      call.off('cancelled', onCancel);
      if (running.get(req.requestId) === ac) {
        running.delete(req.requestId);
        deps.onUse?.(req.model);
      }
      span.end();
    }
  }

  async function loadModel(call: ServerUnaryCall<LoadModelRequest, unknown>, cb: sendUnaryData<unknown>): Promise<void> {
    const r = call.request;
    const spec: ModelSpec = {
      name: r.name, path: r.path, engine: r.engine || undefined,
      contextSize: r.contextSize || deps.defaults.contextSize,
      slots: r.slots || deps.defaults.slots,
      ...(r.chatTemplate ? { chatTemplate: r.chatTemplate } : {}),
    };
    try {
      const model = await engine.load(spec);
      log.info('model loaded', { model: spec.name, path: spec.path, contextSize: model.contextSize, slots: spec.slots });
      cb(null, { model });
    } catch (err) {
      cb(toGrpcError(err));
    }
  }

  const implementation: UntypedServiceImplementation = {
    Describe: (_call: ServerUnaryCall<unknown, unknown>, cb: sendUnaryData<IExecutorInfo>) => cb(null, deps.info()),
    Generate: generate,
    Cancel: (call: ServerUnaryCall<{ requestId: string }, unknown>, cb: sendUnaryData<unknown>) => {
      const ac = running.get(call.request.requestId);
      ac?.abort(errors.cancelled('cancelled by id'));
      cb(null, { found: ac !== undefined });
    },
    LoadModel: loadModel,
    UnloadModel: (call: ServerUnaryCall<{ name: string }, unknown>, cb: sendUnaryData<unknown>) => {
      engine.unload(call.request.name).then((unloaded) => cb(null, { unloaded }), (err) => cb(toGrpcError(err)));
    },
  };
  return { running, implementation };
}
