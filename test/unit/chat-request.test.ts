// parseChatRequest: an OpenAI chat completion body, validated and normalised
// into the wire ChatRequest. Every rejection is an INVALID_REQUEST WeftError
// whose `param` names the field at fault.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, WeftError } from '../../proto/index.ts';
import { parseChatRequest } from '../../openai/chat-request.ts';

const MINIMAL = { model: 'tiny', messages: [{ role: 'user', content: 'Hello' }] };

/** Asserts that `body` is rejected as INVALID_REQUEST naming `param` (and its message, when given). */
function rejects(body: unknown, param: string | undefined, message?: string | RegExp, code: ErrorCode = ErrorCode.ERROR_CODE_INVALID_REQUEST): void {
  let caught: unknown;
  try {
    parseChatRequest(body);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught !== undefined, `expected ${JSON.stringify(body)} to be rejected`);
  assert.ok(WeftError.is(caught), `expected a WeftError, got ${String(caught)}`);
  assert.equal(caught.code, code);
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

  test('content parts that are not text, naming the part and saying the model takes text only', () => {
    rejects({ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] },
      'messages[0].content[0].type', /'image_url' content parts are not supported: the models served here take text only/, ErrorCode.ERROR_CODE_UNSUPPORTED);
    rejects({ model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'input_audio', input_audio: {} }] }] },
      'messages[0].content[1].type', /'input_audio' content parts are not supported/, ErrorCode.ERROR_CODE_UNSUPPORTED);
    // Text parts are joined.
    const joined = parseChatRequest({ model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }] });
    assert.equal(joined.chat.messages![0]!.content, 'ab');
    rejects({ model: 'm', messages: [{ role: 'user', content: [{ type: 'texty', text: 'a' }] }] }, 'messages[0].content[0].type', /expected a content part of type 'text'/);
  });

  test('temperature 3 (range 0..2)', () => rejects({ ...MINIMAL, temperature: 3 }, 'temperature'));
  test('top_p -1 (range 0..1)', () => rejects({ ...MINIMAL, top_p: -1 }, 'top_p'));

  test('max_tokens 0, 1.5 and "10" (a positive integer number)', () => {
    rejects({ ...MINIMAL, max_tokens: 0 }, 'max_tokens');
    rejects({ ...MINIMAL, max_tokens: 1.5 }, 'max_tokens');
    rejects({ ...MINIMAL, max_tokens: '10' }, 'max_tokens', /^Invalid value for 'max_tokens'/);
  });

  test('max_completion_tokens 0', () => rejects({ ...MINIMAL, max_completion_tokens: 0 }, 'max_completion_tokens'));
  test('stop with 5 entries (at most 4)', () => rejects({ ...MINIMAL, stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop', "Invalid value for 'stop': expected at most 4 stop sequences."));
  test('n=2 (only n=1 is supported)', () => rejects({ ...MINIMAL, n: 2 }, 'n', /only n=1/));
  test('a tool whose name is not a function name', () => rejects({ ...MINIMAL, tools: [{ type: 'function', function: { name: 'f g' } }] }, 'tools[0].function.name', /expected a function name/));
  test('non-empty functions (not supported)', () => rejects({ ...MINIMAL, functions: [{ name: 'f' }] }, 'functions'));
  test('top_logprobs beyond 20, fractional, or logprobs not a boolean', () => {
    rejects({ ...MINIMAL, logprobs: true, top_logprobs: 21 }, 'top_logprobs', /from 0 to 20/);
    rejects({ ...MINIMAL, logprobs: true, top_logprobs: 1.5 }, 'top_logprobs');
    rejects({ ...MINIMAL, logprobs: 'yes' }, 'logprobs');
  });
  test('top_logprobs without logprobs true (as OpenAI)', () => {
    rejects({ ...MINIMAL, top_logprobs: 2 }, 'top_logprobs', /'logprobs' must be true/);
    rejects({ ...MINIMAL, logprobs: false, top_logprobs: 2 }, 'top_logprobs', /'logprobs' must be true/);
  });
  test('logprobs together with tools (UNSUPPORTED naming logprobs)', () => rejects(
    { ...MINIMAL, logprobs: true, tools: [{ type: 'function', function: { name: 'f' } }] }, 'logprobs', /logprobs together with tools/, ErrorCode.ERROR_CODE_UNSUPPORTED,
  ));
  test('seed -1 (a non-negative integer)', () => rejects({ ...MINIMAL, seed: -1 }, 'seed'));
  test('seed beyond 2^53 (not exact as a JS number)', () => rejects({ ...MINIMAL, seed: 2 ** 60 }, 'seed'));
  test('presence_penalty 2.5 (range -2..2)', () => rejects({ ...MINIMAL, presence_penalty: 2.5 }, 'presence_penalty'));

  test('bodies that are not JSON objects: null, array, string, number', () => {
    for (const body of [null, [], [MINIMAL], 'text', 42, true, undefined]) {
      rejects(body, undefined, 'The request body must be a JSON object.');
    }
  });
});

describe('parseChatRequest rejects by name every field that would change the answer and is not implemented', () => {
  const cases: [string, object, string, RegExp][] = [
    ['response_format json_schema without its object', { response_format: { type: 'json_schema' } }, 'response_format.json_schema', /needs a 'json_schema' object/],
    ['response_format json_schema whose schema is not an object', { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: 'y' } } }, 'response_format.json_schema.schema', /JSON Schema object/],
    ['an unknown response_format type', { response_format: { type: 'yaml' } }, 'response_format.type', /expected one of 'text', 'json_object', 'json_schema'/],
    ['response_format without a type', { response_format: {} }, 'response_format.type', /^Missing required parameter: 'response_format\.type'/],
    ['response_format not an object', { response_format: 'json' }, 'response_format', /expected an object like \{"type": "text"\}/],
    ['logit_bias', { logit_bias: { '1234': 5 } }, 'logit_bias', /logit_bias is not supported/],
    ['modalities with audio', { modalities: ['text', 'audio'] }, 'modalities', /'audio' modality is not supported/],
    ['modalities with something else', { modalities: ['video'] }, 'modalities', /expected \["text"\]/],
    ['audio output', { audio: { voice: 'alloy', format: 'wav' } }, 'audio', /audio output is not supported/],
    ['prediction', { prediction: { type: 'content', content: 'x' } }, 'prediction', /Predicted Outputs\) is not supported/],
    ['reasoning_effort', { reasoning_effort: 'low' }, 'reasoning_effort', /reasoning_effort is not supported/],
    ['verbosity', { verbosity: 'low' }, 'verbosity', /verbosity is not supported/],
    ['web_search_options', { web_search_options: {} }, 'web_search_options', /web_search_options is not supported/],
    ['tool_choice required without tools', { tool_choice: 'required' }, 'tool_choice', /a tool_choice that requires a call needs tools/],
    ['function_call naming a function', { function_call: { name: 'f' } }, 'function_call', /not supported/],
    ['stream_options without stream', { stream_options: { include_usage: true } }, 'stream_options', /stream_options is only allowed when 'stream' is true/],
    ['stream_options with stream false', { stream: false, stream_options: { include_usage: true } }, 'stream_options', /only allowed when 'stream' is true/],
  ];
  for (const [name, extra, param, message] of cases) {
    test(`${name} → param ${param}`, () => rejects({ ...MINIMAL, ...extra }, param, message));
  }

  test('a named tool_choice not among the tools; tools with a JSON response format; a parameters keyword the grammar cannot enforce', () => {
    const tools = [{ type: 'function', function: { name: 'f' } }];
    rejects({ ...MINIMAL, tools, tool_choice: { type: 'function', function: { name: 'g' } } }, 'tool_choice.function.name', /not among the tools/);
    rejects({ ...MINIMAL, tools, response_format: { type: 'json_object' } }, 'response_format', /together with tools/, ErrorCode.ERROR_CODE_UNSUPPORTED);
    rejects({ ...MINIMAL, tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'string', pattern: 'x' } } } } }] },
      'tools[0].function.parameters', /'pattern' is not supported \(at \$\.properties\.a\)/);
    rejects({ ...MINIMAL, response_format: { type: 'json_schema', json_schema: { name: 'n', schema: { type: 'integer', minimum: 0 } } } },
      'response_format.json_schema.schema', /'minimum' is not supported/);
  });

  test("zod's .int() bounds (the JavaScript safe integers) are read as a plain integer, not refused", () => {
    const schema = { type: 'object', properties: { year: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER } }, required: ['year'] };
    const r = parseChatRequest({ ...MINIMAL, response_format: { type: 'json_schema', json_schema: { name: 'n', schema } } });
    assert.deepEqual(JSON.parse(r.chat.responseFormat!.schema!).properties.year, { type: 'integer' });
  });
});

