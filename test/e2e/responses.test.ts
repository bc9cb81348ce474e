// OpenAI's Responses API (POST /v1/responses) as a user of the official
// openai client sees it, against a real fabric (nats-server, gateway,
// scheduler, executor; llama.cpp on the synthesized tiny model): whole and
// streamed answers, the client's stream helper, instructions and history,
// structured output, and the fields that are refused by name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI, { APIError } from 'openai';
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { until } from '../harness/until.ts';

const MODEL = 'tiny-chat';
let fabric: Fabric;
let client: OpenAI;
let otlp: OtlpReceiver;

before(async () => {
  otlp = await OtlpReceiver.start();
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 4, contextSize: 512 }]);
  fabric = await Fabric.start({ modelsFile, env: otlp.env(), waitForModels: [MODEL] });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
});

after(async () => {
  await fabric?.stop();
  await otlp?.close();
});

/** Asserts that `p` fails with an APIError of `status` whose error names `param` (and has `code`). */
async function rejectsWith(p: Promise<unknown>, status: number, param: string, code: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof APIError, String(err));
    assert.equal(err.status, status, err.message);
    assert.equal(err.param, param, err.message);
    assert.equal(err.code, code, err.message);
    assert.equal((err.error as { type: string }).type, status === 404 || status === 400 ? 'invalid_request_error' : undefined);
    return true;
  });
}

describe('POST /v1/responses, whole', () => {
  test('a Response with one assistant message: output_text, usage that adds up, settings echoed, not stored', async () => {
    const { data: r, response } = await client.responses
      .create({ model: MODEL, input: 'Hello there', max_output_tokens: 16, temperature: 0, metadata: { run: 'e2e' } })
      .withResponse();
    assert.equal(r.object, 'response');
    assert.match(r.id, /^resp_[0-9a-f]{24}$/);
    assert.equal(r.id.slice(5), response.headers.get('x-request-id')!.slice(4), 'the id is the request id');
    assert.equal(r.model, MODEL);
    assert.ok(Math.abs(r.created_at - Date.now() / 1000) < 60);
    assert.ok(r.output_text.length > 0, 'the client joins output_text from the output');
    assert.equal(r.output.length, 1);
    const message = r.output[0]!;
    assert.equal(message.type, 'message');
    if (message.type !== 'message') return;
    assert.equal(message.role, 'assistant');
    assert.match(message.id, /^msg_/);
    assert.deepEqual(message.content, [{ type: 'output_text', text: r.output_text, annotations: [], logprobs: [] }]);
    const u = r.usage!;
    assert.ok(u.input_tokens > 0);
    assert.ok(u.output_tokens >= 1 && u.output_tokens <= 16);
    assert.equal(u.total_tokens, u.input_tokens + u.output_tokens);
    assert.deepEqual([u.input_tokens_details, u.output_tokens_details], [{ cached_tokens: 0 }, { reasoning_tokens: 0 }]);
    assert.equal(r.status, u.output_tokens === 16 ? 'incomplete' : 'completed');
    assert.equal(message.status, r.status);
    assert.deepEqual(r.metadata, { run: 'e2e' });
    // `store` is not in the client's Response type; OpenAI sends it, and here it is always false.
    assert.deepEqual([r.max_output_tokens, r.temperature, r.top_p, (r as { store?: boolean }).store, r.previous_response_id, r.error], [16, 0, null, false, null, null]);
    assert.deepEqual([r.tools, r.tool_choice, r.parallel_tool_calls, r.truncation, r.text], [[], 'auto', true, 'disabled', { format: { type: 'text' } }]);
  });

  test('max_output_tokens caps the answer: incomplete, reason max_output_tokens', async () => {
    const r = await client.responses.create({ model: MODEL, input: 'Count to a hundred', max_output_tokens: 3, temperature: 0 });
    assert.equal(r.usage!.output_tokens, 3);
    assert.equal(r.status, 'incomplete');
    assert.deepEqual(r.incomplete_details, { reason: 'max_output_tokens' });
    assert.equal(r.output[0]!.type === 'message' && r.output[0]!.status, 'incomplete');
    assert.equal(r.completed_at, null);
  });

  test('instructions come first as a system message; an input array carries earlier turns, the assistant\'s as output_text', async () => {
    const plain = await client.responses.create({ model: MODEL, input: 'What next?', max_output_tokens: 2, temperature: 0 });
    const instructed = await client.responses.create({ model: MODEL, instructions: 'You answer in one word, always politely.', input: 'What next?', max_output_tokens: 2, temperature: 0 });
    assert.equal(instructed.instructions, 'You answer in one word, always politely.');
    assert.ok(instructed.usage!.input_tokens > plain.usage!.input_tokens + 5, `${instructed.usage!.input_tokens} vs ${plain.usage!.input_tokens}`);

    const history = await client.responses.create({
      model: MODEL, max_output_tokens: 2, temperature: 0,
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'Name a colour.' }] },
        // A previous Response's output goes back as it came.
        ...plain.output.map((o) => o as OpenAI.Responses.ResponseOutputMessage),
        { role: 'assistant', content: 'Blue, and another one.' },
        { type: 'message', role: 'user', content: 'What next?' },
      ],
    });
    assert.ok(history.usage!.input_tokens > plain.usage!.input_tokens + 5);
    assert.equal(history.output.length, 1);
  });

  test('text.format json_schema: the answer parses and validates against the schema', async () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string', maxLength: 12 }, age: { type: 'integer', enum: [1, 2, 30] }, tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 3 } },
      required: ['name', 'age', 'tags'],
      additionalProperties: false,
    };
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => client.responses.create({
      model: MODEL, input: `Person ${i}`, temperature: 1, max_output_tokens: 300,
      text: { format: { type: 'json_schema', name: 'person', schema, strict: true } },
    })));
    for (const a of answers) {
      assert.equal(a.status, 'completed', a.output_text);
      const v = JSON.parse(a.output_text);
      assert.deepEqual(Object.keys(v).sort(), ['age', 'name', 'tags'], a.output_text);
      assert.ok(typeof v.name === 'string' && [...v.name].length <= 12 && [1, 2, 30].includes(v.age), a.output_text);
      assert.ok(Array.isArray(v.tags) && v.tags.length <= 3 && v.tags.every((t: unknown) => t === 'a' || t === 'b'), a.output_text);
      assert.deepEqual(a.text?.format, { type: 'json_schema', name: 'person', schema, strict: true });
    }
    const obj = await client.responses.create({ model: MODEL, input: 'Anything', temperature: 0, max_output_tokens: 300, text: { format: { type: 'json_object' } } });
    if (obj.status === 'completed') assert.equal(typeof JSON.parse(obj.output_text), 'object', obj.output_text);
  });
});

