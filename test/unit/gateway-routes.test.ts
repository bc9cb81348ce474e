// The gateway's HTTP surface, as a client sees it: status codes, headers,
// OpenAI error objects {"error":{"message","type","param","code"}}, chat
// completions whole and streamed (SSE). Driven with Hono's app.request()
// over fake dependencies (support/fake-gateway-deps.ts): no NATS, no
// scheduler, no port. The fake fabric answers with scripted chunks or
// WeftErrors, and records what the routes submitted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { errors, Priority, Task, type ICatalogModel, type WeftError } from '../../proto/index.ts';
import type { OpenAIErrorBody } from '../../openai/errors.ts';
import { emptyCatalog, fakeGateway, finalChunk, keysOf, textChunk, type FakeGateway, type Plan } from './support/fake-gateway-deps.ts';

type App = FakeGateway['app'];
type ErrorObject = OpenAIErrorBody['error'];

const CHAT = '/v1/chat/completions';
const MODEL = 'tiny';
const HI = [{ role: 'user', content: 'hi' }];
const REQUEST_ID = /^req_[0-9a-f]{24}$/;

const USER_KEY = 'sk-weft-user';
const ADMIN_KEY = 'sk-weft-admin';
const KEYS = keysOf({
  [USER_KEY]: { keyId: 'key_user', tenant: 'acme', role: 'user' },
  [ADMIN_KEY]: { keyId: 'key_admin', tenant: 'ops', role: 'admin' },
});

const NO_KEY_MESSAGE = 'You didn\'t provide an API key. Provide it in an Authorization header: "Authorization: Bearer YOUR_KEY".';

/** POSTs a chat completion: a raw body as is, an object as JSON. */
function postChat(app: App, body: string | Uint8Array<ArrayBuffer> | Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(CHAT, {
    method: 'POST',
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  }));
}

const chatBody = (extra: Record<string, unknown> = {}) => ({ model: MODEL, messages: HI, ...extra });

/**
 * Asserts an OpenAI error response: its status, exactly this error object
 * (a RegExp message is matched), JSON, and a request id.
 */
async function expectError(res: Response, status: number, expected: Omit<ErrorObject, 'message'> & { message: string | RegExp }): Promise<void> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.match(res.headers.get('x-request-id') ?? '', REQUEST_ID);
  const body = JSON.parse(text) as OpenAIErrorBody;
  const { message, ...rest } = expected;
  if (message instanceof RegExp) {
    assert.match(body.error.message, message);
    assert.deepEqual(body, { error: { ...rest, message: body.error.message } });
  } else {
    assert.deepEqual(body, { error: { ...rest, message } });
  }
}

const invalid = (message: string | RegExp, param: string | null = null) => ({ message, type: 'invalid_request_error', param, code: 'invalid_value' });

