// The one place errors become HTTP: every WeftError code and every
// gateway-only failure maps to a status and an OpenAI error object
// {"error":{"message","type","param","code"}}. Shared by the gateway (its
// answers) and the batch runner in the scheduler (the error lines of a
// batch's error file carry the status and body the endpoint would answer).
import { ErrorCode, WeftError } from '../proto/index.ts';

/** Failures that exist only at the HTTP edge (auth, body size, routes). */
export class HttpError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, opts: { type?: string; code?: string | null; param?: string | null; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.type = opts.type ?? 'invalid_request_error';
    this.code = opts.code ?? null;
    this.param = opts.param ?? null;
    this.headers = opts.headers ?? {};
  }
}

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface MappedError {
  status: number;
  body: OpenAIErrorBody;
  headers: Record<string, string>;
}

const BY_CODE: Record<number, { status: number; type: string; code: string | null }> = {
  [ErrorCode.ERROR_CODE_INVALID_REQUEST]: { status: 400, type: 'invalid_request_error', code: 'invalid_value' },
  [ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED]: { status: 400, type: 'invalid_request_error', code: 'context_length_exceeded' },
  [ErrorCode.ERROR_CODE_UNSUPPORTED]: { status: 400, type: 'invalid_request_error', code: 'unsupported' },
  [ErrorCode.ERROR_CODE_MODEL_NOT_FOUND]: { status: 404, type: 'invalid_request_error', code: 'model_not_found' },
  [ErrorCode.ERROR_CODE_QUEUE_FULL]: { status: 429, type: 'rate_limit_error', code: 'queue_full' },
  [ErrorCode.ERROR_CODE_INTERNAL]: { status: 500, type: 'server_error', code: 'internal_error' },
  [ErrorCode.ERROR_CODE_EXECUTOR_FAILED]: { status: 502, type: 'server_error', code: 'executor_failed' },
  [ErrorCode.ERROR_CODE_NO_CAPACITY]: { status: 503, type: 'server_error', code: 'no_capacity' },
  [ErrorCode.ERROR_CODE_INSUFFICIENT_MEMORY]: { status: 507, type: 'server_error', code: 'insufficient_memory' },
  [ErrorCode.ERROR_CODE_CANCELLED]: { status: 503, type: 'server_error', code: 'cancelled' },
  [ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED]: { status: 504, type: 'timeout_error', code: 'deadline_exceeded' },
};

/** Names of the NATS client's errors that mean the bus is not reachable right now (a request timed out, the connection is down or closing). */
const NATS_UNAVAILABLE = new Set(['TimeoutError', 'ConnectionError', 'ClosedConnectionError', 'DrainingConnectionError', 'NoResponders', 'RequestError']);

export function toOpenAIError(err: unknown): MappedError {
  if (err instanceof HttpError) {
    return { status: err.status, headers: err.headers, body: { error: { message: err.message, type: err.type, param: err.param, code: err.code } } };
  }
  if (WeftError.is(err)) {
    const m = BY_CODE[err.code] ?? BY_CODE[ErrorCode.ERROR_CODE_INTERNAL]!;
    const headers: Record<string, string> = err.retryAfterS > 0 ? { 'Retry-After': String(err.retryAfterS) } : {};
    return { status: m.status, headers, body: { error: { message: err.message, type: m.type, param: err.param ?? null, code: m.code } } };
  }
  if (err instanceof Error && NATS_UNAVAILABLE.has(err.name)) {
    // NATS restarting or unreachable for a moment: worth trying again shortly.
    return { status: 503, headers: { 'Retry-After': '1' }, body: { error: { message: 'The service is briefly unavailable (its message bus is reconnecting); try again shortly.', type: 'server_error', param: null, code: 'service_unavailable' } } };
  }
  return { status: 500, headers: {}, body: { error: { message: 'Internal server error.', type: 'server_error', param: null, code: 'internal_error' } } };
}
