// Endpoints beside chat, through the real fabric (nats-server, gateway,
// scheduler, executor; llama.cpp on the synthesized tiny model) with the
// official openai client: embeddings, legacy completions, structured output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const MODEL = 'tiny-chat';
let fabric: Fabric;
let client: OpenAI;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 512 }]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL] });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
});

after(async () => {
  await fabric?.stop();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${fabric.gatewayUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

describe('embeddings through the fabric (llama.cpp embedding context)', () => {
  test('a batch of strings: one unit vector per input, in order, with usage; equal inputs get equal vectors', async () => {
    const r = await client.embeddings.create({ model: MODEL, input: ['hello world', 'something else', 'hello world'], encoding_format: 'float' });
    assert.equal(r.object, 'list');
    assert.equal(r.model, MODEL);
    assert.deepEqual(r.data.map((d) => d.index), [0, 1, 2]);
    const dims = r.data[0]!.embedding.length;
    assert.ok(dims > 0);
    for (const d of r.data) {
      assert.equal(d.object, 'embedding');
      assert.equal(d.embedding.length, dims);
      assert.ok(d.embedding.every(Number.isFinite));
      assert.ok(Math.abs(norm(d.embedding) - 1) < 1e-4);
    }
    assert.deepEqual(r.data[0]!.embedding, r.data[2]!.embedding);
    assert.notDeepEqual(r.data[0]!.embedding, r.data[1]!.embedding);
    assert.ok(r.usage.prompt_tokens >= 3);
    assert.equal(r.usage.total_tokens, r.usage.prompt_tokens);
  });

  test('base64 (the client default, decoded by it) equals float', async () => {
    const asFloat = await client.embeddings.create({ model: MODEL, input: 'the same text', encoding_format: 'float' });
    const decoded = await client.embeddings.create({ model: MODEL, input: 'the same text' });
    const f32 = Float32Array.from(asFloat.data[0]!.embedding);
    assert.deepEqual(Array.from(decoded.data[0]!.embedding), Array.from(f32));
    const raw = await client.embeddings.create({ model: MODEL, input: 'the same text', encoding_format: 'base64' });
    assert.equal(typeof raw.data[0]!.embedding, 'string');
  });

  test('token-id inputs: one list or several', async () => {
    const one = await client.embeddings.create({ model: MODEL, input: [5, 6, 7], encoding_format: 'float' });
    assert.equal(one.data.length, 1);
    const two = await client.embeddings.create({ model: MODEL, input: [[5, 6, 7], [8, 9]], encoding_format: 'float' });
    assert.equal(two.data.length, 2);
    assert.deepEqual(two.data[0]!.embedding, one.data[0]!.embedding);
    assert.ok(two.data.every((d) => d.embedding.every(Number.isFinite)));
  });

  test('dimensions: the native size is accepted, another is a 400 naming it', async () => {
    const r = await client.embeddings.create({ model: MODEL, input: 'x', encoding_format: 'float' });
    const dims = r.data[0]!.embedding.length;
    const same = await client.embeddings.create({ model: MODEL, input: 'x', encoding_format: 'float', dimensions: dims });
    assert.equal(same.data[0]!.embedding.length, dims);
    const bad = await post('/v1/embeddings', { model: MODEL, input: 'x', dimensions: 3 });
    assert.equal(bad.status, 400);
    assert.match(bad.json.error.message, /dimensions/);
  });

  test('malformed requests are OpenAI 400s naming the field; nothing crashes', async () => {
    const cases: [unknown, string][] = [
      [{ model: MODEL }, 'input'],
      [{ model: MODEL, input: '' }, 'input'],
      [{ model: MODEL, input: [] }, 'input'],
      [{ model: MODEL, input: [1, 'a'] }, 'input'],
      [{ model: MODEL, input: [-1] }, 'input'],
      [{ model: MODEL, input: [[1], []] }, 'input[1]'],
      [{ model: MODEL, input: 'a', encoding_format: 'int8' }, 'encoding_format'],
      [{ model: MODEL, input: 'a', dimensions: 0 }, 'dimensions'],
      [{ input: 'a' }, 'model'],
    ];
    for (const [body, param] of cases) {
      const r = await post('/v1/embeddings', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.json.error.type, 'invalid_request_error');
      assert.ok(String(r.json.error.param).startsWith(param), `${JSON.stringify(body)}: ${JSON.stringify(r.json.error)}`);
    }
    const outOfVocab = await post('/v1/embeddings', { model: MODEL, input: [[4_000_000]] });
    assert.equal(outOfVocab.status, 400);
    assert.match(outOfVocab.json.error.message, /vocabulary/);
    assert.equal((await post('/v1/embeddings', '{not json')).status, 400);
    assert.equal((await post('/v1/embeddings', { model: 'nope', input: 'a' })).status, 404);
    // Still serving.
    const ok = await client.embeddings.create({ model: MODEL, input: 'still here', encoding_format: 'float' });
    assert.equal(ok.data.length, 1);
  });
});

describe('legacy completions through the fabric (a raw prompt, no chat template)', () => {
  test('non-streaming: text_completion with a finish reason and usage; max_tokens bounds it', async () => {
    const r = await client.completions.create({ model: MODEL, prompt: 'Once upon a time', max_tokens: 5, temperature: 0 });
    assert.equal(r.object, 'text_completion');
    assert.match(r.id, /^cmpl-/);
    assert.equal(r.choices.length, 1);
    assert.equal(typeof r.choices[0]!.text, 'string');
    assert.ok(['stop', 'length'].includes(r.choices[0]!.finish_reason));
    assert.ok(r.usage!.prompt_tokens > 0);
    assert.ok(r.usage!.completion_tokens >= 1 && r.usage!.completion_tokens <= 5);
    // The same prompt as a chat message is templated: more prompt tokens.
    const chat = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 1 });
    assert.ok(chat.usage!.prompt_tokens > r.usage!.prompt_tokens, `chat ${chat.usage!.prompt_tokens} vs raw ${r.usage!.prompt_tokens}`);
  });

  test('an array of prompts: one choice each, in order; echo prepends the prompt', async () => {
    const r = await client.completions.create({ model: MODEL, prompt: ['alpha', 'beta'], max_tokens: 3, temperature: 0, echo: true });
    assert.deepEqual(r.choices.map((c) => c.index), [0, 1]);
    assert.ok(r.choices[0]!.text.startsWith('alpha'));
    assert.ok(r.choices[1]!.text.startsWith('beta'));
  });

  test('streaming: text_completion chunks, one finish, usage last when asked', async () => {
    const stream = await client.completions.create({ model: MODEL, prompt: 'Tell me', max_tokens: 6, temperature: 0, stream: true, stream_options: { include_usage: true } });
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    for (const c of chunks) assert.equal(c.object, 'text_completion');
    assert.equal(chunks.filter((c) => c.choices[0]?.finish_reason).length, 1);
    const last = chunks.at(-1)!;
    assert.deepEqual(last.choices, []);
    assert.ok(last.usage!.completion_tokens >= 1 && last.usage!.completion_tokens <= 6);
  });

  test('malformed and unsupported fields: 400 naming them', async () => {
    for (const [body, param] of [
      [{ model: MODEL, prompt: 'a', suffix: 'z' }, 'suffix'],
      [{ model: MODEL, prompt: [1, 2] }, 'prompt'],
      [{ model: MODEL, prompt: 'a', max_tokens: -1 }, 'max_tokens'],
      [{ model: MODEL }, 'prompt'],
    ] as const) {
      const r = await post('/v1/completions', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.json.error.param, param);
    }
  });
});

describe('structured output on chat (grammar-enforced)', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 12 }, age: { type: 'integer', enum: [1, 2, 30] }, count: { type: 'integer' },
      tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 4 },
    },
    required: ['name', 'age', 'count', 'tags'],
    additionalProperties: false,
  } as const;

  // A free integer: node-llama-cpp's grammar allowed an exponent on one
  // ("6e1111111111111111" parses to Infinity); patches/ removes it.
  function validates(v: any): boolean {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      && Object.keys(v).sort().join() === 'age,count,name,tags'
      && typeof v.name === 'string' && [...v.name].length <= 12 && [1, 2, 30].includes(v.age) && Number.isSafeInteger(v.count)
      && Array.isArray(v.tags) && v.tags.length <= 4 && v.tags.every((t: unknown) => t === 'a' || t === 'b');
  }

  test('json_schema: random weights still answer JSON valid against the schema, over 50 samples', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: `Person ${i}` }], temperature: 1, seed: i, max_tokens: 300,
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema, strict: true } },
    })));
    for (const a of answers) {
      assert.equal(a.choices[0]!.finish_reason, 'stop', a.choices[0]!.message.content ?? '');
      const v = JSON.parse(a.choices[0]!.message.content!);
      assert.ok(validates(v), JSON.stringify(v));
    }
  });

  test('json_object: a JSON object, streamed', async () => {
    const stream = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Anything' }], temperature: 0.5, seed: 3, max_tokens: 300,
      response_format: { type: 'json_object' }, stream: true,
    });
    let text = '';
    let finish = null;
    for await (const c of stream) {
      text += c.choices[0]?.delta.content ?? '';
      finish = c.choices[0]?.finish_reason ?? finish;
    }
    if (finish === 'stop') assert.equal(typeof JSON.parse(text), 'object', text);
    else assert.equal(finish, 'length');
  });

  test('a schema that is not valid JSON Schema for the grammar: 400 naming it', async () => {
    const r = await post('/v1/chat/completions', {
      model: MODEL, messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'bad', schema: { type: 'frobnicate' } } },
    });
    assert.equal(r.status, 400, JSON.stringify(r.json));
    assert.equal(r.json.error.param, 'response_format.json_schema.schema');
    assert.match(r.json.error.message, /frobnicate/);
    const pattern = await post('/v1/chat/completions', {
      model: MODEL, messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'p', schema: { type: 'object', properties: { a: { type: 'string', pattern: '^x' } } } } },
    });
    assert.equal(pattern.status, 400);
    assert.match(pattern.json.error.message, /'pattern' is not supported \(at \$\.properties\.a\)/);
  });
});