describe('parseChatRequest: tools', () => {
  test('tools, tool_choice and earlier turns\' calls and results become the wire request', () => {
    const parameters = { type: 'object', properties: { city: { type: 'string', title: 'City' } }, required: ['city'] };
    const r = parseChatRequest({
      model: 'm', tools: [{ type: 'function', function: { name: 'weather', description: 'd', parameters } }],
      tool_choice: { type: 'function', function: { name: 'weather' } }, parallel_tool_calls: false,
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"x"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
      ],
    });
    // Annotations (title) are dropped from the schema the grammar gets.
    assert.deepEqual(r.chat.tools, [{ name: 'weather', description: 'd', parameters: JSON.stringify({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) }]);
    assert.equal(r.chat.toolChoice, 'function:weather');
    assert.equal(r.chat.parallelToolCalls, false);
    assert.deepEqual(r.chat.messages![1]!.toolCalls, [{ id: 'c1', name: 'weather', arguments: '{"city":"x"}' }]);
    assert.equal(r.chat.messages![2]!.toolCallId, 'c1');
    assert.equal(parseChatRequest({ ...MINIMAL, tools: [{ type: 'function', function: { name: 'f' } }], tool_choice: 'none' }).chat.tools, undefined);
    assert.equal(parseChatRequest({ ...MINIMAL, tools: [{ type: 'function', function: { name: 'f' } }] }).chat.toolChoice, 'auto');
  });
});

