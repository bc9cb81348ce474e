// Runs one attempt of a request on an executor: the gRPC Generate call,
// its chunks and its end passed to the dispatcher (core/dispatcher.ts),
// which decides what a failure means. The gRPC status is read here only
// to say what kind of failure it was.
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
import { fromGrpcError } from '../proto/grpc.ts';
import { CONTRACT_VERSION, errors, type GenerateChunk, type IGenerateRequest, type InferenceRequest } from '../proto/index.ts';
import { injectGrpc } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import { SpanNames } from '../observability/names.ts';
import type { ExecutorClients } from './executor-clients.ts';
import type { ExecutorEntry } from '../cluster/registry.ts';
import type { AttemptEvents, AttemptFailure, Runner, RunningAttempt } from './core/ports.ts';

/** What kind of failure a gRPC status is, for the dispatcher's retry decision. */
function failureKind(code: GrpcStatus): AttemptFailure['kind'] {
  switch (code) {
    case GrpcStatus.UNAVAILABLE: return 'unreachable';
    // Full, or the replica was unloaded (idle TTL) between a heartbeat and this dispatch.
    case GrpcStatus.RESOURCE_EXHAUSTED:
    case GrpcStatus.NOT_FOUND: return 'refused';
    case GrpcStatus.CANCELLED: return 'cancelled';
    default: return 'failed';
  }
}

export class GrpcRunner implements Runner {
  private readonly clients: ExecutorClients;

  constructor(clients: ExecutorClients) {
    this.clients = clients;
  }

  run(req: InferenceRequest, executor: ExecutorEntry, ctx: Context, events: AttemptEvents): RunningAttempt {
    const grpcSpan = tracer().startSpan(SpanNames.grpcGenerate, {
      kind: SpanKind.CLIENT,
      attributes: { 'rpc.system': 'grpc', 'rpc.service': 'weft.v1.Executor', 'rpc.method': 'Generate', 'server.address': executor.info.grpcAddress },
    }, ctx);
    const md = new Metadata();
    injectGrpc(md, trace.setSpan(ctx, grpcSpan));
    const generate: IGenerateRequest = {
      requestId: req.requestId, model: req.model,
      deadlineUnixMs: req.deadlineUnixMs, priority: req.priority, tenant: req.tenant, contractVersion: CONTRACT_VERSION,
    };
    // The body goes as it came, whichever task it is.
    if (req.chat) generate.chat = req.chat;
    if (req.embed) generate.embed = req.embed;
    if (req.rerank) generate.rerank = req.rerank;
    if (req.transcribe) generate.transcribe = req.transcribe;
    if (req.speak) generate.speak = req.speak;
    if (req.detectSpeech) generate.detectSpeech = req.detectSpeech;
    const call = this.clients.generate(executor.info.grpcAddress, generate, md);
    let settled = false;
    call.on('data', (chunk: GenerateChunk) => {
      if (!settled) events.chunk(chunk);
    });
    call.on('end', () => {
      if (settled) return;
      settled = true;
      grpcSpan.end();
      events.end();
    });
    call.on('error', (err: ServiceError) => {
      if (settled) return;
      settled = true;
      grpcSpan.setStatus({ code: SpanStatusCode.ERROR, message: err.details || err.message });
      grpcSpan.end();
      const kind = failureKind(err.code);
      events.error({
        kind,
        error: kind === 'cancelled'
          ? errors.executorFailed(`executor ${executor.info.executorId} was lost while serving the request`)
          : fromGrpcError(err),
        detail: { code: err.code, details: err.details },
      });
    });
    return { cancel: () => call.cancel() };
  }
}
