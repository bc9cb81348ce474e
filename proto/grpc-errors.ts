// WeftErrors across gRPC: each ErrorCode's status, with the exact code,
// retryability and Retry-After in trailers. Beside proto/grpc.ts, out of
// proto/index.ts, so that processes without gRPC do not load grpc-js.
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { weft } from './generated/weft.js';
import { errors, WeftError } from './errors.ts';
import { grpcTrailers } from './subjects.ts';

const Code = weft.v1.ErrorCode;
type Code = weft.v1.ErrorCode;

/**
 * Every ErrorCode's gRPC status. Several codes share a status, so the exact
 * code, retryability and Retry-After also travel in trailers; the status
 * alone is read (fromGrpc) only when they are missing: a failure of the
 * transport, or a peer that does not send them.
 */
const toGrpc: Record<Code, GrpcStatus> = {
  [Code.ERROR_CODE_UNSPECIFIED]: GrpcStatus.UNKNOWN,
  [Code.ERROR_CODE_INVALID_REQUEST]: GrpcStatus.INVALID_ARGUMENT,
  [Code.ERROR_CODE_MODEL_NOT_FOUND]: GrpcStatus.NOT_FOUND,
  [Code.ERROR_CODE_NO_CAPACITY]: GrpcStatus.RESOURCE_EXHAUSTED,
  [Code.ERROR_CODE_DEADLINE_EXCEEDED]: GrpcStatus.DEADLINE_EXCEEDED,
  // Not UNAVAILABLE: the scheduler takes that as the executor being gone.
  [Code.ERROR_CODE_EXECUTOR_FAILED]: GrpcStatus.INTERNAL,
  [Code.ERROR_CODE_CANCELLED]: GrpcStatus.CANCELLED,
  [Code.ERROR_CODE_QUEUE_FULL]: GrpcStatus.RESOURCE_EXHAUSTED,
  [Code.ERROR_CODE_INTERNAL]: GrpcStatus.INTERNAL,
  [Code.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED]: GrpcStatus.OUT_OF_RANGE,
  [Code.ERROR_CODE_INSUFFICIENT_MEMORY]: GrpcStatus.RESOURCE_EXHAUSTED,
  [Code.ERROR_CODE_UNSUPPORTED]: GrpcStatus.UNIMPLEMENTED,
};
const fromGrpc = new Map<number, Code>([
  [GrpcStatus.INVALID_ARGUMENT, Code.ERROR_CODE_INVALID_REQUEST],
  [GrpcStatus.NOT_FOUND, Code.ERROR_CODE_MODEL_NOT_FOUND],
  [GrpcStatus.RESOURCE_EXHAUSTED, Code.ERROR_CODE_NO_CAPACITY],
  [GrpcStatus.DEADLINE_EXCEEDED, Code.ERROR_CODE_DEADLINE_EXCEEDED],
  [GrpcStatus.CANCELLED, Code.ERROR_CODE_CANCELLED],
  [GrpcStatus.OUT_OF_RANGE, Code.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED],
  [GrpcStatus.UNIMPLEMENTED, Code.ERROR_CODE_UNSUPPORTED],
]);

/** The gRPC status of an ErrorCode. */
export function grpcStatusOf(code: Code): GrpcStatus {
  return toGrpc[code] ?? GrpcStatus.INTERNAL;
}

/** A failure as a gRPC error: its status, message and the trailers that keep its exact meaning. */
export function toGrpcError(err: unknown): Partial<ServiceError> & { code: GrpcStatus; details: string; metadata: Metadata } {
  const e = WeftError.is(err) ? err : errors.internal(err instanceof Error ? err.message : String(err), err);
  const metadata = new Metadata();
  metadata.set(grpcTrailers.errorCode, String(e.code));
  metadata.set(grpcTrailers.retryable, e.retryable ? '1' : '0');
  if (e.retryAfterS > 0) metadata.set(grpcTrailers.retryAfterS, String(e.retryAfterS));
  return { code: grpcStatusOf(e.code), details: e.message, metadata };
}

/**
 * A failed gRPC call as a WeftError: from its trailers when the executor sent
 * them, else from the status; a transport failure (UNAVAILABLE, or a status
 * no code maps to) is EXECUTOR_FAILED.
 */
export function fromGrpcError(err: { code?: number; details?: string; message?: string; metadata?: Metadata }): WeftError {
  const message = err.details || err.message || 'executor call failed';
  const trailer = (k: string) => {
    const v = err.metadata?.get(k)[0];
    return v === undefined ? undefined : String(v);
  };
  const sent = Number(trailer(grpcTrailers.errorCode));
  if (Number.isInteger(sent) && sent > 0 && sent in Code) {
    // An executor's internal failure is, to its caller, a failed executor.
    const code = sent === Code.ERROR_CODE_INTERNAL ? Code.ERROR_CODE_EXECUTOR_FAILED : sent as Code;
    return new WeftError(code, message, {
      retryable: trailer(grpcTrailers.retryable) === '1', retryAfterS: Number(trailer(grpcTrailers.retryAfterS)) || 0, cause: err,
    });
  }
  const code = err.code === undefined ? undefined : fromGrpc.get(err.code);
  return code === undefined ? errors.executorFailed(`executor failed: ${message}`, err) : new WeftError(code, message, { cause: err });
}
