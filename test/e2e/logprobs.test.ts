// Token logprobs through the real fabric (nats-server, gateway, scheduler,
// executor; llama.cpp on the synthesized tiny model, the synthetic engine
// beside it) with the official openai client: chat whole and streamed,
// legacy completions, and the requests refused by name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const MODEL = 'tiny-chat';
const SYNTHETIC = 'synthetic-chat';
let fabric: Fabric;
let client: OpenAI;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [
    { name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 512 },
    { name: SYNTHETIC, engine: 'synthetic', path: 'synthetic:?tps=2000&ttft=1', slots: 2, contextSize: 4096 },
  ]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL, SYNTHETIC] });
  client = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
});

after(async () => {
  await fabric?.stop();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${fabric.gatewayUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

interface Top { token: string; logprob: number; bytes: number[] | null }
interface Entry extends Top { top_logprobs: Top[] }

const decode = (entries: readonly Top[]) => new TextDecoder().decode(Uint8Array.from(entries.flatMap((e) => e.bytes ?? [])));

/** What every entry must satisfy; `k` alternatives asked for (`grammar`: fewer where it allows fewer tokens). */
function checkEntries(entries: readonly Entry[], k: number, greedy: boolean, grammar = false): void {
  for (const e of entries) {
    assert.ok(Number.isFinite(e.logprob) && e.logprob <= 0, `logprob ${e.logprob}`);
    assert.ok(Array.isArray(e.bytes) && e.bytes.every((b) => Number.isInteger(b) && b >= 0 && b < 256));
    // Each entry's bytes are its own: its text where that is whole.
    if (!e.token.includes('\uFFFD')) assert.equal(new TextDecoder().decode(Uint8Array.from(e.bytes!)), e.token);
    if (grammar) assert.ok(e.top_logprobs.length >= Math.min(1, k) && e.top_logprobs.length <= k);
    else assert.equal(e.top_logprobs.length, k);
    for (let i = 1; i < e.top_logprobs.length; i++) assert.ok(e.top_logprobs[i - 1]!.logprob >= e.top_logprobs[i]!.logprob, 'sorted, most likely first');
    for (const t of e.top_logprobs) assert.ok(t.logprob <= 0);
    if (e.top_logprobs.length === k && k > 0 && e.logprob >= e.top_logprobs.at(-1)!.logprob) {
      assert.ok(e.top_logprobs.some((t) => t.logprob === e.logprob && t.token === e.token), `the chosen token is among its top ${k}: ${JSON.stringify(e)}`);
    }
    // Greedy: the chosen token is the most likely one.
    if (greedy && k > 0) assert.equal(e.top_logprobs[0]!.logprob, e.logprob);
  }
}

describe('chat completions with logprobs (llama.cpp)', () => {
  test('non-streamed, greedy: one entry per completion token, joining to the content, top 5 sorted with the chosen token first', async () => {
    const r = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Say something' }], max_tokens: 24, temperature: 0, logprobs: true, top_logprobs: 5,
    });
    const choice = r.choices[0]!;
    const entries = choice.logprobs!.content as Entry[];
    assert.equal(choice.logprobs!.refusal, null);
    assert.equal(entries.length, r.usage!.completion_tokens);
    assert.equal(decode(entries), choice.message.content);
    checkEntries(entries, 5, true);
  });

  test('non-streamed at temperature 1 with a seed: same invariants, alternatives up to 20', async () => {
    const r = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Tell a story' }], max_tokens: 16, temperature: 1, seed: 7, logprobs: true, top_logprobs: 20,
    });
    const entries = r.choices[0]!.logprobs!.content as Entry[];
    assert.equal(entries.length, r.usage!.completion_tokens);
    assert.equal(decode(entries), r.choices[0]!.message.content);
    checkEntries(entries, 20, false);
  });

  test('logprobs without top_logprobs: entries with no alternatives; without logprobs: null', async () => {
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 6, temperature: 0, logprobs: true });
    checkEntries(r.choices[0]!.logprobs!.content as Entry[], 0, true);
    const plain = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 6, temperature: 0 });
    assert.equal(plain.choices[0]!.logprobs, null);
  });

  test('streamed: each content chunk carries the entries of exactly its tokens; all of them add up to the completion tokens', async () => {
    const stream = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Count to ten' }], max_tokens: 32, temperature: 0, logprobs: true, top_logprobs: 3,
      stream: true, stream_options: { include_usage: true },
    });
    let total = 0;
    let content = '';
    const all: Entry[] = [];
    let usage;
    for await (const c of stream) {
      if (c.usage) usage = c.usage;
      const ch = c.choices[0];
      if (!ch || ch.delta.content === undefined || ch.finish_reason) continue;
      if (ch.delta.role) continue; // the opening chunk
      const entries = ch.logprobs!.content as Entry[];
      assert.ok(entries.length > 0, 'a content chunk has its tokens');
      // The chunk's text is whole characters: its tokens' bytes decode to exactly it.
      assert.equal(decode(entries), ch.delta.content);
      checkEntries(entries, 3, true);
      total += entries.length;
      content += ch.delta.content;
      all.push(...entries);
    }
    assert.ok(usage);
    assert.equal(total, usage.completion_tokens);
    assert.equal(decode(all), content);
  });

  test('response_format json_object with logprobs: the grammar holds and every entry is still valid', async () => {
    const r = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'JSON please' }], max_tokens: 200, temperature: 0, logprobs: true, top_logprobs: 2,
      response_format: { type: 'json_object' },
    });
    const entries = r.choices[0]!.logprobs!.content as Entry[];
    assert.equal(entries.length, r.usage!.completion_tokens);
    checkEntries(entries, 2, true, true);
    if (r.choices[0]!.finish_reason === 'stop') assert.equal(typeof JSON.parse(r.choices[0]!.message.content!), 'object');
  });
});