describe('parseChatRequest: structured output', () => {
  test('json_object and json_schema become the wire response format (the schema as JSON text)', () => {
    assert.deepEqual(parseChatRequest({ ...MINIMAL, response_format: { type: 'json_object' } }).chat.responseFormat, { type: 'json_object', schema: '' });
    const schema = { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] };
    const r = parseChatRequest({ ...MINIMAL, response_format: { type: 'json_schema', json_schema: { name: 'thing', schema, strict: true } } });
    assert.deepEqual(r.chat.responseFormat, { type: 'json_schema', schema: JSON.stringify(schema) });
    assert.equal(parseChatRequest({ ...MINIMAL, response_format: { type: 'text' } }).chat.responseFormat, undefined);
  });
});

describe('parseChatRequest: logprobs', () => {
  test('logprobs true with top_logprobs: both on the wire; unset, 0 by default', () => {
    assert.deepEqual(pick(parseChatRequest({ ...MINIMAL, logprobs: true, top_logprobs: 20 }).chat), { logprobs: true, topLogprobs: 20 });
    assert.deepEqual(pick(parseChatRequest({ ...MINIMAL, logprobs: true }).chat), { logprobs: true, topLogprobs: 0 });
  });
  test('logprobs false or null: nothing on the wire; tools with tool_choice none do not count', () => {
    assert.deepEqual(pick(parseChatRequest({ ...MINIMAL, logprobs: false }).chat), {});
    assert.deepEqual(pick(parseChatRequest({ ...MINIMAL, logprobs: null, top_logprobs: null }).chat), {});
    const none = parseChatRequest({ ...MINIMAL, logprobs: true, tools: [{ type: 'function', function: { name: 'f' } }], tool_choice: 'none' });
    assert.equal(none.chat.logprobs, true);
  });
  test('logprobs with a response_format (enforced by a grammar while logprobs are computed)', () => {
    const r = parseChatRequest({ ...MINIMAL, logprobs: true, top_logprobs: 1, response_format: { type: 'json_object' } });
    assert.equal(r.chat.logprobs, true);
    assert.equal(r.chat.responseFormat?.type, 'json_object');
  });
});

function pick(chat: { logprobs?: boolean | null; topLogprobs?: number | null }) {
  return { ...(chat.logprobs != null ? { logprobs: chat.logprobs } : {}), ...(chat.topLogprobs != null ? { topLogprobs: chat.topLogprobs } : {}) };
}

describe('parseChatRequest accepts the "off" value of unimplemented fields, and bookkeeping fields', () => {
  test('response_format text, modalities ["text"], empty logit_bias, top_logprobs 0, tool_choice none/auto', () => {
    for (const extra of [
      { response_format: { type: 'text' } }, { modalities: ['text'] }, { logit_bias: {} }, { top_logprobs: 0 }, { logit_bias: null, audio: null, prediction: null },
      { tool_choice: 'none' }, { tool_choice: 'auto', parallel_tool_calls: true }, { function_call: 'none' }, { messages: [{ role: 'assistant', content: 'a', tool_calls: [] }] },
    ]) {
      assert.doesNotThrow(() => parseChatRequest({ ...MINIMAL, ...extra }), JSON.stringify(extra));
    }
  });

  test('user, safety_identifier, prompt_cache_key, metadata, store and service_tier change nothing', () => {
    const plain = parseChatRequest(MINIMAL);
    const r = parseChatRequest({ ...MINIMAL, user: 'u', safety_identifier: 's', prompt_cache_key: 'k', metadata: { team: 'a' }, store: true, service_tier: 'auto' });
    assert.deepEqual(r, plain);
  });

  test('stream_options with stream true, or null with stream off', () => {
    assert.equal(parseChatRequest({ ...MINIMAL, stream: true, stream_options: { include_usage: false } }).includeUsage, false);
    assert.doesNotThrow(() => parseChatRequest({ ...MINIMAL, stream_options: null }));
  });
});