interface Completion {
  id: string;
  object: string;
  created: number;
  model: string;
  system_fingerprint: null;
  choices: { index: number; message: { role: string; content: string; refusal: null }; logprobs: null; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

interface ChunkEvent {
  id: string;
  object: string;
  created: number;
  model: string;
  system_fingerprint: null;
  choices: { index: number; delta: { role?: string; content?: string }; logprobs: null; finish_reason: string | null }[];
  usage?: Completion['usage'] | null;
}

/** The `data:` payloads of an SSE body, in order. */
function sseData(text: string): string[] {
  return text.split('\n\n').filter((e) => e.trim() !== '').map((event) => {
    const lines = event.split('\n');
    assert.ok(lines.every((l) => l.startsWith('data: ')), `an event of data lines only: ${JSON.stringify(event)}`);
    return lines.map((l) => l.slice('data: '.length)).join('\n');
  });
}

/** A streamed chat completion: its response, then its events (all but [DONE] parsed). */
async function streamChat(g: FakeGateway, extra: Record<string, unknown> = {}, plan?: Plan) {
  if (plan) g.fabric.willAnswer(plan);
  const res = await postChat(g.app, chatBody({ stream: true, ...extra }));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/event-stream');
  const data = sseData(await res.text());
  return { res, data, events: data.filter((d) => d !== '[DONE]').map((d) => JSON.parse(d) as ChunkEvent) };
}

// ---------------------------------------------------------------- auth

describe('API keys', () => {
  test('no Authorization header: 401 invalid_api_key', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    await expectError(await app.request('/v1/models'), 401, { message: NO_KEY_MESSAGE, type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
  });

  test('an Authorization header that is not a Bearer key is a missing key: 401', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `Bearer ${USER_KEY} extra`]) {
      await expectError(await app.request('/v1/models', { headers: { authorization } }), 401,
        { message: NO_KEY_MESSAGE, type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
    }
  });

  test('an unknown key: 401 "Incorrect API key provided."', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    await expectError(await app.request('/v1/models', { headers: { authorization: 'Bearer sk-weft-wrong' } }), 401,
      { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
  });

  test('a valid key passes; the scheme is case-insensitive and trailing blanks are ignored', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    for (const authorization of [`Bearer ${USER_KEY}`, `bearer ${USER_KEY}`, `BEARER   ${USER_KEY}  `]) {
      const res = await app.request('/v1/models', { headers: { authorization } });
      assert.equal(res.status, 200, authorization);
    }
  });

  test('a chat completion is refused without a key, before the fabric sees it', async () => {
    const g = fakeGateway({ keys: KEYS });
    await expectError(await postChat(g.app, chatBody()), 401, { message: NO_KEY_MESSAGE, type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
    assert.equal(g.fabric.submitted.length, 0);
  });

  test("the key's tenant travels with the request", async () => {
    const g = fakeGateway({ keys: KEYS });
    const res = await postChat(g.app, chatBody(), { authorization: `Bearer ${USER_KEY}` });
    assert.equal(res.status, 200);
    assert.equal(g.fabric.submitted[0]?.req.tenant, 'acme');
  });

  test('health probes need no key', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    assert.equal((await app.request('/healthz')).status, 200);
    assert.equal((await app.request('/readyz')).status, 200);
  });

  test('keys are checked before routing: an unknown /v1 URL without a key is a 401, not a 404', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    await expectError(await app.request('/v1/nope'), 401, { message: NO_KEY_MESSAGE, type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
  });

  test('the cluster view and the admin API need an admin key: 403 permission_denied for a user key', async () => {
    const { app } = fakeGateway({ keys: KEYS, cluster: async () => ({ schedulers: 1 }) });
    const user = { authorization: `Bearer ${USER_KEY}` };
    await expectError(await app.request('/v1/cluster', { headers: user }), 403,
      { message: 'The cluster view needs an admin key.', type: 'invalid_request_error', param: null, code: 'permission_denied' });
    await expectError(await app.request('/v1/admin/models', { headers: user }), 403,
      { message: 'The admin API needs an admin key.', type: 'invalid_request_error', param: null, code: 'permission_denied' });
    const res = await app.request('/v1/cluster', { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { schedulers: 1 });
  });

  test('auth off (no keys): every caller is the anonymous admin of tenant "default"', async () => {
    const g = fakeGateway({ keys: undefined });
    assert.equal((await g.app.request('/v1/models')).status, 200);
    assert.equal((await g.app.request('/v1/cluster')).status, 200, 'admin role');
    assert.equal((await postChat(g.app, chatBody())).status, 200);
    assert.equal(g.fabric.submitted[0]?.req.tenant, 'default');
  });
});

// ---------------------------------------------------------------- chat: validation

describe('POST /v1/chat/completions rejects a bad request with a 400 before publishing it', () => {
  const REJECTED: [name: string, body: string | Uint8Array<ArrayBuffer>, error: ReturnType<typeof invalid>][] = [
    ['an empty body', '', invalid('The request body is empty; expected a JSON object.')],
    ['a body that is not JSON', '{"model": ', invalid(/^We could not parse the JSON body of your request: .+/)],
    ['a body that is not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), invalid(/^We could not parse the JSON body of your request: .+/)],
    ['a JSON array', '[]', invalid('The request body must be a JSON object.')],
    ['a JSON string', '"hello"', invalid('The request body must be a JSON object.')],
    ['no model', JSON.stringify({ messages: HI }), invalid("Missing required parameter: 'model'.", 'model')],
    ['an empty model name', JSON.stringify(chatBody({ model: '' })), invalid("Invalid value for 'model': expected a model name.", 'model')],
    ['no messages', JSON.stringify({ model: MODEL }), invalid("Missing required parameter: 'messages'.", 'messages')],
    ['an empty messages list', JSON.stringify(chatBody({ messages: [] })), invalid("Invalid value for 'messages': expected at least one message.", 'messages')],
    ['an unknown role', JSON.stringify(chatBody({ messages: [{ role: 'robot', content: 'hi' }] })),
      invalid('Invalid value for \'messages[0].role\': expected one of "system", "developer", "user", "assistant", "tool".', 'messages[0].role')],
    ['a string temperature', JSON.stringify(chatBody({ temperature: 'hot' })), invalid("Invalid value for 'temperature': expected a number, got a string.", 'temperature')],
    ['a temperature out of range', JSON.stringify(chatBody({ temperature: 3 })), invalid("Invalid value for 'temperature': expected a number from 0 to 2.", 'temperature')],
    ['a string stream flag', JSON.stringify(chatBody({ stream: 'yes' })), invalid("Invalid value for 'stream': expected a boolean, got a string.", 'stream')],
    ['a fractional max_tokens', JSON.stringify(chatBody({ max_tokens: 1.5 })), invalid("Invalid value for 'max_tokens': expected an integer, got a fractional number.", 'max_tokens')],
    ['stream_options without stream', JSON.stringify(chatBody({ stream_options: { include_usage: true } })),
      invalid("Invalid value for 'stream_options': stream_options is only allowed when 'stream' is true.", 'stream_options')],
  ];

  for (const [name, body, error] of REJECTED) {
    test(name, async () => {
      const g = fakeGateway();
      await expectError(await postChat(g.app, body), 400, error);
      assert.equal(g.fabric.submitted.length, 0);
    });
  }

  test('a model that is not served: 404 model_not_found (asked of deps.hasModel)', async () => {
    const asked: string[] = [];
    const g = fakeGateway({ hasModel: (m) => { asked.push(m); return false; } });
    await expectError(await postChat(g.app, chatBody({ model: 'nope' })), 404,
      { message: "The model 'nope' does not exist or is not served here.", type: 'invalid_request_error', param: 'model', code: 'model_not_found' });
    assert.deepEqual(asked, ['nope']);
    assert.equal(g.fabric.submitted.length, 0);
  });

  test('an invalid X-Weft-Priority header: 400 naming the header', async () => {
    const g = fakeGateway();
    for (const priority of ['urgent', 'REALTIME']) {
      await expectError(await postChat(g.app, chatBody(), { 'x-weft-priority': priority }), 400,
        invalid("Invalid value for header 'X-Weft-Priority': expected 'realtime' or 'batch'", 'X-Weft-Priority'));
    }
    assert.equal(g.fabric.submitted.length, 0);
  });

  test('an invalid X-Weft-Timeout-Ms header: 400 naming the header', async () => {
    const g = fakeGateway();
    for (const timeout of ['0', '-5', '1.5', 'abc', '86400001']) {
      await expectError(await postChat(g.app, chatBody(), { 'x-weft-timeout-ms': timeout }), 400,
        invalid("Invalid value for header 'X-Weft-Timeout-Ms': expected milliseconds from 1 to 86400000", 'X-Weft-Timeout-Ms'));
    }
    assert.equal(g.fabric.submitted.length, 0);
  });
});

describe('POST /v1/chat/completions rejects by name the fields that would change the answer', () => {
  const unsupported = (param: string, why: string) => invalid(`Invalid value for '${param}': ${why}.`, param);
  const CASES: [field: string, extra: Record<string, unknown>, error: ReturnType<typeof invalid>][] = [
    ['tool_choice', { tool_choice: 'required' }, unsupported('tool_choice', 'a tool_choice that requires a call needs tools')],
    ['top_logprobs without logprobs', { top_logprobs: 3 }, unsupported('top_logprobs', "'logprobs' must be true when 'top_logprobs' is set")],
    ['logit_bias', { logit_bias: { '42': 5 } }, unsupported('logit_bias', 'logit_bias is not supported by this server yet')],
    ['n', { n: 2 }, unsupported('n', 'only n=1 is supported')],
    ['modalities', { modalities: ['text', 'audio'] }, unsupported('modalities', "the 'audio' modality is not supported by this server yet (only 'text')")],
    ['reasoning_effort', { reasoning_effort: 'high' }, unsupported('reasoning_effort', 'reasoning_effort is not supported by this server yet')],
    ['an image content part', { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }] },
      { ...unsupported('messages[0].content[0].type', "'image_url' content parts are not supported: the models served here take text only (modalities: text)"), code: 'unsupported' }],
  ];

  for (const [field, extra, error] of CASES) {
    test(field, async () => {
      const g = fakeGateway();
      await expectError(await postChat(g.app, chatBody(extra)), 400, error);
      assert.equal(g.fabric.submitted.length, 0);
    });
  }

  test('their "off" values, and bookkeeping fields, are accepted', async () => {
    const g = fakeGateway();
    const res = await postChat(g.app, chatBody({
      tools: [], tool_choice: 'auto', response_format: { type: 'text' }, logprobs: false, logit_bias: {}, n: 1, modalities: ['text'],
      user: 'u-1', metadata: { team: 'x' }, store: false, service_tier: 'auto', unknown_extra_field: 1,
    }));
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(g.fabric.submitted.length, 1);
  });
});

describe('POST /v1/chat/completions: the body size limit (maxBodyBytes)', () => {
  const LIMIT = 1024;
  /** A valid chat body of exactly `bytes` bytes. */
  const bodyOf = (bytes: number) => {
    const empty = JSON.stringify(chatBody({ messages: [{ role: 'user', content: '' }] }));
    return JSON.stringify(chatBody({ messages: [{ role: 'user', content: 'x'.repeat(bytes - empty.length) }] }));
  };
  const tooLarge = { message: `The request body is larger than the limit of ${LIMIT} bytes.`, type: 'invalid_request_error', param: null, code: 'request_too_large' };

  test('a body over the limit, streamed without Content-Length: 413 request_too_large', async () => {
    const g = fakeGateway({ maxBodyBytes: LIMIT });
    await expectError(await postChat(g.app, bodyOf(LIMIT + 1)), 413, tooLarge);
    assert.equal(g.fabric.submitted.length, 0);
  });

  test('a body whose Content-Length is over the limit: 413 request_too_large', async () => {
    const g = fakeGateway({ maxBodyBytes: LIMIT });
    const body = bodyOf(LIMIT + 1);
    await expectError(await postChat(g.app, body, { 'content-length': String(body.length) }), 413, tooLarge);
    assert.equal(g.fabric.submitted.length, 0);
  });

  test('a body of exactly the limit is taken', async () => {
    const g = fakeGateway({ maxBodyBytes: LIMIT });
    const body = bodyOf(LIMIT);
    assert.equal(body.length, LIMIT);
    assert.equal((await postChat(g.app, body)).status, 200);
    assert.equal((await postChat(g.app, body, { 'content-length': String(LIMIT) })).status, 200);
  });
});

// ---------------------------------------------------------------- chat: the submission

describe('POST /v1/chat/completions: what the fabric is given', () => {
  test('the request id, tenant, model, messages and sampling; realtime priority; the default deadline', async () => {
    const g = fakeGateway({ requestTimeoutMs: 45_000 });
    const res = await postChat(g.app, chatBody({
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'there' }], name: 'ann' }],
      max_tokens: 7, temperature: 0.5, top_p: 0.9, seed: 42, stop: ['\n', ''],
    }));
    assert.equal(res.status, 200);
    assert.equal(g.fabric.submitted.length, 1);
    const { req, priority } = g.fabric.submitted[0]!;
    assert.equal(req.requestId, res.headers.get('x-request-id'));
    assert.equal(req.tenant, 'default');
    assert.equal(req.model, MODEL);
    assert.equal(req.stream, false);
    assert.equal(priority, 'realtime');
    assert.equal(req.priority, Priority.PRIORITY_REALTIME);
    assert.equal(Number(req.deadlineUnixMs) - Number(req.createdUnixMs), 45_000);
    assert.deepEqual(req.chat, {
      messages: [{ role: 'system', content: 'Be brief.', name: '' }, { role: 'user', content: 'Hello there', name: 'ann' }],
      sampling: { maxTokens: 7, stop: ['\n'], temperature: 0.5, topP: 0.9, seed: 42 },
    });
  });

  test('X-Weft-Priority: batch and X-Weft-Timeout-Ms are honoured', async () => {
    const g = fakeGateway();
    assert.equal((await postChat(g.app, chatBody({ stream: true }), { 'x-weft-priority': 'batch', 'x-weft-timeout-ms': '1500' })).status, 200);
    const { req, priority } = g.fabric.submitted[0]!;
    assert.equal(priority, 'batch');
    assert.equal(req.priority, Priority.PRIORITY_BATCH);
    assert.equal(req.stream, true);
    assert.equal(Number(req.deadlineUnixMs) - Number(req.createdUnixMs), 1500);
  });
});

