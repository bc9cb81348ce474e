// WeftError: an error value with a wire code that keeps its meaning across
// NATS (ErrorInfo) and gRPC (status codes).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ErrorCode, errors, WeftError } from '../../proto/index.ts';
import { fromGrpcError, toGrpcError } from '../../proto/grpc.ts';

const ALL_CODES = Object.values(ErrorCode).filter((v): v is ErrorCode => typeof v === 'number');

describe('WeftError.is', () => {
  test('recognises WeftErrors, whatever made them', () => {
    assert.equal(WeftError.is(new WeftError(ErrorCode.ERROR_CODE_INTERNAL, 'x')), true);
    for (const make of Object.values(errors)) assert.equal(WeftError.is((make as (m: string) => WeftError)('m')), true);
  });

  test('is a duck check on the global symbol mark, so a WeftError from another copy of the module is recognised', () => {
    // Another copy of proto/errors.ts (a second install, a bundled dependency)
    // defines another class but marks its instances with the same
    // Symbol.for('weft.error'); instanceof would fail here, the mark does not.
    const MARK: unique symbol = Symbol.for('weft.error');
    class ForeignWeftError extends Error {
      readonly code = ErrorCode.ERROR_CODE_NO_CAPACITY;
      readonly [MARK] = true;
    }
    const foreign = new ForeignWeftError('busy');
    assert.equal(foreign instanceof WeftError, false);
    assert.equal(WeftError.is(foreign), true);
    assert.equal(WeftError.is({ [Symbol.for('weft.error')]: true }), true);
  });

  test('rejects everything else, including look-alikes without the mark', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'WeftError', code: ErrorCode.ERROR_CODE_INTERNAL, retryAfterS: 0 });
    for (const v of [undefined, null, 0, 'WeftError', new Error('x'), lookalike, { code: 1 },
      { [Symbol('weft.error')]: true }, { [Symbol.for('weft.error')]: 'true' }, { 'weft.error': true }]) {
      assert.equal(WeftError.is(v), false, String(v));
    }
  });

  test('carries code, message, retryAfterS, param and cause', () => {
    const cause = new Error('root');
    const e = new WeftError(ErrorCode.ERROR_CODE_NO_CAPACITY, 'busy', { retryAfterS: 3, param: 'model', cause });
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'WeftError');
    assert.equal(e.code, ErrorCode.ERROR_CODE_NO_CAPACITY);
    assert.equal(e.message, 'busy');
    assert.equal(e.retryAfterS, 3);
    assert.equal(e.param, 'model');
    assert.equal(e.cause, cause);
    const plain = new WeftError(ErrorCode.ERROR_CODE_INTERNAL, 'x');
    assert.equal(plain.retryAfterS, 0);
    assert.equal(plain.param, undefined);
  });
});

describe('toInfo / fromInfo', () => {
  test('round-trips code, message and retryAfterS for every code', () => {
    for (const code of ALL_CODES) {
      const e = new WeftError(code, `failure ${code}`, { retryAfterS: code });
      const back = WeftError.fromInfo(e.toInfo());
      assert.equal(WeftError.is(back), true);
      assert.equal(back.code, code);
      assert.equal(back.message, `failure ${code}`);
      assert.equal(back.retryAfterS, code);
    }
  });

  test('toInfo is exactly the ErrorInfo wire fields', () => {
    assert.deepEqual(errors.noCapacity('busy', 2).toInfo(), { code: ErrorCode.ERROR_CODE_NO_CAPACITY, message: 'busy', retryAfterS: 2, retryable: true });
  });

  test('an empty ErrorInfo becomes an INTERNAL error with a message', () => {
    const e = WeftError.fromInfo({});
    assert.equal(e.code, ErrorCode.ERROR_CODE_INTERNAL);
    assert.equal(e.message, 'unknown error');
    assert.equal(e.retryAfterS, 0);
  });
});

