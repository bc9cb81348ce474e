// /v1/rerank on a GGUF reranker through the real fabric (nats-server,
// gateway, scheduler, executor processes): llama.cpp's ranking context on a
// synthesized Qwen3-Reranker-shaped model (rank pooling, a yes/no cls.output
// head, the rerank prompt; random weights), called as LangChain's and
// LlamaIndex's Cohere/Jina rerankers call the endpoint. Beside it a chat GGUF,
// which must refuse rerank (and the reranker, chat and embeddings) with a 400.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, tinyRerankerPath, writeModels } from '../harness/models.ts';

const RERANK = 'tiny-reranker';
const CHAT = 'tiny-chat';
// Small, so a long document is cut to fit and a long query fills it.
const CONTEXT = 256;
let dir: string;
let fabric: Fabric;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-rerank-gguf-'));
  fabric = await Fabric.start({
    modelsFile: writeModels(dir, [
      { name: RERANK, path: await tinyRerankerPath(), slots: 2, contextSize: CONTEXT },
      { name: CHAT, path: await tinyModelPath(), slots: 1, contextSize: 512 },
    ]),
    waitForModels: [RERANK, CHAT],
  });
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${fabric.gatewayUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}
const rerank = (body: unknown) => post('/v1/rerank', body);

/** An OpenAI error object: {error: {message, type, param, code}}. */
function assertOpenAiError(json: any, status: number, r: { status: number }): void {
  assert.equal(r.status, status, JSON.stringify(json));
  assert.equal(typeof json.error?.message, 'string');
  assert.equal(typeof json.error?.type, 'string');
  assert.ok('param' in json.error && 'code' in json.error, JSON.stringify(json));
}

describe('rerank on llama.cpp (GGUF reranker) through the fabric', () => {
  const documents = ['the sea at night', 'how bees make honey', 'a long story about a fox who learns to sail across the sea', 'bread'];

  test('/v1/models lists the reranker on llama.cpp with rerank as its only task, the chat GGUF with chat and embed', async () => {
    const m = await (await fetch(`${fabric.gatewayUrl}/v1/models/${RERANK}`)).json() as { engine: string; format: string; tasks: string[] };
    assert.equal(m.engine, 'llama.cpp');
    assert.equal(m.format, 'gguf');
    assert.deepEqual(m.tasks, ['rerank'], JSON.stringify(m));
    const c = await (await fetch(`${fabric.gatewayUrl}/v1/models/${CHAT}`)).json() as { engine: string; format: string; tasks: string[] };
    assert.equal(c.engine, 'llama.cpp');
    assert.deepEqual(c.tasks, ['chat', 'embed'], JSON.stringify(c));
    const list = await (await fetch(`${fabric.gatewayUrl}/v1/models`)).json() as { data: { id: string; tasks: string[] }[] };
    assert.deepEqual(Object.fromEntries(list.data.map((x) => [x.id, x.tasks])), { [CHAT]: ['chat', 'embed'], [RERANK]: ['rerank'] });
  });

  test('every document scored in [0, 1], highest first, each index once, with usage; a document scores the same alone as in the batch', async () => {
    const r = await rerank({ model: RERANK, query: 'sailing on the sea', documents });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.model, RERANK);
    const results = r.json.results as { index: number; relevance_score: number; document?: unknown }[];
    assert.deepEqual(results.map((x) => x.index).sort(), [0, 1, 2, 3]);
    for (const x of results) {
      assert.ok(Number.isFinite(x.relevance_score) && x.relevance_score >= 0 && x.relevance_score <= 1, String(x.relevance_score));
      assert.equal(x.document, undefined);
    }
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.relevance_score >= results[i]!.relevance_score);
    assert.ok(new Set(results.map((x) => x.relevance_score)).size > 1, 'scores differ between documents');
    // Usage: the prompt tokens of every query-document prompt, so the sum of each document's alone.
    assert.ok(r.json.usage.prompt_tokens > 0);
    assert.equal(r.json.usage.total_tokens, r.json.usage.prompt_tokens);
    let sum = 0;
    for (const [i, doc] of documents.entries()) {
      const alone = await rerank({ model: RERANK, query: 'sailing on the sea', documents: [doc] });
      assert.equal(alone.status, 200, JSON.stringify(alone.json));
      assert.equal(alone.json.results[0].index, 0);
      const inBatch = results.find((x) => x.index === i)!.relevance_score;
      assert.ok(Math.abs(alone.json.results[0].relevance_score - inBatch) < 1e-4, `document ${i}: ${alone.json.results[0].relevance_score} alone, ${inBatch} in the batch`);
      sum += alone.json.usage.prompt_tokens;
    }
    assert.equal(r.json.usage.prompt_tokens, sum);
  });

  test('top_n keeps the best n; return_documents echoes each text; documents may be {text} objects', async () => {
    const all = await rerank({ model: RERANK, query: 'honey', documents });
    const top = await rerank({ model: RERANK, query: 'honey', documents: documents.map((text) => ({ text })), top_n: 2, return_documents: true });
    assert.equal(top.status, 200, JSON.stringify(top.json));
    assert.equal(top.json.results.length, 2);
    assert.deepEqual(top.json.results.map((x: { index: number }) => x.index), all.json.results.slice(0, 2).map((x: { index: number }) => x.index));
    for (const x of top.json.results) assert.equal(x.document.text, documents[x.index]);
  });

  test('a document longer than the context is scored on its start; a query that leaves no room is a 400', async () => {
    const long = 'the sea and the ships on it at night '.repeat(200);
    const r = await rerank({ model: RERANK, query: 'sea', documents: [long, 'bread'] });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.ok(r.json.usage.prompt_tokens < 2 * CONTEXT, `usage ${r.json.usage.prompt_tokens}`);
    const tooLong = await rerank({ model: RERANK, query: 'word '.repeat(CONTEXT * 2), documents: ['bread'] });
    assertOpenAiError(tooLong.json, 400, tooLong);
    assert.match(tooLong.json.error.message, /at most \d+ tokens per query and document; the query with the model's prompt takes \d+/);
  });

  test('the wrong task either way is a 400 OpenAI error naming what the model runs', async () => {
    const onChat = await rerank({ model: CHAT, query: 'q', documents });
    assertOpenAiError(onChat.json, 400, onChat);
    assert.match(onChat.json.error.message, /does not support rerank requests: it runs chat, embed/);
    const chatOnReranker = await post('/v1/chat/completions', { model: RERANK, messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 });
    assertOpenAiError(chatOnReranker.json, 400, chatOnReranker);
    assert.match(chatOnReranker.json.error.message, /it runs rerank/);
    const embedOnReranker = await post('/v1/embeddings', { model: RERANK, input: 'x' });
    assertOpenAiError(embedOnReranker.json, 400, embedOnReranker);
    assert.match(embedOnReranker.json.error.message, /it runs rerank/);
    // The chat model itself still chats.
    const chat = await post('/v1/chat/completions', { model: CHAT, messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 });
    assert.equal(chat.status, 200, JSON.stringify(chat.json));
  });
});