// ---------------------------------------------------------------- chat: answers

describe('POST /v1/chat/completions: a whole (non-streaming) answer', () => {
  test('assembled from the chunks: content, finish_reason and usage, as an OpenAI chat.completion', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ chunks: [textChunk('Hel'), textChunk('lo', 2), finalChunk('stop', { prompt: 9, completion: 3 }, '!')] });
    const before = Math.floor(Date.now() / 1000);
    const res = await postChat(g.app, chatBody());
    const after = Math.floor(Date.now() / 1000);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const requestId = res.headers.get('x-request-id') ?? '';
    assert.match(requestId, REQUEST_ID);
    const body = await res.json() as Completion;
    assert.ok(body.created >= before && body.created <= after, `created ${body.created}`);
    assert.deepEqual(body, {
      id: `chatcmpl-${requestId.slice('req_'.length)}`,
      object: 'chat.completion',
      created: body.created,
      model: MODEL,
      system_fingerprint: null,
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello!', refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 },
    });
  });

  test('finish_reason "length" when the token limit ended it; "stop" when it was cancelled', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ chunks: [textChunk('a'), finalChunk('length', { prompt: 1, completion: 1 })] });
    g.fabric.willAnswer({ chunks: [textChunk('b'), finalChunk('cancelled', { prompt: 1, completion: 1 })] });
    assert.equal(((await (await postChat(g.app, chatBody())).json()) as Completion).choices[0]?.finish_reason, 'length');
    assert.equal(((await (await postChat(g.app, chatBody())).json()) as Completion).choices[0]?.finish_reason, 'stop');
  });

  test('a client that goes away cancels the request on the fabric', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ chunks: [textChunk('a')], hang: true });
    const abort = new AbortController();
    const pending = g.app.request(new Request(`http://localhost${CHAT}`, { method: 'POST', body: JSON.stringify(chatBody()), signal: abort.signal }));
    await new Promise((r) => setTimeout(r, 20));
    abort.abort();
    assert.equal(await g.fabric.cancelledReason(), 'client disconnected');
    await pending;
  });
});

