// What the keys file says of tenants, as a user of the official openai
// client meets it, on a real fabric with two gateways (nats-server,
// scheduler, executor on the synthetic engine). Rate limits: the OpenAI
// rate-limit headers on answers, a 429 RateLimitError naming the limit,
// requests, tokens and concurrent requests counted per tenant and across
// both gateways, limits changed without a restart, refusals and token use
// in /metrics. Models: a tenant held to some models finds the others
// missing, in calls, in /v1/models and in batches.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI, { NotFoundError, RateLimitError, toFile } from 'openai';
import WebSocket from 'ws';
import { newKey, type KeyRecord } from '../../gateway/auth.ts';
import { Fabric, MAIN, queuedOf, WeftProcess } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';
import { metricValue } from '../harness/metrics.ts';

const FAST = 'syn-fast';
const SLOW = 'syn-slow';
/** One slot: requests of it queue. */
const ONE = 'syn-one';
const tenants = ['acme', 'spread', 'single', 'thrifty', 'voice', 'narrow', 'free', 'bursty', 'polite'] as const;
const keys = {
  ...Object.fromEntries(tenants.map((t) => [t, newKey(t, 'user')])) as Record<(typeof tenants)[number], { key: string; record: KeyRecord }>,
  // An admin of the narrow tenant: admins may use every model.
  narrowAdmin: newKey('narrow', 'admin'),
};
const LIMITS = {
  acme: { requests_per_minute: 3 },
  spread: { requests_per_minute: 10 },
  single: { max_concurrent_requests: 1 },
  thrifty: { tokens_per_minute: 50 },
  voice: { tokens_per_minute: 30 },
  narrow: { models: ['syn-f*'] },
};

let fabric: Fabric;
let second: WeftProcess;
let secondUrl: string;
let keysFile: string;

function writeKeys(limits: object): void {
  writeFileSync(keysFile, JSON.stringify({ keys: Object.values(keys).map((k) => k.record), tenants: limits }));
}

function client(tenant: keyof typeof keys, url = fabric.gatewayUrl): OpenAI {
  return new OpenAI({ baseURL: `${url}/v1`, apiKey: keys[tenant].key, maxRetries: 0 });
}

const ask = (c: OpenAI, o: { model?: string; max_tokens?: number } = {}) =>
  c.chat.completions.create({ model: o.model ?? FAST, messages: [{ role: 'user', content: 'hi' }], max_tokens: o.max_tokens ?? 2 }).withResponse();

/** `ask`'s answer, or undefined when the tenant's limit refused it (a probe for `until`). */
async function admitted(c: OpenAI, o?: Parameters<typeof ask>[1]): Promise<Awaited<ReturnType<typeof ask>> | undefined> {
  try {
    return await ask(c, o);
  } catch (e) {
    if (e instanceof RateLimitError) return undefined;
    throw e;
  }
}

/** A Realtime session of `tenant` on the fast model, open, with every event it received so far. */
async function realtime<E extends { type: string }>(tenant: keyof typeof keys): Promise<{ ws: WebSocket; events: E[] }> {
  const ws = new WebSocket(`${fabric.gatewayUrl.replace(/^http/, 'ws')}/v1/realtime?model=${FAST}`, { headers: { authorization: `Bearer ${keys[tenant].key}` } });
  const events: E[] = [];
  ws.on('message', (d) => events.push(JSON.parse(String(d))));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { ws, events };
}

/** The RateLimitError `p` rejects with. */
async function limited(p: Promise<unknown>): Promise<RateLimitError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof RateLimitError, String(err));
    return err;
  }
  assert.fail('expected a 429');
}

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'weft-limits-'));
  keysFile = join(dir, 'keys.json');
  writeKeys(LIMITS);
  const modelsFile = writeModels(dir, [
    { name: FAST, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 8, contextSize: 2048 },
    { name: SLOW, engine: 'synthetic', path: 'synthetic:?tps=20&ttft=1', slots: 4, contextSize: 2048 },
    { name: ONE, engine: 'synthetic', path: 'synthetic:?tps=100&ttft=1', slots: 1, contextSize: 2048 },
  ]);
  fabric = await Fabric.start({ modelsFile, gatewayEnv: { WEFT_API_KEYS: keysFile }, waitForModels: [FAST, SLOW, ONE] });
  second = new WeftProcess('gateway-2', MAIN.gateway, { ...fabric.env, PORT: '0', WEFT_GATEWAY_ID: 'gw-2', WEFT_API_KEYS: keysFile });
  secondUrl = (await second.waitFor('gateway listening')).url as string;
});