describe('POST /v1/responses, streamed', () => {
  const isText = (e: ResponseStreamEvent) => e.type === 'response.output_text.delta';

  test('named events in order, numbered from 0; the deltas make the done text; the last carries the whole Response and usage', async () => {
    const stream = await client.responses.create({ model: MODEL, input: 'Tell me a story', max_output_tokens: 12, temperature: 0, stream: true });
    const events: ResponseStreamEvent[] = [];
    for await (const e of stream) events.push(e);
    assert.deepEqual(events.map((e) => e.sequence_number), events.map((_, i) => i));
    const types = events.map((e) => e.type);
    const deltas = events.filter(isText);
    assert.ok(deltas.length >= 1);
    const last = events.at(-1)!;
    assert.ok(last.type === 'response.completed' || last.type === 'response.incomplete', last.type);
    assert.deepEqual(types, [
      'response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added',
      ...deltas.map(() => 'response.output_text.delta'),
      'response.output_text.done', 'response.content_part.done', 'response.output_item.done', last.type,
    ]);

    const created = events[0]!.type === 'response.created' ? events[0]!.response : undefined;
    assert.equal(created?.status, 'in_progress');
    assert.deepEqual(created?.output, []);
    const text = deltas.map((d) => d.type === 'response.output_text.delta' ? d.delta : '').join('');
    const done = events.find((e) => e.type === 'response.output_text.done');
    assert.equal(done?.type === 'response.output_text.done' && done.text, text);
    const itemId = events[2]!.type === 'response.output_item.added' ? events[2]!.item.id : undefined;
    for (const d of deltas) assert.deepEqual(d.type === 'response.output_text.delta' && [d.item_id, d.output_index, d.content_index], [itemId, 0, 0]);

    const final = last.type === 'response.completed' || last.type === 'response.incomplete' ? last.response : undefined;
    assert.equal(final?.id, created?.id);
    assert.equal(final?.status, last.type === 'response.completed' ? 'completed' : 'incomplete');
    const u = final!.usage!;
    assert.ok(u.output_tokens >= 1 && u.output_tokens <= 12);
    assert.equal(u.total_tokens, u.input_tokens + u.output_tokens);
    assert.deepEqual(final?.output, [{ type: 'message', id: itemId, status: final?.status, role: 'assistant', content: [{ type: 'output_text', text, annotations: [], logprobs: [] }] }]);

    const whole = await client.responses.create({ model: MODEL, input: 'Tell me a story', max_output_tokens: 12, temperature: 0 });
    assert.equal(text, whole.output_text, 'greedy streamed and whole answers agree');
  });

  test("the client's stream helper: text deltas as they come, then finalResponse()", async () => {
    const stream = client.responses.stream({ model: MODEL, instructions: 'Be brief.', input: 'Say something', max_output_tokens: 10, temperature: 0 });
    let text = '';
    stream.on('response.output_text.delta', (e) => { text += e.delta; });
    const final = await stream.finalResponse();
    assert.ok(text.length > 0);
    assert.equal(final.output_text, text);
    assert.ok(final.status === 'completed' || final.status === 'incomplete');
    assert.equal(final.usage!.total_tokens, final.usage!.input_tokens + final.usage!.output_tokens);
  });

  test("the gateway's span carries the tokens and the time to the first token", async () => {
    const { response, data: stream } = await client.responses.create({ model: MODEL, input: 'trace me', max_output_tokens: 4, temperature: 0, stream: true }).withResponse();
    for await (const _ of stream) { /* drain */ }
    const traceId = response.headers.get('traceparent')!.split('-')[1]!;
    const span = await until('the gateway.request span', () => otlp.trace(traceId).find((s) => s.name === 'gateway.request'));
    assert.equal(span.attributes['weft.model'], MODEL);
    assert.ok(Number(span.attributes['gen_ai.usage.input_tokens']) > 0);
    assert.ok(Number(span.attributes['gen_ai.usage.output_tokens']) >= 1);
    assert.ok(Number(span.attributes['weft.time_to_first_token_ms']) >= 0);
  });

  test('a failure before the first token is a real HTTP status, not a 200 stream', async () => {
    const long = 'word '.repeat(2000);
    await assert.rejects(client.responses.create({ model: MODEL, input: long, stream: true }), (err: unknown) => {
      assert.ok(err instanceof APIError, String(err));
      assert.equal(err.status, 400);
      assert.equal(err.code, 'context_length_exceeded');
      return true;
    });
  });
});

