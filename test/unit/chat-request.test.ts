// parseChatRequest: an OpenAI chat completion body, validated and normalised
// into the wire ChatRequest. Every rejection is an INVALID_REQUEST WeftError
// whose `param` names the field at fault.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, WeftError } from '../../proto/index.ts';
import { parseChatRequest } from '../../gateway/openai/chat-request.ts';

const MINIMAL = { model: 'tiny', messages: [{ role: 'user', content: 'Hello' }] };

/** Asserts that `body` is rejected as INVALID_REQUEST naming `param` (and its message, when given). */
function rejects(body: unknown, param: string | undefined, message?: string | RegExp): void {
  let caught: unknown;
  try {
    parseChatRequest(body);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught !== undefined, `expected ${JSON.stringify(body)} to be rejected`);
  assert.ok(WeftError.is(caught), `expected a WeftError, got ${String(caught)}`);
  assert.equal(caught.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
  assert.equal(caught.param, param);
  if (typeof message === 'string') assert.equal(caught.message, message);
  else if (message) assert.match(caught.message, message);
}

describe('parseChatRequest accepts', () => {
  test('a minimal request, with defaults for everything unset', () => {
    assert.deepEqual(parseChatRequest(MINIMAL), {
      model: 'tiny',
      stream: false,
      includeUsage: false,
      chat: { messages: [{ role: 'user', content: 'Hello', name: '' }], sampling: { maxTokens: 0, stop: [] } },
    });
  });

  test('content given as an array of text parts, flattened into one string', () => {
    const r = parseChatRequest({
      model: 'tiny',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello, ' }, { type: 'text', text: 'world' }] }],
    });
    assert.equal(r.chat.messages![0]!.content, 'Hello, world');
  });

  test('null or absent content (an assistant turn) as the empty string', () => {
    const r = parseChatRequest({ model: 'm', messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: null }, { role: 'assistant' }] });
    assert.deepEqual(r.chat.messages!.map((m) => m.content), ['q', '', '']);
  });

  test('every role OpenAI defines, and message names', () => {
    const roles = ['system', 'developer', 'user', 'assistant', 'tool'];
    const r = parseChatRequest({ model: 'm', messages: roles.map((role) => ({ role, content: role, name: `n-${role}` })) });
    assert.deepEqual(r.chat.messages!.map((m) => [m.role, m.name]), roles.map((role) => [role, `n-${role}`]));
  });

  test('max_completion_tokens wins over max_tokens', () => {
    assert.equal(parseChatRequest({ ...MINIMAL, max_tokens: 10, max_completion_tokens: 20 }).chat.sampling!.maxTokens, 20);
    assert.equal(parseChatRequest({ ...MINIMAL, max_tokens: 10 }).chat.sampling!.maxTokens, 10);
    assert.equal(parseChatRequest({ ...MINIMAL, max_tokens: 10, max_completion_tokens: null }).chat.sampling!.maxTokens, 10);
  });

  test('a stop string becomes a one-element array; empty stop strings are dropped', () => {
    assert.deepEqual(parseChatRequest({ ...MINIMAL, stop: 'END' }).chat.sampling!.stop, ['END']);
    assert.deepEqual(parseChatRequest({ ...MINIMAL, stop: ['a', '', 'b'] }).chat.sampling!.stop, ['a', 'b']);
    assert.deepEqual(parseChatRequest({ ...MINIMAL, stop: null }).chat.sampling!.stop, []);
  });

  test('sampling settings, 0 included, are carried; null ones are left unset', () => {
    const s = parseChatRequest({
      ...MINIMAL, temperature: 0, top_p: 1, seed: 0, presence_penalty: -2, frequency_penalty: 2,
    }).chat.sampling!;
    assert.deepEqual(s, { maxTokens: 0, stop: [], temperature: 0, topP: 1, seed: 0, presencePenalty: -2, frequencyPenalty: 2 });
    const unset = parseChatRequest({ ...MINIMAL, temperature: null, top_p: null, seed: null }).chat.sampling!;
    for (const k of ['temperature', 'topP', 'seed', 'presencePenalty', 'frequencyPenalty']) assert.equal(Object.hasOwn(unset, k), false, k);
  });

  test('stream and stream_options.include_usage', () => {
    const r = parseChatRequest({ ...MINIMAL, stream: true, stream_options: { include_usage: true } });
    assert.equal(r.stream, true);
    assert.equal(r.includeUsage, true);
    assert.equal(parseChatRequest({ ...MINIMAL, stream: null }).stream, false);
  });

  test('n=1, empty tools, logprobs false and unknown extra fields', () => {
    assert.doesNotThrow(() => parseChatRequest({ ...MINIMAL, n: 1, tools: [], functions: null, logprobs: false, user: 'u', metadata: { x: 1 } }));
  });
});

