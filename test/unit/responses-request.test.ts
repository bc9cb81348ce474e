// parseResponsesRequest: an OpenAI Responses API body (POST /v1/responses),
// validated and normalised into the wire ChatRequest chat sends. What is
// not served (stored responses, conversations, tools, reasoning, non-text
// input) is refused by name with code UNSUPPORTED, unknown fields too;
// malformed fields are INVALID_REQUEST naming the field. And the Response
// objects built for the answer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, WeftError } from '../../proto/index.ts';
import { outputMessage, outputText, parseResponsesRequest, responseObject } from '../../openai/responses-request.ts';

const MINIMAL = { model: 'tiny', input: 'Hello' };

/** Asserts that `body` is rejected with `code`, naming `param` (and matching `message` when given). */
function rejects(body: unknown, param: string | undefined, code: ErrorCode, message?: RegExp): void {
  let caught: unknown;
  try {
    parseResponsesRequest(body);
  } catch (err) {
    caught = err;
  }
  assert.ok(WeftError.is(caught), `expected ${JSON.stringify(body)} to be rejected, got ${String(caught)}`);
  assert.equal(caught.param ?? undefined, param, `${JSON.stringify(body)}: ${caught.message}`);
  assert.equal(caught.code, code, caught.message);
  if (message) assert.match(caught.message, message);
}
const invalid = (body: unknown, param: string | undefined, message?: RegExp) => rejects(body, param, ErrorCode.ERROR_CODE_INVALID_REQUEST, message);
const unsupported = (body: unknown, param: string, message?: RegExp) => rejects(body, param, ErrorCode.ERROR_CODE_UNSUPPORTED, message);

