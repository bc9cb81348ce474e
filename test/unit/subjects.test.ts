// NATS subjects: model names and ids are user input, so every token built
// from them must be inert (no '.', '*', '>' or whitespace) and reversible.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeToken, encodeToken, PRIORITY_CLASSES, PriorityClass, subjects,
} from '../../proto/subjects.ts';

const HOSTILE = [
  'a.b', '*', '>', 'with space', 'ünï/cödé', '', '%41', '%', '%%', 'tab\there', 'new\nline',
  'a.*.>', 'qwen2.5:7b-instruct', 'emoji 🦙 llama', '中文模型', '\u0000nul', '..', 'a'.repeat(5000),
];

/** A token of one NATS subject: no separator, no wildcard, no whitespace, not empty. */
function assertInertToken(token: string) {
  assert.ok(token.length > 0, 'a token is never empty');
  assert.doesNotMatch(token, /[.*>\s]/, `token ${JSON.stringify(token.slice(0, 60))} holds a subject metacharacter`);
}

describe('encodeToken / decodeToken', () => {
  for (const name of HOSTILE) {
    test(`round-trips ${JSON.stringify(name.length > 40 ? `${name.slice(0, 10)}…(${name.length} chars)` : name)}`, () => {
      const token = encodeToken(name);
      assertInertToken(token);
      assert.equal(decodeToken(token), name);
    });
  }

  test('keeps [A-Za-z0-9_-] as they are', () => {
    assert.equal(encodeToken('Llama-3_8B'), 'Llama-3_8B');
  });

  test('percent-encodes every other UTF-8 byte as upper-case %HH', () => {
    assert.equal(encodeToken('a.b'), 'a%2Eb');
    assert.equal(encodeToken('ü'), '%C3%BC');
    assert.equal(encodeToken('%41'), '%2541');
  });

  test('distinct names never share a token', () => {
    const tokens = new Set(HOSTILE.map(encodeToken));
    assert.equal(tokens.size, new Set(HOSTILE).size);
  });
});

describe('request subjects', () => {
  for (const priority of PRIORITY_CLASSES) {
    test(`round-trip through parseRequest for the ${priority} class`, () => {
      for (const model of HOSTILE) {
        const subject = subjects.request(priority, model);
        assert.equal(subject.split('.').length, 5, 'a request subject has exactly five tokens');
        assert.deepEqual(subjects.parseRequest(subject), { priority, model });
      }
    });

    test(`a ${priority} request subject falls under requestAll(${priority}) and no other class`, () => {
      const subject = subjects.request(priority, 'a.b >');
      const all = subjects.requestAll(priority).split('.');
      const parts = subject.split('.');
      assert.equal(parts.length, all.length);
      assert.deepEqual(parts.slice(0, -1), all.slice(0, -1));
      assert.equal(all.at(-1), '*');
      for (const other of PRIORITY_CLASSES.filter((p) => p !== priority)) {
        assert.notDeepEqual(subjects.requestAll(other).split('.').slice(0, -1), parts.slice(0, -1));
      }
    });
  }

  test('the classes are realtime and batch', () => {
    assert.deepEqual([...PRIORITY_CLASSES], [PriorityClass.REALTIME, PriorityClass.BATCH]);
    assert.deepEqual([...PRIORITY_CLASSES], ['realtime', 'batch']);
  });

  test('parseRequest rejects subjects that are not request subjects', () => {
    const foreign = [
      '', 'weft', 'weft.v1', 'weft.v1.infer', 'weft.v1.infer.realtime',
      'weft.v1.infer.urgent.model', // unknown class
      'weft.v2.infer.realtime.model', // other version
      'other.v1.infer.realtime.model',
      'weft.v1.reply.realtime.model',
      'weft.v1.infer.realtime.model.extra', // six tokens
      subjects.heartbeat, subjects.discover, subjects.cancel('s1'), subjects.reply('gw', 'r1'),
    ];
    for (const s of foreign) assert.equal(subjects.parseRequest(s), undefined, s);
  });

  test('parseRequest rejects a request subject whose model token is not valid percent-encoding', () => {
    // Anyone on the bus may publish under weft.v1.infer.<class>.*; a malformed
    // token must be refused, not thrown from the subscription callback.
    for (const token of ['%ZZ', 'a%', '%C3', '%E2%82']) {
      assert.doesNotThrow(() => subjects.parseRequest(`weft.v1.infer.realtime.${token}`));
      assert.equal(subjects.parseRequest(`weft.v1.infer.realtime.${token}`), undefined, token);
    }
  });
});

describe('reply subjects', () => {
  test("a request's reply subject matches its gateway's wildcard, token for token", () => {
    for (const gatewayId of ['gw-host-1', 'gw.with.dots', 'gw *>', '']) {
      for (const requestId of ['req_1', 'r.1', '>', 'ü']) {
        const reply = subjects.reply(gatewayId, requestId).split('.');
        const all = subjects.replyAll(gatewayId).split('.');
        assert.equal(reply.length, 5, 'weft.v1.reply.<gateway>.<request>');
        assert.equal(all.length, reply.length, 'the wildcard has as many tokens as the subject');
        assert.equal(all.at(-1), '*', 'the last token is a single-token wildcard');
        assert.deepEqual(reply.slice(0, -1), all.slice(0, -1));
        for (const t of reply) assertInertToken(t);
        assert.equal(decodeToken(reply.at(-1)!), requestId, 'the request id is recovered from the last token');
      }
    }
  });

  test("one gateway's wildcard does not match another gateway's replies", () => {
    const a = subjects.replyAll('gw-a').split('.');
    const b = subjects.reply('gw-b', 'r1').split('.');
    assert.notDeepEqual(a.slice(0, -1), b.slice(0, -1));
  });

  test('cancel subjects carry the scheduler id as one inert token', () => {
    const parts = subjects.cancel('sched.host *').split('.');
    assert.equal(parts.length, 4);
    assertInertToken(parts[3]!);
    assert.equal(decodeToken(parts[3]!), 'sched.host *');
  });
});
