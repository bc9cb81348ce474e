// A user's view: the official openai client against a real fabric
// (nats-server, gateway, scheduler, executor processes; llama.cpp on a
// synthesized model), and the trace of one request across all three.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const MODEL = 'tiny-chat';
let fabric: Fabric;
let client: OpenAI;
let otlp: OtlpReceiver;

before(async () => {
  otlp = await OtlpReceiver.start();
  const modelsFile = writeModels(tmpdir(), [{ name: MODEL, path: await tinyModelPath(), slots: 4, contextSize: 1024 }]);
  fabric = await Fabric.start({ modelsFile, env: otlp.env(), waitForModels: [MODEL] });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
});

after(async () => {
  await fabric?.stop();
  await otlp?.close();
});

describe('chat completions through the fabric', () => {
  test('lists the served model, with the tasks, engine and format it serves', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    assert.ok(ids.includes(MODEL), `models: ${ids}`);
    const one = await client.models.retrieve(MODEL) as unknown as { id: string; tasks: string[]; engine: string; format: string };
    assert.equal(one.id, MODEL);
    assert.deepEqual(one.tasks, ['chat', 'embed']);
    assert.equal(one.engine, 'llama.cpp');
    assert.equal(one.format, 'gguf');
  });

  test('non-streaming: an assistant message, a finish reason and usage', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: MODEL, messages: [{ role: 'user', content: 'Hello there' }], max_tokens: 8, temperature: 0 })
      .withResponse();
    assert.equal(data.object, 'chat.completion');
    assert.match(data.id, /^chatcmpl-/);
    assert.equal(data.model, MODEL);
    assert.equal(data.choices.length, 1);
    assert.equal(data.choices[0]!.message.role, 'assistant');
    assert.equal(typeof data.choices[0]!.message.content, 'string');
    assert.ok(['stop', 'length'].includes(data.choices[0]!.finish_reason));
    assert.ok(data.usage!.prompt_tokens > 0);
    assert.ok(data.usage!.completion_tokens >= 1 && data.usage!.completion_tokens <= 8);
    assert.equal(data.usage!.total_tokens, data.usage!.prompt_tokens + data.usage!.completion_tokens);
    assert.match(response.headers.get('x-request-id')!, /^req_[0-9a-f]{24}$/);
    assert.match(response.headers.get('traceparent')!, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  test('max_tokens bounds the completion and reports length', async () => {
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Count' }], max_completion_tokens: 3, temperature: 0 });
    assert.ok(r.usage!.completion_tokens <= 3);
    if (r.usage!.completion_tokens === 3) assert.equal(r.choices[0]!.finish_reason, 'length');
  });

  test('streaming: chunks as OpenAI sends them, then usage when asked', async () => {
    const stream = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Tell me a story' }], max_tokens: 12, temperature: 0,
      stream: true, stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    assert.ok(chunks.length >= 3);
    for (const c of chunks) {
      assert.equal(c.object, 'chat.completion.chunk');
      assert.equal(c.id, chunks[0]!.id);
    }
    assert.equal(chunks[0]!.choices[0]!.delta.role, 'assistant');
    const finishing = chunks.filter((c) => c.choices[0]?.finish_reason);
    assert.equal(finishing.length, 1);
    const last = chunks.at(-1)!;
    assert.deepEqual(last.choices, []);
    assert.ok(last.usage!.completion_tokens >= 1 && last.usage!.completion_tokens <= 12);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    const plain = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Tell me a story' }], max_tokens: 12, temperature: 0 });
    assert.equal(text, plain.choices[0]!.message.content, 'greedy streamed and non-streamed outputs agree');
  });

  test('stop sequences end the output before the stop text', async () => {
    const messages = [{ role: 'user' as const, content: 'Say something long' }];
    const full = await client.chat.completions.create({ model: MODEL, messages, max_tokens: 24, temperature: 0 });
    const text = full.choices[0]!.message.content!;
    assert.ok(text.length >= 6, `need some output to cut: ${JSON.stringify(text)}`);
    const stop = text.slice(3, 5);
    const cut = await client.chat.completions.create({ model: MODEL, messages, max_tokens: 24, temperature: 0, stop: [stop] });
    assert.equal(cut.choices[0]!.finish_reason, 'stop');
    assert.equal(cut.choices[0]!.message.content, text.slice(0, text.indexOf(stop)));
  });

  test('an unknown model is a 404 model_not_found', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }), (err: any) => {
      assert.equal(err.status, 404);
      assert.equal(err.code, 'model_not_found');
      assert.equal(err.param, 'model');
      return true;
    });
  });

  test('concurrent streams all complete (continuous batching across slots)', async () => {
    const runs = Array.from({ length: 6 }, (_, i) => client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: `request ${i}` }], max_tokens: 10, temperature: 0, stream: true,
    }).then(async (s) => {
      let n = 0;
      for await (const c of s) if (c.choices[0]?.delta.content) n++;
      return n;
    }));
    const counts = await Promise.all(runs);
    for (const n of counts) assert.ok(n >= 1);
  });

  test('the executor drives llama.cpp from one libuv worker thread (decodes from alternating threads collapse llama.cpp\'s CPU threads)', async () => {
    // After the streams above, every thread libuv's pool has started exists.
    const pid = fabric.executors[0]!.proc.pid!;
    const names = readdirSync(`/proc/${pid}/task`).map((t) => readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim());
    assert.equal(names.filter((n) => n === 'libuv-worker').length, 1, names.join(', '));
  });

  test('one request is one trace across gateway, scheduler and executor', async () => {
    const { response } = await client.chat.completions
      .create({ model: MODEL, messages: [{ role: 'user', content: 'trace me' }], max_tokens: 4, temperature: 0 })
      .withResponse();
    const traceId = response.headers.get('traceparent')!.split('-')[1]!;
    const want = ['gateway.request', 'nats.publish', 'scheduler.dispatch', 'grpc.client Executor/Generate', 'executor.generate'];
    const until = Date.now() + 15_000;
    let spans = otlp.trace(traceId);
    while (!want.every((n) => spans.some((s) => s.name === n)) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      spans = otlp.trace(traceId);
    }
    const byName = Object.fromEntries(spans.map((s) => [s.name, s]));
    for (const n of want) assert.ok(byName[n], `span ${n} missing; got ${spans.map((s) => `${s.service}:${s.name}`)}`);
    assert.deepEqual(new Set(spans.map((s) => s.service)), new Set(['weft-gateway', 'weft-scheduler', 'weft-executor']));
    // The spans form one chain: each hop is the child of the one before.
    assert.equal(byName['nats.publish']!.parentSpanId, byName['gateway.request']!.spanId);
    assert.equal(byName['scheduler.dispatch']!.parentSpanId, byName['nats.publish']!.spanId);
    assert.equal(byName['grpc.client Executor/Generate']!.parentSpanId, byName['scheduler.dispatch']!.spanId);
    assert.equal(byName['executor.generate']!.parentSpanId, byName['grpc.client Executor/Generate']!.spanId);
    const gen = byName['executor.generate']!.attributes;
    assert.equal(gen['weft.model'], MODEL);
    assert.ok(Number(gen['gen_ai.usage.input_tokens']) > 0);
    assert.ok(Number(gen['gen_ai.usage.output_tokens']) >= 1);
    assert.ok('weft.time_to_first_token_ms' in gen);
    // The replica's own device, and its kind.
    assert.equal(gen['weft.device'], 'cpu:0');
    assert.equal(gen['weft.device.kind'], 'cpu');
    assert.ok('weft.queue_wait_ms' in byName['scheduler.dispatch']!.attributes);
  });
});
