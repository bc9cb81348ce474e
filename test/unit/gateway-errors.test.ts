// The one place errors become HTTP: each code has one status and one OpenAI
// error object {"error":{"message","type","param","code"}}.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, errors, WeftError } from '../../proto/index.ts';
import { HttpError, toOpenAIError } from '../../openai/errors.ts';

const ALL_CODES = Object.values(ErrorCode).filter((v): v is ErrorCode => typeof v === 'number');

const DOCUMENTED: [ErrorCode, number, string, string][] = [
  [ErrorCode.ERROR_CODE_INVALID_REQUEST, 400, 'invalid_request_error', 'invalid_value'],
  [ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED, 400, 'invalid_request_error', 'context_length_exceeded'],
  [ErrorCode.ERROR_CODE_MODEL_NOT_FOUND, 404, 'invalid_request_error', 'model_not_found'],
  [ErrorCode.ERROR_CODE_QUEUE_FULL, 429, 'rate_limit_error', 'queue_full'],
  [ErrorCode.ERROR_CODE_INTERNAL, 500, 'server_error', 'internal_error'],
  [ErrorCode.ERROR_CODE_UNSPECIFIED, 500, 'server_error', 'internal_error'],
  [ErrorCode.ERROR_CODE_EXECUTOR_FAILED, 502, 'server_error', 'executor_failed'],
  [ErrorCode.ERROR_CODE_NO_CAPACITY, 503, 'server_error', 'no_capacity'],
  [ErrorCode.ERROR_CODE_INSUFFICIENT_MEMORY, 507, 'server_error', 'insufficient_memory'],
  [ErrorCode.ERROR_CODE_UNSUPPORTED, 400, 'invalid_request_error', 'unsupported'],
  [ErrorCode.ERROR_CODE_CANCELLED, 503, 'server_error', 'cancelled'],
  [ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED, 504, 'timeout_error', 'deadline_exceeded'],
];

describe('toOpenAIError for WeftErrors', () => {
  test('the table covers every ErrorCode', () => {
    assert.deepEqual(DOCUMENTED.map(([c]) => c).sort(), [...ALL_CODES].sort());
  });

  for (const [code, status, type, openaiCode] of DOCUMENTED) {
    test(`${ErrorCode[code]} → ${status} ${type} / ${openaiCode}`, () => {
      const m = toOpenAIError(new WeftError(code, `message ${code}`, { param: 'p' }));
      assert.equal(m.status, status);
      assert.deepEqual(m.body, { error: { message: `message ${code}`, type, param: 'p', code: openaiCode } });
      assert.deepEqual(m.headers, {});
    });
  }

  test('context_length_exceeded is a 400 naming messages', () => {
    const m = toOpenAIError(errors.contextLength('The prompt is 5000 tokens; the context holds 4096.'));
    assert.equal(m.status, 400);
    assert.equal(m.body.error.code, 'context_length_exceeded');
    assert.equal(m.body.error.param, 'messages');
  });

  test('param is null when the error names no field', () => {
    assert.equal(toOpenAIError(errors.internal('x')).body.error.param, null);
  });

  test('Retry-After is set, in whole seconds, when retryAfterS > 0', () => {
    assert.deepEqual(toOpenAIError(errors.noCapacity('busy', 3)).headers, { 'Retry-After': '3' });
    assert.deepEqual(toOpenAIError(new WeftError(ErrorCode.ERROR_CODE_QUEUE_FULL, 'full', { retryAfterS: 1 })).headers, { 'Retry-After': '1' });
  });

  test('no Retry-After when retryAfterS is 0', () => {
    assert.deepEqual(toOpenAIError(errors.noCapacity('busy', 0)).headers, {});
    assert.deepEqual(toOpenAIError(errors.deadline()).headers, {});
  });
});

describe('toOpenAIError for other errors', () => {
  test('an HttpError passes through: status, type, code, param, message and headers', () => {
    const e = new HttpError(413, 'Request body too large.', { type: 'invalid_request_error', code: 'body_too_large', param: 'body', headers: { Connection: 'close' } });
    assert.deepEqual(toOpenAIError(e), {
      status: 413,
      headers: { Connection: 'close' },
      body: { error: { message: 'Request body too large.', type: 'invalid_request_error', param: 'body', code: 'body_too_large' } },
    });
  });

  test('an HttpError defaults to invalid_request_error with null code and param', () => {
    assert.deepEqual(toOpenAIError(new HttpError(401, 'nope')), {
      status: 401, headers: {}, body: { error: { message: 'nope', type: 'invalid_request_error', param: null, code: null } },
    });
  });

  test('anything else is a 500 that does not leak its message', () => {
    for (const err of [new Error('ECONNREFUSED 10.0.0.3:4222 secret=hunter2'), new TypeError('x is undefined'), 'raw string', undefined, null, { message: 'obj' }]) {
      const m = toOpenAIError(err);
      assert.equal(m.status, 500);
      assert.deepEqual(m.headers, {});
      assert.deepEqual(m.body, { error: { message: 'Internal server error.', type: 'server_error', param: null, code: 'internal_error' } });
    }
  });

  test('the NATS client failing to reach the bus (a request timed out, the connection down) is a 503 to retry, without its message', () => {
    for (const name of ['TimeoutError', 'ConnectionError', 'ClosedConnectionError', 'NoResponders']) {
      const err = Object.assign(new Error('nats://10.0.0.3:4222 secret'), { name });
      assert.deepEqual(toOpenAIError(err), {
        status: 503, headers: { 'Retry-After': '1' },
        body: { error: { message: 'The service is briefly unavailable (its message bus is reconnecting); try again shortly.', type: 'server_error', param: null, code: 'service_unavailable' } },
      });
    }
  });
});