describe('POST /v1/chat/completions: a streamed answer (SSE)', () => {
  test('a role chunk, a chunk per piece of text, a finishing chunk, then [DONE]; no usage key', async () => {
    const g = fakeGateway();
    const { res, data, events } = await streamChat(g, {}, { chunks: [textChunk('Hel'), textChunk('lo', 2), finalChunk('stop', { prompt: 9, completion: 3 }, '!')] });
    const requestId = res.headers.get('x-request-id') ?? '';
    assert.match(requestId, REQUEST_ID);
    assert.equal(data.at(-1), '[DONE]');
    assert.equal(data.filter((d) => d === '[DONE]').length, 1);
    const created = events[0]!.created;
    for (const e of events) {
      assert.equal(e.id, `chatcmpl-${requestId.slice('req_'.length)}`);
      assert.equal(e.object, 'chat.completion.chunk');
      assert.equal(e.created, created);
      assert.equal(e.model, MODEL);
      assert.equal(e.system_fingerprint, null);
      assert.ok(!('usage' in e), 'no usage key without stream_options.include_usage');
    }
    assert.deepEqual(events.map((e) => e.choices), [
      [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'Hel' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'lo' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: '!' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
    ]);
  });

  test('stream_options.include_usage: every chunk carries usage: null, and a last chunk with no choices carries the usage', async () => {
    const g = fakeGateway();
    const { data, events } = await streamChat(g, { stream_options: { include_usage: true } },
      { chunks: [textChunk('Hi'), finalChunk('length', { prompt: 4, completion: 2 })] });
    assert.equal(data.at(-1), '[DONE]');
    assert.deepEqual(events.map((e) => [e.choices, e.usage]), [
      [[{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }], null],
      [[{ index: 0, delta: { content: 'Hi' }, logprobs: null, finish_reason: null }], null],
      [[{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }], null],
      [[], { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 }],
    ]);
  });

  test('include_usage: false is the same as leaving it out', async () => {
    const g = fakeGateway();
    const { events } = await streamChat(g, { stream_options: { include_usage: false } });
    assert.ok(events.every((e) => !('usage' in e)));
  });

  test('chunks without text (a token that completes no character yet) send no delta', async () => {
    const g = fakeGateway();
    const { events } = await streamChat(g, {}, { chunks: [textChunk('', 1), textChunk('é', 1), finalChunk('stop', { prompt: 1, completion: 2 })] });
    assert.deepEqual(events.map((e) => e.choices[0]?.delta), [{ role: 'assistant', content: '' }, { content: 'é' }, {}]);
  });

  test('a client that goes away mid-stream cancels the request on the fabric', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ chunks: [textChunk('a')], hang: true });
    const res = await postChat(g.app, chatBody({ stream: true }));
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    assert.match(new TextDecoder().decode((await reader.read()).value), /^data: /);
    await reader.cancel();
    assert.equal(await g.fabric.cancelledReason(), 'client disconnected');
  });
});