describe('POST /v1/responses refuses what is not served, by name', () => {
  const body = { model: MODEL, input: 'x', max_output_tokens: 2 };
  const CASES: [name: string, extra: Record<string, unknown>, param: string][] = [
    ['previous_response_id (nothing is stored)', { previous_response_id: 'resp_abc' }, 'previous_response_id'],
    ['conversation', { conversation: 'conv_abc' }, 'conversation'],
    ['tools', { tools: [{ type: 'function', name: 'f', parameters: { type: 'object', properties: {} }, strict: true }] }, 'tools'],
    ["tool_choice 'required'", { tool_choice: 'required' }, 'tool_choice'],
    ['reasoning', { reasoning: { effort: 'high' } }, 'reasoning'],
    ['include', { include: ['message.output_text.logprobs'] }, 'include'],
    ['background', { background: true }, 'background'],
    ["truncation 'auto'", { truncation: 'auto' }, 'truncation'],
    ['an unknown field', { frobnicate: 1 }, 'frobnicate'],
  ];
  for (const [name, extra, param] of CASES) {
    test(`${name}: 400 unsupported naming ${param}`, async () => {
      await rejectsWith(client.responses.create({ ...body, ...extra } as never), 400, param, 'unsupported');
    });
  }

  test('input_image parts and non-message input items: 400 unsupported naming them', async () => {
    await rejectsWith(client.responses.create({
      ...body, input: [{ role: 'user', content: [{ type: 'input_text', text: 'look' }, { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'auto' }] }],
    }), 400, 'input[0].content[1].type', 'unsupported');
    await rejectsWith(client.responses.create({
      ...body, input: [{ role: 'user', content: 'x' }, { type: 'function_call_output', call_id: 'call_1', output: '{}' }],
    }), 400, 'input[1].type', 'unsupported');
  });

  test('malformed fields: 400 invalid_value naming them; a stream refused before it starts', async () => {
    await rejectsWith(client.responses.create({ ...body, temperature: 5 }), 400, 'temperature', 'invalid_value');
    await rejectsWith(client.responses.create({ ...body, input: [] }), 400, 'input', 'invalid_value');
    await rejectsWith(client.responses.create({ ...body, stream: true, text: { format: { type: 'json_schema', name: 'p', schema: { type: 'string', pattern: 'x' } } } }), 400, 'text.format.schema', 'invalid_value');
  });

  test('an unknown model: 404 model_not_found', async () => {
    await rejectsWith(client.responses.create({ model: 'no-such-model', input: 'x' }), 404, 'model', 'model_not_found');
    await rejectsWith(client.responses.create({ model: 'no-such-model', input: 'x', stream: true }), 404, 'model', 'model_not_found');
  });

  test('the error body is the OpenAI error object', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, previous_response_id: 'resp_abc' }) });
    assert.equal(r.status, 400);
    const json = await r.json() as { error: { message: string; type: string; param: string; code: string } };
    assert.deepEqual({ ...json.error, message: undefined }, { message: undefined, type: 'invalid_request_error', param: 'previous_response_id', code: 'unsupported' });
    assert.match(json.error.message, /responses are not stored here/);
  });
});
