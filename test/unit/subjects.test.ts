// NATS names: model names and ids are user input, so every token built
// from them must be inert (no '.', '*', '>' or whitespace) and reversible;
// and every subject, queue group and bucket belongs to one cluster, so
// fabrics sharing a NATS server never share a name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clusterToken, decodeToken, encodeToken, fabricNames, PRIORITY_CLASSES, PriorityClass, type FabricNames,
} from '../../proto/subjects.ts';

const { subjects } = fabricNames('test');

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
        assert.equal(subject.split('.').length, 6, 'a request subject has exactly six tokens: weft.<cluster>.v1.infer.<class>.<model>');
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
      '', 'weft', 'weft.test', 'weft.test.v1', 'weft.test.v1.infer', 'weft.test.v1.infer.realtime',
      'weft.test.v1.infer.urgent.model', // unknown class
      'weft.test.v2.infer.realtime.model', // other version
      'other.test.v1.infer.realtime.model',
      'weft.test.v1.reply.realtime.model',
      'weft.test.v1.infer.realtime.model.extra', // seven tokens
      'weft.v1.infer.realtime.model', // unscoped, as before clusters
      'weft.other.v1.infer.realtime.model', // another cluster
      subjects.heartbeat, subjects.discover, subjects.cancel('s1'), subjects.reply('gw', 'r1'),
    ];
    for (const s of foreign) assert.equal(subjects.parseRequest(s), undefined, s);
  });

  test('parseRequest rejects a request subject whose model token is not valid percent-encoding', () => {
    // Anyone on the bus may publish under weft.<cluster>.v1.infer.<class>.*; a malformed
    // token must be refused, not thrown from the subscription callback.
    for (const token of ['%ZZ', 'a%', '%C3', '%E2%82']) {
      assert.doesNotThrow(() => subjects.parseRequest(`weft.test.v1.infer.realtime.${token}`));
      assert.equal(subjects.parseRequest(`weft.test.v1.infer.realtime.${token}`), undefined, token);
    }
  });
});

describe('reply subjects', () => {
  test("a request's reply subject matches its gateway's wildcard, token for token, and gives back its request id and attempt", () => {
    for (const gatewayId of ['gw-host-1', 'gw.with.dots', 'gw *>', '']) {
      for (const requestId of ['req_1', 'r.1', '>', 'ü']) {
        for (const attempt of [1, 2, 17]) {
          const subject = subjects.reply(gatewayId, requestId, attempt);
          const reply = subject.split('.');
          const all = subjects.replyAll(gatewayId).split('.');
          assert.equal(reply.length, 7, 'weft.<cluster>.v1.reply.<gateway>.<request>.<attempt>');
          assert.equal(all.length, reply.length, 'the wildcard has as many tokens as the subject');
          assert.deepEqual(all.slice(-2), ['*', '*'], 'request and attempt are single-token wildcards');
          assert.deepEqual(reply.slice(0, -2), all.slice(0, -2));
          for (const t of reply) assertInertToken(t);
          assert.deepEqual(subjects.parseReply(subject), { requestId, attempt });
        }
      }
    }
    assert.equal(subjects.reply('gw', 'r'), subjects.reply('gw', 'r', 1), 'the first attempt is 1');
    for (const bad of ['weft.test.v1.reply.gw.r', 'weft.test.v1.reply.gw.r.0', 'weft.test.v1.reply.gw.r.x', 'weft.other.v1.reply.gw.r.1', 'weft.test.v1.reply.gw.%ZZ.1']) {
      assert.equal(subjects.parseReply(bad), undefined, bad);
    }
  });

  test("one gateway's wildcard does not match another gateway's replies", () => {
    const a = subjects.replyAll('gw-a').split('.');
    const b = subjects.reply('gw-b', 'r1').split('.');
    assert.notDeepEqual(a.slice(0, -2), b.slice(0, -2));
  });

  test('cancel subjects carry the scheduler id as one inert token', () => {
    const parts = subjects.cancel('sched.host *').split('.');
    assert.equal(parts.length, 5);
    assertInertToken(parts[4]!);
    assert.equal(decodeToken(parts[4]!), 'sched.host *');
  });
});

/**
 * Every name one fabric uses: each subject (those built from arguments with
 * sample ones; a subject added to fabricNames() is covered without editing
 * this list), the queue group and each bucket.
 */