describe('every rejection says which rule failed', () => {
  // One body per rule of the schema; none may answer zod's bare "Invalid input".
  const corpus: [object, string][] = [
    [{ messages: MINIMAL.messages }, 'model'],
    [{ ...MINIMAL, model: '' }, 'model'],
    [{ ...MINIMAL, model: 'x'.repeat(300) }, 'model'],
    [{ model: 'm', messages: 'hi' }, 'messages'],
    [{ model: 'm', messages: ['hi'] }, 'messages[0]'],
    [{ model: 'm', messages: [{ content: 'x' }] }, 'messages[0].role'],
    [{ model: 'm', messages: [{ role: 'user', content: { a: 1 } }] }, 'messages[0].content'],
    [{ model: 'm', messages: [{ role: 'user', content: [] }] }, 'messages[0].content'],
    [{ model: 'm', messages: [{ role: 'user', content: [{ type: 'text' }] }] }, 'messages[0].content[0].text'],
    [{ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }, 'messages[0].content[0].type'],
    [{ model: 'm', messages: [{ role: 'user', content: 'x', name: 'n'.repeat(300) }] }, 'messages[0].name'],
    [{ ...MINIMAL, stream: 'yes' }, 'stream'],
    [{ ...MINIMAL, stream: true, stream_options: { include_usage: 'y' } }, 'stream_options.include_usage'],
    [{ ...MINIMAL, temperature: 'hot' }, 'temperature'],
    [{ ...MINIMAL, top_p: 2 }, 'top_p'],
    [{ ...MINIMAL, max_tokens: 2e6 }, 'max_tokens'],
    [{ ...MINIMAL, stop: 5 }, 'stop'],
    [{ ...MINIMAL, stop: ['a', 5] }, 'stop[1]'],
    [{ ...MINIMAL, stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop'],
    [{ ...MINIMAL, seed: 1.5 }, 'seed'],
    [{ ...MINIMAL, n: 0 }, 'n'],
    [{ ...MINIMAL, user: 5 }, 'user'],
    [{ ...MINIMAL, store: 'yes' }, 'store'],
    [{ ...MINIMAL, modalities: 'text' }, 'modalities'],
  ];
  for (const [body, param] of corpus) {
    test(`${JSON.stringify(body).slice(0, 90)} → ${param}`, () => {
      let caught: WeftError | undefined;
      try {
        parseChatRequest(body);
      } catch (err) {
        caught = err as WeftError;
      }
      assert.ok(caught, 'rejected');
      assert.equal(caught.param, param);
      assert.doesNotMatch(caught.message, /Invalid input/);
      assert.match(caught.message, /expected|Missing required parameter|not supported|only/);
    });
  }
});

describe('lone UTF-16 surrogates', () => {
  // "\ud800" is valid JSON but has no UTF-8 form: no scheduler could decode
  // the request it would be encoded into.
  test('in content, text parts, names, stop strings and the model name become U+FFFD', () => {
    const r = parseChatRequest({
      model: 'm\udc00',
      messages: [{ role: 'user', content: 'a\ud800b', name: '\udfff' }, { role: 'user', content: [{ type: 'text', text: 'x\ud800' }] }],
      stop: ['\ud800'],
    });
    assert.equal(r.model, 'm\ufffd');
    assert.deepEqual(r.chat.messages!.map((m) => [m.content, m.name]), [['a\ufffdb', '\ufffd'], ['x\ufffd', '']]);
    assert.deepEqual(r.chat.sampling!.stop, ['\ufffd']);
  });

  test('well-formed surrogate pairs are kept', () => {
    assert.equal(parseChatRequest({ model: 'm', messages: [{ role: 'user', content: '😀 \ud83d\ude00' }] }).chat.messages![0]!.content, '😀 😀');
  });
});