// ---------------------------------------------------------------- chat: fabric errors

describe('POST /v1/chat/completions: errors from the fabric become OpenAI errors (openai/errors.ts)', () => {
  const FABRIC_ERRORS: [name: string, err: WeftError, status: number, error: ErrorObject, retryAfter: string | null][] = [
    ['queue full', errors.queueFull('The realtime queue of tiny is full.', 2), 429,
      { message: 'The realtime queue of tiny is full.', type: 'rate_limit_error', param: null, code: 'queue_full' }, '2'],
    ['no capacity', errors.noCapacity('No executor can serve tiny now.'), 503,
      { message: 'No executor can serve tiny now.', type: 'server_error', param: null, code: 'no_capacity' }, '1'],
    ['deadline', errors.deadline(), 504,
      { message: 'The request deadline passed before it completed.', type: 'timeout_error', param: null, code: 'deadline_exceeded' }, null],
    ['context length', errors.contextLength('The prompt is 5000 tokens; the context holds 4096.'), 400,
      { message: 'The prompt is 5000 tokens; the context holds 4096.', type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' }, null],
    ['executor failed', errors.executorFailed('The executor died.'), 502,
      { message: 'The executor died.', type: 'server_error', param: null, code: 'executor_failed' }, null],
    ['insufficient memory', errors.insufficientMemory('tiny needs 9000 MiB; the largest device has 8000.'), 507,
      { message: 'tiny needs 9000 MiB; the largest device has 8000.', type: 'server_error', param: 'model', code: 'insufficient_memory' }, null],
    ['cancelled', errors.cancelled(), 503,
      { message: 'The request was cancelled.', type: 'server_error', param: null, code: 'cancelled' }, null],
  ];

  for (const [name, err, status, error, retryAfter] of FABRIC_ERRORS) {
    test(`${name} → ${status}${retryAfter ? ` with Retry-After: ${retryAfter}` : ''}, streamed or not`, async () => {
      const g = fakeGateway();
      for (const stream of [false, true]) {
        // Streamed too: a failure before the first chunk gets its real status.
        g.fabric.willAnswer({ error: err });
        const res = await postChat(g.app, chatBody({ stream }));
        assert.equal(res.headers.get('retry-after'), retryAfter, `stream: ${stream}`);
        await expectError(res, status, error);
      }
    });
  }

  test('a whole answer failing after some chunks: the error status, and none of the text', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ chunks: [textChunk('partial')], error: errors.executorFailed('The executor died.') });
    await expectError(await postChat(g.app, chatBody()), 502, { message: 'The executor died.', type: 'server_error', param: null, code: 'executor_failed' });
  });

  test('a stream failing after it started: an error event ends it, with no [DONE]', async () => {
    const g = fakeGateway();
    const { data, events } = await streamChat(g, {}, { chunks: [textChunk('partial')], error: errors.queueFull('full', 3) });
    assert.ok(!data.includes('[DONE]'));
    assert.deepEqual(events.map((e) => e.choices?.[0]?.delta), [{ role: 'assistant', content: '' }, { content: 'partial' }, undefined]);
    assert.deepEqual(JSON.parse(data.at(-1)!), { error: { message: 'full', type: 'rate_limit_error', param: null, code: 'queue_full' } });
  });

  test('anything but a WeftError is a 500 that does not leak its message, and is logged', async () => {
    const g = fakeGateway();
    g.fabric.willAnswer({ error: new Error('ECONNRESET 10.0.0.3 secret=hunter2') });
    const res = await postChat(g.app, chatBody());
    await expectError(res, 500, { message: 'Internal server error.', type: 'server_error', param: null, code: 'internal_error' });
    assert.ok(g.log.lines.some((l) => l.level === 'error' && l.msg === 'internal error'));
  });

  test('the same mid-stream: an internal_error event, logged as "stream failed"', async () => {
    const g = fakeGateway();
    const { data } = await streamChat(g, {}, { chunks: [textChunk('a')], error: new Error('secret=hunter2') });
    assert.deepEqual(JSON.parse(data.at(-1)!), { error: { message: 'Internal server error.', type: 'server_error', param: null, code: 'internal_error' } });
    assert.ok(g.log.lines.some((l) => l.level === 'error' && l.msg === 'stream failed'));
  });
});

