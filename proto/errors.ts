// Errors as values with a code. The code is the ErrorCode of the wire
// contract, so an error keeps its meaning across NATS and gRPC; the gateway
// maps codes to HTTP statuses and OpenAI error objects in one place.
import { status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { weft } from './generated/weft.js';

const Code = weft.v1.ErrorCode;
type Code = weft.v1.ErrorCode;

const MARK = Symbol.for('weft.error');

export class WeftError extends Error {
  readonly code: Code;
  /** Seconds a client should wait before retrying; 0 when not transient. */
  readonly retryAfterS: number;
  /** The request field at fault, for 400s. */
  readonly param: string | undefined;
  readonly [MARK] = true;

  constructor(code: Code, message: string, opts: { retryAfterS?: number; param?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'WeftError';
    this.code = code;
    this.retryAfterS = opts.retryAfterS ?? 0;
    this.param = opts.param;
  }

  static is(value: unknown): value is WeftError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARK] === true;
  }

  /** The wire form, for a ReplyFrame. */
  toInfo(): weft.v1.IErrorInfo {
    return { code: this.code, message: this.message, retryAfterS: this.retryAfterS };
  }

  static fromInfo(info: weft.v1.IErrorInfo): WeftError {
    return new WeftError(info.code ?? Code.ERROR_CODE_INTERNAL, info.message ?? 'unknown error', {
      retryAfterS: info.retryAfterS ?? 0,
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
};

/** ErrorCode ↔ gRPC status, both ways, so an executor's failure keeps its meaning. */
const toGrpc = new Map<Code, GrpcStatus>([
  [Code.ERROR_CODE_INVALID_REQUEST, GrpcStatus.INVALID_ARGUMENT],
  [Code.ERROR_CODE_MODEL_NOT_FOUND, GrpcStatus.NOT_FOUND],
  [Code.ERROR_CODE_NO_CAPACITY, GrpcStatus.RESOURCE_EXHAUSTED],
  [Code.ERROR_CODE_DEADLINE_EXCEEDED, GrpcStatus.DEADLINE_EXCEEDED],
  [Code.ERROR_CODE_CANCELLED, GrpcStatus.CANCELLED],
  [Code.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED, GrpcStatus.OUT_OF_RANGE],
  [Code.ERROR_CODE_INTERNAL, GrpcStatus.INTERNAL],
  [Code.ERROR_CODE_EXECUTOR_FAILED, GrpcStatus.INTERNAL],
  [Code.ERROR_CODE_INSUFFICIENT_MEMORY, GrpcStatus.RESOURCE_EXHAUSTED],
]);
const fromGrpc = new Map<number, Code>([
  [GrpcStatus.INVALID_ARGUMENT, Code.ERROR_CODE_INVALID_REQUEST],
  [GrpcStatus.NOT_FOUND, Code.ERROR_CODE_MODEL_NOT_FOUND],
  [GrpcStatus.RESOURCE_EXHAUSTED, Code.ERROR_CODE_NO_CAPACITY],
  [GrpcStatus.DEADLINE_EXCEEDED, Code.ERROR_CODE_DEADLINE_EXCEEDED],
  [GrpcStatus.CANCELLED, Code.ERROR_CODE_CANCELLED],
  [GrpcStatus.OUT_OF_RANGE, Code.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED],
]);

export function toGrpcError(err: unknown): Partial<ServiceError> & { code: GrpcStatus; details: string } {
  const e = WeftError.is(err) ? err : errors.internal(err instanceof Error ? err.message : String(err), err);
  return { code: toGrpc.get(e.code) ?? GrpcStatus.INTERNAL, details: e.message };
}

/** A failed gRPC call as a WeftError; transport failures become EXECUTOR_FAILED. */
export function fromGrpcError(err: { code?: number; details?: string; message?: string }): WeftError {
  const code = err.code === undefined ? undefined : fromGrpc.get(err.code);
  const message = err.details || err.message || 'executor call failed';
  return code === undefined ? errors.executorFailed(`executor failed: ${message}`, err) : new WeftError(code, message, { cause: err });
}
