// Tenants' rate limits as the gateway applies them: requests and tokens per
// minute are buckets holding a minute's worth that refill continuously,
// concurrent requests are counted until each ends, other gateways' reports
// count as if made here, and every refusal is an OpenAI 429 that names its
// limit and when to retry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from '../../openai/errors.ts';
import { parseKeysDoc } from '../../gateway/auth.ts';
import { REMOTE_IN_FLIGHT_TTL_MS, resetText, TenantLimiter } from '../../gateway/tenant-limits.ts';
import { parseTenants, policyFor, type TenantPolicy } from '../../gateway/tenant-policy.ts';
import { modelAllowed } from '../../catalog/model-access.ts';

function limiterWith(limits: Record<string, TenantPolicy>) {
  let now = 1_000_000;
  const refused: string[] = [];
  const table = new Map(Object.entries(limits));
  const limiter = new TenantLimiter({ policyOf: (t) => policyFor(table, t) }, { now: () => now, onRefused: (t, l) => refused.push(`${t}:${l}`) });
  return { limiter, refused, table, advance: (ms: number) => { now += ms; } };
}

/** The 429 `fn` throws. */
function refusal(fn: () => unknown): HttpError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof HttpError, String(err));
    return err;
  }
  assert.fail('expected a 429');
}

describe('requests per minute', () => {
  test('a burst of a minute\'s worth is admitted, the next is a 429 saying when to retry', () => {
    const { limiter, refused } = limiterWith({ acme: { requestsPerMinute: 3 } });
    const remaining = [1, 2, 3].map(() => limiter.admit('acme')!.headers['x-ratelimit-remaining-requests']);
    assert.deepEqual(remaining, ['2', '1', '0']);
    const err = refusal(() => limiter.admit('acme'));
    assert.equal(err.status, 429);
    assert.equal(err.code, 'rate_limit_exceeded');
    assert.equal(err.type, 'requests');
    assert.match(err.message, /tenant acme on requests per minute: limit 3\. Please try again in 20s\./);
    assert.equal(err.headers['retry-after'], '20');
    assert.equal(err.headers['retry-after-ms'], '20000');
    assert.equal(err.headers['x-ratelimit-limit-requests'], '3');
    assert.equal(err.headers['x-ratelimit-remaining-requests'], '0');
    assert.deepEqual(refused, ['acme:requests']);
  });

  test('the bucket refills continuously: one request per 60/limit seconds', () => {
    const { limiter, advance } = limiterWith({ acme: { requestsPerMinute: 3 } });
    for (let i = 0; i < 3; i++) limiter.admit('acme');
    advance(19_999);
    refusal(() => limiter.admit('acme'));
    advance(1);
    assert.ok(limiter.admit('acme'));
    refusal(() => limiter.admit('acme'));
  });

  test('a tenant without limits is not counted; another tenant\'s limit is not its own', () => {
    const { limiter } = limiterWith({ acme: { requestsPerMinute: 1 } });
    limiter.admit('acme');
    refusal(() => limiter.admit('acme'));
    for (let i = 0; i < 100; i++) assert.equal(limiter.admit('globex'), undefined);
    limiter.spend('globex', 1_000);
    assert.deepEqual(limiter.takeReport().map((r) => r.tenant), ['acme']);
  });

  test('"*" is the limit of every tenant without its own entry', () => {
    const { limiter } = limiterWith({ '*': { requestsPerMinute: 1 }, vip: { requestsPerMinute: 5 } });
    limiter.admit('a');
    refusal(() => limiter.admit('a'));
    limiter.admit('b');
    for (let i = 0; i < 5; i++) limiter.admit('vip');
    refusal(() => limiter.admit('vip'));
  });

  test('a lowered limit takes effect at once', () => {
    const { limiter, table } = limiterWith({ acme: { requestsPerMinute: 100 } });
    limiter.admit('acme');
    table.set('acme', { requestsPerMinute: 2 });
    assert.equal(limiter.admit('acme')!.headers['x-ratelimit-remaining-requests'], '1');
    limiter.admit('acme');
    refusal(() => limiter.admit('acme'));
  });
});

describe('tokens per minute', () => {
  test('tokens are taken when a request ends; past the limit the tenant waits for the bucket to refill', () => {
    const { limiter, advance, refused } = limiterWith({ acme: { tokensPerMinute: 600 } });
    const first = limiter.admit('acme')!;
    assert.equal(first.headers['x-ratelimit-remaining-tokens'], '600');
    limiter.spend('acme', 900);
    const err = refusal(() => limiter.admit('acme'));
    assert.equal(err.type, 'tokens');
    assert.match(err.message, /tokens per minute: limit 600, used 900\. Please try again in 31s\./);
    assert.equal(err.headers['retry-after'], '31');
    assert.equal(err.headers['x-ratelimit-remaining-tokens'], '0');
    advance(30_000);
    refusal(() => limiter.admit('acme'));
    advance(1_000);
    assert.equal(limiter.admit('acme')!.headers['x-ratelimit-remaining-tokens'], '10');
    assert.deepEqual(refused, ['acme:tokens', 'acme:tokens']);
  });
});