function everyName(names: FabricNames): { subjects: string[]; subscriptions: string[]; queueGroups: string[]; buckets: string[] } {
  const out = { subjects: [] as string[], subscriptions: [] as string[], queueGroups: [names.schedulerQueueGroup], buckets: [...Object.values(names.buckets), ...Object.values(names.streams)] };
  for (const [key, value] of Object.entries(names.subjects)) {
    if (key === 'parseRequest' || key === 'parseReply') continue;
    const built: string[] = typeof value === 'string' ? [value]
      : key === 'batchJob' ? [(value as (id: string) => string)('batch_1.*')]
        : PRIORITY_CLASSES.map((p) => (value as (a: string, b: string) => string)(p, 'model-1'));
    for (const s of built) (s.split('.').some((t) => t === '*' || t === '>') ? out.subscriptions : out.subjects).push(s);
  }
  return out;
}

/** Whether a NATS subscription subject (with * and > wildcards) matches a subject. */
function matches(subscription: string, subject: string): boolean {
  const pat = subscription.split('.');
  const sub = subject.split('.');
  for (let i = 0; i < pat.length; i++) {
    if (pat[i] === '>') return sub.length > i;
    if (i >= sub.length || (pat[i] !== '*' && pat[i] !== sub[i])) return false;
  }
  return pat.length === sub.length;
}

const BUCKET = /^[A-Za-z0-9_-]+$/;

describe('cluster scoping', () => {
  const CLUSTERS = ['home-3f2a9c1b7d4e', 'team-a', 'team_a', 'a.b', 'a b', '*', '>', 'ünï', 'a_5Fb', '中文', 'x'.repeat(64)];

  test('a cluster name becomes a token valid in subjects and in bucket and stream names, distinct per name', () => {
    const tokens = CLUSTERS.map(clusterToken);
    for (const t of tokens) {
      assertInertToken(t);
      assert.match(t, BUCKET);
    }
    assert.equal(new Set(tokens).size, CLUSTERS.length);
    assert.equal(clusterToken('team-a'), 'team-a', 'letters, digits and - stay readable');
  });

  test('every subject, subscription, queue group and bucket carries the cluster', () => {
    for (const cluster of CLUSTERS) {
      const c = clusterToken(cluster);
      const names = everyName(fabricNames(cluster));
      assert.ok(names.subjects.length >= 8 && names.subscriptions.length >= 3, 'every kind of subject is enumerated');
      for (const s of [...names.subjects, ...names.subscriptions]) {
        assert.equal(s.split('.')[1], c, `${s}: the second token is the cluster`);
        assert.ok(s.startsWith(`weft.${c}.v1.`), s);
      }
      for (const q of names.queueGroups) assert.ok(q.includes(c) && !/[\s.*>]/.test(q), q);
      for (const kind of ['catalog', 'replicas']) assert.ok(kind in fabricNames(cluster).buckets, kind);
      for (const b of names.buckets) {
        assert.match(b, BUCKET, `${b} is a valid bucket name`);
        assert.ok(b.includes(c), `${b} carries the cluster`);
      }
    }
  });

  test('two clusters share no name, and neither one\'s subscriptions match the other\'s subjects', () => {
    for (const [a, b] of [['team-a', 'team-b'], ['a', 'a-b'], ['x', 'x_'], ['home-1', 'home-12']]) {
      const na = everyName(fabricNames(a!));
      const nb = everyName(fabricNames(b!));
      const all = (n: typeof na) => [...n.subjects, ...n.subscriptions, ...n.queueGroups, ...n.buckets];
      for (const name of all(na)) assert.ok(!all(nb).includes(name), `${a} and ${b} both use ${name}`);
      for (const [x, y] of [[na, nb], [nb, na]] as const) {
        for (const sub of x.subscriptions) for (const s of y.subjects) assert.ok(!matches(sub, s), `${sub} matches ${s}`);
      }
      for (const s of nb.subjects) assert.equal(fabricNames(a!).subjects.parseRequest(s), undefined, s);
    }
  });

  test('a fabric\'s subscriptions do match its own subjects', () => {
    const n = fabricNames('team-a');
    for (const p of PRIORITY_CLASSES) assert.ok(matches(n.subjects.requestAll(p), n.subjects.request(p, 'qwen2.5:7b')));
    assert.ok(matches(n.subjects.replyAll('gw 1'), n.subjects.reply('gw 1', 'r.1')));
  });
});
