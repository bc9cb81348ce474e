// Errors as values with a code. The code is the ErrorCode of the wire
// contract, so an error keeps its meaning across NATS and gRPC; the gateway
// maps codes to HTTP statuses and OpenAI error objects in one place.
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