describe('parseChatRequest rejects, naming the field in param', () => {
  test("a missing model: \"Missing required parameter: 'model'.\"", () => {
    rejects({ messages: MINIMAL.messages }, 'model', "Missing required parameter: 'model'.");
  });

  test('missing messages', () => {
    rejects({ model: 'm' }, 'messages', "Missing required parameter: 'messages'.");
  });

  test('a model that is not a non-empty string', () => {
    rejects({ ...MINIMAL, model: '' }, 'model', /^Invalid value for 'model'/);
    rejects({ ...MINIMAL, model: null }, 'model', /^Invalid value for 'model'/);
    rejects({ ...MINIMAL, model: 7 }, 'model', /^Invalid value for 'model'/);
  });

  test('empty messages', () => {
    rejects({ model: 'm', messages: [] }, 'messages', /^Invalid value for 'messages'/);
  });

  test('an unknown role, by index: messages[1].role', () => {
    rejects({ model: 'm', messages: [{ role: 'user', content: 'a' }, { role: 'robot', content: 'b' }] }, 'messages[1].role', /^Invalid value for 'messages\[1\]\.role'/);
  });

  test('content parts that are not text', () => {
    rejects({ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }, 'messages[0].content');
  });

  test('temperature 3 (range 0..2)', () => rejects({ ...MINIMAL, temperature: 3 }, 'temperature'));
  test('top_p -1 (range 0..1)', () => rejects({ ...MINIMAL, top_p: -1 }, 'top_p'));

  test('max_tokens 0, 1.5 and "10" (a positive integer number)', () => {
    rejects({ ...MINIMAL, max_tokens: 0 }, 'max_tokens');
    rejects({ ...MINIMAL, max_tokens: 1.5 }, 'max_tokens');
    rejects({ ...MINIMAL, max_tokens: '10' }, 'max_tokens', /^Invalid value for 'max_tokens'/);
  });

  test('max_completion_tokens 0', () => rejects({ ...MINIMAL, max_completion_tokens: 0 }, 'max_completion_tokens'));
  test('stop with 5 entries (at most 4)', () => rejects({ ...MINIMAL, stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop'));
  test('n=2 (only n=1 is supported)', () => rejects({ ...MINIMAL, n: 2 }, 'n', /only n=1/));
  test('non-empty tools (not supported)', () => rejects({ ...MINIMAL, tools: [{ type: 'function', function: { name: 'f' } }] }, 'tools', /tools is not supported/));
  test('non-empty functions (not supported)', () => rejects({ ...MINIMAL, functions: [{ name: 'f' }] }, 'functions'));
  test('logprobs true (not supported)', () => rejects({ ...MINIMAL, logprobs: true }, 'logprobs', /logprobs is not supported/));
  test('seed -1 (a non-negative integer)', () => rejects({ ...MINIMAL, seed: -1 }, 'seed'));
  test('seed beyond 2^53 (not exact as a JS number)', () => rejects({ ...MINIMAL, seed: 2 ** 60 }, 'seed'));
  test('presence_penalty 2.5 (range -2..2)', () => rejects({ ...MINIMAL, presence_penalty: 2.5 }, 'presence_penalty'));

  test('bodies that are not JSON objects: null, array, string, number', () => {
    for (const body of [null, [], [MINIMAL], 'text', 42, true, undefined]) {
      rejects(body, undefined, 'The request body must be a JSON object.');
    }
  });
});