describe('content parts', () => {
  test('text parts are joined; image and audio parts are a 400 unsupported naming the part', async () => {
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'there' }] }], max_tokens: 2 });
    assert.equal(r.choices.length, 1);
    for (const [part, name] of [[{ type: 'image_url', image_url: { url: 'https://x/y.png' } }, 'image_url'], [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }, 'input_audio']] as const) {
      const bad = await post('/v1/chat/completions', { model: MODEL, messages: [{ role: 'user', content: [{ type: 'text', text: 'look' }, part] }] });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.error.code, 'unsupported');
      assert.equal(bad.json.error.param, 'messages[0].content[1].type');
      assert.match(bad.json.error.message, new RegExp(`'${name}' content parts are not supported`));
    }
  });
});

describe('tools on chat (node-llama-cpp function calling and grammar)', () => {
  const tools = [
    { type: 'function' as const, function: { name: 'get_weather', description: 'Weather of a city', parameters: { type: 'object', properties: { city: { type: 'string', enum: ['Paris', 'Oslo'] }, days: { type: 'integer', enum: [1, 2, 3] } }, required: ['city', 'days'], additionalProperties: false } } },
    { type: 'function' as const, function: { name: 'get_time', parameters: { type: 'object', properties: { zone: { type: 'string', enum: ['UTC', 'CET'] } }, required: ['zone'] } } },
  ];

  test('a named tool_choice: tool_calls with that function and arguments valid against its parameters', async () => {
    const r = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Weather in Paris?' }], tools, temperature: 0.8, seed: 7, max_tokens: 200,
      tool_choice: { type: 'function', function: { name: 'get_weather' } }, parallel_tool_calls: false,
    });
    const choice = r.choices[0]!;
    assert.equal(choice.finish_reason, 'tool_calls');
    assert.equal(choice.message.tool_calls!.length, 1);
    const call = choice.message.tool_calls![0]! as { id: string; type: 'function'; function: { name: string; arguments: string } };
    assert.equal(call.type, 'function');
    assert.match(call.id, /^call_/);
    assert.equal(call.function.name, 'get_weather');
    const args = JSON.parse(call.function.arguments);
    assert.ok(['Paris', 'Oslo'].includes(args.city) && [1, 2, 3].includes(args.days), call.function.arguments);
  });

  test("'required', streamed: the openai client's stream helper assembles the calls; then a tool round trip", async () => {
    const stream = client.chat.completions.stream({
      model: MODEL, messages: [{ role: 'user', content: 'What time is it?' }], tools, tool_choice: 'required', temperature: 0.8, seed: 11, max_tokens: 300,
    });
    const final = await stream.finalChatCompletion();
    const msg = final.choices[0]!.message;
    assert.equal(final.choices[0]!.finish_reason, 'tool_calls');
    const calls = msg.tool_calls!.map((c) => c as { id: string; type: 'function'; function: { name: string; arguments: string } });
    assert.ok(calls.length >= 1);
    for (const c of calls) {
      assert.ok(['get_weather', 'get_time'].includes(c.function.name));
      assert.doesNotThrow(() => JSON.parse(c.function.arguments));
    }
    // The calls and their results go back in the history (rendered through the chat template).
    const next = await client.chat.completions.create({
      model: MODEL, tools, max_tokens: 4, temperature: 0, tool_choice: 'none',
      messages: [
        { role: 'user', content: 'What time is it?' },
        { role: 'assistant', content: null, tool_calls: calls.map((c) => ({ id: c.id, type: 'function' as const, function: c.function })) },
        ...calls.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: '{"ok":true}' })),
      ],
    });
    assert.equal(next.choices[0]!.message.role, 'assistant');
    assert.ok(next.usage!.prompt_tokens > 10);
  });

  test('malformed tools: 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ tools: [{ type: 'function', function: { name: 'bad name' } }] }, 'tools[0].function.name'],
      [{ tool_choice: 'required' }, 'tool_choice'],
      [{ tools, tool_choice: { type: 'function', function: { name: 'nope' } } }, 'tool_choice.function.name'],
      [{ tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'string', pattern: 'x' } } } } }] }, 'tools[0].function.parameters'],
      [{ tools, response_format: { type: 'json_object' } }, 'response_format'],
    ];
    for (const [extra, param] of cases) {
      const r = await post('/v1/chat/completions', { model: MODEL, messages: [{ role: 'user', content: 'x' }], ...extra });
      assert.equal(r.status, 400, JSON.stringify(extra));
      assert.equal(r.json.error.param, param, JSON.stringify(r.json.error));
    }
  });
});