describe('legacy completions with logprobs (llama.cpp)', () => {
  test('logprobs: 2, greedy: tokens, token_logprobs, top_logprobs (2 each, the chosen token first) and text_offset', async () => {
    const r = await client.completions.create({ model: MODEL, prompt: 'Once upon a time', max_tokens: 12, temperature: 0, logprobs: 2 });
    const lp = r.choices[0]!.logprobs!;
    const n = r.usage!.completion_tokens;
    assert.equal(lp.tokens!.length, n);
    assert.equal(lp.token_logprobs!.length, n);
    assert.equal(lp.top_logprobs!.length, n);
    assert.equal(lp.text_offset!.length, n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      assert.equal(lp.text_offset![i], at);
      at += [...lp.tokens![i]!].length;
      assert.ok(lp.token_logprobs![i]! <= 0);
      const top = Object.entries(lp.top_logprobs![i]!);
      assert.ok(top.length >= 1 && top.length <= 2, JSON.stringify(top));
      // Greedy: the chosen token is the most likely one.
      assert.equal(Math.max(...top.map(([, v]) => v)), lp.token_logprobs![i]);
    }
    if (!r.choices[0]!.text.includes('\uFFFD')) assert.equal(lp.tokens!.join(''), r.choices[0]!.text);
  });

  test('streamed: each chunk has its tokens, offsets continue across chunks', async () => {
    const stream = await client.completions.create({ model: MODEL, prompt: 'Tell me', max_tokens: 10, temperature: 0, logprobs: 1, stream: true, stream_options: { include_usage: true } });
    let at = 0;
    let tokens = 0;
    let usage;
    for await (const c of stream) {
      if (c.usage) usage = c.usage;
      const ch = c.choices[0];
      if (!ch || ch.finish_reason) continue;
      const lp = ch.logprobs!;
      assert.equal(lp.text_offset![0], at);
      for (const t of lp.tokens!) at += [...t].length;
      tokens += lp.tokens!.length;
    }
    assert.equal(tokens, usage!.completion_tokens);
  });
});

describe('logprobs refused by name', () => {
  const chat = { model: MODEL, messages: [{ role: 'user', content: 'x' }], max_tokens: 2 };
  test('400s naming the field', async () => {
    for (const [path, body, param] of [
      ['/v1/chat/completions', { ...chat, top_logprobs: 2 }, 'top_logprobs'],
      ['/v1/chat/completions', { ...chat, logprobs: false, top_logprobs: 2 }, 'top_logprobs'],
      ['/v1/chat/completions', { ...chat, logprobs: true, top_logprobs: 21 }, 'top_logprobs'],
      ['/v1/chat/completions', { ...chat, logprobs: 'yes' }, 'logprobs'],
      ['/v1/chat/completions', { ...chat, logprobs: true, tools: [{ type: 'function', function: { name: 'f' } }] }, 'logprobs'],
      ['/v1/completions', { model: MODEL, prompt: 'a', logprobs: 6 }, 'logprobs'],
      ['/v1/completions', { model: MODEL, prompt: 'a', logprobs: 1, echo: true }, 'echo'],
    ] as const) {
      const r = await post(path, body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.json.error.param, param, JSON.stringify(r.json));
    }
  });

  test('a model whose engine computes no probabilities (synthetic): a 400 naming logprobs, never an answer without them', async () => {
    const r = await post('/v1/chat/completions', { model: SYNTHETIC, messages: [{ role: 'user', content: 'x' }], max_tokens: 2, logprobs: true });
    assert.equal(r.status, 400, JSON.stringify(r.json));
    // (The executor's error crosses the fabric without its param: the message names the field.)
    assert.equal(r.json.error.code, 'unsupported');
    assert.match(r.json.error.message, /logprobs .*synthetic/);
    const legacy = await post('/v1/completions', { model: SYNTHETIC, prompt: 'x', max_tokens: 2, logprobs: 0 });
    assert.equal(legacy.status, 400);
    // Without logprobs it answers.
    const ok = await post('/v1/chat/completions', { model: SYNTHETIC, messages: [{ role: 'user', content: 'x' }], max_tokens: 2 });
    assert.equal(ok.status, 200);
  });
});
