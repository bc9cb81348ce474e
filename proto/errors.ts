// Errors as values with a code. The code is the ErrorCode of the wire
// contract, so an error keeps its meaning across NATS and gRPC; the gateway
// maps codes to HTTP statuses and OpenAI error objects in one place.
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { grpcTrailers } from './subjects.ts';
import { weft } from './generated/weft.js';

const Code = weft.v1.ErrorCode;
type Code = weft.v1.ErrorCode;

const MARK = Symbol.for('weft.error');

/** Codes whose requests may succeed when tried again, elsewhere or later. */
const RETRYABLE = new Set<Code>([Code.ERROR_CODE_NO_CAPACITY, Code.ERROR_CODE_QUEUE_FULL, Code.ERROR_CODE_EXECUTOR_FAILED]);

export class WeftError extends Error {
  readonly code: Code;
  /** Seconds a client should wait before retrying; 0 when not transient. */
  readonly retryAfterS: number;
  /** Whether the same request may succeed if tried again (elsewhere or later). */
  readonly retryable: boolean;
  /** The request field at fault, for 400s. */
  readonly param: string | undefined;
  readonly [MARK] = true;

  constructor(code: Code, message: string, opts: { retryAfterS?: number; retryable?: boolean; param?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'WeftError';
    this.code = code;
    this.retryAfterS = opts.retryAfterS ?? 0;
    this.retryable = opts.retryable ?? RETRYABLE.has(code);
    this.param = opts.param;
  }

  static is(value: unknown): value is WeftError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARK] === true;
  }

  /** The wire form, for a ReplyFrame. */
  toInfo(): weft.v1.IErrorInfo {
    return { code: this.code, message: this.message, retryAfterS: this.retryAfterS, retryable: this.retryable };
  }

  static fromInfo(info: weft.v1.IErrorInfo): WeftError {
    const code = info.code ?? Code.ERROR_CODE_INTERNAL;
    return new WeftError(code, info.message ?? 'unknown error', {
      retryAfterS: info.retryAfterS ?? 0, retryable: info.retryable ?? RETRYABLE.has(code),
    });
  }
}

export const errors = {
  invalid: (message: string, param?: string) => new WeftError(Code.ERROR_CODE_INVALID_REQUEST, message, { param }),
  modelNotFound: (model: string) =>
    new WeftError(Code.ERROR_CODE_MODEL_NOT_FOUND, `The model '${model}' does not exist or is not served here.`, { param: 'model' }),
  noCapacity: (message: string, retryAfterS = 1) => new WeftError(Code.ERROR_CODE_NO_CAPACITY, message, { retryAfterS }),
  deadline: (message = 'The request deadline passed before it completed.') => new WeftError(Code.ERROR_CODE_DEADLINE_EXCEEDED, message),
  executorFailed: (message: string, cause?: unknown) => new WeftError(Code.ERROR_CODE_EXECUTOR_FAILED, message, { cause }),
  cancelled: (message = 'The request was cancelled.') => new WeftError(Code.ERROR_CODE_CANCELLED, message),
  internal: (message: string, cause?: unknown) => new WeftError(Code.ERROR_CODE_INTERNAL, message, { cause }),
  queueFull: (message: string, retryAfterS = 1) => new WeftError(Code.ERROR_CODE_QUEUE_FULL, message, { retryAfterS }),
  contextLength: (message: string) => new WeftError(Code.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED, message, { param: 'messages' }),
  insufficientMemory: (message: string) => new WeftError(Code.ERROR_CODE_INSUFFICIENT_MEMORY, message, { param: 'model' }),
  unsupported: (message: string, param?: string) => new WeftError(Code.ERROR_CODE_UNSUPPORTED, message, { param }),
};

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