describe('toGrpcError / fromGrpcError', () => {
  // What each code becomes on the wire (its status), what the caller makes of
  // it from the trailers the executor sends, and from the status alone (a
  // peer that sends no trailers).
  const MAPPING: [ErrorCode, GrpcStatus, ErrorCode, ErrorCode][] = [
    [ErrorCode.ERROR_CODE_INVALID_REQUEST, GrpcStatus.INVALID_ARGUMENT, ErrorCode.ERROR_CODE_INVALID_REQUEST, ErrorCode.ERROR_CODE_INVALID_REQUEST],
    [ErrorCode.ERROR_CODE_MODEL_NOT_FOUND, GrpcStatus.NOT_FOUND, ErrorCode.ERROR_CODE_MODEL_NOT_FOUND, ErrorCode.ERROR_CODE_MODEL_NOT_FOUND],
    [ErrorCode.ERROR_CODE_NO_CAPACITY, GrpcStatus.RESOURCE_EXHAUSTED, ErrorCode.ERROR_CODE_NO_CAPACITY, ErrorCode.ERROR_CODE_NO_CAPACITY],
    [ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED, GrpcStatus.DEADLINE_EXCEEDED, ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED, ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED],
    [ErrorCode.ERROR_CODE_CANCELLED, GrpcStatus.CANCELLED, ErrorCode.ERROR_CODE_CANCELLED, ErrorCode.ERROR_CODE_CANCELLED],
    [ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED, GrpcStatus.OUT_OF_RANGE, ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED, ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED],
    [ErrorCode.ERROR_CODE_UNSUPPORTED, GrpcStatus.UNIMPLEMENTED, ErrorCode.ERROR_CODE_UNSUPPORTED, ErrorCode.ERROR_CODE_UNSUPPORTED],
    // An executor's internal failure is, to its caller, a failed executor.
    [ErrorCode.ERROR_CODE_INTERNAL, GrpcStatus.INTERNAL, ErrorCode.ERROR_CODE_EXECUTOR_FAILED, ErrorCode.ERROR_CODE_EXECUTOR_FAILED],
    [ErrorCode.ERROR_CODE_EXECUTOR_FAILED, GrpcStatus.INTERNAL, ErrorCode.ERROR_CODE_EXECUTOR_FAILED, ErrorCode.ERROR_CODE_EXECUTOR_FAILED],
    // Codes that share a status keep their identity only through the trailers.
    [ErrorCode.ERROR_CODE_INSUFFICIENT_MEMORY, GrpcStatus.RESOURCE_EXHAUSTED, ErrorCode.ERROR_CODE_INSUFFICIENT_MEMORY, ErrorCode.ERROR_CODE_NO_CAPACITY],
    [ErrorCode.ERROR_CODE_QUEUE_FULL, GrpcStatus.RESOURCE_EXHAUSTED, ErrorCode.ERROR_CODE_QUEUE_FULL, ErrorCode.ERROR_CODE_NO_CAPACITY],
    [ErrorCode.ERROR_CODE_UNSPECIFIED, GrpcStatus.UNKNOWN, ErrorCode.ERROR_CODE_EXECUTOR_FAILED, ErrorCode.ERROR_CODE_EXECUTOR_FAILED],
  ];

  test('the table covers every ErrorCode', () => {
    assert.deepEqual(MAPPING.map(([c]) => c).sort(), [...ALL_CODES].sort());
  });

  for (const [code, grpc, back, statusOnly] of MAPPING) {
    test(`${ErrorCode[code]} → gRPC ${GrpcStatus[grpc]} → ${ErrorCode[back]} (status alone: ${ErrorCode[statusOnly]})`, () => {
      const wire = toGrpcError(new WeftError(code, `why ${code}`, { retryAfterS: 7 }));
      assert.equal(wire.code, grpc);
      assert.equal(wire.details, `why ${code}`);
      const received = fromGrpcError({ ...wire, message: `${wire.code} ${GrpcStatus[grpc]}: ${wire.details}` });
      assert.equal(WeftError.is(received), true);
      assert.equal(received.code, back);
      assert.match(received.message, new RegExp(`why ${code}`));
      if (back === code) assert.equal(received.retryAfterS, 7, 'Retry-After survives the hop');
      const { metadata: _trailers, ...bare } = wire;
      assert.equal(fromGrpcError(bare).code, statusOnly);
    });
  }

  test('retryability travels with the error: transient codes are retryable, others not, and an explicit choice wins', () => {
    const hop = (e: WeftError) => fromGrpcError(toGrpcError(e));
    assert.equal(hop(errors.noCapacity('busy')).retryable, true);
    assert.equal(hop(errors.queueFull('full')).retryable, true);
    assert.equal(hop(errors.invalid('bad')).retryable, false);
    assert.equal(hop(errors.contextLength('long')).retryable, false);
    assert.equal(hop(new WeftError(ErrorCode.ERROR_CODE_INVALID_REQUEST, 'x', { retryable: true })).retryable, true);
    assert.equal(WeftError.fromInfo(errors.noCapacity('busy', 3).toInfo()).retryable, true);
  });

  test('a thrown non-WeftError goes out as INTERNAL with its message', () => {
    const a = toGrpcError(new TypeError('boom'));
    assert.equal(a.code, GrpcStatus.INTERNAL);
    assert.equal(a.details, 'boom');
    assert.equal(toGrpcError('text').details, 'text');
    assert.equal(fromGrpcError(a).code, ErrorCode.ERROR_CODE_EXECUTOR_FAILED);
  });

  test('a transport failure (UNAVAILABLE) becomes EXECUTOR_FAILED, keeping the cause', () => {
    const err = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: GrpcStatus.UNAVAILABLE, details: 'No connection established',
    });
    const e = fromGrpcError(err);
    assert.equal(e.code, ErrorCode.ERROR_CODE_EXECUTOR_FAILED);
    assert.match(e.message, /No connection established/);
    assert.equal(e.cause, err);
  });

  test('other statuses without a Weft meaning also become EXECUTOR_FAILED', () => {
    for (const code of [GrpcStatus.UNKNOWN, GrpcStatus.INTERNAL, GrpcStatus.DATA_LOSS, GrpcStatus.UNAUTHENTICATED, undefined]) {
      assert.equal(fromGrpcError({ code, details: 'd' }).code, ErrorCode.ERROR_CODE_EXECUTOR_FAILED, String(code));
    }
  });

  test('the message falls back from details to message to a fixed text', () => {
    assert.equal(fromGrpcError({ code: GrpcStatus.NOT_FOUND, details: 'd', message: 'm' }).message, 'd');
    assert.equal(fromGrpcError({ code: GrpcStatus.NOT_FOUND, details: '', message: 'm' }).message, 'm');
    assert.equal(fromGrpcError({ code: GrpcStatus.NOT_FOUND }).message, 'executor call failed');
  });
});