describe('concurrent requests', () => {
  test('held until released; a release frees one slot, once', () => {
    const { limiter } = limiterWith({ acme: { maxConcurrent: 2 } });
    const a = limiter.admit('acme')!;
    limiter.admit('acme');
    const err = refusal(() => limiter.admit('acme'));
    assert.match(err.message, /concurrent requests: limit 2/);
    a.release();
    a.release();
    limiter.admit('acme');
    refusal(() => limiter.admit('acme'));
  });
});

describe('across gateways', () => {
  test('another gateway\'s requests and tokens come off this gateway\'s buckets', () => {
    const { limiter } = limiterWith({ acme: { requestsPerMinute: 10, tokensPerMinute: 1_000 } });
    limiter.applyReport('gw-2', [{ tenant: 'acme', requests: 9, tokens: 400, inFlight: 0 }]);
    const h = limiter.admit('acme')!.headers;
    assert.equal(h['x-ratelimit-remaining-requests'], '0');
    assert.equal(h['x-ratelimit-remaining-tokens'], '600');
    refusal(() => limiter.admit('acme'));
  });

  test('another gateway\'s in-flight count holds slots here until it reports again or goes quiet', () => {
    const { limiter, advance } = limiterWith({ acme: { maxConcurrent: 3 } });
    limiter.applyReport('gw-2', [{ tenant: 'acme', requests: 2, tokens: 0, inFlight: 2 }]);
    limiter.admit('acme');
    refusal(() => limiter.admit('acme'));
    limiter.applyReport('gw-2', [{ tenant: 'acme', requests: 0, tokens: 0, inFlight: 1 }]);
    limiter.admit('acme');
    refusal(() => limiter.admit('acme'));
    // A gateway that stopped reporting (gone) no longer holds anything.
    advance(REMOTE_IN_FLIGHT_TTL_MS + 1);
    limiter.admit('acme');
  });

  test('the report: what was counted since the last one, in-flight while not zero, and the drop to zero', () => {
    const { limiter } = limiterWith({ acme: { requestsPerMinute: 100, tokensPerMinute: 10_000, maxConcurrent: 5 } });
    const a = limiter.admit('acme')!;
    limiter.admit('acme')!.release();
    limiter.spend('acme', 42);
    assert.deepEqual(limiter.takeReport(), [{ tenant: 'acme', requests: 2, tokens: 42, inFlight: 1 }]);
    assert.deepEqual(limiter.takeReport(), [{ tenant: 'acme', requests: 0, tokens: 0, inFlight: 1 }]);
    a.release();
    assert.deepEqual(limiter.takeReport(), [{ tenant: 'acme', requests: 0, tokens: 0, inFlight: 0 }]);
    assert.deepEqual(limiter.takeReport(), []);
  });
});

describe('the keys file\'s tenants', () => {
  const FILE = '/etc/weft/keys.json';
  test('limits by tenant, in the file\'s spelling', () => {
    const doc = parseKeysDoc(JSON.stringify({ keys: [], tenants: { acme: { requests_per_minute: 60, tokens_per_minute: 90_000, max_concurrent_requests: 4 }, '*': { requests_per_minute: 10 } } }), FILE);
    assert.deepEqual(doc.tenants.get('acme'), { requestsPerMinute: 60, tokensPerMinute: 90_000, maxConcurrent: 4 });
    assert.deepEqual(policyFor(doc.tenants, 'other'), { requestsPerMinute: 10 });
    assert.equal(parseKeysDoc('{"keys": []}', FILE).tenants.size, 0);
  });

  test('the models a tenant may use: names and globs', () => {
    const doc = parseKeysDoc(JSON.stringify({ keys: [], tenants: { acme: { models: ['llama-*', 'bge-small'] } } }), FILE);
    const models = doc.tenants.get('acme')!.models;
    assert.deepEqual(['llama-3-8b', 'llama-', 'bge-small', 'bge-small-v2', 'my-llama-3'].map((m) => modelAllowed(models, m)), [true, true, true, false, false]);
    assert.equal(modelAllowed(undefined, 'anything'), true);
    assert.equal(modelAllowed(['a.b'], 'aXb'), false, 'only * is special');
    assert.equal(modelAllowed(['*'], 'anything'), true);
    assert.throws(() => parseTenants({ acme: { models: 'llama' } }, FILE), /tenants\["acme"\]\.models: expected a list of model names or globs/);
    assert.throws(() => parseTenants({ acme: { models: [''] } }, FILE), /\.models: expected a list/);
  });

  test('a mistake is refused by name', () => {
    assert.throws(() => parseTenants([], FILE), /tenants: expected an object/);
    assert.throws(() => parseTenants({ acme: 5 }, FILE), /tenants\["acme"\]: expected/);
    assert.throws(() => parseTenants({ acme: { rpm: 5 } }, FILE), /tenants\["acme"\]\.rpm: unknown field \(expected one of requests_per_minute, tokens_per_minute, max_concurrent_requests, models\)/);
    for (const bad of [0, -1, 1.5, '10', null]) {
      assert.throws(() => parseTenants({ acme: { requests_per_minute: bad } }, FILE), /requests_per_minute: expected a whole number of at least 1/, String(bad));
    }
  });
});

test('reset times are written as OpenAI writes them', () => {
  assert.deepEqual([0, 120.2, 999, 1000, 20_000, 59_001, 60_000, 361_000].map(resetText), ['0ms', '121ms', '999ms', '1s', '20s', '1m0s', '1m0s', '6m1s']);
});