describe('parseResponsesRequest accepts', () => {
  test('a string input: one user message; defaults for everything unset, echoed as OpenAI does', () => {
    assert.deepEqual(parseResponsesRequest(MINIMAL), {
      model: 'tiny',
      stream: false,
      chat: { messages: [{ role: 'user', content: 'Hello', name: '' }], sampling: { maxTokens: 0, stop: [] } },
      settings: {
        instructions: null, max_output_tokens: null, temperature: null, top_p: null, metadata: {},
        parallel_tool_calls: true, tool_choice: 'auto', text: { format: { type: 'text' } },
      },
    });
  });

  test('instructions: a system message before the input', () => {
    const r = parseResponsesRequest({ ...MINIMAL, instructions: 'Be brief.' });
    assert.deepEqual(r.chat.messages, [{ role: 'system', content: 'Be brief.', name: '' }, { role: 'user', content: 'Hello', name: '' }]);
    assert.equal(r.settings.instructions, 'Be brief.');
  });

  test('input items: easy messages and message items, every role; text parts joined; a previous output item as history', () => {
    const r = parseResponsesRequest({
      model: 'tiny',
      input: [
        { role: 'developer', content: 'dev' },
        { role: 'system', content: [{ type: 'input_text', text: 'sys' }] },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello, ' }, { type: 'input_text', text: 'world' }] },
        // As a Response's `output` comes back (id, status, annotations and logprobs are dropped).
        { type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Hi!', annotations: [], logprobs: [] }] },
        { role: 'assistant', content: 'plain' },
        { role: 'user', content: 'again' },
      ],
    });
    assert.deepEqual(r.chat.messages!.map((m) => [m.role, m.content]), [
      ['developer', 'dev'], ['system', 'sys'], ['user', 'Hello, world'], ['assistant', 'Hi!'], ['assistant', 'plain'], ['user', 'again'],
    ]);
  });

  test('max_output_tokens, temperature and top_p are the sampling settings, and echoed', () => {
    const r = parseResponsesRequest({ ...MINIMAL, max_output_tokens: 20, temperature: 0, top_p: 0.5 });
    assert.deepEqual(r.chat.sampling, { maxTokens: 20, stop: [], temperature: 0, topP: 0.5 });
    assert.deepEqual([r.settings.max_output_tokens, r.settings.temperature, r.settings.top_p], [20, 0, 0.5]);
  });

  test('text.format json_schema and json_object become the response format (the schema as the grammar takes it); text is none', () => {
    const schema = { type: 'object', title: 'dropped', properties: { a: { type: 'string' } }, required: ['a'] };
    const r = parseResponsesRequest({ ...MINIMAL, text: { format: { type: 'json_schema', name: 'thing', schema, strict: true } } });
    assert.deepEqual(r.chat.responseFormat, { type: 'json_schema', schema: JSON.stringify({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }) });
    assert.deepEqual(r.settings.text, { format: { type: 'json_schema', name: 'thing', schema, strict: true } });
    assert.deepEqual(parseResponsesRequest({ ...MINIMAL, text: { format: { type: 'json_object' } } }).chat.responseFormat, { type: 'json_object', schema: '' });
    assert.equal(Object.hasOwn(parseResponsesRequest({ ...MINIMAL, text: { format: { type: 'text' } } }).chat, 'responseFormat'), false);
  });

  test('stream, stream_options with it, metadata, and bookkeeping fields', () => {
    const r = parseResponsesRequest({
      ...MINIMAL, stream: true, stream_options: { include_obfuscation: false }, metadata: { run: '7' },
      user: 'u', safety_identifier: 's', prompt_cache_key: 'k', store: true, parallel_tool_calls: false, tool_choice: 'none',
    });
    assert.equal(r.stream, true);
    assert.deepEqual(r.settings.metadata, { run: '7' });
    assert.equal(r.settings.parallel_tool_calls, false);
    assert.equal(r.settings.tool_choice, 'none');
  });

  test('the fields not served, at their "off" values', () => {
    const r = parseResponsesRequest({
      ...MINIMAL, tools: [], tool_choice: 'auto', include: [], background: false, truncation: 'disabled', service_tier: 'default',
      top_logprobs: 0, reasoning: { effort: null }, previous_response_id: null, conversation: null, prompt: null, max_tool_calls: null, text: { verbosity: null },
    });
    assert.equal(r.chat.messages!.length, 1);
    assert.equal(parseResponsesRequest({ ...MINIMAL, service_tier: 'auto' }).model, 'tiny');
  });
});

describe('parseResponsesRequest refuses by name what is not served (unsupported)', () => {
  const CASES: [string, Record<string, unknown>, string][] = [
    ['previous_response_id', { previous_response_id: 'resp_123' }, 'previous_response_id'],
    ['conversation', { conversation: 'conv_1' }, 'conversation'],
    ['tools', { tools: [{ type: 'function', name: 'f', parameters: {} }] }, 'tools'],
    ['tool_choice that requires a call', { tool_choice: 'required' }, 'tool_choice'],
    ['a named tool_choice', { tool_choice: { type: 'function', name: 'f' } }, 'tool_choice'],
    ['reasoning', { reasoning: { effort: 'low' } }, 'reasoning'],
    ['include', { include: ['message.output_text.logprobs'] }, 'include'],
    ['background', { background: true }, 'background'],
    ['prompt', { prompt: { id: 'pmpt_1' } }, 'prompt'],
    ["truncation 'auto'", { truncation: 'auto' }, 'truncation'],
    ['top_logprobs', { top_logprobs: 3 }, 'top_logprobs'],
    ['service_tier flex', { service_tier: 'flex' }, 'service_tier'],
    ['max_tool_calls', { max_tool_calls: 2 }, 'max_tool_calls'],
    ['text.verbosity', { text: { verbosity: 'low' } }, 'text.verbosity'],
    ['an unknown field', { frobnicate: true }, 'frobnicate'],
    ['a chat-only field', { messages: [] }, 'messages'],
  ];
  for (const [name, extra, param] of CASES) {
    test(name, () => unsupported({ ...MINIMAL, ...extra }, param));
  }

  test('input items other than messages name input[i].type', () => {
    for (const type of ['function_call', 'function_call_output', 'reasoning', 'item_reference']) {
      unsupported({ model: 'tiny', input: [{ role: 'user', content: 'x' }, { type, id: 'x' }] }, 'input[1].type', new RegExp(`'${type}' input items are not supported`));
    }
  });

  test('image, file and audio parts name input[i].content[j].type', () => {
    for (const type of ['input_image', 'input_file', 'input_audio']) {
      unsupported({ model: 'tiny', input: [{ role: 'user', content: [{ type: 'input_text', text: 'look' }, { type }] }] },
        'input[0].content[1].type', new RegExp(`'${type}' content parts are not supported`));
    }
  });
});

describe('parseResponsesRequest rejects malformed fields (invalid), naming them', () => {
  test('the body and the required fields', () => {
    invalid([], undefined, /JSON object/);
    invalid('x', undefined, /JSON object/);
    invalid({ input: 'x' }, 'model', /Missing required parameter/);
    invalid({ model: 'tiny' }, 'input', /Missing required parameter/);
    invalid({ model: '', input: 'x' }, 'model');
  });

  test('input', () => {
    invalid({ model: 'tiny', input: [] }, 'input', /at least one input item/);
    invalid({ model: 'tiny', input: 42 }, 'input', /a string or an array of input items/);
    invalid({ model: 'tiny', input: [{ role: 'tool', content: 'x' }] }, 'input[0].role');
    invalid({ model: 'tiny', input: [{ content: 'x' }] }, 'input[0].role', /Missing required parameter/);
    invalid({ model: 'tiny', input: [{ role: 'user', content: [] }] }, 'input[0].content', /at least one content part/);
    invalid({ model: 'tiny', input: [{ role: 'user', content: [{ type: 'refusal', refusal: 'no' }] }] }, 'input[0].content[0].type');
    invalid({ model: 'tiny', input: [{ role: 'assistant', content: [{ type: 'input_text', text: 'x' }] }] }, 'input[0].content[0].type', /assistant messages take 'output_text'/);
    invalid({ model: 'tiny', input: [{ role: 'user', content: [{ type: 'output_text', text: 'x' }] }] }, 'input[0].content[0].type', /user messages take 'input_text'/);
  });

  test('sampling and limits', () => {
    invalid({ ...MINIMAL, max_output_tokens: 0 }, 'max_output_tokens');
    invalid({ ...MINIMAL, max_output_tokens: 1.5 }, 'max_output_tokens');
    invalid({ ...MINIMAL, temperature: 3 }, 'temperature');
    invalid({ ...MINIMAL, top_p: -1 }, 'top_p');
    invalid({ ...MINIMAL, stream: 'yes' }, 'stream');
    invalid({ ...MINIMAL, stream_options: { include_obfuscation: false } }, 'stream_options', /only allowed when 'stream' is true/);
  });

  test('text.format', () => {
    invalid({ ...MINIMAL, text: { format: { type: 'xml' } } }, 'text.format.type');
    invalid({ ...MINIMAL, text: { format: { type: 'json_schema', schema: { type: 'object' } } } }, 'text.format.name', /needs a 'name'/);
    invalid({ ...MINIMAL, text: { format: { type: 'json_schema', name: 'x' } } }, 'text.format.schema', /needs a 'schema'/);
    invalid({ ...MINIMAL, text: { format: { type: 'json_schema', name: 'x', schema: { type: 'string', pattern: '^a' } } } }, 'text.format.schema', /'pattern' is not supported/);
  });

  test('metadata: up to 16 string values', () => {
    invalid({ ...MINIMAL, metadata: { a: 1 } }, 'metadata.a');
    invalid({ ...MINIMAL, metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }, 'metadata', /at most 16 keys/);
    invalid({ ...MINIMAL, metadata: { a: 'x'.repeat(513) } }, 'metadata.a');
  });
});

describe('Response objects', () => {
  const settings = parseResponsesRequest({ ...MINIMAL, max_output_tokens: 4, metadata: { k: 'v' } }).settings;
  const base = { id: 'resp_1', createdAt: 1700000000, model: 'tiny', settings };

  test('completed: the message with its output_text, usage in the Responses shape, settings echoed, not stored', () => {
    const r = responseObject({ ...base, status: 'completed', output: [outputMessage('msg_1', 'completed', [outputText('Hi')])], usage: { promptTokens: 5, completionTokens: 2 } });
    assert.equal(r.object, 'response');
    assert.equal(r.status, 'completed');
    assert.equal(r.incomplete_details, null);
    assert.equal(r.error, null);
    assert.equal(typeof r.completed_at, 'number');
    assert.deepEqual(r.output, [{ type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Hi', annotations: [], logprobs: [] }] }]);
    assert.deepEqual(r.usage, { input_tokens: 5, input_tokens_details: { cached_tokens: 0 }, output_tokens: 2, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 7 });
    assert.deepEqual([r.max_output_tokens, r.metadata, r.store, r.previous_response_id, r.tools, r.truncation], [4, { k: 'v' }, false, null, [], 'disabled']);
  });

  test('incomplete: reason max_output_tokens; in progress: no usage yet', () => {
    const r = responseObject({ ...base, status: 'incomplete', output: [], usage: { promptTokens: 1, completionTokens: 4 } });
    assert.deepEqual(r.incomplete_details, { reason: 'max_output_tokens' });
    assert.equal(r.completed_at, null);
    assert.equal(responseObject({ ...base, status: 'in_progress', output: [], usage: null }).usage, null);
  });
});
