// Bad input gets a clear OpenAI error and loses nothing: a corpus of
// malformed requests against a gateway with API keys on, after which good
// requests still succeed and no process has died.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { newKey } from '../../gateway/auth.ts';
import { Fabric, placementsOf } from '../harness/processes.ts';
import { until } from '../harness/until.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const MODEL = 'tiny-auth';
const user = newKey('acme', 'user');
const other = newKey('globex', 'user');
const admin = newKey('ops', 'admin');
let fabric: Fabric;

before(async () => {
  const keysFile = join(tmpdir(), `weft-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [user.record, other.record, admin.record] }));
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), contextSize: 512 }]);
  fabric = await Fabric.start({ modelsFile, gatewayEnv: { WEFT_API_KEYS: keysFile, WEFT_MAX_BODY_BYTES: '65536' } });
  // /readyz is open; wait on it with the model listed.
  await fabric.waitForModels([MODEL]);
});

after(() => fabric?.stop());

function post(path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  return fetch(`${fabric.gatewayUrl}${path}`, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.key}`, ...headers },
  });
}

async function expectError(res: Response, status: number, param?: string | null, code?: string) {
  const text = await res.text();
  assert.equal(res.status, status, text);
  const body = JSON.parse(text);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message', 'param', 'type']);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  if (param !== undefined) assert.equal(body.error.param, param);
  if (code !== undefined) assert.equal(body.error.code, code);
  assert.match(res.headers.get('x-request-id') ?? '', /^req_/);
  return body.error;
}

const msg = [{ role: 'user', content: 'hi' }];
const ok = (extra: object) => JSON.stringify({ model: MODEL, messages: msg, max_tokens: 2, ...extra });

describe('authentication', () => {
  test('no key: 401 invalid_api_key', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/models`);
    await expectError(r, 401, null, 'invalid_api_key');
  });
  test('a wrong key: 401', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/models`, { headers: { authorization: 'Bearer sk-weft-wrong' } });
    await expectError(r, 401, null, 'invalid_api_key');
  });
  test('a malformed Authorization header: 401', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/models`, { headers: { authorization: 'Basic abc' } });
    await expectError(r, 401);
  });
  test('the openai client with a valid key works; health probes need no key', async () => {
    const client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: user.key, maxRetries: 0 });
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hello' }], max_tokens: 2 });
    assert.equal(r.object, 'chat.completion');
    assert.equal((await fetch(`${fabric.gatewayUrl}/healthz`)).status, 200);
    assert.equal((await fetch(`${fabric.gatewayUrl}/readyz`)).status, 200);
  });
  test('the tenant of the key travels in the envelope to the scheduler', async () => {
    const r = await post('/v1/chat/completions', ok({}), { authorization: `Bearer ${other.key}` });
    assert.equal(r.status, 200);
    const requestId = r.headers.get('x-request-id');
    // The scheduler's placement of it, as the cluster view shows it.
    const [placed] = await until('its placement', async () => {
      const found = placementsOf(await fabric.clusterView(admin.key), requestId);
      return found.length > 0 ? found : undefined;
    }, 5_000);
    assert.equal(placed!.tenant, 'globex');
  });
});

describe('browsers', () => {
  test('no CORS answer unless WEFT_CORS_ORIGINS lists the origin (none by default)', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/models`, { headers: { authorization: `Bearer ${user.key}`, origin: 'https://app.example.com' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });
});

describe('admin API errors name the fields as the API spells them', () => {
  const put = (body: object) => post('/v1/admin/models', JSON.stringify(body), { authorization: `Bearer ${admin.key}` });

  test("a GGUF file the gateway cannot read asks for 'memory_mib', not memoryMiB", async () => {
    const error = await expectError(await put({ name: 'unreadable', path: '/nonexistent/model.gguf' }), 400, 'path', 'invalid_value');
    assert.match(error.message, /Give memory_mib/);
    assert.doesNotMatch(error.message, /memoryMiB/);
  });

  test('a rule across two fields names both, param the first', async () => {
    const error = await expectError(await put({ name: 'x', path: '/m.gguf', memory_mib: 10, min_replicas: 3, max_replicas: 1 }), 400, 'min_replicas');
    assert.match(error.message, /min_replicas \(3\) is above max_replicas \(1\)/);
  });

  test('a bad value names its field', async () => {
    const error = await expectError(await put({ name: 'x', path: '/m.gguf', memory_mib: 10, context_size: -1 }), 400, 'context_size');
    assert.match(error.message, /'context_size': expected a positive integer/);
  });
});