after(async () => {
  await second?.kill();
  await fabric?.stop();
});

describe('tenant policies: rate limits and models', () => {
  test('requests past the per-minute limit get a 429 the openai client raises; answers carry the rate-limit headers', async () => {
    const acme = client('acme');
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const { data, response } = await ask(acme);
      assert.equal(data.choices.length, 1);
      assert.equal(response.headers.get('x-ratelimit-limit-requests'), '3');
      remaining.push(response.headers.get('x-ratelimit-remaining-requests'));
    }
    assert.deepEqual(remaining, ['2', '1', '0']);
    const err = await limited(ask(acme));
    assert.equal(err.status, 429);
    assert.equal(err.code, 'rate_limit_exceeded');
    assert.equal((err.error as { type: string }).type, 'requests');
    assert.match(err.message, /requests per minute: limit 3/);
    assert.ok(Number(err.headers?.get('retry-after')) >= 1, 'Retry-After');
    assert.equal(err.headers?.get('x-ratelimit-remaining-requests'), '0');
    // Streamed requests are refused the same way, before any event.
    await limited(acme.chat.completions.create({ model: FAST, messages: [{ role: 'user', content: 'hi' }], stream: true }));
    // So is a Realtime session, at its upgrade: an HTTP 429 with the error object.
    const ws = new WebSocket(`${fabric.gatewayUrl.replace(/^http/, 'ws')}/v1/realtime?model=${FAST}`, { headers: { authorization: `Bearer ${keys.acme.key}` } });
    const refused = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      ws.once('open', () => reject(new Error('the upgrade was accepted')));
      ws.once('error', () => undefined);
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
    });
    assert.equal(refused.status, 429);
    assert.equal(JSON.parse(refused.body).error.code, 'rate_limit_exceeded');
    // Another tenant is not limited by acme's use, and a tenant without limits gets no headers.
    const { response } = await ask(client('free'));
    assert.equal(response.headers.get('x-ratelimit-limit-requests'), null);
  });

  test('a second gateway of the cluster counts what the first admitted', async () => {
    for (let i = 0; i < 10; i++) await ask(client('spread'));
    await limited(ask(client('spread')));
    // Without the gateways' reports the second would admit ten of its own.
    const there = client('spread', secondUrl);
    let served = 0;
    await until('the second gateway refuses the tenant', async () => {
      if (!(await admitted(there))) return true;
      served++;
      return false;
    }, 10_000, 300);
    assert.ok(served < 10, `the second gateway admitted ${served} of the tenant's exhausted 10`);
  });

  test('concurrent requests: one stream held, the next refused on both gateways, admitted again when it ends', async () => {
    const single = client('single');
    const stream = await single.chat.completions.create({ model: SLOW, messages: [{ role: 'user', content: 'hi' }], max_tokens: 40, stream: true });
    const it = stream[Symbol.asyncIterator]();
    await it.next();
    const err = await limited(ask(single));
    assert.match(err.message, /concurrent requests: limit 1/);
    await until('the second gateway refuses while the first holds the stream', async () => !(await admitted(client('single', secondUrl))), 10_000, 300);
    let chunks = 1;
    while (!(await it.next()).done) chunks++;
    assert.ok(chunks > 1);
    const { data } = await until('a request is admitted once the stream ended', () => admitted(single));
    assert.equal(data.choices.length, 1);
  });

  test('tokens per minute: an answer\'s prompt and completion tokens are taken; past the limit the tenant waits', async () => {
    const thrifty = client('thrifty');
    const { data, response } = await ask(thrifty, { max_tokens: 60 });
    assert.equal(response.headers.get('x-ratelimit-limit-tokens'), '50');
    assert.equal(response.headers.get('x-ratelimit-remaining-tokens'), '50');
    assert.ok(data.usage!.total_tokens > 50, `used ${data.usage!.total_tokens}`);
    const err = await limited(ask(thrifty));
    assert.equal((err.error as { type: string }).type, 'tokens');
    assert.match(err.message, new RegExp(`tokens per minute: limit 50, used ${data.usage!.total_tokens}`));
  });

  test('a Realtime session\'s replies take their tokens from the same limit', async () => {
    const { ws, events } = await realtime<{ type: string; response?: { usage?: { total_tokens: number } } }>('voice');
    try {
      ws.send(JSON.stringify({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] } }));
      ws.send(JSON.stringify({ type: 'response.create', response: { output_modalities: ['text'], max_output_tokens: 40 } }));
      const done = await until('response.done', () => events.find((e) => e.type === 'response.done'));
      assert.ok(done.response!.usage!.total_tokens > 30, JSON.stringify(done.response!.usage));
    } finally {
      ws.close();
    }
    const err = await limited(ask(client('voice')));
    assert.equal((err.error as { type: string }).type, 'tokens');
  });

  test('a tenant held to some models uses those, and the others are missing to it, batches included', async () => {
    const narrow = client('narrow');
    assert.equal((await ask(narrow, { model: FAST })).data.choices.length, 1);
    const err = await narrow.chat.completions.create({ model: SLOW, messages: [{ role: 'user', content: 'hi' }] }).catch((e) => e);
    assert.ok(err instanceof NotFoundError, String(err));
    assert.equal(err.code, 'model_not_found');
    assert.deepEqual((await narrow.models.list()).data.map((m) => m.id), [FAST]);
    await assert.rejects(narrow.models.retrieve(SLOW), NotFoundError);
    // Its admin key may use any model; other tenants are not held to its list.
    assert.equal((await ask(client('narrowAdmin'), { model: SLOW, max_tokens: 1 })).data.choices.length, 1);
    assert.ok((await client('free').models.list()).data.some((m) => m.id === SLOW));
    // A Realtime session may not name one as its transcription model.
    const { ws, events } = await realtime<{ type: string; error?: { code: string } }>('narrow');
    try {
      ws.send(JSON.stringify({ type: 'session.update', session: { type: 'realtime', audio: { input: { transcription: { model: SLOW } } } } }));
      const e = await until('the error event', () => events.find((x) => x.type === 'error'));
      assert.equal(e.error!.code, 'model_not_found');
    } finally {
      ws.close();
    }
    // A batch of a model it may not use fails validation as a missing model would.
    const line = JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: { model: SLOW, messages: [{ role: 'user', content: 'hi' }], max_tokens: 1 } });
    const file = await narrow.files.create({ file: await toFile(Buffer.from(`${line}\n`), 'in.jsonl'), purpose: 'batch' });
    const batch = await narrow.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
    const done = await until('the batch is validated', async () => {
      const b = await narrow.batches.retrieve(batch.id);
      return b.status === 'validating' ? undefined : b;
    });
    assert.equal(done.status, 'failed');
    assert.equal(done.errors?.data?.[0]?.code, 'model_not_found');
  });

  test('tenants take turns on a busy model: one tenant\'s burst does not make another wait behind all of it', async () => {
    const done: string[] = [];
    const run = (tenant: 'bursty' | 'polite', id: string) => ask(client(tenant), { model: ONE, max_tokens: 10 }).then(() => void done.push(id));
    const burst = Array.from({ length: 8 }, (_, i) => run('bursty', `bursty-${i}`));
    const queued = await until('the burst queued', async () => {
      const view = await fabric.clusterView(keys.narrowAdmin.key);
      return view.schedulers.reduce((n, s) => n + queuedOf(s, ONE), 0) >= 6;
    });
    assert.ok(queued);
    await Promise.all([run('polite', 'polite'), ...burst]);
    // First come first served would finish it ninth; taking turns, right after the one running and at most one more.
    assert.ok(done.indexOf('polite') <= 2, done.join(' '));
  });

  test('/metrics counts refusals by tenant and limit, and tokens by tenant', async () => {
    const text = await (await fetch(`${fabric.gatewayUrl}/metrics`)).text();
    const value = (series: string) => metricValue(text, series) ?? NaN;
    assert.ok(value('weft_rate_limited_total{tenant="acme",limit="requests"}') >= 2);
    assert.ok(value('weft_rate_limited_total{tenant="single",limit="concurrent"}') >= 1);
    assert.ok(value('weft_rate_limited_total{tenant="thrifty",limit="tokens"}') >= 1);
    assert.ok(value('weft_tenant_tokens_total{tenant="thrifty",direction="output"}') >= 60);
    assert.ok(value('weft_tenant_requests_total{tenant="acme",status="200"}') >= 3);
  });

  test('a limit changed in the keys file applies without a restart', async () => {
    const acme = client('acme');
    await limited(ask(acme));
    writeKeys({ ...LIMITS, acme: { requests_per_minute: 1000 } });
    const { response } = await until('acme admitted under its new limit', () => admitted(acme));
    assert.equal(response.headers.get('x-ratelimit-limit-requests'), '1000');
  });
});
