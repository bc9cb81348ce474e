// The structured logger: one line per event, JSON (time, level, component,
// msg, then meta) or pretty; lines below the level are dropped.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, type LoggerOptions } from '../../observability/logger.ts';

function capture(component: string, opts: LoggerOptions = {}) {
  const lines: string[] = [];
  const log = createLogger(component, { level: 'debug', format: 'json', ...opts, write: (l) => lines.push(l) });
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { log, lines, records };
}

describe('createLogger, JSON format', () => {
  test('a line carries time, level, component and msg, then the meta fields', () => {
    const { log, lines, records } = capture('gateway');
    const before = Date.now();
    log.info('request served', { requestId: 'r1', status: 200, nested: { a: [1, 2] } });
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0]!, /\n/, 'one event, one line');
    const r = records()[0]!;
    assert.deepEqual(Object.keys(r), ['time', 'level', 'component', 'msg', 'requestId', 'status', 'nested']);
    assert.equal(r.level, 'info');
    assert.equal(r.component, 'gateway');
    assert.equal(r.msg, 'request served');
    assert.equal(r.requestId, 'r1');
    assert.equal(r.status, 200);
    assert.deepEqual(r.nested, { a: [1, 2] });
    assert.match(String(r.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const t = Date.parse(String(r.time));
    assert.ok(t >= before - 1 && t <= Date.now() + 1);
  });

  test('a line without meta has just the four fields', () => {
    const { log, records } = capture('sched');
    log.warn('no executors');
    assert.deepEqual(Object.keys(records()[0]!), ['time', 'level', 'component', 'msg']);
  });

  test('each method logs at its own level', () => {
    const { log, records } = capture('x');
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    assert.deepEqual(records().map((r) => [r.level, r.msg]), [['debug', 'd'], ['info', 'i'], ['warn', 'w'], ['error', 'e']]);
  });

  test('Error values in meta are serialized with name and message (and code when present)', () => {
    const { log, records } = capture('x');
    const sys = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4222'), { code: 'ECONNREFUSED' });
    log.error('failed', { err: new TypeError('bad thing'), sys, plain: 'text' });
    const r = records()[0]!;
    assert.deepEqual(r.err, { name: 'TypeError', message: 'bad thing' });
    assert.deepEqual(r.sys, { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:4222', code: 'ECONNREFUSED' });
    assert.equal(r.plain, 'text');
  });
});

describe('level filtering', () => {
  const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
  for (const [i, level] of LEVELS.entries()) {
    test(`at level ${level}, lines of ${LEVELS.slice(i).join('/')} are written and lower ones dropped`, () => {
      const { log, records } = capture('x', { level });
      for (const l of LEVELS) log[l](l);
      assert.deepEqual(records().map((r) => r.level), LEVELS.slice(i));
    });
  }

  test('without an explicit level, WEFT_LOG_LEVEL decides, and an unknown value means info', () => {
    const saved = process.env.WEFT_LOG_LEVEL;
    try {
      for (const [env, expected] of [['warn', ['warn', 'error']], ['nonsense', ['info', 'warn', 'error']]] as const) {
        process.env.WEFT_LOG_LEVEL = env;
        const lines: string[] = [];
        const log = createLogger('x', { format: 'json', write: (l) => lines.push(l) });
        for (const l of LEVELS) log[l](l);
        assert.deepEqual(lines.map((l) => JSON.parse(l).level), expected, `WEFT_LOG_LEVEL=${env}`);
      }
    } finally {
      if (saved === undefined) delete process.env.WEFT_LOG_LEVEL;
      else process.env.WEFT_LOG_LEVEL = saved;
    }
  });
});

describe('child loggers', () => {
  test('child() adds its meta to every line; call meta is added on top and wins', () => {
    const { log, records } = capture('executor');
    const child = log.child({ executorId: 'e1', model: 'tiny' });
    child.info('loaded', { ms: 12 });
    child.info('override', { model: 'other' });
    const [a, b] = records();
    assert.deepEqual({ ...a, time: undefined }, { time: undefined, level: 'info', component: 'executor', msg: 'loaded', executorId: 'e1', model: 'tiny', ms: 12 });
    assert.equal(b!.model, 'other');
  });

  test('children of children merge all their meta; the parent is unchanged', () => {
    const { log, records } = capture('x');
    log.child({ a: 1 }).child({ b: 2 }).child({ a: 3 }).warn('deep');
    log.warn('parent');
    const [deep, parent] = records();
    assert.equal(deep!.a, 3);
    assert.equal(deep!.b, 2);
    assert.deepEqual(Object.keys(parent!), ['time', 'level', 'component', 'msg']);
  });

  test('a child keeps the parent\'s level and component', () => {
    const { log, records } = capture('gw', { level: 'warn' });
    const child = log.child({ k: 'v' });
    child.info('dropped');
    child.error('kept');
    assert.deepEqual(records().map((r) => [r.component, r.msg]), [['gw', 'kept']]);
  });
});

describe('pretty format', () => {
  test('one human-readable line: time, level, component, msg, then key=value meta', () => {
    const lines: string[] = [];
    const log = createLogger('gateway', { level: 'info', format: 'pretty', write: (l) => lines.push(l) });
    log.child({ port: 8080 }).info('listening', { host: '127.0.0.1', err: new Error('x'), list: [1] });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^\d\d:\d\d:\d\d\.\d{3} info  gateway   listening port=8080 host=127\.0\.0\.1 err=\{"name":"Error","message":"x"\} list=\[1\]$/);
  });
});