// ---------------------------------------------------------------- models, health, the rest

describe('GET /v1/models', () => {
  test('lists deps.models(), sorted by id, as OpenAI model objects', async () => {
    const { app } = fakeGateway({ models: ['zeta', 'alpha', 'org/mid'] });
    const res = await app.request('/v1/models');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      object: 'list',
      data: ['alpha', 'org/mid', 'zeta'].map((id) => ({ id, object: 'model', created: 0, owned_by: 'weft' })),
    });
  });

  test('an empty list when no model is served', async () => {
    const { app } = fakeGateway({ models: [] });
    assert.deepEqual(await (await app.request('/v1/models')).json(), { object: 'list', data: [] });
  });

  test('GET /v1/models/{id} answers one model, ids with a slash included', async () => {
    const { app } = fakeGateway({ models: ['tiny', 'org/mid'] });
    for (const id of ['tiny', 'org/mid']) {
      const res = await app.request(`/v1/models/${id}`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { id, object: 'model', created: 0, owned_by: 'weft' });
    }
  });

  test('a catalog model lists the tasks its entry holds (read from its file), else its engine\'s', async () => {
    const entries: Record<string, ICatalogModel> = {
      reranker: { name: 'reranker', engine: 'llama.cpp', format: 'gguf', tasks: [Task.TASK_RERANK] },
      chat: { name: 'chat', engine: 'llama.cpp', format: 'gguf', tasks: [Task.TASK_CHAT, Task.TASK_EMBED] },
      encoder: { name: 'encoder', engine: 'onnxruntime', format: 'onnx', tasks: [] },
    };
    const { app } = fakeGateway({ models: Object.keys(entries), catalog: { ...emptyCatalog, get: (id) => entries[id] } });
    const body = await (await app.request('/v1/models')).json() as { data: { id: string; tasks: string[]; engine: string }[] };
    assert.deepEqual(body.data.map((m) => [m.id, m.engine, m.tasks]), [
      ['chat', 'llama.cpp', ['chat', 'embed']],
      ['encoder', 'onnxruntime', ['embed', 'rerank', 'detectSpeech']],
      ['reranker', 'llama.cpp', ['rerank']],
    ]);
    assert.deepEqual((await (await app.request('/v1/models/reranker')).json() as { tasks: string[] }).tasks, ['rerank']);
  });

  test('GET /v1/models/{id} of a model not served: 404 model_not_found', async () => {
    const { app } = fakeGateway();
    await expectError(await app.request('/v1/models/nope'), 404,
      { message: "The model 'nope' does not exist or is not served here.", type: 'invalid_request_error', param: 'model', code: 'model_not_found' });
  });
});

