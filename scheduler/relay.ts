// Runs one attempt of a request on an executor: the gRPC Generate call,
// relayed to the request's reply subject. A streaming client gets chunks as
// they come; a non-streaming one gets the whole answer in one frame at the
// end (fewer messages, and a preempted attempt leaves nothing to take back).
// An attempt that fails before anything reached the client is retried
// elsewhere; a preempted one is restarted; anything else ends the request.
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { errors, fromGrpcError, type GenerateChunk, type IReplyFrame, type WeftError } from '../proto/index.ts';
import type { Logger } from '../observability/logger.ts';
import { Attr, SpanNames } from '../observability/names.ts';
import { injectGrpc } from '../observability/propagation.ts';
import { tracer } from '../observability/telemetry.ts';
import type { ExecutorClients } from './executor-clients.ts';
import { MAX_ATTEMPTS, type Job } from './job.ts';
import type { ExecutorEntry, ExecutorRegistry } from '../cluster/registry.ts';

export interface RelayDeps {
  clients: ExecutorClients;
  registry: ExecutorRegistry;
  log: Logger;
  reply(job: Job, frame: IReplyFrame): void;
  /** Ends the request (with an error frame unless it was cancelled). */
  finish(job: Job, error?: WeftError): void;
  /** Requeues the request from scratch. */
  restart(job: Job): void;
  /** A slot of `model` is free again. */
  slotFreed(model: string): void;
}

export function relay(deps: RelayDeps, job: Job, executor: ExecutorEntry): void {
  const { clients, registry, log, reply, finish, restart } = deps;
  const { req } = job;
  job.state = 'running';
  job.executor = executor;
  job.attempts++;
  job.span.setAttributes({ [Attr.queueWaitMs]: Date.now() - job.receivedAt, [Attr.executorId]: executor.info.executorId });
  log.debug('dispatch', { requestId: req.requestId, executorId: executor.info.executorId, tenant: req.tenant, attempt: job.attempts });
  registry.addInflight(executor, req.model, 1);
  const grpcSpan = tracer().startSpan(SpanNames.grpcGenerate, {
    kind: SpanKind.CLIENT,
    attributes: { 'rpc.system': 'grpc', 'rpc.service': 'weft.v1.Executor', 'rpc.method': 'Generate', 'server.address': executor.info.grpcAddress },
  }, job.ctx);
  const md = new Metadata();
  injectGrpc(md, trace.setSpan(job.ctx, grpcSpan));
  const call = clients.generate(executor.info.grpcAddress, {
    requestId: req.requestId, model: req.model, chat: req.chat,
    deadlineUnixMs: req.deadlineUnixMs, priority: req.priority, tenant: req.tenant,
  }, md);
  job.call = call;
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    registry.addInflight(executor, req.model, -1);
    job.call = undefined;
    queueMicrotask(() => deps.slotFreed(req.model));
    return true;
  };
  call.on('data', (chunk: GenerateChunk) => {
    job.tokens += chunk.delta?.tokens ?? 0;
    if (req.stream) {
      job.streamed = true;
      reply(job, { requestId: req.requestId, chunk });
      return;
    }
    // A non-streaming client gets the whole answer in one frame: fewer
    // messages, and a preempted attempt leaves nothing to take back.
    job.text += chunk.delta?.text ?? '';
    if (chunk.final) reply(job, { requestId: req.requestId, chunk: { delta: { text: job.text, tokens: job.tokens }, final: chunk.final } });
  });
  call.on('end', () => {
    if (!settle()) return;
    grpcSpan.end();
    finish(job);
  });
  call.on('error', (err: ServiceError) => {
    if (!settle()) return;
    grpcSpan.setStatus({ code: SpanStatusCode.ERROR, message: err.details || err.message });
    grpcSpan.end();
    if (job.cancelled || job.state === 'done') return finish(job, errors.cancelled());
    if (job.preempted) {
      job.preempted = false;
      job.attempts--; // making room for realtime work is not the request's failure
      return restart(job);
    }
    const retryable = !job.streamed && job.attempts < MAX_ATTEMPTS
      && (err.code === GrpcStatus.UNAVAILABLE || err.code === GrpcStatus.RESOURCE_EXHAUSTED
        // The replica was unloaded (idle TTL) between a heartbeat and this dispatch.
        || err.code === GrpcStatus.NOT_FOUND || (err.code === GrpcStatus.CANCELLED && !registry.executors.has(executor.info.executorId)));
    if (retryable) {
      log.warn('executor failed before streaming; retrying elsewhere', { requestId: req.requestId, executorId: executor.info.executorId, code: err.code, details: err.details });
      if (err.code === GrpcStatus.UNAVAILABLE) registry.remove(executor.info.executorId);
      return restart(job);
    }
    const e = err.code === GrpcStatus.CANCELLED
      ? errors.executorFailed(`executor ${executor.info.executorId} was lost while serving the request`)
      : fromGrpcError(err);
    log.warn('request failed on executor', { requestId: req.requestId, executorId: executor.info.executorId, code: err.code, details: err.details });
    finish(job, e);
  });
}
