// A RAG pipeline's calls as LangChain JS makes them (@langchain/openai,
// unmodified, pointed at Weft's base URL): OpenAIEmbeddings on an ONNX
// encoder, ChatOpenAI with a tool it must call, and ChatOpenAI with
// structured output (a JSON schema the answer must match), and the whole
// turn chained (retrieve, rerank, tool call, tool result, JSON answer). The models are
// synthesized (random weights), so the test checks shapes, not meaning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { EMBEDDING_SHAPES, ensureEmbeddingModel, ensureRerankModel } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const CHAT = 'tiny-chat';
const EMBED = 'bert-tiny-embed';
const RERANK = 'bert-tiny-rerank';
let dir: string;
let fabric: Fabric;
let configuration: { baseURL: string };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-langchain-'));
  const encoder = await ensureEmbeddingModel(join(dir, 'bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  const reranker = await ensureRerankModel(join(dir, 'bert-tiny-rerank'), EMBEDDING_SHAPES['bert-tiny']);
  fabric = await Fabric.start({
    modelsFile: writeModels(dir, [
      { name: CHAT, path: await tinyModelPath(), slots: 2, contextSize: 2048 },
      { name: EMBED, path: encoder.dir, engine: 'onnxruntime', slots: 1 },
      { name: RERANK, path: reranker.dir, engine: 'onnxruntime', slots: 1 },
    ]),
    waitForModels: [CHAT, EMBED, RERANK],
  });
  configuration = { baseURL: `${fabric.gatewayUrl}/v1` };
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('OpenAIEmbeddings: one unit vector per document, and one for the query', async () => {
  const embeddings = new OpenAIEmbeddings({ model: EMBED, apiKey: 'unused', configuration, maxRetries: 0 });
  const docs = await embeddings.embedDocuments(['the sea at night', 'how bees make honey', 'bread']);
  assert.equal(docs.length, 3);
  for (const v of docs) {
    assert.equal(v.length, 128);
    assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-4);
  }
  const q = await embeddings.embedQuery('sailing');
  assert.equal(q.length, 128);
});

test('ChatOpenAI with a tool it is required to call: a tool call whose arguments match the tool schema', async () => {
  // An enum keeps the random-weight model's arguments short: a free string could run past max_tokens.
  const weather = tool(async ({ city }: { city: string }) => `sunny in ${city}`, {
    name: 'get_weather', description: 'The weather in a city', schema: z.object({ city: z.enum(['Paris', 'London', 'Tokyo']) }),
  });
  const chat = new ChatOpenAI({ model: CHAT, apiKey: 'unused', configuration, maxRetries: 0, temperature: 0, maxTokens: 256 })
    .bindTools([weather], { tool_choice: 'required' });
  const msg = await chat.invoke('What is the weather in Paris?');
  assert.ok((msg.tool_calls?.length ?? 0) >= 1, JSON.stringify(msg));
  const call = msg.tool_calls![0]!;
  assert.equal(call.name, 'get_weather');
  assert.ok(['Paris', 'London', 'Tokyo'].includes(call.args.city), JSON.stringify(call.args));
});

test('ChatOpenAI with structured output (json_schema): the answer parses into the schema', async () => {
  // maxLength keeps the random-weight model's string within max_tokens; .int() is zod's safe-integer range.
  const schema = z.object({ title: z.string().max(24), year: z.number().int() });
  const chat = new ChatOpenAI({ model: CHAT, apiKey: 'unused', configuration, maxRetries: 0, temperature: 0, maxTokens: 256 })
    .withStructuredOutput(schema, { method: 'jsonSchema', name: 'book' });
  const out = await chat.invoke('Name a book and the year it came out.');
  assert.deepEqual(Object.keys(out).sort(), ['title', 'year']);
  assert.ok(schema.safeParse(out).success, JSON.stringify(out));
});

test('one RAG turn end to end: embed and retrieve, rerank, a required tool call, its result, then an answer in a JSON schema', async () => {
  const corpus = ['the sea at night', 'how bees make honey', 'bread and butter', 'sailing in a storm', 'the history of Paris'];
  const question = 'What is the weather like for sailing near Paris?';
  // Retrieve: cosine over unit vectors is their dot product.
  const embeddings = new OpenAIEmbeddings({ model: EMBED, apiKey: 'unused', configuration, maxRetries: 0 });
  const [docs, q] = await Promise.all([embeddings.embedDocuments(corpus), embeddings.embedQuery(question)]);
  const retrieved = docs.map((v, i) => ({ i, score: v.reduce((a, x, k) => a + x * q[k]!, 0) }))
    .sort((a, b) => b.score - a.score).slice(0, 3).map((d) => corpus[d.i]!);
  assert.equal(retrieved.length, 3);

  // Rerank: the Cohere/Jina shape LangChain's and LlamaIndex's rerankers send.
  const r = await fetch(`${configuration.baseURL}/rerank`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: RERANK, query: question, documents: retrieved, top_n: 2, return_documents: true }),
  });
  assert.equal(r.status, 200);
  const ranked = (await r.json()) as { results: { index: number; relevance_score: number; document: { text: string } }[] };
  assert.equal(ranked.results.length, 2);
  assert.ok(ranked.results[0]!.relevance_score >= ranked.results[1]!.relevance_score);
  for (const x of ranked.results) assert.equal(x.document.text, retrieved[x.index]);
  const context = ranked.results.map((x) => x.document.text).join('\n');

  // Chat with the context and a tool the model must call; the tool runs here.
  const weather = tool(async ({ city }: { city: string }) => `sunny and calm in ${city}`, {
    name: 'get_weather', description: 'The weather in a city', schema: z.object({ city: z.enum(['Paris', 'London', 'Tokyo']) }),
  });
  const history: BaseMessage[] = [new SystemMessage(`Answer from this context:\n${context}`), new HumanMessage(question)];
  const chat = new ChatOpenAI({ model: CHAT, apiKey: 'unused', configuration, maxRetries: 0, temperature: 0, maxTokens: 256 });
  const call = await chat.bindTools([weather], { tool_choice: 'required' }).invoke(history);
  assert.equal(call.tool_calls?.[0]?.name, 'get_weather', JSON.stringify(call));
  const toolCall = call.tool_calls![0]!;
  const result = await weather.invoke(toolCall.args as { city: 'Paris' | 'London' | 'Tokyo' });
  history.push(call, new ToolMessage({ content: String(result), tool_call_id: toolCall.id! }));

  // The answer, with the tool's result in the history, in a schema the caller parses.
  const schema = z.object({ answer: z.string().max(40), safe_to_sail: z.boolean() });
  const out = await chat.withStructuredOutput(schema, { method: 'jsonSchema', name: 'reply' }).invoke(history);
  assert.ok(schema.safeParse(out).success, JSON.stringify(out));
});