describe('health probes', () => {
  test('GET /healthz: {"status":"ok"}', async () => {
    const { app } = fakeGateway({ readiness: () => ({ natsConnected: false, executors: 0, models: [], loading: [] }) });
    const res = await app.request('/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  test('GET /readyz when ready: executors, models serving and loading, and the pid', async () => {
    const { app } = fakeGateway({ readiness: () => ({ natsConnected: true, executors: 2, models: ['a', 'b'], loading: ['c'] }) });
    const res = await app.request('/readyz');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ready', executors: 2, models: ['a', 'b'], loading: ['c'], pid: process.pid });
  });

  test('GET /readyz without NATS: 503 not_ready', async () => {
    const { app } = fakeGateway({ readiness: () => ({ natsConnected: false, executors: 2, models: ['a'], loading: [] }) });
    await expectError(await app.request('/readyz'), 503, { message: 'Not ready: NATS is not connected.', type: 'server_error', param: null, code: 'not_ready' });
  });

  test('GET /readyz with no executor: 503 not_ready', async () => {
    const { app } = fakeGateway({ readiness: () => ({ natsConnected: true, executors: 0, models: [], loading: [] }) });
    await expectError(await app.request('/readyz'), 503, { message: 'Not ready: no executor is registered.', type: 'server_error', param: null, code: 'not_ready' });
  });
});

describe('unknown routes', () => {
  test('an unknown URL: 404 unknown_url naming the method and path', async () => {
    const { app } = fakeGateway();
    await expectError(await app.request('/nope'), 404,
      { message: 'Unknown request URL: GET /nope.', type: 'invalid_request_error', param: null, code: 'unknown_url' });
    await expectError(await app.request('/v1/moderations', { method: 'POST', body: '{}' }), 404,
      { message: 'Unknown request URL: POST /v1/moderations.', type: 'invalid_request_error', param: null, code: 'unknown_url' });
  });

  test('a known path with another method is an unknown URL too', async () => {
    const { app } = fakeGateway();
    await expectError(await app.request('/v1/models', { method: 'POST' }), 404,
      { message: 'Unknown request URL: POST /v1/models.', type: 'invalid_request_error', param: null, code: 'unknown_url' });
    await expectError(await app.request(CHAT), 404,
      { message: `Unknown request URL: GET ${CHAT}.`, type: 'invalid_request_error', param: null, code: 'unknown_url' });
  });
});

describe('x-request-id', () => {
  test('every response carries a new request id: answers, errors and streams', async () => {
    const { app } = fakeGateway({ keys: KEYS });
    const auth = { authorization: `Bearer ${USER_KEY}` };
    const responses = [
      await app.request('/healthz'),
      await app.request('/v1/models', { headers: auth }),
      await app.request('/v1/models'),
      await app.request('/nope'),
      await postChat(app, chatBody(), auth),
      await postChat(app, chatBody({ stream: true }), auth),
      await postChat(app, '{', auth),
    ];
    const ids = responses.map((r) => r.headers.get('x-request-id') ?? '');
    for (const id of ids) assert.match(id, REQUEST_ID);
    assert.equal(new Set(ids).size, ids.length);
    await Promise.all(responses.map((r) => r.body?.cancel()));
  });
});

describe('CORS (corsOrigins)', () => {
  const ORIGIN = 'https://app.example';

  test('none configured: no CORS headers', async () => {
    const { app } = fakeGateway({ corsOrigins: [] });
    const res = await app.request('/v1/models', { headers: { origin: ORIGIN } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('a preflight from an allowed origin is answered before auth: 204 with the allowed methods and headers', async () => {
    const { app } = fakeGateway({ keys: KEYS, corsOrigins: [ORIGIN] });
    const res = await app.request(CHAT, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    assert.equal(res.headers.get('access-control-allow-headers'), 'authorization,content-type');
    assert.equal(res.headers.get('access-control-max-age'), '600');
  });

  test('responses to an allowed origin, errors included, let it read the request id, Retry-After and the rate-limit headers', async () => {
    const { app } = fakeGateway({ keys: KEYS, corsOrigins: [ORIGIN] });
    const withKeyAndWithout: Record<string, string>[] = [{ origin: ORIGIN }, { origin: ORIGIN, authorization: `Bearer ${USER_KEY}` }];
    for (const headers of withKeyAndWithout) {
      const res = await app.request('/v1/models', { headers });
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN, `status ${res.status}`);
      assert.equal(res.headers.get('access-control-expose-headers'), ['x-request-id', 'traceparent', 'Retry-After', 'retry-after-ms',
        ...['requests', 'tokens'].flatMap((k) => [`x-ratelimit-limit-${k}`, `x-ratelimit-remaining-${k}`, `x-ratelimit-reset-${k}`])].join(','));
      await res.body?.cancel();
    }
  });

  test('another origin gets no Access-Control-Allow-Origin', async () => {
    const { app } = fakeGateway({ corsOrigins: [ORIGIN] });
    const res = await app.request('/v1/models', { headers: { origin: 'https://evil.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test("'*' allows any origin", async () => {
    const { app } = fakeGateway({ corsOrigins: ['*'] });
    const res = await app.request('/v1/models', { headers: { origin: 'https://anywhere.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });
});