describe('malformed requests get OpenAI errors and break nothing', () => {
  const corpus: [string, string | Uint8Array<ArrayBuffer>, number, string | null | undefined, Record<string, string>?][] = [
    ['invalid JSON', '{"model":', 400, null],
    ['empty body', '', 400, null],
    ['JSON null', 'null', 400, null],
    ['JSON array', '[1,2]', 400, null],
    ['JSON string', '"hello"', 400, null],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400, null],
    ['deeply nested JSON', '['.repeat(200_00) + ']'.repeat(200_00), 400, null],
    ['missing model', JSON.stringify({ messages: msg }), 400, 'model'],
    ['model not a string', JSON.stringify({ model: 42, messages: msg }), 400, 'model'],
    ['missing messages', JSON.stringify({ model: MODEL }), 400, 'messages'],
    ['empty messages', JSON.stringify({ model: MODEL, messages: [] }), 400, 'messages'],
    ['messages not an array', JSON.stringify({ model: MODEL, messages: 'hi' }), 400, 'messages'],
    ['bad role', JSON.stringify({ model: MODEL, messages: [{ role: 'wizard', content: 'x' }] }), 400, 'messages[0].role'],
    ['content an object', JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: { a: 1 } }] }), 400, 'messages[0].content'],
    ['image content part', JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }), 400, 'messages[0].content[0].type'],
    ['temperature too high', ok({ temperature: 9 }), 400, 'temperature'],
    ['top_p negative', ok({ top_p: -0.1 }), 400, 'top_p'],
    ['max_tokens zero', ok({ max_tokens: 0 }), 400, 'max_tokens'],
    ['max_tokens fractional', ok({ max_tokens: 1.5 }), 400, 'max_tokens'],
    ['max_tokens a string', ok({ max_tokens: '10' }), 400, 'max_tokens'],
    ['five stop sequences', ok({ stop: ['a', 'b', 'c', 'd', 'e'] }), 400, 'stop'],
    ['n = 3', ok({ n: 3 }), 400, 'n'],
    ['stream not a boolean', ok({ stream: 'yes' }), 400, 'stream'],
    ['a tool with a bad function name', ok({ tools: [{ type: 'function', function: { name: 'a b' } }] }), 400, 'tools[0].function.name'],
    ['response_format json_schema without json_schema', ok({ response_format: { type: 'json_schema' } }), 400, 'response_format.json_schema'],
    ['response_format json_schema the grammar cannot enforce', ok({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'string', pattern: 'a' } } } }), 400, 'response_format.json_schema.schema'],
    ['response_format of an unknown type', ok({ response_format: { type: 'yaml' } }), 400, 'response_format.type'],
    ['logit_bias (not supported yet)', ok({ logit_bias: { '42': 100 } }), 400, 'logit_bias'],
    ['modalities with audio (not supported yet)', ok({ modalities: ['text', 'audio'] }), 400, 'modalities'],
    ['top_logprobs without logprobs', ok({ top_logprobs: 2 }), 400, 'top_logprobs'],
    ['stream_options without stream', ok({ stream_options: { include_usage: true } }), 400, 'stream_options'],
    ['stream_options with stream false', ok({ stream: false, stream_options: { include_usage: true } }), 400, 'stream_options'],
    ['negative seed', ok({ seed: -5 }), 400, 'seed'],
    ['unknown model', ok({ model: 'nope' }), 404, 'model'],
    ['model name with subject wildcards', ok({ model: 'a.*.>' }), 404, 'model'],
    ['bad priority header', ok({}), 400, 'X-Weft-Priority', { 'x-weft-priority': 'urgent' }],
    ['bad timeout header', ok({}), 400, 'X-Weft-Timeout-Ms', { 'x-weft-timeout-ms': '-1' }],
    ['body over the limit', JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'x'.repeat(70_000) }] }), 413, null],
  ];
  for (const [name, body, status, param, headers] of corpus) {
    test(`${name} → ${status}`, async () => {
      const error = await expectError(await post('/v1/chat/completions', body, headers), status, param);
      // Every 400 says which rule failed.
      assert.doesNotMatch(error.message, /Invalid input/);
    });
  }

  test('the "off" values of fields not supported yet are accepted', async () => {
    const r = await post('/v1/chat/completions', ok({ response_format: { type: 'text' }, modalities: ['text'], logit_bias: {}, tools: [], tool_choice: 'none', user: 'u', metadata: { a: 'b' }, store: false }));
    assert.equal(r.status, 200, await r.clone().text());
  });

  test('unknown routes are 404 OpenAI errors', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/nothing-here`, { headers: { authorization: `Bearer ${user.key}` } });
    await expectError(r, 404, null, 'unknown_url');
  });

  test('a body larger than the limit without Content-Length (chunked) → 413', async () => {
    const url = new URL(`${fabric.gatewayUrl}/v1/chat/completions`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${user.key}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(10_000));
      req.end();
    });
    assert.equal(status, 413);
  });

  test('a client that sends half a body and vanishes does not wedge the gateway', async () => {
    const url = new URL(`${fabric.gatewayUrl}/v1/chat/completions`);
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${user.key}`, 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"model":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
  });

  test('after the whole corpus, good requests still succeed and every process is alive', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => post('/v1/chat/completions', ok({}))));
    for (const r of results) {
      assert.equal(r.status, 200);
      const body = await r.json() as { choices: unknown[] };
      assert.equal(body.choices.length, 1);
    }
    for (const p of [fabric.gateway, ...fabric.schedulers, ...fabric.executors]) assert.equal(p.proc.exitCode, null, `${p.name} exited`);
  });
});
